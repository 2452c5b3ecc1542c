using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Data;
using OpsDashboard.Web.Tests.Components;

namespace OpsDashboard.Web.Tests.Api;

/// <summary>Stores managed end to end (time zone, archive, delete) and the store's own clock, on both providers.</summary>
public sealed class StoreManagementApiTests
{
    /// <summary>2026-11-30 20:00 UTC: 2026-12-01 04:00 in Beijing, 2026-11-30 12:00 in Los Angeles.</summary>
    private static readonly DateTimeOffset UtcEvening = new(2026, 11, 30, 20, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Stores_CarryTimeZone_DefaultShanghai_BadZoneIs400WithMessage(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = app.CreateApiClient();

        var created = await client.PostAsJsonAsync("/api/v1/stores", new { code = "bj", name = "Beijing", platform = "tmall", currency = "CNY" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var store = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Asia/Shanghai", store.GetProperty("timeZone").GetString());
        Assert.False(store.GetProperty("archived").GetBoolean());
        Assert.Equal(JsonValueKind.Null, store.GetProperty("archivedAt").ValueKind);

        var la = await client.PostAsJsonAsync("/api/v1/stores", new { code = "la", name = "LA", platform = "shopify", currency = "USD", timeZone = "America/Los_Angeles" });
        Assert.Equal(HttpStatusCode.Created, la.StatusCode);
        Assert.Equal("America/Los_Angeles", (await client.GetFromJsonAsync<JsonElement>("/api/v1/stores/la")).GetProperty("timeZone").GetString());

        var bad = await client.PostAsJsonAsync("/api/v1/stores", new { code = "mars", name = "Mars", timeZone = "Mars/Olympus" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Mars/Olympus", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/stores/mars")).StatusCode);

        var badPut = await client.PutAsJsonAsync("/api/v1/stores/bj", new { timeZone = "Beijing" });
        Assert.Equal(HttpStatusCode.BadRequest, badPut.StatusCode);
        Assert.Contains("timeZone", (await badPut.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var moved = await client.PutAsJsonAsync("/api/v1/stores/bj", new { timeZone = "Europe/Berlin" });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal("Europe/Berlin", (await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("timeZone").GetString());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Stores_ArchiveHidesFromPortfolio_RestoreBringsBack(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = app.CreateApiClient();
        (await client.PostAsJsonAsync("/api/v1/stores", new { code = "keep", name = "Keep" })).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/v1/stores", new { code = "old", name = "Old" })).EnsureSuccessStatusCode();

        var archived = await client.PutAsJsonAsync("/api/v1/stores/old", new { archived = true });
        Assert.Equal(HttpStatusCode.OK, archived.StatusCode);
        var body = await archived.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("archived").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, body.GetProperty("archivedAt").ValueKind);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/stores");
        Assert.Equal([("keep", false), ("old", true)], list.EnumerateArray().Select(s => (s.GetProperty("code").GetString(), s.GetProperty("archived").GetBoolean())));
        var portfolio = await client.GetFromJsonAsync<JsonElement>("/api/v1/portfolio?from=2026-11-01&to=2026-11-07");
        Assert.Equal(["keep"], portfolio.EnumerateArray().Select(e => e.GetProperty("store").GetProperty("code").GetString()));

        (await client.PutAsJsonAsync("/api/v1/stores/old", new { archived = false })).EnsureSuccessStatusCode();
        var restored = await client.GetFromJsonAsync<JsonElement>("/api/v1/portfolio?from=2026-11-01&to=2026-11-07");
        Assert.Equal(["keep", "old"], restored.EnumerateArray().Select(e => e.GetProperty("store").GetProperty("code").GetString()).Order());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DeleteStore_RemovesItAndEverythingItOwns_204_ThenUnknownIs404(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = app.CreateApiClient();
        (await client.PostAsJsonAsync("/api/v1/stores", new { code = "gone", name = "Gone" })).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/v1/stores", new { code = "stay", name = "Stay" })).EnsureSuccessStatusCode();
        foreach (var code in new[] { "gone", "stay" })
        {
            await ImportAsync(client, code, "store-daily", "date,visitors,paying_buyers,payment_amount\n2026-11-01,100,5,500\n");
            await ImportAsync(client, code, "sku-daily", "date,sku,sku_name,visitors,paying_buyers,payment_amount\n2026-11-01,S1,Item,50,2,200\n");
            await ImportAsync(client, code, "source-daily", "date,source,visitors,paying_buyers,payment_amount\n2026-11-01,搜索,40,2,200\n");
            (await client.PutAsJsonAsync($"/api/v1/stores/{code}/targets?month=2026-11", new { amount = 1000 })).EnsureSuccessStatusCode();
            (await client.PostAsJsonAsync($"/api/v1/stores/{code}/annotations", new { date = "2026-11-01", text = "Launch" })).EnsureSuccessStatusCode();
            (await client.PutAsJsonAsync($"/api/v1/stores/{code}/settings", new { bounceFail = 0.65 })).EnsureSuccessStatusCode();
        }

        var before = await CountRowsAsync(app);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/v1/stores/gone")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/stores/gone")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync("/api/v1/stores/gone")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync("/api/v1/stores/never-was")).StatusCode);

        var after = await CountRowsAsync(app);
        Assert.All(before.Zip(after), pair => Assert.True(pair.First.Value > 0 && pair.Second.Value * 2 == pair.First.Value, $"{pair.First.Key}: {pair.First.Value} before, {pair.Second.Value} after"));
        var overview = await client.GetFromJsonAsync<JsonElement>("/api/v1/stores/stay/overview?from=2026-11-01&to=2026-11-01");
        Assert.Equal(500m, overview.GetProperty("paymentAmount").GetDecimal());

        // The code is free again, and a new store under it starts empty.
        (await client.PostAsJsonAsync("/api/v1/stores", new { code = "gone", name = "New" })).EnsureSuccessStatusCode();
        var fresh = await client.GetFromJsonAsync<JsonElement>("/api/v1/stores/gone/overview?from=2026-11-01&to=2026-11-01");
        Assert.Equal(JsonValueKind.Null, fresh.GetProperty("conversionRate").ValueKind);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/v1/stores/gone/targets")).GetArrayLength());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Asia/Shanghai", "2026-11-30")]
    [InlineData(DatabaseProvider.Sqlite, "America/Los_Angeles", "2026-11-29")]
    [InlineData(DatabaseProvider.Postgres, "Asia/Shanghai", "2026-11-30")]
    [InlineData(DatabaseProvider.Postgres, "America/Los_Angeles", "2026-11-29")]
    public async Task TargetsDefaultDay_IsYesterdayOnTheStoresClock_NotTheServers(DatabaseProvider provider, string zone, string expected)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        await using var clocked = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(new TestTimeProvider(UtcEvening, TimeZoneInfo.Utc))));
        var client = clocked.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiFactory.ApiKey);
        (await client.PostAsJsonAsync("/api/v1/stores", new { code = "tz", name = "Zoned", timeZone = zone })).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync("/api/v1/stores/tz/targets?month=2026-11", new { amount = 30000 })).EnsureSuccessStatusCode();

        var plan = await client.GetFromJsonAsync<JsonElement>("/api/v1/stores/tz/targets?month=2026-11");

        Assert.Equal(expected, plan.GetProperty("progress").GetProperty("day").GetString());
    }

    private static async Task ImportAsync(HttpClient client, string code, string kind, string csv)
    {
        var response = await client.PostAsync($"/api/v1/stores/{code}/imports/{kind}", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.True(response.IsSuccessStatusCode, $"{code} {kind}: {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<Dictionary<string, int>> CountRowsAsync(ApiFactory app)
    {
        await using var db = app.Database.CreateContext();
        return new Dictionary<string, int>
        {
            ["stores"] = await db.Stores.CountAsync(),
            ["store days"] = await db.StoreDays.CountAsync(),
            ["sku days"] = await db.SkuDays.CountAsync(),
            ["source days"] = await db.SourceDays.CountAsync(),
            ["skus"] = await db.Skus.CountAsync(),
            ["sources"] = await db.TrafficSources.CountAsync(),
            ["targets"] = await db.SalesTargets.CountAsync(),
            ["notes"] = await db.Annotations.CountAsync(),
            ["import batches"] = await db.ImportBatches.CountAsync(),
            ["customised settings"] = await db.Stores.CountAsync(s => s.ThresholdsJson != null),
        };
    }
}
