using AngleSharp.Dom;
using Bunit;
using OpsDashboard.Data.Import;
using MeetingPage = OpsDashboard.Web.Components.Pages.Meeting.Meeting;

namespace OpsDashboard.Web.Tests.Components.Meeting;

/// <summary>
/// The team meeting wall screen over a hand-made store in a real SQLite database. The clock starts on
/// Wednesday 2026-11-18 at 09:00, so "yesterday" is Tuesday 2026-11-17, month to date runs 1–17
/// November (against 1–17 October), this week so far is 16–17 November and last week 9–15 November.
/// </summary>
public sealed class MeetingPageTests : ComponentTestContext
{
    /// <summary>
    /// Yesterday (11-17): 2000 visitors, 60 paying, 12,000.00 ⇒ conversion 0.03, AOV 200; 40 inquirers, 18 buy ⇒ 0.45.
    /// The day before (11-16): 2500 visitors, 40 paying, 9,000.00 ⇒ conversion 0.016, AOV 225; 20 inquirers, 12 buy.
    /// Month to date (11-02, 11-10, 11-16, 11-17): 7500 visitors, 150 paying, 30,000.00 ⇒ 0.02, AOV 200; 100 inquirers,
    /// 50 buy ⇒ exactly 0.50, which passes. 1–17 October: only 10-05 (10-20 lies past the 17th): 4000 visitors,
    /// 100 paying, 16,000.00 ⇒ 0.025, AOV 160.
    /// This week so far (11-16..17): 4500 visitors, 15,750 page views ⇒ depth exactly 3.5 (watch), 2250 bounced ⇒
    /// exactly 0.50 (pass), store AOV 21,000 ÷ 100 = 210. Last week (11-10 only): depth 2.0 and bounce 0.75, both fail.
    /// </summary>
    private const string StoreDaily =
        "date,visitors,page_views,bounced_visitors,paying_buyers,payment_amount,inquirers,inquiry_paying_buyers\n" +
        "2026-10-05,4000,12000,2000,100,16000,0,0\n" +
        "2026-10-20,9999,20000,5000,99,99999,0,0\n" +
        "2026-11-02,2000,6000,1000,40,8000,40,20\n" +
        "2026-11-10,1000,2000,750,10,1000,0,0\n" +
        "2026-11-16,2500,7750,1450,40,9000,20,12\n" +
        "2026-11-17,2000,8000,800,60,12000,40,18\n";

    /// <summary>The best seller A: 3,000.00 from 20 buyers this week ⇒ flagship AOV 150 ⇒ AOV ratio 210 ÷ 150 = 1.4 (pass).</summary>
    private const string SkuDaily =
        "date,sku_code,sku_name,visitors,paying_buyers,payment_amount\n" +
        "2026-11-16,A,Coat,500,10,1500\n" +
        "2026-11-17,A,Coat,500,10,1500\n" +
        "2026-11-17,B,Hat,300,10,1000\n";

    /// <summary>
    /// Yesterday: 手淘搜索 900 visitors (was 1000), free; 关键词推广 600 (was 500), 5,000.00 for 2,000.00 ⇒ ROI 2.5;
    /// 精准人群推广 300, new, 1,500.00 for 1,000.00 ⇒ ROI 1.5, below the 1:2 line.
    /// </summary>
    private const string SourceDaily =
        "date,source,visitors,paying_buyers,payment_amount,cost\n" +
        "2026-11-16,手淘搜索,1000,10,2000,\n" +
        "2026-11-16,关键词推广,500,10,2500,1000\n" +
        "2026-11-17,手淘搜索,900,20,3000,\n" +
        "2026-11-17,关键词推广,600,20,5000,2000\n" +
        "2026-11-17,精准人群推广,300,5,1500,1000\n";

