using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpsDashboard.Data;
using OpsDashboard.Testing;

namespace OpsDashboard.Web.Tests.Api;

/// <summary>GET/PUT …/budgets (issue 11 extension): a month's budgets per scene with the spend so far and its pace, on both databases.</summary>
public sealed class BudgetApiTests
{
    /// <summary>
    /// The plan report of 11-01 (关键词推广 ¥600 + ¥200). November's ¥24,000 for 关键词推广 expects ¥800 by 11-01 (the newest ads
    /// day of the month): spent 800, pace 1, projected 24,000, status unknown (one day is too few). 货品全站推广 has no spend.
    /// </summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task PutThenGet_ReturnsTheBudgetsWithTheirPace_AndBadInputIs400(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = app.CreateApiClient();
        (await client.PostAsJsonAsync("/api/v1/stores", new { code = "ads", name = "Ads" })).EnsureSuccessStatusCode();
        var file = PromotionFiles.PlanReport;
        (await client.PostAsync("/api/v1/stores/ads/imports/ads?fileName=" + Uri.EscapeDataString(file.FileName), new ByteArrayContent(file.Utf8()))).EnsureSuccessStatusCode();

        var put = await client.PutAsJsonAsync("/api/v1/stores/ads/budgets?month=2026-11",
            new { budgets = new object[] { new { scene = "关键词推广", budget = 24000 }, new { scene = "货品全站推广", budget = 9000 } } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var body = await client.GetFromJsonAsync<JsonElement>("/api/v1/stores/ads/budgets?month=2026-11");
        Assert.Equal("2026-11", body.GetProperty("month").GetString());
        var scenes = body.GetProperty("budgets").EnumerateArray().ToDictionary(b => b.GetProperty("scene").GetString()!);
        Assert.Equal(["关键词推广", "货品全站推广"], scenes.Keys.Order(StringComparer.Ordinal));
        var keyword = scenes["关键词推广"];
        Assert.Equal((24000m, 800m, 800m, 1m, 24000m), (keyword.GetProperty("budget").GetDecimal(), keyword.GetProperty("spent").GetDecimal(),
            keyword.GetProperty("expected").GetDecimal(), keyword.GetProperty("pace").GetDecimal(), keyword.GetProperty("projected").GetDecimal()));
        Assert.Equal(("unknown", "2026-11-01", 1, 30), (keyword.GetProperty("status").GetString(), keyword.GetProperty("through").GetString(),
            keyword.GetProperty("daysSoFar").GetInt32(), keyword.GetProperty("daysInMonth").GetInt32()));
        Assert.Equal(0m, scenes["货品全站推广"].GetProperty("spent").GetDecimal());

        var negative = await client.PutAsJsonAsync("/api/v1/stores/ads/budgets?month=2026-11", new { budgets = new object[] { new { scene = "关键词推广", budget = -1 } } });
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Contains("Budget 1 (关键词推广)", await negative.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/stores/ads/budgets?month=2026-13")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/stores/nope/budgets")).StatusCode);
        Assert.Equal(2, (await client.GetFromJsonAsync<JsonElement>("/api/v1/stores/ads/budgets?month=2026-11")).GetProperty("budgets").GetArrayLength());

        // Each save is audited once, before → after; the refused one is not.
        (await client.PutAsJsonAsync("/api/v1/stores/ads/budgets?month=2026-11", new { budgets = new object[] { new { scene = "关键词推广", budget = 30000 } } })).EnsureSuccessStatusCode();
        var audit = (await client.GetFromJsonAsync<JsonElement>("/api/v1/audit")).EnumerateArray()
            .Where(a => a.GetProperty("action").GetString() == "budget-set").Select(a => a.GetProperty("detail").GetString()).ToList();
        Assert.Equal(2, audit.Count);
        Assert.Contains("2026-11: none → 关键词推广 2400000, 货品全站推广 900000 (minor units)", audit);
        Assert.Contains("2026-11: 关键词推广 2400000, 货品全站推广 900000 → 关键词推广 3000000 (minor units)", audit);
    }
}
