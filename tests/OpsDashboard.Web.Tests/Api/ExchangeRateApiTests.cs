using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpsDashboard.Data;
using OpsDashboard.Web.Api;

namespace OpsDashboard.Web.Tests.Api;

/// <summary>
/// GET/PUT /api/v1/exchange-rates (DOMAIN §9): every caller reads the owner's dated rates, only the owner enters one,
/// each entry is audited, and a bad field is named. On both providers.
/// </summary>
public sealed class ExchangeRateApiTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_owner_enters_and_replaces_a_dated_rate_which_is_listed_and_audited(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var owner = app.CreateApiClient();
        Assert.Empty(await owner.GetFromJsonAsync<JsonElement[]>("/api/v1/exchange-rates") ?? []);

        var first = await owner.PutAsJsonAsync("/api/v1/exchange-rates", new { from = "usd", to = "CNY", rate = 7.1m, date = "2026-11-15" });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var saved = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("USD", "CNY", 7.1m, "2026-11-15"), (saved.GetProperty("from").GetString(), saved.GetProperty("to").GetString(), saved.GetProperty("rate").GetDecimal(), saved.GetProperty("date").GetString()));
        (await owner.PutAsJsonAsync("/api/v1/exchange-rates", new { from = "USD", to = "CNY", rate = 7.2m, date = "2026-11-15" })).EnsureSuccessStatusCode();
        (await owner.PutAsJsonAsync("/api/v1/exchange-rates", new { from = "USD", to = "CNY", rate = "7.3", date = "2026-11-20" })).EnsureSuccessStatusCode();

        // The same pair and day again replaced the rate; newest day first.
        var listed = (await owner.GetFromJsonAsync<JsonElement[]>("/api/v1/exchange-rates"))!;
        Assert.Equal(
            [("2026-11-20", 7.3m), ("2026-11-15", 7.2m)],
            listed.Select(r => (r.GetProperty("date").GetString(), r.GetProperty("rate").GetDecimal())));

        await using var db = app.Database.CreateContext();
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.Action == "exchange-rate-set").OrderBy(a => a.Id).Select(a => a.Detail).ToListAsync();
        Assert.Equal(
            ["1 USD = 7.1 CNY for 2026-11-15 (before: none)", "1 USD = 7.2 CNY for 2026-11-15 (before: 7.1)", "1 USD = 7.3 CNY for 2026-11-20 (before: none)"],
            audit);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_bad_rate_names_every_bad_field_and_saves_nothing(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var owner = app.CreateApiClient();

        var response = await owner.PutAsJsonAsync("/api/v1/exchange-rates", new { from = "US", rate = -1m, date = "15/11/2026" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors").EnumerateArray().ToDictionary(e => e.GetProperty("field").GetString()!, e => e.GetProperty("message").GetString()!);
        Assert.Equal(["date", "from", "rate", "to"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("'US'", errors["from"], StringComparison.Ordinal);
        Assert.Contains("not -1", errors["rate"], StringComparison.Ordinal);
        Assert.Contains("yyyy-MM-dd, not '15/11/2026'", errors["date"], StringComparison.Ordinal);

        var same = await owner.PutAsJsonAsync("/api/v1/exchange-rates", new { from = "CNY", to = "cny", rate = 1m, date = "2026-11-15" });
        Assert.Equal(HttpStatusCode.BadRequest, same.StatusCode);
        Assert.Contains("different currency", await same.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await owner.GetFromJsonAsync<JsonElement[]>("/api/v1/exchange-rates") ?? []);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_manager_reads_the_rates_but_may_not_enter_one(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var owner = app.CreateApiClient();
        (await owner.PostAsJsonAsync("/api/v1/stores", new { code = "a", name = "A" })).EnsureSuccessStatusCode();
        (await owner.PostAsJsonAsync("/api/v1/users", new { email = "m@example.com", password = "correct-horse-battery", role = "manager", stores = new[] { "a" } })).EnsureSuccessStatusCode();
        var key = await owner.PostAsJsonAsync("/api/v1/keys", new { name = "manager", scope = "full", user = "m@example.com" });
        Assert.Equal(HttpStatusCode.Created, key.StatusCode);
        using var manager = app.CreateClient();
        manager.DefaultRequestHeaders.Add(ApiKeyFilter.HeaderName, (await key.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString());
        (await owner.PutAsJsonAsync("/api/v1/exchange-rates", new { from = "USD", to = "CNY", rate = 7.1m, date = "2026-11-15" })).EnsureSuccessStatusCode();

        Assert.Single((await manager.GetFromJsonAsync<JsonElement[]>("/api/v1/exchange-rates"))!);
        var denied = await manager.PutAsJsonAsync("/api/v1/exchange-rates", new { from = "USD", to = "CNY", rate = 9m, date = "2026-11-15" });

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(7.1m, (await owner.GetFromJsonAsync<JsonElement[]>("/api/v1/exchange-rates"))![0].GetProperty("rate").GetDecimal());
        Assert.Equal("Administer", ApiPermissions.For("PUT", "/api/v1/exchange-rates").ToString());
        Assert.Equal("Read", ApiPermissions.For("GET", "/api/v1/exchange-rates").ToString());
    }
}
