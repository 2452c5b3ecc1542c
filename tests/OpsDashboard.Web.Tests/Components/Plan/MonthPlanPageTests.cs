using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Core.Targets;
using OpsDashboard.Data.Accounts;
using OpsDashboard.Data.Planning;
using OpsDashboard.Testing;
using OpsDashboard.Web.Components.Pages.Plan;
using OpsDashboard.Web.Tests.Components.Admin;

namespace OpsDashboard.Web.Tests.Components.Plan;

/// <summary>
/// The monthly plan page (月计划) over a real SQLite database with the hand-computed store of <see cref="MonthPlanFiles"/>.
/// Today is 2026-12-02 (Beijing), so the last complete month is November and the plan is for December.
/// </summary>
public sealed class MonthPlanPageTests : ComponentTestContext
{
    private readonly TestCallerSource _callers = new();

    public MonthPlanPageTests()
        : base(new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero)) =>
        Services.AddSingleton<ICallerSource>(_callers);

    [Fact]
    public async Task November_ShowsSalesConversionPromotionAndTheProposals_HandComputed()
    {
        await CreateStoreAsync("plan");
        await MonthPlanFiles.SeedAsync(Services, "plan");

        var page = Open<MonthPlanPage>("/plan?store=plan");
        page.WaitForElement("[data-testid='plan-sales']", Patience);

        var month = page.Find("[data-testid='plan-month']");
        Assert.Equal(("2026-11", "2026-12"), (month.GetAttribute("data-month"), month.GetAttribute("data-next-month")));

        // ¥45,000 against a ¥50,000 target (90%) and ¥30,000 in November 2025 (+50%).
        Assert.Equal(45_000m, Value(page.Find("[data-kpi='sales']")));
        Assert.Equal(50_000m, Value(page.Find("[data-kpi='target']")));
        Assert.Equal(0.9m, Value(page.Find("[data-kpi='attainment']")));
        Assert.Equal(30_000m, Value(page.Find("[data-kpi='salesLastYear']")));
        Assert.Equal(0.5m, Value(page.Find("[data-kpi='salesChange']")));
        Assert.Contains("¥45,000.00", page.Find("[data-kpi='sales']").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid='no-target'], [data-testid='no-last-year'], [data-testid='incomplete-month']"));

        // 900 ÷ 45,000 = 2% against the visitor-weighted peer tier 3%: −1 pt, below.
        Assert.Equal(0.02m, Value(page.Find("[data-kpi='conversionRate']")));
        Assert.Equal(0.03m, Value(page.Find("[data-kpi='peerConversionRate']")));
        Assert.Equal(-0.01m, Value(page.Find("[data-kpi='conversionVsPeer']")));
        Assert.Equal("fail", page.Find("[data-check='conversionVsPeer']").GetAttribute("data-status"));

        // Spend over all days, ROI over the mature days (11-01..11-23).
        var keyword = page.Find("[data-testid='plan-promotion'] tr[data-scene='关键词推广']");
        Assert.Equal((9_000m, 6_900m, 20_700m, 3m, 7m), (Value(keyword.QuerySelector("[data-kpi='cost']")!), Value(keyword.QuerySelector("[data-kpi='matureCost']")!),
            Value(keyword.QuerySelector("[data-kpi='matureAmount']")!), Value(keyword.QuerySelector("[data-kpi='roi']")!), Value(keyword.QuerySelector("[data-kpi='immatureDays']")!)));
        Assert.Equal(1.5m, Value(page.Find("[data-testid='plan-promotion'] tr[data-scene='精准人群推广'] [data-kpi='roi']")));
        // The ROI chip speaks of the ROI line, not of the peer tier (the conversion chip's words).
        Assert.Contains("Below the ROI line", page.Find("[data-testid='plan-promotion'] tr[data-scene='精准人群推广'] [data-kpi='roi']").TextContent, StringComparison.Ordinal);
        Assert.Contains("At or above the ROI line", page.Find("[data-testid='plan-promotion'] tr[data-scene='关键词推广'] [data-kpi='roi']").TextContent, StringComparison.Ordinal);
        Assert.Null(Value(page.Find("[data-testid='plan-promotion'] tr[data-scene='货品全站推广'] [data-kpi='roi']")));
        Assert.Equal(15_700m, Value(page.Find("[data-testid='spend-total'] [data-kpi='cost']")));

        // December: ¥31,000 × 228,600 ÷ 183,000 = ¥38,725; budgets ¥9,300, ¥4,650 and none.
        var proposal = page.Find("[data-testid='target-proposal']");
        Assert.Equal(MonthPlanFiles.ProposedTarget, Value(proposal));
        Assert.Equal(31_000m, decimal.Parse(proposal.GetAttribute("data-base")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("¥38,725.00", proposal.TextContent, StringComparison.Ordinal);
        Assert.Contains("183 days", page.Find("[data-testid='growth-detail']").TextContent, StringComparison.Ordinal);
        Assert.Equal("38725", page.Find("input[data-testid='target-input']").GetAttribute("value"));
        Assert.Equal(9_300m, Value(page.Find("tr[data-budget-scene='关键词推广'] [data-kpi='proposedBudget']")));
        Assert.Equal(4_650m, Value(page.Find("tr[data-budget-scene='精准人群推广'] [data-kpi='proposedBudget']")));
        Assert.Null(Value(page.Find("tr[data-budget-scene='货品全站推广'] [data-kpi='proposedBudget']")));
        Assert.Equal("RoiUnknown", page.Find("tr[data-budget-scene='货品全站推广']").GetAttribute("data-basis"));
    }

    [Fact]
    public async Task AStoreWithoutLastYearOrAds_SaysWhatIsMissing_AndProposesNothing()
    {
        await CreateStoreAsync("new");
        await MonthPlanFiles.SeedNewStoreAsync(Services, "new");

        var page = Open<MonthPlanPage>("/plan?store=new&month=2026-11");
        page.WaitForElement("[data-testid='plan-sales']", Patience);

        Assert.Equal(45_000m, Value(page.Find("[data-kpi='sales']")));
        Assert.Null(Value(page.Find("[data-kpi='target']")));
        Assert.Null(Value(page.Find("[data-kpi='attainment']")));
        Assert.Null(Value(page.Find("[data-kpi='salesLastYear']")));
        Assert.Null(Value(page.Find("[data-kpi='salesChange']")));
        Assert.Equal("—", page.Find("[data-kpi='salesChange']").TextContent.Trim());
        Assert.Equal("No target is set for 2026-11: set one in Settings to compare against.", page.Find("[data-testid='no-target']").TextContent.Trim());
        Assert.Equal("No comparison with last year: 0 of the 30 days of 2025-11 have a sales figure.", page.Find("[data-testid='no-last-year']").TextContent.Trim());
        Assert.Equal("No ads report for 2026-11: import 万相台/直通车 reports (kind ads) to see spend and ROI.", page.Find("[data-testid='no-ads']").TextContent.Trim());

        var gap = page.Find("[data-testid='no-target-proposal']");
        Assert.Equal("NoSameMonthLastYear", gap.GetAttribute("data-gap"));
        Assert.Equal("No target proposed: 2025-12 (the same month last year) has a sales figure on 0 of its 31 days.", gap.TextContent.Trim());
        Assert.Equal("No budget proposed: 2026-11 has no ads report.", page.Find("[data-testid='no-budget-proposal']").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid='target-proposal']"));

        // Nothing is proposed, so the target field starts empty (never 0).
        Assert.True(string.IsNullOrEmpty(page.Find("input[data-testid='target-input']").GetAttribute("value")));
    }

    [Fact]
    [UseCulture("zh-CN")]
    public async Task TheMissingData_IsSaidInChinese_AndThePeerTierMissingIsNotAvailable()
    {
        var id = await CreateStoreAsync("new");
        await ImportAsync(id, OpsDashboard.Data.Import.ImportKind.StoreDaily, "date,visitors,paying_buyers,payment_amount\n2026-11-01,100,2,200\n");

        var page = Open<MonthPlanPage>("/plan?store=new&month=2026-11");
        page.WaitForElement("[data-testid='plan-sales']", Patience);

        Assert.Null(Value(page.Find("[data-kpi='peerConversionRate']")));
        Assert.Equal("同行数据不可用：本月店铺日报中没有“同行同层平均支付转化率”。", page.Find("[data-testid='no-peer']").TextContent.Trim());
        Assert.Equal("nodata", page.Find("[data-check='conversionVsPeer']").GetAttribute("data-status"));

        // One day of thirty: the month's sales stay unknown.
        Assert.Null(Value(page.Find("[data-kpi='sales']")));
        Assert.Contains("2026-11 的 30 天中只有 1 天有销售数据", page.Find("[data-testid='incomplete-month']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_WritesTheTargetAndBudgetsThroughTheServices_AndTheyAreReadBack()
    {
        await CreateStoreAsync("plan");
        var store = await MonthPlanFiles.SeedAsync(Services, "plan");

        var page = Open<MonthPlanPage>("/plan?store=plan&month=2026-11");
        page.WaitForElement("input[data-testid='target-input']", Patience);
        Assert.Null(Value(page.Find("[data-testid='next-target']")));

        await page.Find("input[data-testid='target-input']").ChangeAsync(new ChangeEventArgs { Value = "40000" });
        await page.Find("[data-testid='save-target']").ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() => Assert.Equal(40_000m, Value(page.Find("[data-testid='next-target']"))), Patience);
        Assert.Equal("¥40,000.00 saved as the target of 2026-12.", page.Find("[data-testid='target-message']").TextContent.Trim());
        var december = Assert.Single(await Targets.ListAsync(store.Id), t => t.Start == new DateOnly(2026, 12, 1));
        Assert.Equal(new TargetPeriod(TargetPeriodKind.Month, new DateOnly(2026, 12, 1), 40_000m, TargetShape.LastYear), december);
        Assert.Equal(40_000m, (await Targets.MonthAsync(store.Id, new DateOnly(2026, 12, 1), null))!.Target.Amount);

        // Keep 关键词推广's proposal, lower 精准人群推广, give 货品全站推广 a trial budget.
        await page.Find("input[data-budget='精准人群推广']").ChangeAsync(new ChangeEventArgs { Value = "4000" });
        await page.Find("input[data-budget='货品全站推广']").ChangeAsync(new ChangeEventArgs { Value = "1000" });
        await page.Find("[data-testid='save-budgets']").ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() => Assert.Equal("Budgets for 2026-12 saved.", page.Find("[data-testid='budgets-message']").TextContent.Trim()), Patience);

        Assert.Equal(
            [new SceneBudget("关键词推广", 9_300m), new SceneBudget("精准人群推广", 4_000m), new SceneBudget("货品全站推广", 1_000m)],
            await Services.GetRequiredService<PromotionBudgetService>().ListAsync(store.Id, new DateOnly(2026, 12, 1)));
        Assert.Equal(4_000m, Value(page.Find("tr[data-budget-scene='精准人群推广'] [data-kpi='currentBudget']")));
    }

    [Fact]
    public async Task AViewer_SeesThePlan_ButCannotSave()
    {
        var id = await CreateStoreAsync("plan");
        await MonthPlanFiles.SeedAsync(Services, "plan");
        _callers.Caller = Caller.ForUser(CallerKind.User, "viewer@example.com", "viewer-id", Roles.Viewer, false, new HashSet<int> { id });

        var page = Open<MonthPlanPage>("/plan?store=plan");
        page.WaitForElement("[data-testid='target-proposal']", Patience);

        Assert.Equal(MonthPlanFiles.ProposedTarget, Value(page.Find("[data-testid='target-proposal']")));
        Assert.Equal(9_300m, Value(page.Find("tr[data-budget-scene='关键词推广'] [data-kpi='proposedBudget']")));
        Assert.Empty(page.FindAll("[data-testid='save-target'], [data-testid='save-budgets'], input[data-testid='target-input'], input[data-budget]"));
        Assert.Equal("Only owners and managers of the store can save targets and budgets.", page.Find("[data-testid='read-only']").TextContent.Trim());
    }

    [Fact]
    public async Task AMonthNotOverYet_OrMalformed_IsSaidOutLoud_AndTheLastCompleteMonthShown()
    {
        await CreateStoreAsync("plan");

        var page = Open<MonthPlanPage>("/plan?store=plan&month=2026-12");
        page.WaitForElement("[data-testid='month-note']", Patience);
        Assert.Equal("2026-12 has not ended yet; showing 2026-11, the last complete month.", page.Find("[data-testid='month-note']").TextContent.Trim());
        Assert.Equal("2026-11", page.Find("[data-testid='plan-month']").GetAttribute("data-month"));

        Navigation.NavigateTo("/plan?store=plan&month=Nov");
        page.WaitForAssertion(() => Assert.Equal("'Nov' is not a month in the form yyyy-MM; showing 2026-11, the last complete month.", page.Find("[data-testid='month-note']").TextContent.Trim()), Patience);
    }
}
