using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.PageHealth;
using OpsDashboard.Core.Thresholds;

namespace OpsDashboard.Core.Tests;

public sealed class PageHealthTests
{
    private static readonly SkuTotals Coat = new() { Sku = "B200", PaymentAmount = 2380m, PayingBuyers = 10 };
    private static readonly SkuTotals Boots = new() { Sku = "A100", PaymentAmount = 2380m, PayingBuyers = 20 };
    private static readonly SkuTotals Hat = new() { Sku = "C300", PaymentAmount = 500m, PayingBuyers = 5 };

    [Fact]
    public void Flagship_IsTheBestSeller_TiesToLowestCode()
    {
        Assert.Equal("A100", Flagship.Select(null, [Coat, Hat, Boots])!.Sku);
    }

    [Fact]
    public void Flagship_ChosenOneWins_EvenWithoutSalesInThePeriod()
    {
        Assert.Equal("C300", Flagship.Select("C300", [Coat, Boots, Hat])!.Sku);
        var absent = Flagship.Select("Z999", [Coat]);
        Assert.Equal("Z999", absent!.Sku);
        Assert.Null(Catalogue.AverageOrderValue.Of(absent));
    }

    [Fact]
    public void Flagship_TieBetweenItemIds_GoesToTheNumericallyLowest()
    {
        var longId = new SkuTotals { Sku = "10", PaymentAmount = 100m };
        var shortId = new SkuTotals { Sku = "9", PaymentAmount = 100m };
        Assert.Equal("9", Flagship.Select(null, [longId, shortId])!.Sku);
    }

    [Fact]
    public void Flagship_NoSkus_IsNone() => Assert.Null(Flagship.Select(null, []));

    [Fact]
    public void Evaluate_SeedExample_FlagshipAov238_StoreAboutOnePointFiveTimes_Passes()
    {
        // Seed 003 part 一: flagship ¥238, store AOV ≈ 1.5× ⇒ pass.
        var store = new StoreTotals { Visitors = 10_000, PayingBuyers = 100, PaymentAmount = 35_700m, BouncedVisitors = 5_500, PageViews = 40_000, ReturningVisitors = 1_000 };
        var report = PageHealthReport.Evaluate(store, [Coat], null, StoreThresholds.Defaults);
        Assert.Equal(238m, report.FlagshipAov);
        Assert.Equal(357m, report.StoreAov);
        Assert.Equal(1.5m, report.AovRatio);
        Assert.Equal(
            [("aovRatio", CheckStatus.Pass), ("bounceRate", CheckStatus.Pass), ("visitDepth", CheckStatus.Pass)],
            report.Checks.Select(c => (c.Metric, c.Status)));
        Assert.False(report.FixPagesBeforePromotion);
    }

    [Fact]
    public void Evaluate_BounceAndDepthBothFail_AdvisesFixingPagesFirst()
    {
        var store = new StoreTotals { Visitors = 1000, PayingBuyers = 10, PaymentAmount = 1000m, BouncedVisitors = 700, PageViews = 2400 };
        var report = PageHealthReport.Evaluate(store, [], null, StoreThresholds.Defaults);
        Assert.Equal(CheckStatus.Fail, report.Checks.Single(c => c.Metric == "bounceRate").Status);
        Assert.Equal(CheckStatus.Fail, report.Checks.Single(c => c.Metric == "visitDepth").Status);
        Assert.Equal(CheckStatus.NoData, report.Checks.Single(c => c.Metric == "aovRatio").Status);
        Assert.True(report.FixPagesBeforePromotion);
    }

    [Fact]
    public void Evaluate_ReturningHeavyStore_UsesTheStricterPassLines()
    {
        // Returning share exactly 50% ⇒ returning-heavy: bounce 0.55 warns (pass < 50%), depth 3.8 warns (pass ≥ 4.0).
        var store = new StoreTotals { Visitors = 1000, ReturningVisitors = 500, BouncedVisitors = 550, PageViews = 3800 };
        var report = PageHealthReport.Evaluate(store, [], null, StoreThresholds.Defaults);
        Assert.True(report.ReturningHeavy);
        Assert.Equal(CheckStatus.Warn, report.Checks.Single(c => c.Metric == "bounceRate").Status);
        Assert.Equal(0.50m, report.Checks.Single(c => c.Metric == "bounceRate").PassThreshold);
        Assert.Equal(CheckStatus.Warn, report.Checks.Single(c => c.Metric == "visitDepth").Status);
        Assert.Equal(4.0m, report.Checks.Single(c => c.Metric == "visitDepth").PassThreshold);
    }

    [Fact]
    public void Evaluate_NoVisitors_IsNotReturningHeavy_AndEveryCheckIsNoData()
    {
        var report = PageHealthReport.Evaluate(StoreTotals.Empty, [], null, StoreThresholds.Defaults);
        Assert.False(report.ReturningHeavy);
        Assert.All(report.Checks, c => Assert.Equal(CheckStatus.NoData, c.Status));
    }
}
