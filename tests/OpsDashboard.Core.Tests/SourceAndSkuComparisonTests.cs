using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Thresholds;

namespace OpsDashboard.Core.Tests;

/// <summary>The morning review's comparisons: source flags at their exact boundaries and SKU conversion judged like with like.</summary>
public sealed class SourceAndSkuComparisonTests
{
    private static readonly StoreThresholds T = StoreThresholds.Defaults;

    [Theory]
    [InlineData(80, 100, CheckStatus.Pass)]
    [InlineData(799, 1000, CheckStatus.Warn)]
    [InlineData(0, 1, CheckStatus.Warn)]
    [InlineData(120, 100, CheckStatus.Pass)]
    [InlineData(50, 0, CheckStatus.NoData)]
    public void SourceVisitorDrop_WarnsOnlyAboveTwentyPercent(long visitors, long before, CheckStatus expected) =>
        Assert.Equal(expected, Verdicts.SourceVisitorDrop(visitors, before, T));

    [Fact]
    public void SourceVisitorDrop_FollowsTheStoresSetting() =>
        Assert.Equal(CheckStatus.Warn, Verdicts.SourceVisitorDrop(89, 100, T with { SourceDropAlert = 0.10m }));

    [Theory]
    [InlineData("paid", 200, 100, CheckStatus.Pass)]
    [InlineData("paid", 199, 100, CheckStatus.Fail)]
    [InlineData("free", 199, 100, CheckStatus.Fail)]
    [InlineData("free", 500, 0, CheckStatus.NoData)]
    [InlineData("paid", 500, 0, CheckStatus.NoData)]
    public void SourceRoi_JudgesPaidSourcesAndSourcesThatCostMoney(string kind, int payment, int cost, CheckStatus expected) =>
        Assert.Equal(expected, SourceVerdicts.Roi(new SourceTotals { Source = "s", Kind = kind, PaymentAmount = payment, Cost = cost }, T));

    [Fact]
    public void SourceComparison_GivesSharesChanges_AndKeepsSourcesMissingFromTheFilesAsAbsentNotMinus100()
    {
        var now = new[]
        {
            new SourceTotals { Source = "a", Visitors = 300 },
            new SourceTotals { Source = "b", Visitors = 100, Kind = SourceKinds.Paid, Cost = 50, PaymentAmount = 99 },
        };
        var before = new[]
        {
            new SourceTotals { Source = "a", Visitors = 200 },
            new SourceTotals { Source = "b", Visitors = 200 },
            new SourceTotals { Source = "gone", Visitors = 40, Kind = SourceKinds.Content },
        };

        var rows = SourceComparison.Build(now, before, T);

        Assert.Equal(["a", "b", "gone"], rows.Select(r => r.Current.Source));
        Assert.Equal([0.75m, 0.25m, 0m], rows.Select(r => r.Share));
        Assert.Equal([0.5m, -0.5m, null], rows.Select(r => r.VisitorChange));
        Assert.Equal([false, false, true], rows.Select(r => r.Current.Absent));
        Assert.Equal([CheckStatus.Pass, CheckStatus.Warn, CheckStatus.NoData], rows.Select(r => r.DropStatus));
        Assert.Equal([CheckStatus.NoData, CheckStatus.Fail, CheckStatus.NoData], rows.Select(r => r.RoiStatus));
        Assert.Equal(SourceKinds.Content, rows[2].Current.Kind);
    }

    [Fact]
    public void SkuComparison_JudgesAPresaleSkuByOrderConversion_InBothPeriods_AndTakesTheTopByVisitors()
    {
        var now = new[]
        {
            new SkuTotals { Sku = "b", Visitors = 100, OrderBuyers = 6, PayingBuyers = 0, Presale = true },
            new SkuTotals { Sku = "a", Visitors = 100, OrderBuyers = 5, PayingBuyers = 4 },
            new SkuTotals { Sku = "c", Visitors = 10, PayingBuyers = 1 },
        };
        var before = new[] { new SkuTotals { Sku = "b", Visitors = 200, OrderBuyers = 8, PayingBuyers = 6, Presale = false } };

        var top = SkuComparison.TopByVisitors(now, before, 2);

        Assert.Equal(["a", "b"], top.Select(s => s.Current.Sku));
        Assert.Equal(0.06m, top[1].Conversion);
        Assert.Equal(0.04m, top[1].ComparisonConversion);
        Assert.Equal(0.02m, top[1].ConversionChange);
        Assert.Null(top[0].ComparisonConversion);
        Assert.Null(top[0].ConversionChange);
    }

    [Fact]
    public void Change_IsRelativeForAmounts_AndPointsForRates_WithNoValueOnZero()
    {
        Assert.Equal(0.25m, Change.Relative(125m, 100m));
        Assert.Null(Change.Relative(5m, 0m));
        Assert.Equal(0.003m, Change.Points(0.034m, 0.031m));
        Assert.Null(Change.Points(null, 0.031m));
    }
}
