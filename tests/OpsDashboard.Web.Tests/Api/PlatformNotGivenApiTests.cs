using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OpsDashboard.Data;
using OpsDashboard.Testing;

namespace OpsDashboard.Web.Tests.Api;

/// <summary>
/// The API says why a figure is null when the store's platform never exports it (DOMAIN §9): the fields stay
/// as they were (null, "nodata") and a new notGivenBy names the platform; a null for another reason has none.
/// On both providers.
/// </summary>
public sealed class PlatformNotGivenApiTests
{
    private const string Range = "from=2026-11-01&to=2026-11-02";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_douyin_stores_bounce_and_depth_are_null_nodata_and_not_given_by_douyin(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = app.CreateApiClient();
        await StoreAsync(client, "dy", "douyin", PlatformExportFiles.Utf8WithBom(PlatformExportFiles.DouyinStore));

        var health = await client.GetFromJsonAsync<JsonElement>($"/api/v1/stores/dy/page-health?{Range}");
        var checks = health.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("metric").GetString()!);
        foreach (var metric in new[] { "bounceRate", "visitDepth" })
        {
            Assert.Equal(JsonValueKind.Null, checks[metric].GetProperty("value").ValueKind);
            Assert.Equal("nodata", checks[metric].GetProperty("status").GetString());
            Assert.Equal("douyin", checks[metric].GetProperty("notGivenBy").GetString());
        }

        // Unknown for lack of a SKU file, not because 抖店 withholds it.
        Assert.Equal(JsonValueKind.Null, checks["aovRatio"].GetProperty("notGivenBy").ValueKind);

        var overview = await client.GetFromJsonAsync<JsonElement>($"/api/v1/stores/dy/overview?{Range}");
        Assert.Equal(JsonValueKind.Null, overview.GetProperty("bounceRate").ValueKind);
        Assert.Equal(166m / 6000m, overview.GetProperty("conversionRate").GetDecimal());
        Assert.Equal(
            [("bounceRate", "douyin"), ("visitDepth", "douyin")],
            overview.GetProperty("notGivenBy").EnumerateObject().Select(p => (p.Name, p.Value.GetString())).OrderBy(p => p.Name, StringComparer.Ordinal));
        Assert.Equal("douyin", overview.GetProperty("previous").GetProperty("notGivenBy").GetProperty("bounceRate").GetString());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_tmall_store_without_a_bounce_column_has_a_null_bounce_with_no_platform_named(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = app.CreateApiClient();
        await StoreAsync(client, "tm", "tmall", PlatformExportFiles.Utf8("date,visitors,paying_buyers,payment_amount\n2026-11-01,1000,20,2000\n"));

        var health = await client.GetFromJsonAsync<JsonElement>($"/api/v1/stores/tm/page-health?{Range}");
        Assert.All(health.GetProperty("checks").EnumerateArray(), c => Assert.Equal(JsonValueKind.Null, c.GetProperty("notGivenBy").ValueKind));
        var overview = await client.GetFromJsonAsync<JsonElement>($"/api/v1/stores/tm/overview?{Range}");
        Assert.Equal(JsonValueKind.Null, overview.GetProperty("bounceRate").ValueKind);
        Assert.Empty(overview.GetProperty("notGivenBy").EnumerateObject());
    }

    private static async Task StoreAsync(HttpClient client, string code, string platform, byte[] storeDaily)
    {
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/stores", new { code, name = code, platform })).StatusCode);
        using var content = new ByteArrayContent(storeDaily);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var import = await client.PostAsync($"/api/v1/stores/{code}/imports/store-daily", content);
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
    }
}
