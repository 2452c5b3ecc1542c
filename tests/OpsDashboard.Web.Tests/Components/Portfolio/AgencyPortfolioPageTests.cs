using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components.Web;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Import;
using OpsDashboard.Web.Model;
using OpsDashboard.Web.Components.Pages.Portfolio;
using DateRange = OpsDashboard.Core.Periods.DateRange;

namespace OpsDashboard.Web.Tests.Components.Portfolio;

/// <summary>
/// The agency portfolio over two hand-made stores in a real SQLite database. Today is Wednesday
/// 2026-11-18, so without a range in the URL the page shows the 7 days 11–17 November, compared
/// with 4–10 November.
/// </summary>
public sealed class AgencyPortfolioPageTests : ComponentTestContext
{
    private static readonly DateRange LastSevenDays = new(new DateOnly(2026, 11, 11), new DateOnly(2026, 11, 17));

    /// <summary>
    /// alpha (¥): 2000 visitors, 50 paying, 10,000.00 ⇒ conversion 0.025, AOV 200; was 20,000.00 ⇒ sales −50%.
    /// Healthy pages (bounce 0.4, depth 4.0), but 2 of 10 inquirers bought on 11-17 ⇒ one attention item
    /// (inquiry conversion below 50%), of medium severity.
    /// </summary>
    private const string Alpha =
        "date,visitors,page_views,bounced_visitors,paying_buyers,payment_amount,inquirers,inquiry_paying_buyers\n" +
        "2026-11-05,2000,8000,800,100,20000,0,0\n" +
        "2026-11-16,1000,4000,400,30,6000,0,0\n" +
        "2026-11-17,1000,4000,400,20,4000,10,2\n";

    /// <summary>
    /// beta ($): 1000 visitors, 30 paying, 3,600.00 ⇒ conversion 0.03, AOV 120; was 3,000.00 ⇒ sales +20%.
    /// Bounce 0.8 and depth 2.0: two failing page-health checks, no attention items.
    /// </summary>
    private const string Beta =
        "date,visitors,page_views,bounced_visitors,paying_buyers,payment_amount\n" +
        "2026-11-08,1000,3000,500,25,3000\n" +
        "2026-11-17,1000,2000,800,30,3600\n";

    [Fact]
    public async Task Stores_AreListedInThePortfolioServicesOrderOfNeed_FailingPagesBeforeMoreItemsOrAFallInSales()
    {
        await SeedAsync();

        var page = OpenPortfolio(string.Empty);

        // Neither the store code nor the fall in sales would put beta first: its two failing page checks do.
        Assert.Equal(["beta", "alpha"], Rows(page).Select(r => r.GetAttribute("data-store")));
        Assert.Equal((await Portfolio.RankAsync(LastSevenDays)).Select(e => e.Store.Code), Rows(page).Select(r => r.GetAttribute("data-store")));
        Assert.Equal(["fail", "fail"], Row(page, "beta").QuerySelectorAll("[data-check='bounceRate'], [data-check='visitDepth']").Select(c => c.GetAttribute("data-status")));
        Assert.Equal(["pass", "pass"], Row(page, "alpha").QuerySelectorAll("[data-check='bounceRate'], [data-check='visitDepth']").Select(c => c.GetAttribute("data-status")));
        Assert.Equal((1m, 0m), (Kpi(Row(page, "alpha"), "attentionItems"), Kpi(Row(page, "beta"), "attentionItems")));
    }

    [Fact]
    public async Task EachStore_ShowsItsExactSalesChangeConversionAndAov_InItsOwnCurrency()
    {
        await SeedAsync();

        var page = OpenPortfolio(string.Empty);

        var alpha = Row(page, "alpha");
        Assert.Equal((10000m, -0.5m, 0.025m, 200m), (Kpi(alpha, "paymentAmount"), Kpi(alpha, "salesChange"), Kpi(alpha, "conversionRate"), Kpi(alpha, "averageOrderValue")));
        var beta = Row(page, "beta");
        Assert.Equal((3600m, 0.2m, 0.03m, 120m), (Kpi(beta, "paymentAmount"), Kpi(beta, "salesChange"), Kpi(beta, "conversionRate"), Kpi(beta, "averageOrderValue")));

        Assert.Equal("¥10,000.00", alpha.QuerySelector("[data-kpi='paymentAmount']")!.TextContent.Trim());
        Assert.Equal("$3,600.00", beta.QuerySelector("[data-kpi='paymentAmount']")!.TextContent.Trim());
        Assert.Equal("−50.0%", alpha.QuerySelector("[data-kpi='salesChange']")!.TextContent.Trim());
    }

