using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OpsDashboard.Data;

namespace OpsDashboard.Web.Tests.Api;

/// <summary>Sales targets and annotations through the real pipeline on both providers.</summary>
public sealed class PlanningApiTests
{
    private const string Store = "/api/v1/stores/plan";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Targets_MonthEvenBreakdown_ProgressAndProjection_QuarterShare(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = await CreateStoreAsync(app);
        var csv = new StringBuilder("date,visitors,paying_buyers,payment_amount\n");
        for (var day = 1; day <= 10; day++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"2026-04-{day:00},100,9,900\n");
        }

        (await client.PostAsync($"{Store}/imports/store-daily", new StringContent(csv.ToString()))).EnsureSuccessStatusCode();

        var put = await client.PutAsJsonAsync($"{Store}/targets?month=2026-04", new { amount = 30000, shape = "even" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var april = await client.GetFromJsonAsync<JsonElement>($"{Store}/targets?month=2026-04&asOf=2026-04-10");
        Assert.Equal(30000m, april.GetProperty("amount").GetDecimal());
        Assert.Equal("month", april.GetProperty("setFor").GetString());
        var days = april.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(30, days.Count);
        Assert.Equal(1000m, days[0].GetProperty("target").GetDecimal());
        Assert.Equal(900m, days[0].GetProperty("actual").GetDecimal());
        var progress = april.GetProperty("progress");
        Assert.False(progress.GetProperty("dayMet").GetBoolean());
        Assert.Equal(-100m, progress.GetProperty("dayGap").GetDecimal());
        Assert.Equal(9000m, progress.GetProperty("monthToDateActual").GetDecimal());
        Assert.Equal(10000m, progress.GetProperty("monthToDateTarget").GetDecimal());
        Assert.Equal(27000m, progress.GetProperty("projectedMonthEnd").GetDecimal());

        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"{Store}/targets?quarter=2026-Q2", new { amount = 91000 })).StatusCode);
        var may = await client.GetFromJsonAsync<JsonElement>($"{Store}/targets?month=2026-05");
        Assert.Equal(31000m, may.GetProperty("amount").GetDecimal());
        Assert.Equal("quarter", may.GetProperty("setFor").GetString());
        Assert.Equal(2, (await client.GetFromJsonAsync<JsonElement>($"{Store}/targets")).GetArrayLength());

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Store}/targets?month=2026-07")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{Store}/targets?month=2026-04")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"{Store}/targets?month=2026-04")).StatusCode);
        Assert.Equal("quarter", (await client.GetFromJsonAsync<JsonElement>($"{Store}/targets?month=2026-04")).GetProperty("setFor").GetString());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Targets_BadRequests_SayWhatIsWrong(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = await CreateStoreAsync(app);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PutAsJsonAsync($"{Store}/targets?month=2026-13", new { amount = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PutAsJsonAsync($"{Store}/targets?month=2026-04&year=2026", new { amount = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PutAsJsonAsync($"{Store}/targets?month=2026-04", new { amount = -5 })).StatusCode);
        var shape = await client.PutAsJsonAsync($"{Store}/targets?month=2026-04", new { amount = 5, shape = "weird" });
        Assert.Equal(HttpStatusCode.BadRequest, shape.StatusCode);
        Assert.Contains("weird", (await shape.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"{Store}/targets?year=2026")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync("/api/v1/stores/nope/targets?month=2026-04", new { amount = 1 })).StatusCode);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Annotations_AddListDelete(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = await CreateStoreAsync(app);

        var created = await client.PostAsJsonAsync($"{Store}/annotations", new { date = "2026-04-05", text = "主图更换 main image changed" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"{Store}/annotations", new { date = "5 April", text = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"{Store}/annotations", new { date = "2026-04-05", text = " " })).StatusCode);

        var list = await client.GetFromJsonAsync<JsonElement>($"{Store}/annotations?from=2026-04-01&to=2026-04-30");
        Assert.Equal("主图更换 main image changed", Assert.Single(list.EnumerateArray()).GetProperty("text").GetString());
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>($"{Store}/annotations?from=2026-05-01&to=2026-05-31")).GetArrayLength());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{Store}/annotations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"{Store}/annotations/{id}")).StatusCode);

        // A campaign note spans days; an end before the start is refused in words.
        var campaign = await client.PostAsJsonAsync($"{Store}/annotations", new { date = "2026-04-10", endDate = "2026-04-12", text = "周年庆 anniversary sale" });
        Assert.Equal(HttpStatusCode.Created, campaign.StatusCode);
        Assert.Equal("2026-04-12", (await campaign.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("endDate").GetString());
        var backwards = await client.PostAsJsonAsync($"{Store}/annotations", new { date = "2026-04-10", endDate = "2026-04-09", text = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("before", (await backwards.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var notes = await client.GetFromJsonAsync<JsonElement>($"{Store}/annotations?from=2026-04-01&to=2026-04-30");
        Assert.Equal("2026-04-12", Assert.Single(notes.EnumerateArray()).GetProperty("endDate").GetString());
    }

    private static async Task<HttpClient> CreateStoreAsync(ApiFactory app)
    {
        var client = app.CreateApiClient();
        (await client.PostAsJsonAsync("/api/v1/stores", new { code = "plan", name = "Plan", platform = "tmall", currency = "CNY" })).EnsureSuccessStatusCode();
        return client;
    }
}
