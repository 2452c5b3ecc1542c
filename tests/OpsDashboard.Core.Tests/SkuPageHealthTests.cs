using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.PageHealth;
using OpsDashboard.Core.Thresholds;

namespace OpsDashboard.Core.Tests;

public sealed class SkuPageHealthTests
{
    private static readonly StoreThresholds T = StoreThresholds.Defaults;

    [Fact]
    public void Sku_IsShownAgainstTheStoresAverage_NotTheStoresLines_AndItsAovAgainstTheStoreIsInformation()
    {
        // Store: bounce 400 ÷ 1000 = 0.40, depth 1800 ÷ 1000 = 1.8 (fails the store's 2.5 line); AOV 300 ÷ 2 = 150.
        var store = new StoreTotals { Visitors = 1000, ReturningVisitors = 100, PageViews = 1800, BouncedVisitors = 400, PayingBuyers = 2, PaymentAmount = 300m };
        // SKU: depth 210 ÷ 100 = 2.1 (under the store's line, but above the store's own pages), bounce 0.55.
        var sku = new SkuTotals { Sku = "A", Visitors = 100, BouncedVisitors = 55, PageViews = 210, PayingBuyers = 1, PaymentAmount = 120m };
        var report = PageHealthReport.Evaluate(store, [sku], null, T);

        var health = SkuPageHealth.Evaluate(sku, report);

        Assert.Equal(CheckStatus.Fail, report.Checks.Single(c => c.Metric == PageHealthReport.VisitDepthMetric).Status);
        Assert.Equal(VersusStore.Above, health.Depth);
        Assert.Equal(VersusStore.Above, health.Bounce);
        Assert.Equal((0.4m, 1.8m), (health.StoreBounceRate, health.StoreVisitDepth));
        Assert.Equal(1.25m, health.StoreAovRatio);
        Assert.True(health.IsFlagship);
    }

    [Fact]
    public void SkuWithoutBuyers_HasNoAovRatio_AndNoVisitorsMeansUnknown()
    {
        var sku = new SkuTotals { Sku = "B" };
        var report = PageHealthReport.Evaluate(StoreTotals.Empty, [sku], "A", T);

        var health = SkuPageHealth.Evaluate(sku, report);

        Assert.Null(health.StoreAovRatio);
        Assert.Equal((VersusStore.Unknown, VersusStore.Unknown), (health.Bounce, health.Depth));
        Assert.False(health.IsFlagship);
    }

    [Theory]
    [InlineData("0.5", "0.4", VersusStore.Above)]
    [InlineData("0.3", "0.4", VersusStore.Below)]
    [InlineData("0.4", "0.4", VersusStore.Equal)]
    public void Against_ComparesWithTheStoreAverage(string sku, string store, VersusStore expected) =>
        Assert.Equal(expected, SkuPageHealth.Against(decimal.Parse(sku, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(store, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Against_AnUnknownFigure_IsUnknown() =>
        Assert.Equal((VersusStore.Unknown, VersusStore.Unknown), (SkuPageHealth.Against(null, 0.4m), SkuPageHealth.Against(0.4m, null)));
}