    /// <summary>alpha sold 10,000.00 in 11-11..17 and 4,000.00 in the same days of 2025: +150%. beta has no 2025: no change.</summary>
    [Fact]
    public async Task ComparingWithLastYear_TheChangeIsAgainstTheSameDaysAYearEarlier()
    {
        await SeedAsync();
        var alpha = (await Stores.FindAsync("alpha"))!;
        await ImportAsync(alpha.Id, ImportKind.StoreDaily, "date,visitors,paying_buyers,payment_amount\n2025-11-12,800,20,4000\n");

        var page = OpenPortfolio("?compare=yoy");

        Assert.Equal("yoy", page.Find("th[data-compare]").GetAttribute("data-compare"));
        Assert.Equal("Change vs last year", page.Find("th[data-compare]").TextContent.Trim());
        Assert.Equal((1.5m, null), (Kpi(Row(page, "alpha"), "salesChange"), Kpi(Row(page, "beta"), "salesChange")));
        Assert.Equal("+150.0%", Row(page, "alpha").QuerySelector("[data-kpi='salesChange']")!.TextContent.Trim());
    }

    [Fact]
    public async Task EachStore_LinksToItsMorningReview_ForTheSameRange()
    {
        await SeedAsync();

        var page = OpenPortfolio("?from=2026-11-16&to=2026-11-17");

        Assert.Equal("/?store=beta&from=2026-11-16&to=2026-11-17&compare=previous", Row(page, "beta").QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/?store=alpha&from=2026-11-16&to=2026-11-17&compare=previous", Row(page, "alpha").QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/meeting?stores=beta,alpha", page.Find("[data-testid='meeting-all']").GetAttribute("href"));

        // 16–17 November against 14–15 November, when neither store sold anything: no change to show.
        Assert.Equal((10000m, null), (Kpi(Row(page, "alpha"), "paymentAmount"), Kpi(Row(page, "alpha"), "salesChange")));
    }

    /// <summary>
    /// The same range and comparison controls as the other screens, without a store picker: "yesterday" puts
    /// 11-17 in the URL (no store) and the table shows alpha's 4,000.00 of that day; year on year is kept in the URL.
    /// </summary>
    [Fact]
    public async Task TheFilterBar_SetsTheRangeAndComparisonInTheUrl_AndTheTableFollows()
    {
        await SeedAsync();
        var page = OpenPortfolio(string.Empty);

        var bar = page.Find("[data-testid='filter-bar']");
        Assert.Empty(page.FindAll("[data-testid='store-picker']"));
        Assert.Equal(("2026-11-11", "2026-11-17", "previous"), (bar.GetAttribute("data-from"), bar.GetAttribute("data-to"), bar.GetAttribute("data-compare")));
        Assert.Equal("true", page.Find("[data-preset='last-7-days']").GetAttribute("aria-pressed"));

        await page.Find("[data-preset='yesterday']").ClickAsync(new MouseEventArgs());

        Assert.Equal(new DashboardQuery(null, new DateOnly(2026, 11, 17), new DateOnly(2026, 11, 17), Comparison.Previous), DashboardQuery.FromUri(Navigation.Uri));
        page.WaitForAssertion(() => Assert.Equal(4000m, Kpi(Row(page, "alpha"), "paymentAmount")), Patience);
        Assert.Equal(3600m, Kpi(Row(page, "beta"), "paymentAmount"));

        await page.Find("button[data-compare='yoy']").ClickAsync(new MouseEventArgs());

        Assert.Equal(new DashboardQuery(null, new DateOnly(2026, 11, 17), new DateOnly(2026, 11, 17), Comparison.YearOverYear), DashboardQuery.FromUri(Navigation.Uri));
        page.WaitForAssertion(() => Assert.Equal("yoy", page.Find("th[data-compare]").GetAttribute("data-compare")), Patience);
        Assert.Equal("true", page.Find("[data-preset='yesterday']").GetAttribute("aria-pressed"));
    }

    [Fact]
    [UseCulture("zh-CN")]
    public async Task InChinese_TheHeadingsChecksAndMeetingButtonAreInChinese()
    {
        await SeedAsync();

        var page = OpenPortfolio(string.Empty);

        Assert.Equal(["店铺", "销售额", "较上期", "支付转化率", "客单价", "页面健康", "待办"], page.FindAll("[data-testid='portfolio'] thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal(["客单价比", "跳失率", "访问深度"], Row(page, "beta").QuerySelectorAll("[data-check]").Select(c => c.TextContent.Trim()));
        Assert.Equal("团队例会", page.Find("[data-testid='meeting-all']").TextContent.Trim());
    }

    private async Task SeedAsync()
    {
        // Created in code order, so the list from the catalog starts with alpha.
        await ImportAsync(await CreateStoreAsync("alpha"), ImportKind.StoreDaily, Alpha);
        await ImportAsync(await CreateStoreAsync("beta", "USD"), ImportKind.StoreDaily, Beta);
    }

    private IRenderedComponent<AgencyPortfolio> OpenPortfolio(string query)
    {
        var page = Open<AgencyPortfolio>("/portfolio" + query);
        page.WaitForElement("[data-testid='portfolio'] tr[data-store]", Patience);
        return page;
    }

    private static IEnumerable<IElement> Rows(IRenderedComponent<AgencyPortfolio> page) => page.FindAll("tr[data-store]");

    private static IElement Row(IRenderedComponent<AgencyPortfolio> page, string store) => page.Find($"tr[data-store='{store}']");

    private static decimal? Kpi(IElement row, string field) =>
        Value(row.QuerySelector($"[data-kpi='{field}']") ?? throw new InvalidOperationException($"No [data-kpi='{field}'] in the row"));
}
