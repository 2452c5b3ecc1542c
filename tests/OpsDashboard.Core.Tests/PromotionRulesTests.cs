using OpsDashboard.Core.Attention;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Thresholds;

namespace OpsDashboard.Core.Tests;

/// <summary>
/// The promotion rules of issue 11 (DOMAIN §7) on hand-made facts: each rule just fires and just does not,
/// unknown figures never fire, and each item's link names the rows it is about.
/// </summary>
public sealed class PromotionRulesTests
{
    private static readonly DateOnly Day = new(2026, 11, 22);
    private static readonly DateRange Mature = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 7));

    private static AttentionFacts Facts(PromotionFacts? promotion) => new()
    {
        Day = Day,
        Thresholds = StoreThresholds.Defaults,
        DayTotals = new StoreTotals { Visitors = 1000, PayingBuyers = 30, PaymentAmount = 3000m },
        PreviousDayTotals = new StoreTotals { Visitors = 1000, PayingBuyers = 30, PaymentAmount = 3000m },
        LastSevenDays = new StoreTotals { Visitors = 7000, PayingBuyers = 210, PaymentAmount = 21000m, Inquirers = 100, InquiryPayingBuyers = 50 },
        Sources = [],
        Skus = [],
        Promotion = promotion,
    };

    private static AdTotals Totals(long impressions, long clicks, decimal cost, decimal amount, long orders) =>
        new() { Impressions = impressions, Clicks = clicks, Cost = cost, DirectAmount = amount, Orders = orders };

    private static AdFactRow Scene(string scene, AdTotals totals) => new(scene, string.Empty, string.Empty, 15, Mature, totals);

    private static AdFactRow Plan(string scene, string plan, AdTotals totals) => new(scene, plan, string.Empty, 15, Mature, totals);

    private static AdFactRow Keyword(string scene, string plan, string keyword, AdTotals totals) => new(scene, plan, keyword, 15, Mature, totals);

    private static IReadOnlyList<AttentionItem> Evaluate(PromotionFacts facts) => AttentionEngine.Evaluate(Facts(facts));

    [Fact]
    public void NoFacts_OrNoAdsReport_SaysNothing()
    {
        Assert.Empty(AttentionEngine.Evaluate(Facts(null)));
        Assert.Empty(Evaluate(PromotionFacts.Empty));
    }

    /// <summary>ROI 1.99 (398 ÷ 200) is under 2.0 and fires; exactly 2.0 (400 ÷ 200) does not; no spend has no ROI and says nothing.</summary>
    [Theory]
    [InlineData(398, true)]
    [InlineData(400, false)]
    public void PlanRoi_BelowPaidRoiMin_PausesOrMovesBudget(int amount, bool fires)
    {
        var facts = PromotionFacts.Empty with { Plans = [Plan("关键词推广", "长尾词-测款", Totals(10_000, 200, 200m, amount, 2))] };

        var items = Evaluate(facts).Where(i => i.Rule == AttentionRules.AdRoiLow).ToList();

        Assert.Equal(fires, items.Count == 1);
        if (fires)
        {
            var item = items[0];
            Assert.Equal(("长尾词-测款", "plan", Teams.Promotion, DetailScreen.Promotion), (item.Subject, item.Variant, item.Team, item.Screen));
            Assert.Equal(1.99m, item.Figure("roi"));
            Assert.Equal((200m, 398m, 2.0m, 7m), (item.Figure("cost"), item.Figure("amount"), item.Figure("threshold"), item.Figure("days")));
            Assert.Equal(Mature, item.DetailRange);
            Assert.Equal("plan", item.DetailQuery!["by"]);
            Assert.Equal("关键词推广", item.DetailQuery["scene"]);
            Assert.Equal("长尾词-测款", item.DetailQuery["highlight"]);
        }
    }

    [Fact]
    public void SceneRoi_BelowTheLine_IsTheSceneVariant_AndNoSpendIsUnknown()
    {
        var facts = PromotionFacts.Empty with
        {
            Scenes = [Scene("精准人群推广", Totals(50_000, 600, 1000m, 1500m, 6)), Scene("货品全站推广", Totals(0, 0, 0m, 0m, 0))],
        };

        var item = Assert.Single(Evaluate(facts));

        Assert.Equal((AttentionRules.AdRoiLow, "scene", "精准人群推广"), (item.Rule, item.Variant, item.Subject));
        Assert.Equal(1.5m, item.Figure("roi"));
        Assert.False(item.DetailQuery!.ContainsKey("scene"));
        Assert.Equal("scene", item.DetailQuery["by"]);
    }

    /// <summary>¥100 without an order or a deal fires; ¥99.99 does not; ¥500 with one deal does not.</summary>
    [Theory]
    [InlineData(100, 0, 0, true)]
    [InlineData(99.99, 0, 0, false)]
    [InlineData(500, 1, 238, false)]
    public void Keyword_SpentAtLeastTheLine_WithNoDeal_IsCut(decimal cost, long orders, decimal amount, bool fires)
    {
        var facts = PromotionFacts.Empty with { Keywords = [Keyword("关键词推广", "长尾词-测款", "通勤大衣 长款", Totals(4000, 60, cost, amount, orders))] };

        var items = Evaluate(facts).Where(i => i.Rule == AttentionRules.KeywordNoDeal).ToList();

        Assert.Equal(fires, items.Count == 1);
        if (fires)
        {
            Assert.Equal("通勤大衣 长款", items[0].Subject);
            Assert.Equal(("keyword", "关键词推广", "长尾词-测款"), (items[0].DetailQuery!["by"], items[0].DetailQuery!["scene"], items[0].DetailQuery!["plan"]));
            Assert.Equal((100m, 60m), (items[0].Figure("threshold"), items[0].Figure("clicks")));
        }
    }

    /// <summary>
    /// The scene's CTR is 3% (1,200 ÷ 40,000); a plan at 1.49% (149 ÷ 10,000) is below half of it and fires; 1.5% is not below;
    /// a plan under 1,000 impressions is not judged; a plan whose scene is in another window is not compared.
    /// </summary>
    [Theory]
    [InlineData(10_000, 149, 15, true)]
    [InlineData(10_000, 150, 15, false)]
    [InlineData(999, 1, 15, false)]
    [InlineData(10_000, 149, 7, false)]
    public void Plan_CtrBelowHalfItsScenes_TestsNewCreatives(long impressions, long clicks, int window, bool fires)
    {
        var facts = PromotionFacts.Empty with
        {
            Scenes = [Scene("关键词推广", Totals(40_000, 1200, 1000m, 4000m, 20))],
            Plans = [Plan("关键词推广", "长尾词-测款", Totals(impressions, clicks, 10m, 100m, 1)) with { Window = window }],
        };

        var items = Evaluate(facts).Where(i => i.Rule == AttentionRules.AdCtrLow).ToList();

        Assert.Equal(fires, items.Count == 1);
        if (fires)
        {
            Assert.Equal((Severity.Low, 0.0149m, 0.03m), (items[0].Severity, items[0].Figure("ctr"), items[0].Figure("sceneCtr")));
        }
    }

    /// <summary>
    /// A ¥3,000 budget in a 30-day month expects ¥1,000 by day 10: ¥1,160 is +16% (over), ¥1,150 is +15% (on pace), ¥849 is −15.1%
    /// (under), ¥850 on pace; unknown spend (a missing file) and the first two days say nothing.
    /// </summary>
    [Theory]
    [InlineData(1160d, 10, AttentionRules.BudgetOverPace)]
    [InlineData(1150d, 10, null)]
    [InlineData(849d, 10, AttentionRules.BudgetUnderPace)]
    [InlineData(850d, 10, null)]
    [InlineData(null, 10, null)]
    [InlineData(1000d, 2, null)]
    public void Pacing_OverOrUnderTheBudgetsLine(double? spent, int days, string? rule)
    {
        var span = new DateRange(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, days));
        var pacing = new ScenePacing("关键词推广", 3000m, span, 30, spent is { } s ? (decimal)s : null);
        var facts = PromotionFacts.Empty with { Pacing = [pacing] };

        var items = Evaluate(facts);

        Assert.Equal(rule, items.SingleOrDefault()?.Rule);
        if (rule is not null)
        {
            var item = items[0];
            Assert.Equal((3000m, (decimal)days * 100m), (item.Figure("budget"), item.Figure("expected")));
            Assert.Equal((decimal)spent! * 3m, item.Figure("projected"));
            Assert.Equal(span, item.DetailRange);
            Assert.Equal(("scene", "关键词推广"), (item.DetailQuery!["by"], item.DetailQuery["highlight"]));
        }
    }

    [Fact]
    public void BudgetPacing_Formulas()
    {
        Assert.Equal(1000m, BudgetPacing.ExpectedSpend(3000m, 10, 30));
        Assert.Equal(1.2m, BudgetPacing.Pace(1200m, 3000m, 10, 30));
        Assert.Equal(3600m, BudgetPacing.ProjectedSpend(1200m, 10, 30));
        Assert.Null(BudgetPacing.Pace(null, 3000m, 10, 30));
        Assert.Null(BudgetPacing.Pace(100m, 0m, 10, 30));
        Assert.Equal(PaceStatus.Unknown, BudgetPacing.StatusOf(100m, 0m, 10, 30));
    }

    [Fact]
    public void PromotionRules_RankAfterTheRulesBeforeThem_InTheirOwnOrder()
    {
        var all = AttentionRules.All.ToList();
        var ours = new[] { AttentionRules.AdRoiLow, AttentionRules.KeywordNoDeal, AttentionRules.BudgetOverPace, AttentionRules.AdCtrLow, AttentionRules.BudgetUnderPace }
            .Select(rule => all.IndexOf(rule))
            .ToList();
        Assert.True(ours[0] > all.IndexOf(AttentionRules.PresaleSku));
        Assert.Equal(ours.Order(), ours);
    }
}
