using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using OpsDashboard.Data.Import;
using PageHealthPage = OpsDashboard.Web.Components.Pages.PageHealth.PageHealth;
using Microsoft.AspNetCore.Components.Web;

namespace OpsDashboard.Web.Tests.Components.PageHealth;

/// <summary>The weekly page-health screen over hand-made weeks in a real SQLite database, with exact figures.</summary>
public sealed class PageHealthPageTests() : ComponentTestContext(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero))
{
    private const string Week = "?store=shop&from=2026-11-16&to=2026-11-22";

    // 16–22 Nov: 2000 visitors, 5000 page views (depth exactly 2.5 → watch), 1400 bounced (exactly 0.70 → fail),
    // 200 returning (share 0.1 → ordinary tier), 40 paying buyers, 5200.00 ⇒ store AOV 130.
    private const string BoundaryWeek =
        "date,visitors,page_views,bounced_visitors,returning_visitors,order_buyers,paying_buyers,payment_amount\n" +
        "2026-11-16,1200,3000,840,120,30,24,3120\n" +
        "2026-11-22,800,2000,560,80,20,16,2080\n";

    // A: best seller, 2000.00 from 20 buyers ⇒ AOV 100 ⇒ AOV ratio 130 ÷ 100 = exactly 1.3 → pass; bounce 0.5, depth 3.0.
    // B: 360.00 from 4 buyers ⇒ AOV 90; bounce 0.8, depth 2.0. P: presale, 10 orders and no payments from 100 visitors.
    private const string Skus =
        "date,sku_code,sku_name,visitors,page_views,bounced_visitors,order_buyers,paying_buyers,payment_amount,presale\n" +
        "2026-11-16,A,Coat,600,1800,300,12,10,1000,0\n" +
        "2026-11-22,A,Coat,400,1200,200,12,10,1000,0\n" +
        "2026-11-16,B,Boots,300,600,240,5,4,360,0\n" +
        "2026-11-22,P,Down jacket (presale),100,400,30,10,0,0,1\n";

    [Fact]
    public async Task BoundaryWeek_BounceExactly70PercentFails_DepthExactly2Point5Watches_AovRatioExactly1Point3Passes()
    {
        var store = await CreateStoreAsync("shop");
        await ImportAsync(store, ImportKind.StoreDaily, BoundaryWeek);
        await ImportAsync(store, ImportKind.SkuDaily, Skus);

        var page = Open<PageHealthPage>("/page-health" + Week);
        page.WaitForElement("[data-kpi='aovRatio']");

        Assert.Equal("pass", Status(page, "aovRatio"));
        Assert.Equal("fail", Status(page, "bounceRate"));
        Assert.Equal("warn", Status(page, "visitDepth"));
        Assert.Equal(1.3m, Value(page.Find("[data-testid='check-aovRatio']"), "aovRatio"));
        Assert.Equal(0.7m, Value(page.Find("[data-testid='check-bounceRate']"), "bounceRate"));
        Assert.Equal(2.5m, Value(page.Find("[data-testid='check-visitDepth']"), "visitDepth"));
        Assert.Equal(130m, Value(page.Find("[data-testid='check-aovRatio']"), "storeAov"));
        Assert.Equal(100m, Value(page.Find("[data-testid='check-aovRatio']"), "flagshipAov"));

        var bounceLines = page.Find("[data-testid='check-bounceRate'] [data-testid='threshold']");
        Assert.Equal((0.70m, 0.60m), (Raw(bounceLines, "data-threshold"), Raw(bounceLines, "data-pass-threshold")));
        var tier = page.Find("[data-testid='tier']");
        Assert.Equal("ordinary", tier.GetAttribute("data-tier"));
        Assert.Equal(0.1m, Value(tier, "returningShare"));

        var flagship = page.Find("[data-testid='flagship']");
        Assert.Equal(("A", "automatic"), (flagship.GetAttribute("data-sku"), flagship.GetAttribute("data-flagship")));
        Assert.Empty(page.FindAll("[data-testid='fix-pages-advice']"));
    }

