using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpsDashboard.Data;

namespace OpsDashboard.Web.Tests.Api;

/// <summary>
/// A store-daily file without a bounce column must not read 0% bounce → "pass": what no file
/// reported is null in the API and "nodata" in every check, on both providers.
/// </summary>
public sealed class UnknownFactsApiTests
{
    private const string Store = "/api/v1/stores/partial";
    private const string Range = "from=2026-11-02&to=2026-11-03";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AFileWithoutBounceOrPageViews_LeavesThemUnknown_NotZeroAndPassing(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = app.CreateApiClient();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/stores", new { code = "partial", name = "Partial" })).StatusCode);
        var import = await client.PostAsync($"{Store}/imports/store-daily",
            SampleFiles.Csv("date,visitors,paying_buyers,payment_amount\n2026-11-02,1000,20,2000\n2026-11-03,1000,30,3000\n"));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);

        var health = await client.GetFromJsonAsync<JsonElement>($"{Store}/page-health?{Range}");
        Assert.Equal(JsonValueKind.Null, health.GetProperty("bounceRate").ValueKind);
        Assert.Equal(JsonValueKind.Null, health.GetProperty("visitDepth").ValueKind);
        var checks = health.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("metric").GetString()!, c => c.GetProperty("status").GetString());
        Assert.Equal("nodata", checks["bounceRate"]);
        Assert.Equal("nodata", checks["visitDepth"]);

        var overview = await client.GetFromJsonAsync<JsonElement>($"{Store}/overview?{Range}");
        Assert.Equal(0.025m, overview.GetProperty("conversionRate").GetDecimal());
        foreach (var unknown in new[] { "bounceRate", "visitDepth", "addToCartBuyers", "refundAmount", "inquirers", "inquiryConversion", "averageStaySeconds" })
        {
            Assert.True(JsonValueKind.Null == overview.GetProperty(unknown).ValueKind, $"{unknown} should be null");
        }
    }
}
