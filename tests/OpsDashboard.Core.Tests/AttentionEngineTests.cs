using OpsDashboard.Core.Attention;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.PageHealth;
using OpsDashboard.Core.Targets;
using OpsDashboard.Core.Thresholds;

namespace OpsDashboard.Core.Tests;

/// <summary>Each rule with data that triggers it and data that just doesn't.</summary>
public sealed class AttentionEngineTests
{
    private static readonly DateOnly Day = new(2026, 11, 22);

    private static AttentionFacts Quiet() => new()
    {
        Day = Day,
        Thresholds = StoreThresholds.Defaults,
        DayTotals = new StoreTotals { Visitors = 1000, PayingBuyers = 30, PaymentAmount = 3000m },
        PreviousDayTotals = new StoreTotals { Visitors = 1000, PayingBuyers = 30, PaymentAmount = 3000m },
        LastSevenDays = new StoreTotals { Visitors = 7000, PayingBuyers = 210, PaymentAmount = 21000m, Inquirers = 100, InquiryPayingBuyers = 50 },
        Sources = [],
        Skus = [],
    };

    private static List<string> Rules(AttentionFacts facts) => AttentionEngine.Evaluate(facts).Select(i => i.Rule).ToList();

    [Fact]
    public void QuietDay_HasNothingToDo() => Assert.Empty(AttentionEngine.Evaluate(Quiet()));

    [Fact]
    public void TargetMissed_NamesTheDriverThatHeldSalesBack_AndMetTargetIsQuiet()
    {
        var target = MonthlyTarget.Break(Day, 30 * 4000m, TargetShape.Even);
        var missed = Quiet() with
        {
            DayTotals = new StoreTotals { Visitors = 700, PayingBuyers = 21, PaymentAmount = 2100m },
            Target = TargetProgress.Of(target, Day, 2100m, 80_000m),
            WeekdayRunRate = new RunRate([Day.AddDays(-7), Day.AddDays(-14)], 2000m, 60m, 6000m),
        };
        var item = Assert.Single(AttentionEngine.Evaluate(missed));
        Assert.Equal((AttentionRules.TargetMissed, Severity.High, Teams.Operations, "traffic"), (item.Rule, item.Severity, item.Team, item.Subject));
        Assert.Equal(-1900m, item.Figure("dayGap"));

        var met = Quiet() with { Target = TargetProgress.Of(target, Day, 4000m, 88_000m) };
        Assert.Empty(AttentionEngine.Evaluate(met));
    }

    [Theory]
    [InlineData(80, false)]
    [InlineData(79, true)]
    public void SourceDrop_MoreThanTwentyPercentBelowItsSevenDayAverage(long visitors, bool flagged)
    {
        var source = new SourceFacts(
            new SourceTotals { Source = "手淘搜索", Visitors = visitors },
            100m,
            new SourceTotals { Source = "手淘搜索", Visitors = 700 });
        Assert.Equal(flagged, Rules(Quiet() with { Sources = [source] }).Contains(AttentionRules.SourceDrop));
    }

    [Theory]
    [InlineData("2.00", false)]
    [InlineData("1.99", true)]
    public void PaidRoiBelowTwo_MovesBudget(string sales, bool flagged)
    {
        var week = new SourceTotals { Source = "关键词推广", Kind = SourceKinds.Paid, Cost = 1m, PaymentAmount = decimal.Parse(sales, System.Globalization.CultureInfo.InvariantCulture) };
        var source = new SourceFacts(week, null, week);
        Assert.Equal(flagged, Rules(Quiet() with { Sources = [source] }).Contains(AttentionRules.PaidRoiLow));
    }

    [Fact]
    public void ConversionBelowPeer_IsFlagged_EqualIsNot()
    {
        var below = Quiet().LastSevenDays with { PeerRateTimesVisitors = 0.0301m * 7000, PeerRateVisitors = 7000 };
        var equal = Quiet().LastSevenDays with { PeerRateTimesVisitors = 0.03m * 7000, PeerRateVisitors = 7000 };
        Assert.Contains(AttentionRules.ConversionBelowPeer, Rules(Quiet() with { LastSevenDays = below }));
        Assert.DoesNotContain(AttentionRules.ConversionBelowPeer, Rules(Quiet() with { LastSevenDays = equal }));
    }

