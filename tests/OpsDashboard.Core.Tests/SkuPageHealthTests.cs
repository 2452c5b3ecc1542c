using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.PageHealth;
using OpsDashboard.Core.Thresholds;

namespace OpsDashboard.Core.Tests;

public sealed class SkuPageHealthTests
{
    private static readonly StoreThresholds T = StoreThresholds.Defaults;

    [Fact]
    public void Sku_IsJudgedOnTheStoresTier_AndItsAovAgainstTheStoreIsInformation()
    {
        // Store: 1000 visitors, 550 returning ⇒ returning-heavy; AOV 300 ÷ 2 = 150.
        var store = new StoreTotals { Visitors = 1000, ReturningVisitors = 550, PageViews = 4000, BouncedVisitors = 400, PayingBuyers = 2, PaymentAmount = 300m };
        var sku = new SkuTotals { Sku = "A", Visitors = 100, BouncedVisitors = 55, PageViews = 380, PayingBuyers = 1, PaymentAmount = 120m };
        var report = PageHealthReport.Evaluate(store, [sku], null, T);

        var health = SkuPageHealth.Evaluate(sku, report, T);

        Assert.True(report.ReturningHeavy);
        Assert.Equal(CheckStatus.Warn, health.Bounce); // 0.55 passes the ordinary line (< 0.60) but not the returning-heavy one (< 0.50)
        Assert.Equal(CheckStatus.Warn, health.Depth);  // 3.8 passes the ordinary line (> 3.5) but not the returning-heavy one (≥ 4.0)
        Assert.Equal(1.25m, health.StoreAovRatio);
        Assert.True(health.IsFlagship);
    }

    [Fact]
    public void SkuWithoutBuyers_HasNoAovRatio_AndNoVisitorsMeansNoData()
    {
        var sku = new SkuTotals { Sku = "B" };
        var report = PageHealthReport.Evaluate(StoreTotals.Empty, [sku], "A", T);

        var health = SkuPageHealth.Evaluate(sku, report, T);

        Assert.Null(health.StoreAovRatio);
        Assert.Equal((CheckStatus.NoData, CheckStatus.NoData), (health.Bounce, health.Depth));
        Assert.False(health.IsFlagship);
    }
}
