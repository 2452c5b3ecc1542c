using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OpsDashboard.Data;

namespace OpsDashboard.Web.Tests.Api;

/// <summary>
/// An ads report with 展现量/点击量/花费 but no deal columns (DOMAIN §7: unknown ≠ 0), on both databases: GET …/ads gives
/// null deals and no ROI, and neither keywordNoDeal nor adRoiLow fires. The same report with its deal columns at 0 is the
/// control: there the deals are 0 and both rules fire.
/// </summary>
public sealed class AdsUnknownDealsApiTests
{
    /// <summary>
    /// 11-01..11-10, attribution window 1 day: every day keyword 大衣 of plan 冬季 (关键词推广) spent ¥50 over 2,000
    /// impressions and 40 clicks; reviewed 11-10, the mature days are 11-03..11-09 (¥350 ≥ the ¥100 of keywordSpendNoDealMin).
    /// </summary>
    private static byte[] KeywordReport(bool withDeals, int firstDay = 1, int lastDay = 10, string deals = "0,0,0,0")
    {
        var file = new StringBuilder("日期,场景名字,计划名字,词名字/词包名字,展现量,点击量,花费" + (withDeals ? ",总成交金额,总成交笔数,总购物车数,总收藏数" : string.Empty) + "\n");
        for (var day = firstDay; day <= lastDay; day++)
        {
            file.Append(CultureInfo.InvariantCulture, $"2026-11-{day:00},关键词推广,冬季,大衣,2000,40,50{(withDeals ? "," + deals : string.Empty)}\n");
        }

        return Encoding.UTF8.GetBytes(file.ToString());
    }

    private static async Task<HttpClient> StoreWithAsync(ApiFactory app, string code, bool withDeals)
    {
        var client = app.CreateApiClient();
        (await client.PostAsJsonAsync("/api/v1/stores", new { code, name = code })).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync($"/api/v1/stores/{code}/settings", new { adsAttributionWindowDays = 1 })).EnsureSuccessStatusCode();
        var import = await client.PostAsync($"/api/v1/stores/{code}/imports/ads?fileName=keywords.csv", new ByteArrayContent(KeywordReport(withDeals)));
        Assert.True(import.StatusCode == HttpStatusCode.OK, await import.Content.ReadAsStringAsync());
        return client;
    }

    private static async Task<List<string?>> PromotionRulesAsync(HttpClient client, string code) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/stores/{code}/attention?date=2026-11-10")).EnumerateArray()
            .Select(i => i.GetProperty("rule").GetString())
            .Where(r => r is "keywordNoDeal" or "adRoiLow")
            .ToList();

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AReportWithoutDealColumns_GivesNullDeals_AndNoDealAdvice(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = await StoreWithAsync(app, "nodeal", withDeals: false);

        foreach (var by in new[] { "keyword", "plan", "scene" })
        {
            var row = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/stores/nodeal/ads?from=2026-11-01&to=2026-11-10&by={by}")).EnumerateArray().Single();
            Assert.Equal(500m, row.GetProperty("cost").GetDecimal());
            Assert.Equal(20000, row.GetProperty("impressions").GetInt64());
            Assert.Equal(0.02m, row.GetProperty("ctr").GetDecimal());
            foreach (var unknown in new[] { "directAmount", "indirectAmount", "amount", "orders", "carts", "favorites", "cvr", "roi", "costPerOrder", "matureRoi" })
            {
                Assert.True(row.GetProperty(unknown).ValueKind == JsonValueKind.Null, $"{by}: {unknown} is {row.GetProperty(unknown)}");
            }

            Assert.Equal("nodata", row.GetProperty("roiStatus").GetString());
            Assert.Equal("none", row.GetProperty("action").GetString());
        }

        Assert.Empty(await PromotionRulesAsync(client, "nodeal"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task TheSameReportWithDealsAtZero_GivesZero_AndTheRulesFire(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = await StoreWithAsync(app, "zero", withDeals: true);

        var row = (await client.GetFromJsonAsync<JsonElement>("/api/v1/stores/zero/ads?from=2026-11-01&to=2026-11-10&by=keyword")).EnumerateArray().Single();
        Assert.Equal(0m, row.GetProperty("amount").GetDecimal());
        Assert.Equal(0, row.GetProperty("orders").GetInt64());
        Assert.Equal(0m, row.GetProperty("roi").GetDecimal());
        Assert.Equal("cutOrLowerBid", row.GetProperty("action").GetString());

        Assert.Equal(["adRoiLow", "adRoiLow", "keywordNoDeal"], (await PromotionRulesAsync(client, "zero")).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// 11-01..11-05 came as a report with deals (¥200 and 2 orders a day), 11-06..11-10 as one without deal columns: the
    /// deal rates are over the rows that reported deals (ROI 1,000 ÷ 250 = 4.0, not ÷ 500 = 2.0; CVR 10 ÷ 200 clicks;
    /// cost per order 250 ÷ 10), so no adRoiLow is said of a plan that made 4× its spend where it is known.
    /// </summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DaysWithoutDealColumns_NeitherAddDealsNorDiluteTheDealRates(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = app.CreateApiClient();
        (await client.PostAsJsonAsync("/api/v1/stores", new { code = "mixed", name = "mixed" })).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync("/api/v1/stores/mixed/settings", new { adsAttributionWindowDays = 1 })).EnsureSuccessStatusCode();
        foreach (var (file, report) in new[] { ("with-deals.csv", KeywordReport(true, 1, 5, "200,2,3,4")), ("without-deals.csv", KeywordReport(false, 6, 10)) })
        {
            var import = await client.PostAsync($"/api/v1/stores/mixed/imports/ads?fileName={file}", new ByteArrayContent(report));
            Assert.True(import.StatusCode == HttpStatusCode.OK, await import.Content.ReadAsStringAsync());
        }

        foreach (var by in new[] { "keyword", "plan", "scene" })
        {
            var row = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/stores/mixed/ads?from=2026-11-01&to=2026-11-10&by={by}")).EnumerateArray().Single();
            Assert.Equal((500m, 1000m, 10L), (row.GetProperty("cost").GetDecimal(), row.GetProperty("amount").GetDecimal(), row.GetProperty("orders").GetInt64()));
            Assert.Equal((4m, 0.05m, 25m), (row.GetProperty("roi").GetDecimal(), row.GetProperty("cvr").GetDecimal(), row.GetProperty("costPerOrder").GetDecimal()));
            Assert.Equal(4m, row.GetProperty("matureRoi").GetDecimal());
        }

        Assert.Empty(await PromotionRulesAsync(client, "mixed"));
    }
}
