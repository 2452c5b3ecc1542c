using OpsDashboard.Core.Attention;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Thresholds;

namespace OpsDashboard.Core.Tests;

/// <summary>
/// The issue 12 rules (<see cref="ServiceRules"/>) at their lines, on a month with a promotion spike and on a store with
/// missing files: each fires at the line, stays quiet just under it, and unknown never fires.
/// </summary>
public sealed class ServiceRulesTests
{
    private static readonly DateOnly Day = new(2026, 11, 22);
    private static readonly DateRange AgentWeek = new(Day.AddDays(-9), Day.AddDays(-3));

    private static AttentionFacts Facts(ServiceAttentionFacts service, StoreThresholds? thresholds = null) => new()
    {
        Day = Day,
        Thresholds = thresholds ?? StoreThresholds.Defaults,
        DayTotals = new StoreTotals { Visitors = 1000, PayingBuyers = 30, PaymentAmount = 3000m },
        PreviousDayTotals = new StoreTotals { Visitors = 1000, PayingBuyers = 30, PaymentAmount = 3000m },
        LastSevenDays = new StoreTotals { Visitors = 7000, PayingBuyers = 210, PaymentAmount = 21000m },
        Sources = [],
        Skus = [Top("A1", 1, "Wool coat"), Top("B2", 2), Top("Z9", 9)],
        Service = service,
    };

    private static SkuFacts Top(string sku, int rank, string? name = null) => new(new SkuTotals { Sku = sku, Name = name, Visitors = 1000 / rank }, [], 0, rank);

    private static ServiceAttentionFacts Service(
        IReadOnlyList<AgentWeekFacts>? agents = null,
        IReadOnlyList<SkuRefundFacts>? refunds = null,
        IReadOnlyList<DsrScoreFacts>? dsr = null,
        IReadOnlyList<RivalLossFacts>? losses = null) => new()
    {
        AgentWeek = AgentWeek,
        Agents = agents ?? [],
        Refunds = refunds ?? [],
        Dsr = dsr ?? [],
        Losses = losses ?? [],
    };

    private static AgentWeekFacts Agent(string name, long? inquirers, long? paid, int days = 7) =>
        new(name, new AgentTotals { Inquirers = inquirers, InquiryPayingBuyers = paid }, days);

    private static SkuRefundFacts Refunds(string sku, decimal amount, decimal? sales, decimal amountBefore, decimal? salesBefore) =>
        new(sku, new RefundTotals(3, amount, sales), new RefundTotals(1, amountBefore, salesBefore));

    private static List<AttentionItem> Items(AttentionFacts facts, string rule) => AttentionEngine.Evaluate(facts).Where(i => i.Rule == rule).ToList();

    [Fact]
    public void ServiceRules_AreRankedAfterTheExistingRules() =>
        Assert.Equal(ServiceRules.All, AttentionRules.All.TakeLast(ServiceRules.All.Count));

    [Fact]
    public void Agent_BelowTheLine_IsNamedForTraining_AtTheLineIsNot_AndZeroInquiriesIsUnknown()
    {
        var facts = Facts(Service(agents: [Agent("小美", 200, 99), Agent("阿强", 200, 100), Agent("新人", 0, 0), Agent("无数据", null, null)]));

        var item = Assert.Single(Items(facts, ServiceRules.AgentBelowLine));
        Assert.Equal(("小美", Teams.CustomerService, Severity.Medium), (item.Subject, item.Team, item.Severity));
        Assert.Equal(0.495m, item.Figure("inquiryConversion"));
        Assert.Equal(0.50m, item.Figure("threshold"));
        Assert.Equal(DetailScreen.Service, item.Screen);
        Assert.Equal(("小美", AgentWeek), (item.DetailQuery![DetailKeys.Highlight], item.DetailRange));
    }

    [Fact]
    public void Agent_LineFollowsTheStoreSetting()
    {
        var facts = Facts(Service(agents: [Agent("阿强", 200, 110)]), StoreThresholds.Defaults with { InquiryConversionMin = 0.60m });
        Assert.Equal("阿强", Assert.Single(Items(facts, ServiceRules.AgentBelowLine)).Subject);
    }

    [Fact]
    public void RefundRate_AtTheStoreLine_Fires_JustUnderDoesNot_AndOnlyTopSkusAreJudged()
    {
        var facts = Facts(Service(refunds:
        [
            Refunds("A1", 100m, 1000m, 60m, 1000m), // exactly 10%; 6% before: not doubled, at the line
            Refunds("B2", 99m, 1000m, 60m, 1000m),  // 9.9%, not double 6%
            Refunds("Z9", 500m, 1000m, 0m, 1000m),  // 50% but rank 9 of a top 5
        ]));

        var item = Assert.Single(Items(facts, ServiceRules.RefundRateJump));
        Assert.Equal(("A1", "Wool coat", "atLine", Teams.Operations), (item.Subject, item.SubjectName, item.Variant, item.Team));
        Assert.Equal(0.10m, item.Figure("refundRate"));
        Assert.Equal(("A1", 7), (item.DetailQuery![DetailKeys.Highlight], item.DetailDays));
        Assert.Equal(DetailScreen.Service, item.Screen);

        var higherLine = Facts(Service(refunds: [Refunds("A1", 100m, 1000m, 60m, 1000m)]), StoreThresholds.Defaults with { RefundRateLine = 0.12m });
        Assert.Empty(Items(higherLine, ServiceRules.RefundRateJump));
    }