    [Fact]
    public void SkuConversion_ThreeRisesRunning_GetsTraffic_ThreeFallsGetAPageLook_TwoDoNot()
    {
        SkuFacts Sku(params decimal?[] daily) => new(new SkuTotals { Sku = "A1", Visitors = 700 }, daily, 0, 1);
        Assert.Equal([AttentionRules.SkuConversionRising], Rules(Quiet() with { Skus = [Sku(0.01m, 0.02m, 0.03m, 0.04m)] }));
        Assert.Equal([AttentionRules.SkuConversionFalling], Rules(Quiet() with { Skus = [Sku(0.04m, 0.03m, 0.02m, 0.01m)] }));
        Assert.Empty(Rules(Quiet() with { Skus = [Sku(0.02m, 0.02m, 0.03m, 0.04m)] }));
        Assert.Empty(Rules(Quiet() with { Skus = [Sku(0.01m, null, 0.03m, 0.04m)] }));
    }

    [Fact]
    public void PresaleSku_IsJudgedByOrderConversion_AndSaysSo()
    {
        var presale = new SkuFacts(new SkuTotals { Sku = "P1", Name = "Down jacket", Visitors = 100, OrderBuyers = 8, Presale = true }, [], 0, 3);
        var item = Assert.Single(AttentionEngine.Evaluate(Quiet() with { Skus = [presale] }));
        Assert.Equal(AttentionRules.PresaleSku, item.Rule);
        Assert.Equal(("P1", "Down jacket"), (item.Subject, item.SubjectName));
        Assert.Equal(0.08m, item.Figure("orderConversionRate"));
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void NegativeReviews_OnlyAmongTheTopFiveByTraffic(int rank, bool flagged)
    {
        var sku = new SkuFacts(new SkuTotals { Sku = "R1", Visitors = 100 }, [], 2, rank);
        Assert.Equal(flagged, Rules(Quiet() with { Skus = [sku] }).Contains(AttentionRules.NegativeReviews));
    }

    [Theory]
    [InlineData(70L, false)]
    [InlineData(69L, true)]
    [InlineData(null, false)]
    public void LowStock_UnderSevenDaysOfCover_UnknownStockIsNeverFlagged(long? stock, bool flagged)
    {
        // 70 units sold in 7 days = 10 a day: 70 in stock is exactly 7 days of cover.
        var sku = new SkuFacts(new SkuTotals { Sku = "S1", Units = 70, StockOnHand = stock }, [], 0, 9);
        Assert.Equal(flagged, Rules(Quiet() with { Skus = [sku] }).Contains(AttentionRules.LowStock));
    }

    [Theory]
    [InlineData(50, false)]
    [InlineData(49, true)]
    public void InquiryConversionUnderHalf_CallsForTraining(long buyers, bool flagged)
    {
        var week = Quiet().LastSevenDays with { InquiryPayingBuyers = buyers };
        Assert.Equal(flagged, Rules(Quiet() with { LastSevenDays = week }).Contains(AttentionRules.InquiryConversionLow));
    }

    [Fact]
    public void PageHealthFailingTwice_FixPagesFirst_RanksFirstAmongHighItems()
    {
        var failing = PageHealthReport.Evaluate(new StoreTotals { Visitors = 1000, BouncedVisitors = 700, PageViews = 2000 }, [], null, StoreThresholds.Defaults);
        var lowStock = new SkuFacts(new SkuTotals { Sku = "S1", Units = 70, StockOnHand = 1 }, [], 0, 9);
        var source = new SourceFacts(new SourceTotals { Source = "x", Visitors = 10 }, 100m, new SourceTotals { Source = "x", Visitors = 700 });
        var items = AttentionEngine.Evaluate(Quiet() with { LastWeekPageHealth = failing, Skus = [lowStock], Sources = [source] });
        Assert.Equal([AttentionRules.FixPagesFirst, AttentionRules.LowStock, AttentionRules.SourceDrop], items.Select(i => i.Rule));
        Assert.Equal(Teams.Design, items[0].Team);
    }
}