    [Fact]
    public async Task ReturningHeavyWeek_UsesTheStricterPassLines()
    {
        var store = await CreateStoreAsync("shop");

        // 1100 of 2000 visitors returning (0.55 ⇒ returning-heavy); bounce 0.55 and depth 3.8 would pass the ordinary
        // lines (< 0.60, > 3.5) but only watch on the returning-heavy ones (< 0.50, ≥ 4.0).
        await ImportAsync(store, ImportKind.StoreDaily,
            "date,visitors,page_views,bounced_visitors,returning_visitors,paying_buyers,payment_amount\n2026-11-18,2000,7600,1100,1100,40,5200\n");

        var page = Open<PageHealthPage>("/page-health" + Week);
        page.WaitForElement("[data-kpi='bounceRate']");

        var tier = page.Find("[data-testid='tier']");
        Assert.Equal("returningHeavy", tier.GetAttribute("data-tier"));
        Assert.Equal(0.55m, Value(tier, "returningShare"));
        Assert.Equal("warn", Status(page, "bounceRate"));
        Assert.Equal("warn", Status(page, "visitDepth"));
        Assert.Equal("nodata", Status(page, "aovRatio"));
        Assert.Equal(0.50m, Raw(page.Find("[data-testid='check-bounceRate'] [data-testid='threshold']"), "data-pass-threshold"));
        Assert.Equal(4.0m, Raw(page.Find("[data-testid='check-visitDepth'] [data-testid='threshold']"), "data-pass-threshold"));
        Assert.Contains("returning-heavy", tier.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ANoteInTheEightWeeks_IsMarkedOnEachTrendChart_OnItsDay()
    {
        var store = await CreateStoreAsync("shop");
        await ImportAsync(store, ImportKind.StoreDaily, BoundaryWeek);
        await Annotations.AddAsync(store, new DateOnly(2026, 11, 20), "Price cut on the coat");
        await Annotations.AddAsync(store, new DateOnly(2026, 8, 1), "Before the eight weeks");

        var page = Open<PageHealthPage>("/page-health" + Week);
        page.WaitForElement("[data-series] .note-mark");

        var charts = page.FindAll("svg[data-series]");
        Assert.Equal(3, charts.Count);
        Assert.All(charts, chart => Assert.Equal(["2026-11-20"], chart.QuerySelectorAll(".note-mark").Select(m => m.GetAttribute("data-mark-date"))));
        Assert.Contains("Price cut on the coat", charts[0].QuerySelector(".note-mark title")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BounceAndDepthBothFailing_AdvisesFixingPagesBeforePromotion()
    {
        var store = await CreateStoreAsync("shop");
        await ImportAsync(store, ImportKind.StoreDaily,
            "date,visitors,page_views,bounced_visitors,paying_buyers,payment_amount\n2026-11-20,1000,2000,750,10,1000\n");

        var page = Open<PageHealthPage>("/page-health" + Week);
        page.WaitForElement("[data-kpi='bounceRate']");

        Assert.Equal(("fail", "fail"), (Status(page, "bounceRate"), Status(page, "visitDepth")));
        Assert.Contains("fix the pages before adding promotion", page.Find("[data-testid='fix-pages-advice']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SkuTable_ShowsEachSkuAgainstTheStoreAverage_AndAPresaleSkuByItsOrderConversion()
    {
        var store = await CreateStoreAsync("shop");
        await ImportAsync(store, ImportKind.StoreDaily, BoundaryWeek);
        await ImportAsync(store, ImportKind.SkuDaily, Skus);

        var page = Open<PageHealthPage>("/page-health" + Week);
        page.WaitForElement("tr[data-sku='P']");

        var a = page.Find("tr[data-sku='A']");
        Assert.Equal((100m, 1.3m, 0.5m, 3.0m, 0.02m), (Value(a, "averageOrderValue"), Value(a, "storeAovRatio"), Value(a, "bounceRate"), Value(a, "visitDepth"), Value(a, "judgedConversionRate")));
        // Store average: bounce 0.70, depth 2.5. A: bounce 0.5 below it, depth 3.0 above it.
        Assert.Equal(("below", "above"), (Position(a, "bounceRate"), Position(a, "visitDepth")));
        Assert.Equal("Bounce below store 70.00%", a.QuerySelector("[data-vs-store='bounceRate']")!.TextContent.Trim());
        Assert.Equal("Depth above store 2.50", a.QuerySelector("[data-vs-store='visitDepth']")!.TextContent.Trim());
        Assert.Null(a.QuerySelector("[data-check]"));
        Assert.Equal("automatic", a.QuerySelector("[data-flagship]")?.GetAttribute("data-flagship"));

        var b = page.Find("tr[data-sku='B']");
        Assert.Equal((90m, 130m / 90m), (Value(b, "averageOrderValue"), Value(b, "storeAovRatio")));
        Assert.Equal(("above", "below"), (Position(b, "bounceRate"), Position(b, "visitDepth")));

        var presale = page.Find("tr[data-sku='P']");
        Assert.Equal("true", presale.GetAttribute("data-presale"));
        Assert.Equal(0.1m, Value(presale, "judgedConversionRate"));
        Assert.Contains("order conversion (presale)", presale.QuerySelector("[data-testid='presale-conversion']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("", presale.QuerySelector("[data-kpi='averageOrderValue']")!.GetAttribute("data-value"));
        Assert.Equal(("below", "above"), (Position(presale, "bounceRate"), Position(presale, "visitDepth")));
    }

    /// <summary>
    /// A product page with depth 2.1 in a store whose pages average 1.8 is not "fail" against the
    /// store's 2.5 line: it reads "above store 1.80". The store's own check still fails its line.
    /// </summary>
    [Fact]
    public async Task ASkuIsNotJudgedByTheStoresLines_ButShownAgainstTheStoresAverage()
    {
        var store = await CreateStoreAsync("shop");
        await ImportAsync(store, ImportKind.StoreDaily,
            "date,visitors,page_views,bounced_visitors,paying_buyers,payment_amount\n2026-11-20,1000,1800,500,10,1000\n");
        await ImportAsync(store, ImportKind.SkuDaily,
            "date,sku_code,sku_name,visitors,page_views,bounced_visitors,paying_buyers,payment_amount\n2026-11-20,D,Dress,100,210,40,2,200\n");

        var page = Open<PageHealthPage>("/page-health" + Week);
        page.WaitForElement("tr[data-sku='D']");

        Assert.Equal("fail", Status(page, "visitDepth"));
        var d = page.Find("tr[data-sku='D']");
        Assert.Equal(2.1m, Value(d, "visitDepth"));
        Assert.Equal(("below", "above"), (Position(d, "bounceRate"), Position(d, "visitDepth")));
        Assert.Equal("Depth above store 1.80", d.QuerySelector("[data-vs-store='visitDepth']")!.TextContent.Trim());
        Assert.DoesNotContain("Fail", d.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ChoosingAFlagship_SavesItOnTheStore_AndUsingTheBestSellerClearsIt()
    {
        var store = await CreateStoreAsync("shop");
        await ImportAsync(store, ImportKind.StoreDaily, BoundaryWeek);
        await ImportAsync(store, ImportKind.SkuDaily, Skus);
        var page = Open<PageHealthPage>("/page-health" + Week);
        page.WaitForElement("tr[data-sku='B']");

        await page.Find("[data-testid='choose-flagship'][data-sku='B']").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Equal("chosen", page.Find("[data-testid='flagship']").GetAttribute("data-flagship")));
        Assert.Equal("B", (await Stores.FindAsync("shop"))!.FlagshipSku);
        Assert.Equal("B", page.Find("[data-testid='flagship']").GetAttribute("data-sku"));
        Assert.Equal(130m / 90m, Value(page.Find("[data-testid='check-aovRatio']"), "aovRatio"));
        Assert.Equal(90m, Value(page.Find("[data-testid='check-aovRatio']"), "flagshipAov"));
        Assert.Equal("chosen", page.Find("tr[data-sku='B'] [data-flagship]").GetAttribute("data-flagship"));
        Assert.Empty(page.FindAll("[data-testid='choose-flagship'][data-sku='B']"));

        await page.Find("[data-testid='use-best-seller']").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Equal("automatic", page.Find("[data-testid='flagship']").GetAttribute("data-flagship")));
        Assert.Null((await Stores.FindAsync("shop"))!.FlagshipSku);
        Assert.Equal("A", page.Find("[data-testid='flagship']").GetAttribute("data-sku"));
        Assert.Equal(1.3m, Value(page.Find("[data-testid='check-aovRatio']"), "aovRatio"));
    }

    [Fact]
    public async Task WithoutAWeekInTheUrl_ShowsTheLastCompleteWeekWithData()
    {
        Clock.Advance(TimeSpan.FromDays(3)); // Friday 2026-11-27: the week of 23–29 November is not complete yet.
        var store = await CreateStoreAsync("shop");
        await ImportAsync(store, ImportKind.StoreDaily, BoundaryWeek + "2026-11-25,100,300,10,0,1,1,100\n");

        var page = Open<PageHealthPage>("/page-health?store=shop");
        page.WaitForElement("[data-kpi='bounceRate']");

        var week = page.Find("[data-testid='week']");
        Assert.Equal(("2026-11-16", "2026-11-22"), (week.GetAttribute("data-from"), week.GetAttribute("data-to")));
        Assert.Equal(0.7m, Value(page.Find("[data-testid='check-bounceRate']"), "bounceRate"));
    }

    [Fact]
    public async Task PreviousWeekButton_MovesTheWeekInTheUrl_AndReloads()
    {
        var store = await CreateStoreAsync("shop");
        await ImportAsync(store, ImportKind.StoreDaily, BoundaryWeek + "2026-11-10,1000,4000,500,0,10,10,1000\n");
        var page = Open<PageHealthPage>("/page-health" + Week);
        page.WaitForElement("[data-kpi='bounceRate']");

        await page.Find("[data-testid='previous-week']").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Equal("2026-11-09", page.Find("[data-testid='week']").GetAttribute("data-from")));
        Assert.Contains("from=2026-11-09", Navigation.Uri, StringComparison.Ordinal);
        Assert.Contains("to=2026-11-15", Navigation.Uri, StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.Equal(0.5m, Value(page.Find("[data-testid='check-bounceRate']"), "bounceRate")));
        Assert.Equal(("pass", "pass"), (Status(page, "bounceRate"), Status(page, "visitDepth")));
    }

    [Fact]
    public async Task Trend_DrawsEightWeeksOverTheirZones_EndingWithTheSelectedWeek()
    {
        var store = await CreateStoreAsync("shop");
        await ImportAsync(store, ImportKind.StoreDaily, BoundaryWeek + "2026-10-05,1000,4000,500,0,10,10,1000\n");

        var page = Open<PageHealthPage>("/page-health" + Week);
        page.WaitForElement("[data-kpi='bounceRate']");

        var bounce = page.Find("svg[data-series='bounceRate']");
        var points = bounce.QuerySelectorAll("circle[data-week]");
        Assert.Equal(["2026-10-05", "2026-11-16"], points.Select(p => p.GetAttribute("data-week")));
        Assert.Equal([0.5m, 0.7m], points.Select(p => decimal.Parse(p.GetAttribute("data-value")!, CultureInfo.InvariantCulture)));
        Assert.Equal(["pass", "fail"], points.Select(p => p.GetAttribute("data-status")));

        // Every one of the 8 weeks has its fail, watch and pass zone; the AOV ratio has no watch zone.
        Assert.Equal(24, bounce.QuerySelectorAll("rect[data-zone]").Length);
        Assert.Equal(8, bounce.QuerySelectorAll("rect[data-zone='warn']").Length);
        Assert.Empty(page.Find("svg[data-series='aovRatio']").QuerySelectorAll("rect[data-zone='warn']"));
        Assert.Equal(8, page.Find("svg[data-series='aovRatio']").QuerySelectorAll("rect[data-zone='fail']").Length);
    }

    [Fact]
    public async Task SkuTable_SortsByAColumn_AndTurnsTheOrderOnASecondClick()
    {
        var store = await CreateStoreAsync("shop");
        await ImportAsync(store, ImportKind.StoreDaily, BoundaryWeek);
        await ImportAsync(store, ImportKind.SkuDaily, Skus);
        var page = Open<PageHealthPage>("/page-health" + Week);
        page.WaitForElement("tr[data-sku='P']");
        Assert.Equal(["A", "B", "P"], SkuOrder(page)); // visitors, most first

        await page.Find("[data-sort='bounceRate']").ClickAsync(new MouseEventArgs());
        Assert.Equal(["B", "A", "P"], SkuOrder(page));

        await page.Find("[data-sort='bounceRate']").ClickAsync(new MouseEventArgs());
        Assert.Equal(["P", "A", "B"], SkuOrder(page));
    }

    private static string? Status(IRenderedComponent<PageHealthPage> page, string check) =>
        page.Find($"[data-testid='check-{check}'] [data-check='{check}']").GetAttribute("data-status");

    private static string? Position(IElement row, string metric) => row.QuerySelector($"[data-vs-store='{metric}']")?.GetAttribute("data-position");

    private static decimal Value(IElement scope, string kpi) =>
        Raw(scope.QuerySelector($"[data-kpi='{kpi}']") ?? throw new InvalidOperationException($"No [data-kpi='{kpi}']"), "data-value");

    private static decimal Raw(IElement element, string attribute) =>
        decimal.Parse(element.GetAttribute(attribute) ?? throw new InvalidOperationException($"No {attribute}"), CultureInfo.InvariantCulture);

    private static IEnumerable<string?> SkuOrder(IRenderedComponent<PageHealthPage> page) =>
        page.FindAll("tr[data-sku]").Select(r => r.GetAttribute("data-sku"));
}