    [Fact]
    public void RefundRate_DoubledAgainstTheWeekBefore_Fires_UnderTheLineToo()
    {
        var facts = Facts(Service(refunds: [Refunds("B2", 60m, 1000m, 30m, 1000m), Refunds("A1", 59m, 1000m, 30m, 1000m)]));
        var item = Assert.Single(Items(facts, ServiceRules.RefundRateJump));
        Assert.Equal(("B2", "doubled"), (item.Subject, item.Variant));
        Assert.Equal(0.03m, item.Figure("refundRateBefore"));
    }

    /// <summary>
    /// A promotion spike (e.g. 11.11) in the week before: its huge sales make that week's refund rate tiny, so any
    /// ordinary week after it looks "doubled". The doubling is not judged against it; a rate at the line still fires,
    /// saying the promotion's refunds are completing now. The rival rule does not compare with a promotion week either.
    /// </summary>
    [Fact]
    public void PromotionSpike_WeekBeforeIsNoBaseline_ForDoublingOrLossRise_ButTheLineStillHolds()
    {
        var service = Service(
            refunds: [Refunds("B2", 60m, 1000m, 150m, 30_000m), Refunds("A1", 300m, 1000m, 200m, 40_000m)],
            losses: [new RivalLossFacts("对手旗舰店", "shop", 900m, 400m)]) with
        {
            WeekBeforeHadPromotion = true,
        };

        var items = AttentionEngine.Evaluate(Facts(service));
        var refund = Assert.Single(items, i => i.Rule == ServiceRules.RefundRateJump);
        Assert.Equal(("A1", "afterPromotion"), (refund.Subject, refund.Variant));
        Assert.Equal(0.30m, refund.Figure("refundRate"));
        Assert.DoesNotContain(items, i => i.Rule == ServiceRules.RivalLossRise);

        // The same figures without the promotion: B2 doubled (0.5% → 6%) and the rival's loss rose 125%.
        var ordinary = AttentionEngine.Evaluate(Facts(service with { WeekBeforeHadPromotion = false }));
        Assert.Equal(["A1", "B2"], ordinary.Where(i => i.Rule == ServiceRules.RefundRateJump).Select(i => i.Subject).Order(StringComparer.Ordinal));
        Assert.Contains(ordinary, i => i.Rule == ServiceRules.RivalLossRise && i.Subject == "对手旗舰店");
    }

    /// <summary>A store whose service, refund, sales, DSR or loss files are missing: every unknown figure gives no item.</summary>
    [Fact]
    public void MissingFiles_NeverFire()
    {
        var service = Service(
            agents: [Agent("小美", null, null, days: 0), Agent("阿强", 0, 0)],
            refunds: [Refunds("A1", 300m, null, 10m, 1000m), Refunds("B2", 300m, 0m, 10m, 1000m)],
            dsr: [new(DsrScoreFacts.Description, 4.5m, null), new(DsrScoreFacts.Service, null, 4.9m), new(DsrScoreFacts.Logistics, null, null)],
            losses: [new RivalLossFacts("对手A", "shop", 900m, null), new RivalLossFacts("对手B", "shop", null, 400m), new RivalLossFacts("对手C", "item", 500m, 0m)]);

        Assert.Empty(AttentionEngine.Evaluate(Facts(service)));
        Assert.Empty(AttentionEngine.Evaluate(Facts(service) with { Service = null }));
    }

    [Theory]
    [InlineData(4.80, 4.78, true)]
    [InlineData(4.80, 4.79, false)]
    [InlineData(4.70, 4.80, false)]
    public void DsrScore_DownTwoHundredthsInSevenDays_IsForCustomerService(double before, double now, bool fires)
    {
        var facts = Facts(Service(dsr: [new(DsrScoreFacts.Logistics, (decimal)now, (decimal)before)]));
        var items = Items(facts, ServiceRules.DsrDrop);
        Assert.Equal(fires, items.Count == 1);
        if (fires)
        {
            var item = items[0];
            Assert.Equal((DsrScoreFacts.Logistics, "logistics", Teams.CustomerService, "dsr-logistics"), (item.Subject, item.Variant, item.Team, item.DetailQuery![DetailKeys.Highlight]));
            Assert.Equal(-0.02m, item.Figure("change"));
        }
    }

    [Theory]
    [InlineData(130, true)]
    [InlineData(129.99, false)]
    public void RivalLoss_RisingThirtyPercentWeekOnWeek_IsForOperations(double week, bool fires)
    {
        var facts = Facts(Service(losses: [new RivalLossFacts("对手旗舰店", "shop", (decimal)week, 100m)]));
        var items = Items(facts, ServiceRules.RivalLossRise);
        Assert.Equal(fires, items.Count == 1);
        if (fires)
        {
            Assert.Equal(("对手旗舰店", Teams.Operations, DetailScreen.Competitors, "对手旗舰店"), (items[0].Subject, items[0].Team, items[0].Screen, items[0].DetailQuery![DetailKeys.Highlight]));
            Assert.Equal(0.30m, items[0].Figure("change"));
        }
    }
}
