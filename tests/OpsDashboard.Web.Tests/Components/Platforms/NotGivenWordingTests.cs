using Bunit;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Stores;
using OpsDashboard.Testing;
using MeetingPage = OpsDashboard.Web.Components.Pages.Meeting.Meeting;
using PageHealthPage = OpsDashboard.Web.Components.Pages.PageHealth.PageHealth;

namespace OpsDashboard.Web.Tests.Components.Platforms;

/// <summary>
/// A figure the store's platform never exports says so beside its "—" on page health and on the meeting
/// wall (DOMAIN §9), with the verdict nodata; a figure that is unknown for another reason, or known, has no
/// such words. The platform files are dated 2026-11-01..02.
/// </summary>
public sealed class NotGivenWordingTests : ComponentTestContext
{
    private async Task<int> StoreAsync(string code, string platform, byte[] storeDaily)
    {
        var store = (await Stores.CreateAsync(new NewStore(code, code + " store", platform, "CNY"))).Id;
        Assert.True((await Imports.ImportAsync(store, ImportKind.StoreDaily, storeDaily, "export.csv")).Succeeded);
        return store;
    }

    [Fact]
    public async Task Page_health_of_a_douyin_store_says_bounce_and_depth_are_not_given_by_douyin_and_judges_neither()
    {
        await StoreAsync("dy", "douyin", PlatformExportFiles.Utf8WithBom(PlatformExportFiles.DouyinStore));

        var page = Open<PageHealthPage>("/page-health?store=dy&from=2026-11-01&to=2026-11-02");
        page.WaitForElement("[data-testid='check-bounceRate']", Patience);

        foreach (var metric in new[] { "bounceRate", "visitDepth" })
        {
            var check = page.Find($"[data-testid='check-{metric}']");
            Assert.Equal("—", check.QuerySelector($"[data-kpi='{metric}']")!.TextContent.Trim());
            Assert.Equal("nodata", check.QuerySelector($"[data-check='{metric}']")!.GetAttribute("data-status"));
            Assert.Equal("not given by 抖店", check.QuerySelector("[data-testid='not-given']")!.TextContent.Trim());
        }

        // The AOV ratio is unknown too (no SKU file), but 抖店 does give it: a bare "—", no platform words.
        Assert.Null(page.Find("[data-testid='check-aovRatio']").QuerySelector("[data-testid='not-given']"));
    }

    [Fact]
    [UseCulture("zh-CN")]
    public async Task Page_health_of_a_pinduoduo_store_says_only_bounce_is_not_given_in_chinese()
    {
        await StoreAsync("pdd", "pinduoduo", PlatformExportFiles.Gb18030(PlatformExportFiles.PinduoduoStore));

        var page = Open<PageHealthPage>("/page-health?store=pdd&from=2026-11-01&to=2026-11-02");
        page.WaitForElement("[data-testid='check-bounceRate']", Patience);

        Assert.Equal("拼多多 不提供", page.Find("[data-testid='check-bounceRate'] [data-testid='not-given']").TextContent.Trim());
        Assert.Equal("nodata", page.Find("[data-testid='check-bounceRate'] [data-check='bounceRate']").GetAttribute("data-status"));
        Assert.Null(page.Find("[data-testid='check-visitDepth']").QuerySelector("[data-testid='not-given']"));
        Assert.Equal("fail", page.Find("[data-testid='check-visitDepth'] [data-check='visitDepth']").GetAttribute("data-status"));
    }

    [Fact]
    public async Task The_sku_table_of_a_pinduoduo_store_says_bounce_is_not_given_under_its_dash_and_shows_depth()
    {
        var store = await StoreAsync("pdd", "pinduoduo", PlatformExportFiles.Gb18030(PlatformExportFiles.PinduoduoStore));
        Assert.True((await Imports.ImportAsync(store, ImportKind.SkuDaily, PlatformExportFiles.Gb18030(PlatformExportFiles.PinduoduoSku), "sku.csv")).Succeeded);

        var page = Open<PageHealthPage>("/page-health?store=pdd&from=2026-11-01&to=2026-11-02");
        page.WaitForElement("tr[data-sku='512345678901']", Patience);

        var row = page.Find("tr[data-sku='512345678901']");
        var bounce = row.QuerySelector("[data-kpi='bounceRate']")!;
        Assert.Equal(string.Empty, bounce.GetAttribute("data-value"));
        Assert.Equal("not given by 拼多多", bounce.QuerySelector("[data-testid='not-given']")!.TextContent.Trim());
        var depth = row.QuerySelector("[data-kpi='visitDepth']")!;
        Assert.Equal("2.5", depth.GetAttribute("data-value")); // 3000 views / 1200 visitors
        Assert.Null(depth.QuerySelector("[data-testid='not-given']"));
    }

    [Fact]
    public async Task The_meeting_walls_design_panel_says_not_given_by_douyin_for_both_weeks()
    {
        // The wall's yesterday is 11-17; this week so far is 16–17 November, last week 9–15.
        await StoreAsync("dy", "douyin", PlatformExportFiles.Utf8WithBom(
            "日期,用户支付金额,成交人数,商品点击人数\r\n2026-11-10,\"1,000.00\",10,400\r\n2026-11-17,\"2,000.00\",20,800\r\n"));

        var page = Open<MeetingPage>("/meeting?store=dy");
        page.WaitForElement("[data-panel='design']", Patience);

        foreach (var period in new[] { "weekToDate", "lastWeek" })
        {
            var block = page.Find($"[data-panel='design'] [data-period='{period}']");
            foreach (var metric in new[] { "bounceRate", "visitDepth" })
            {
                var cell = block.QuerySelector($"[data-kpi='{metric}']")!;
                Assert.Equal(string.Empty, cell.GetAttribute("data-value"));
                Assert.Equal("not given by 抖店", cell.QuerySelector("[data-testid='not-given']")!.TextContent.Trim());
                Assert.Equal("nodata", block.QuerySelector($"[data-check='{metric}']")!.GetAttribute("data-status"));
            }
        }

        Assert.Empty(page.FindAll("[data-testid='fix-pages']"));
    }

    [Fact]
    public async Task A_tmall_store_without_a_bounce_column_gets_a_bare_dash_not_platform_words()
    {
        await StoreAsync("tm", "tmall", PlatformExportFiles.Utf8("date,visitors,page_views,paying_buyers,payment_amount\n2026-11-01,1000,3000,30,6000\n"));

        var page = Open<PageHealthPage>("/page-health?store=tm&from=2026-11-01&to=2026-11-02");
        page.WaitForElement("[data-testid='check-bounceRate']", Patience);

        Assert.Equal("—", page.Find("[data-testid='check-bounceRate'] [data-kpi='bounceRate']").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid='not-given']"));
    }
}