    [Fact]
    public async Task OverallPanel_ShowsYesterdaysSalesAgainstTheDayBefore_AndMonthToDateAgainstTheSameDaysOfLastMonth()
    {
        await SeedShopAsync();
        var page = OpenMeeting("?store=shop");

        Assert.Equal("2026-11-17", page.Find("[data-testid='meeting']").GetAttribute("data-day"));
        Assert.Equal((12000m, 9000m), (Figure(page, "overall", "day", "paymentAmount"), Compared(page, "overall", "day", "paymentAmount")));
        Assert.Equal((0.03m, 0.016m), (Figure(page, "overall", "day", "conversionRate"), Compared(page, "overall", "day", "conversionRate")));
        Assert.Equal((200m, 225m), (Figure(page, "overall", "day", "averageOrderValue"), Compared(page, "overall", "day", "averageOrderValue")));

        Assert.Equal((30000m, 16000m), (Figure(page, "overall", "monthToDate", "paymentAmount"), Compared(page, "overall", "monthToDate", "paymentAmount")));
        Assert.Equal((0.02m, 0.025m), (Figure(page, "overall", "monthToDate", "conversionRate"), Compared(page, "overall", "monthToDate", "conversionRate")));
        Assert.Equal((200m, 160m), (Figure(page, "overall", "monthToDate", "averageOrderValue"), Compared(page, "overall", "monthToDate", "averageOrderValue")));

        // Sales are up 33.3% on the day before; a rate moves in points (+1.4 pt), and the wall shows whole yuan.
        Assert.StartsWith("+33.3%", Block(page, "overall", "day").QuerySelector("[data-compare='paymentAmount']")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("+1.4 pt", Block(page, "overall", "day").QuerySelector("[data-compare='conversionRate']")!.TextContent.Trim());
        Assert.Equal("¥12,000", Block(page, "overall", "day").QuerySelector("[data-kpi='paymentAmount']")!.TextContent.Trim());
    }

    [Fact]
    public async Task PromotionPanel_ShowsVisitors_TheTopSourcesAndHowTheyMoved_AndPaidRoiAgainstTheOneToTwoLine()
    {
        await SeedShopAsync();
        var page = OpenMeeting("?store=shop");

        Assert.Equal((2000m, 2500m), (Figure(page, "promotion", "day", "visitors"), Compared(page, "promotion", "day", "visitors")));

        var sources = page.FindAll("[data-testid='top-sources'] tr[data-source]");
        Assert.Equal(["手淘搜索", "关键词推广", "精准人群推广"], sources.Select(r => r.GetAttribute("data-source")));
        Assert.Equal([900m, 600m, 300m], sources.Select(r => Value(r.QuerySelector("[data-kpi='visitors']")!)));
        Assert.Equal([1000m, 500m, null], sources.Select(r => Value(r.QuerySelector("[data-compare='visitors']")!)));
        Assert.Equal("new", sources[2].QuerySelector("[data-compare='visitors']")!.TextContent.Trim());

        // Only sources that cost money are judged, the biggest spender first; ROI 2.5 passes, 1.5 fails.
        var paid = page.FindAll("[data-testid='paid-sources'] tr[data-source]");
        Assert.Equal(["关键词推广", "精准人群推广"], paid.Select(r => r.GetAttribute("data-source")));
        Assert.Equal([2.5m, 1.5m], paid.Select(r => Value(r.QuerySelector("[data-kpi='roi']")!)));
        Assert.Equal(["pass", "fail"], paid.Select(r => r.QuerySelector("[data-check='roi']")!.GetAttribute("data-status")));
    }

    [Fact]
    public async Task DesignPanel_JudgesThisWeekSoFarAndLastWeek_AndAdvisesFixingPagesOnlyWhereBounceAndDepthBothFail()
    {
        await SeedShopAsync();
        var page = OpenMeeting("?store=shop");

        var thisWeek = Block(page, "design", "weekToDate");
        Assert.Equal((1.4m, "pass"), Check(thisWeek, "aovRatio"));
        Assert.Equal((0.5m, "pass"), Check(thisWeek, "bounceRate"));
        Assert.Equal((3.5m, "warn"), Check(thisWeek, "visitDepth"));
        Assert.Null(thisWeek.QuerySelector("[data-testid='fix-pages']"));

        // Last week had no SKU data, so no flagship and no AOV ratio: "no data", never a fail.
        var lastWeek = Block(page, "design", "lastWeek");
        Assert.Equal(((decimal?)null, "nodata"), Check(lastWeek, "aovRatio"));
        Assert.Equal((0.75m, "fail"), Check(lastWeek, "bounceRate"));
        Assert.Equal((2.0m, "fail"), Check(lastWeek, "visitDepth"));
        Assert.NotNull(lastWeek.QuerySelector("[data-testid='fix-pages']"));
    }

    [Fact]
    public async Task ServicePanel_FailsYesterdaysInquiryConversionBelowFiftyPercent_AndPassesMonthToDateAtExactlyFifty()
    {
        await SeedShopAsync();
        var page = OpenMeeting("?store=shop");

        var day = Block(page, "service", "day");
        Assert.Equal((0.45m, "fail"), Check(day, "inquiryConversion"));
        Assert.Equal((40m, 18m), (Figure(page, "service", "day", "inquirers"), Figure(page, "service", "day", "inquiryPayingBuyers")));
        Assert.Equal("Below 50%: customer-service training", day.QuerySelector("[data-testid='training-advice']")!.TextContent.Trim());

        var month = Block(page, "service", "monthToDate");
        Assert.Equal((0.5m, "pass"), Check(month, "inquiryConversion"));
        Assert.Equal((100m, 50m), (Figure(page, "service", "monthToDate", "inquirers"), Figure(page, "service", "monthToDate", "inquiryPayingBuyers")));
        Assert.Null(month.QuerySelector("[data-testid='training-advice']"));
    }

    /// <summary>
    /// Yesterday's attention list, by team: 精准人群推广's 7-day ROI 1.5 is under 2 (promotion); last complete
    /// week 11-09..15 failed both bounce and depth (design); 7-day inquiry conversion 30 of 60 is exactly
    /// 50%, which is not under the line, so customer service has nothing.
    /// </summary>
    [Fact]
    public async Task TodaysActions_AreGroupedByTeam_FromTheSameRulesAsTheMorningReview()
    {
        await SeedShopAsync();
        var page = OpenMeeting("?store=shop");

        var actions = page.Find("[data-panel='actions']");
        var promotion = actions.QuerySelector("[data-team='promotion']")!;
        Assert.Contains(promotion.QuerySelectorAll("[data-attention-rule='paidRoiLow']"), e => e.TextContent.Contains("精准人群推广", StringComparison.Ordinal));
        Assert.NotNull(actions.QuerySelector("[data-team='design'] [data-attention-rule='fixPagesFirst']"));
        Assert.Null(actions.QuerySelector("[data-attention-rule='inquiryConversionLow']"));
    }

    [Fact]
    public async Task DataUpToYesterday_IsFresh_AndShowsNoStaleWarning()
    {
        await SeedShopAsync();
        var page = OpenMeeting("?store=shop");

        Assert.Empty(page.FindAll("[data-testid='stale-warning']"));
        Assert.Equal("2026-11-17", page.Find("[data-testid='newest-day']").GetAttribute("data-value"));
        Assert.StartsWith("Yesterday · 2026-11-17", page.Find(".wall-day").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTheNewestDayIsOlderThanYesterday_AWarningSaysSo_AndThePanelsShowTheNewestDay()
    {
        await SeedShopAsync();
        Clock.Advance(TimeSpan.FromDays(1)); // Thursday 2026-11-19: yesterday is 11-18, which has no data.

        var page = OpenMeeting("?store=shop");

        Assert.Equal(
            "Data is out of date: the newest day is 2026-11-17 Tue, but yesterday was 2026-11-18 Wed. Import the latest exports.",
            page.Find("[data-testid='stale-warning']").TextContent.Trim());
        Assert.Equal("2026-11-17", page.Find("[data-testid='meeting']").GetAttribute("data-day"));
        Assert.Equal(12000m, Figure(page, "overall", "day", "paymentAmount"));
        Assert.StartsWith("Latest day with data · 2026-11-17", page.Find(".wall-day").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTheRefreshInterval_TheScreenRereadsTheFiguresInPlace_SoANewlyImportedDayAppears()
    {
        var shop = await SeedShopAsync();
        Clock.Advance(TimeSpan.FromDays(1)); // Thursday 09:00: stale until 11-18 arrives.
        var page = OpenMeeting("?store=shop");
        var url = Navigation.Uri;
        Assert.NotEmpty(page.FindAll("[data-testid='stale-warning']"));

        // 11-18 arrives: 1000 visitors, 25 paying, 5,000.00 ⇒ conversion 0.025, AOV 200; 10 inquirers, 6 buy ⇒ 0.6.
        await ImportAsync(shop, ImportKind.StoreDaily,
            "date,visitors,page_views,bounced_visitors,paying_buyers,payment_amount,inquirers,inquiry_paying_buyers\n2026-11-18,1000,4000,300,25,5000,10,6\n");
        Clock.Advance(MeetingRefresh - TimeSpan.FromSeconds(1));
        Assert.Equal(12000m, Figure(page, "overall", "day", "paymentAmount"));

        Clock.Advance(TimeSpan.FromSeconds(1));

        page.WaitForAssertion(() => Assert.Equal("2026-11-18", page.Find("[data-testid='meeting']").GetAttribute("data-day")), Patience);
        Assert.Equal((5000m, 12000m), (Figure(page, "overall", "day", "paymentAmount"), Compared(page, "overall", "day", "paymentAmount")));
        Assert.Equal(35000m, Figure(page, "overall", "monthToDate", "paymentAmount"));
        Assert.Equal((0.6m, "pass"), Check(Block(page, "service", "day"), "inquiryConversion"));
        Assert.Empty(page.FindAll("[data-testid='stale-warning']"));
        Assert.Equal("2026-11-19T09:01:00.0000000+00:00", page.Find("[data-testid='refreshed-at']").GetAttribute("data-value"));
        Assert.Equal(url, Navigation.Uri);
    }

    [Fact]
    public async Task WithSeveralStoresInTheUrl_TheScreenRotatesThroughThemInThatOrder_OnTheRotateInterval()
    {
        await SeedShopAsync();
        var other = await CreateStoreAsync("other");
        await ImportAsync(other, ImportKind.StoreDaily, "date,visitors,paying_buyers,payment_amount\n2026-11-17,500,5,777\n");
        var page = OpenMeeting("?stores=other,shop");

        Assert.Equal(("other", 777m), Showing(page));
        Assert.Equal(("0", "2"), (page.Find("[data-testid='rotation']").GetAttribute("data-index"), page.Find("[data-testid='rotation']").GetAttribute("data-count")));

        Clock.Advance(MeetingRotate);
        page.WaitForAssertion(() => Assert.Equal(("shop", 12000m), Showing(page)), Patience);
        Assert.Equal("1", page.Find("[data-testid='rotation']").GetAttribute("data-index"));

        // 60 s: the refresh falls due together with the rotation; the rotation must still move on.
        Clock.Advance(MeetingRotate);
        page.WaitForAssertion(() => Assert.Equal(("other", 777m), Showing(page)), Patience);

        Clock.Advance(MeetingRotate);
        page.WaitForAssertion(() => Assert.Equal(("shop", 12000m), Showing(page)), Patience);
    }

    [Fact]
    public async Task ARotationThatFallsDueWhileARefreshIsStillReading_StillMovesOnToTheNextStore()
    {
        await SeedShopAsync();
        var other = await CreateStoreAsync("other");
        await ImportAsync(other, ImportKind.StoreDaily, "date,visitors,paying_buyers,payment_amount\n2026-11-17,500,5,777\n");
        var page = OpenMeeting("?stores=other,shop");
        Clock.Advance(MeetingRotate);
        page.WaitForAssertion(() => Assert.Equal(("shop", 12000m), Showing(page)), Patience);

        // At 60 s the refresh starts reading (and waits on the database) when the rotation falls due.
        ContextFactory.Pause();
        Clock.Advance(MeetingRotate);
        ContextFactory.Resume();

        page.WaitForAssertion(() => Assert.Equal(("other", 777m), Showing(page)), Patience);
        Assert.Equal("0", page.Find("[data-testid='rotation']").GetAttribute("data-index"));
    }

    [Fact]
    [UseCulture("zh-CN")]
    public async Task InChinese_ThePanelsVerdictsAndDatesAreInChinese()
    {
        await SeedShopAsync();
        var page = OpenMeeting("?store=shop");

        Assert.Equal(["整体", "推广", "美工 · 页面健康", "客服", "今日各团队待办"], page.FindAll("section[data-panel] h2").Select(h => h.TextContent.Trim()));
        Assert.StartsWith("昨日 · 2026-11-17 周二", page.Find(".wall-day").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("不达标", Block(page, "service", "day").QuerySelector("[data-check='inquiryConversion']")!.TextContent.Trim());
        Assert.Equal("低于 50%：安排客服培训", page.Find("[data-testid='training-advice']").TextContent.Trim());
        Assert.Equal("先优化页面，再加推广", page.Find("[data-testid='fix-pages']").TextContent.Trim());
        Assert.Equal("新增", page.Find("tr[data-source='精准人群推广'] [data-compare='visitors']").TextContent.Trim());
        Assert.Equal(12000m, Figure(page, "overall", "day", "paymentAmount"));
    }

    private TimeSpan MeetingRefresh => TimeSpan.FromSeconds(MeetingOptions.RefreshSeconds);

    private TimeSpan MeetingRotate => TimeSpan.FromSeconds(MeetingOptions.RotateSeconds);

    private async Task<int> SeedShopAsync()
    {
        var shop = await CreateStoreAsync("shop");
        await ImportAsync(shop, ImportKind.StoreDaily, StoreDaily);
        await ImportAsync(shop, ImportKind.SkuDaily, SkuDaily);
        await ImportAsync(shop, ImportKind.SourceDaily, SourceDaily);
        return shop;
    }

    private IRenderedComponent<MeetingPage> OpenMeeting(string query)
    {
        var page = Open<MeetingPage>("/meeting" + query);
        page.WaitForElement("[data-panel='overall']", Patience);
        return page;
    }

    private static (string? Store, decimal? Sales) Showing(IRenderedComponent<MeetingPage> page) =>
        (page.Find("[data-testid='meeting']").GetAttribute("data-store"), Figure(page, "overall", "day", "paymentAmount"));

    private static IElement Block(IRenderedComponent<MeetingPage> page, string panel, string period) =>
        page.Find($"[data-panel='{panel}'] [data-period='{period}']");

    private static decimal? Figure(IRenderedComponent<MeetingPage> page, string panel, string period, string kpi) =>
        Value(Block(page, panel, period).QuerySelector($"[data-kpi='{kpi}']") ?? throw new InvalidOperationException($"No {kpi} in {panel}/{period}"));

    private static decimal? Compared(IRenderedComponent<MeetingPage> page, string panel, string period, string kpi) =>
        Value(Block(page, panel, period).QuerySelector($"[data-compare='{kpi}']") ?? throw new InvalidOperationException($"No comparison of {kpi} in {panel}/{period}"));

    /// <summary>A verdict's value (data-value of its data-kpi) and status (data-status of its data-check).</summary>
    private static (decimal? Value, string? Status) Check(IElement block, string check) =>
        (Value(block.QuerySelector($"[data-kpi='{check}']") ?? throw new InvalidOperationException($"No [data-kpi='{check}']")),
         block.QuerySelector($"[data-check='{check}']")?.GetAttribute("data-status"));
}
