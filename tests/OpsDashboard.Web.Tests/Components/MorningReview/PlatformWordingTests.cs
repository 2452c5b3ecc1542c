using Bunit;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Stores;
using OpsDashboard.Testing;
using Page = OpsDashboard.Web.Components.Pages.MorningReview.MorningReview;

namespace OpsDashboard.Web.Tests.Components.MorningReview;

/// <summary>
/// The morning review's cards speak the store's platform (DOMAIN §9): a figure its exports never give is
/// unknown and says whose export lacks it, never 0; JD's sales note freight; Shopify sessions are sessions.
/// The platform files are dated 2026-11-01..02 and the review opens on those two days.
/// </summary>
public sealed class PlatformWordingTests : ComponentTestContext
{
    private async Task<int> StoreAsync(string code, string platform, string currency = "CNY") =>
        (await Stores.CreateAsync(new NewStore(code, code + " store", platform, currency))).Id;

    [Fact]
    public async Task A_douyin_store_says_bounce_and_depth_are_not_given_by_douyin()
    {
        var store = await StoreAsync("dy", "douyin");
        Assert.True((await Imports.ImportAsync(store, ImportKind.StoreDaily, PlatformExportFiles.Utf8WithBom(PlatformExportFiles.DouyinStore), "douyin.csv")).Succeeded);

        var page = OpenReview("dy");

        foreach (var field in new[] { "bounceRate", "visitDepth" })
        {
            var card = page.Find($".kpi-card[data-kpi='{field}']");
            Assert.Equal(string.Empty, card.GetAttribute("data-value"));
            Assert.Equal("—", card.QuerySelector(".kpi-value")!.TextContent.Trim());
            Assert.Equal("not given by 抖店", card.QuerySelector($"[data-note='{field}']")!.TextContent.Trim());
        }

        // What 抖店 does give is exact: 166 of 6,000 product-page visitors bought.
        Assert.Equal("2.77%", page.Find(".kpi-card[data-kpi='conversionRate'] .kpi-value").TextContent.Trim());
    }

    [Fact]
    public async Task A_jd_stores_sales_tooltip_says_freight_is_included_and_bounce_is_not_given()
    {
        var store = await StoreAsync("jd1", "jd");
        Assert.True((await Imports.ImportAsync(store, ImportKind.StoreDaily, PlatformExportFiles.Gb18030(PlatformExportFiles.JdStore), "jd.csv")).Succeeded);

        var page = OpenReview("jd1");

        Assert.Contains("includes freight", page.Find("[data-note='paymentAmount']").TextContent, StringComparison.Ordinal);
        Assert.Equal("not given by 京东商智", page.Find("[data-note='bounceRate']").TextContent.Trim());
        Assert.Equal("3.00", page.Find(".kpi-card[data-kpi='visitDepth'] .kpi-value").TextContent.Trim());
    }

    [Fact]
    public async Task A_shopify_store_whose_visitors_are_sessions_labels_them_sessions()
    {
        var store = await StoreAsync("shop", "shopify", "USD");
        Assert.True((await Imports.ImportAsync(store, ImportKind.StoreDaily, PlatformExportFiles.Utf8(PlatformExportFiles.ShopifySessions), "sessions.csv")).Succeeded);

        var page = OpenReview("shop");

        Assert.Equal("Sessions", page.Find(".kpi-card[data-kpi='visitors'] .mud-typography-subtitle2").TextContent.Trim());

        // A later file with Online store visitors: the store's visitors are visitors again.
        Assert.True((await Imports.ImportAsync(store, ImportKind.StoreDaily, PlatformExportFiles.Utf8(PlatformExportFiles.ShopifyVisitors), "visitors.csv")).Succeeded);
        Assert.False((await Stores.FindAsync("shop"))!.VisitorsAreSessions);
    }

    private IRenderedComponent<Page> OpenReview(string store)
    {
        var page = Open<Page>("/?store=" + store + "&from=2026-11-01&to=2026-11-02");
        page.WaitForElement(".kpi-card[data-kpi='visitors']", Patience);
        return page;
    }
}
