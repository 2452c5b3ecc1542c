using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpsDashboard.Data;
using OpsDashboard.Testing;

namespace OpsDashboard.Web.Tests.Api;

/// <summary>POST imports/ads and imports/search-keywords, GET ads?by= and search-keywords exactly as DOMAIN §7, on both databases.</summary>
public sealed class PromotionApiTests
{
    private static readonly string[] AdFields =
    [
        "scene", "plan", "item", "keyword", "crowd", "window", "impressions", "clicks", "cost", "directAmount", "indirectAmount", "amount", "orders",
        "carts", "favorites", "ctr", "cpc", "cpm", "cvr", "roi", "costPerOrder", "roiStatus", "immatureDays",
    ];

    /// <summary>
    /// Store window 7 days. Scene, plan and keyword reports of 11-01 and a product report of 11-02 (its
    /// window also 7 days). Newest day 11-02, so both days are immature (11-01 &gt; 11-02 − 7).
    /// 关键词推广 by scene: 11-01 from the scene report (800 spent, 1,600 deals), 11-02 from the product
    /// report (nothing of that scene) → cost 800, roi 2.0, ctr 450 ÷ 15,000 = 0.03, cpc 800 ÷ 450.
    /// </summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Ads_ByScenePlanKeyword_MatchHandComputedFigures(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = app.CreateApiClient();
        (await client.PostAsJsonAsync("/api/v1/stores", new { code = "ads", name = "Ads" })).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync("/api/v1/stores/ads/settings", new { adsAttributionWindowDays = 7 })).EnsureSuccessStatusCode();
        foreach (var file in new[] { PromotionFiles.SceneReport, PromotionFiles.PlanReport, PromotionFiles.KeywordReport, PromotionFiles.ProductReport })
        {
            var response = await client.PostAsync("/api/v1/stores/ads/imports/ads?fileName=" + Uri.EscapeDataString(file.FileName), new ByteArrayContent(file.Gb18030()));
            Assert.True(response.StatusCode == HttpStatusCode.OK, file.Name + ": " + await response.Content.ReadAsStringAsync());
        }

        var scenes = await client.GetFromJsonAsync<JsonElement>("/api/v1/stores/ads/ads?from=2026-11-01&to=2026-11-30&by=scene");
        var keywordScene = scenes.EnumerateArray().Single(r => r.GetProperty("scene").GetString() == "关键词推广" && r.GetProperty("window").GetInt32() == 7);
        Assert.All(AdFields, field => Assert.True(keywordScene.TryGetProperty(field, out _), field));
        Assert.Equal(15000, keywordScene.GetProperty("impressions").GetInt64());
        Assert.Equal(800m, keywordScene.GetProperty("cost").GetDecimal());
        Assert.Equal(1600m, keywordScene.GetProperty("amount").GetDecimal());
        Assert.Equal(1600m, keywordScene.GetProperty("directAmount").GetDecimal());
        Assert.Equal(JsonValueKind.Null, keywordScene.GetProperty("indirectAmount").ValueKind);
        Assert.Equal(2.0m, keywordScene.GetProperty("roi").GetDecimal());
        Assert.Equal(0.03m, keywordScene.GetProperty("ctr").GetDecimal());
        Assert.Equal(800m / 450m, keywordScene.GetProperty("cpc").GetDecimal());
        Assert.Equal(1, keywordScene.GetProperty("immatureDays").GetInt32());
        Assert.Equal("nodata", keywordScene.GetProperty("roiStatus").GetString());
        Assert.Equal(["scene"], keywordScene.GetProperty("levels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("", keywordScene.GetProperty("plan").GetString());

        var plans = await client.GetFromJsonAsync<JsonElement>("/api/v1/stores/ads/ads?from=2026-11-01&to=2026-11-01&by=plan");
        var clearance = plans.EnumerateArray().Single(r => r.GetProperty("plan").GetString() == "清仓");
        Assert.Equal(0.5m, clearance.GetProperty("roi").GetDecimal());
        Assert.Equal(0.01m, clearance.GetProperty("ctr").GetDecimal());
        Assert.Equal(200m, clearance.GetProperty("costPerOrder").GetDecimal());
        Assert.Equal(0.02m, clearance.GetProperty("cvr").GetDecimal());
        Assert.Equal(40m, clearance.GetProperty("cpm").GetDecimal());

        var keywords = await client.GetFromJsonAsync<JsonElement>("/api/v1/stores/ads/ads?from=2026-11-01&to=2026-11-30&by=keyword");
        var noDeal = keywords.EnumerateArray().Single(r => r.GetProperty("keyword").GetString() == "大衣 冬");
        Assert.Equal(JsonValueKind.Null, noDeal.GetProperty("costPerOrder").ValueKind);
        Assert.Equal(0m, noDeal.GetProperty("roi").GetDecimal());
        Assert.Equal(0m, noDeal.GetProperty("cvr").GetDecimal());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SearchKeywords_ConversionAndShare(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = app.CreateApiClient();
        (await client.PostAsJsonAsync("/api/v1/stores", new { code = "kw", name = "Keywords" })).EnsureSuccessStatusCode();
        (await client.PostAsync("/api/v1/stores/kw/imports/store-daily", SampleFiles.Csv("日期,访客数\n2026-11-01,800\n2026-11-02,1200\n"))).EnsureSuccessStatusCode();
        var search = await client.PostAsync("/api/v1/stores/kw/imports/search-keywords", new ByteArrayContent(PromotionFiles.SearchTerms.Utf8()));
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal(3, (await search.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rowsInserted").GetInt32());

        var rows = await client.GetFromJsonAsync<JsonElement>("/api/v1/stores/kw/search-keywords?from=2026-11-01&to=2026-11-02");

        var coat = rows[0];
        Assert.Equal("羊毛大衣女", coat.GetProperty("keyword").GetString());
        Assert.Equal(500, coat.GetProperty("visitors").GetInt64());
        Assert.Equal(1200, coat.GetProperty("pageViews").GetInt64());
        Assert.Equal(22, coat.GetProperty("payingBuyers").GetInt64());
        Assert.Equal(5236m, coat.GetProperty("paymentAmount").GetDecimal());
        Assert.Equal(0.044m, coat.GetProperty("conversionRate").GetDecimal());
        Assert.Equal(0.25m, coat.GetProperty("share").GetDecimal());
        Assert.Equal(0.05m, rows[1].GetProperty("share").GetDecimal());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task BadRequests_AnswerWithTheContractsErrors(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = app.CreateApiClient();
        (await client.PostAsJsonAsync("/api/v1/stores", new { code = "ads", name = "Ads" })).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/stores/ads/ads?from=2026-11-01&to=2026-11-30&by=unit")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/stores/ads/ads?from=2026-11-30&to=2026-11-01")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/stores/ads/search-keywords?from=x&to=2026-11-01")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/stores/nope/ads?from=2026-11-01&to=2026-11-30")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/stores/nope/search-keywords?from=2026-11-01&to=2026-11-30")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/v1/stores/ads/ads?from=2026-11-01&to=2026-11-30")).StatusCode);

        var bad = await client.PostAsync("/api/v1/stores/ads/imports/ads?lang=zh-CN", SampleFiles.Csv("日期,场景名字,展现量,点击量,花费\n2026-11-01,关键词推广,10,50,1\n"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var error = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Equal(2, error.GetProperty("row").GetInt32());
        Assert.Equal("点击量", error.GetProperty("column").GetString());
        Assert.Contains("大于展现量", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(await client.GetFromJsonAsync<JsonElement[]>("/api/v1/stores/ads/ads?from=2026-11-01&to=2026-11-30") ?? []);
    }
}
