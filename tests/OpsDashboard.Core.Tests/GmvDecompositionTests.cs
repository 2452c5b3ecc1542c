using OpsDashboard.Core.Metrics;

namespace OpsDashboard.Core.Tests;

public sealed class GmvDecompositionTests
{
    private static readonly StoreTotals Before = new() { Visitors = 10_000, PayingBuyers = 300, PaymentAmount = 30_000m };

    [Fact]
    public void LogTerms_AddUpToTheSalesLog_AndEffectsToTheSalesChange()
    {
        // Visitors −20%, conversion +10%, AOV +5%.
        var after = new StoreTotals { Visitors = 8_000, PayingBuyers = 264, PaymentAmount = 264 * 105m };
        var d = GmvDecomposition.Between(Before, after)!;

        Assert.Equal(-0.2m, d.TrafficChange);
        Assert.Equal(0.1m, decimal.Round(d.ConversionChange, 12));
        Assert.Equal(0.05m, decimal.Round(d.AovChange, 12));
        Assert.Equal(d.SalesLog, d.TrafficLog + d.ConversionLog + d.AovLog, 12);
        Assert.Equal(after.PaymentAmount - Before.PaymentAmount, decimal.Round(d.TrafficEffect!.Value + d.ConversionEffect!.Value + d.AovEffect!.Value, 8));
        Assert.Equal(Driver.Traffic, d.LargestDriver);
        Assert.Equal(Math.Log(0.8), d.TrafficLog, 12);
    }

    [Fact]
    public void OnlyConversionMoved_AllTheChangeIsConversion()
    {
        var after = Before with { PayingBuyers = 330, PaymentAmount = 33_000m };
        var d = GmvDecomposition.Between(Before, after)!;
        Assert.Equal(0m, d.TrafficChange);
        Assert.Equal(3_000m, decimal.Round(d.ConversionEffect!.Value, 8));
        Assert.Equal(0m, decimal.Round(d.TrafficEffect!.Value, 8));
        Assert.Equal(Driver.Conversion, d.LargestDriver);
    }

    [Fact]
    public void WeakestDriver_IsTheOneThatHeldSalesBack_NotTheOneThatMovedMost()
    {
        // Visitors ×3 (moved most, upwards), conversion 0.03 → 0.0225 (−25%), AOV unchanged.
        var after = new StoreTotals { Visitors = 30_000, PayingBuyers = 675, PaymentAmount = 67_500m };
        var d = GmvDecomposition.Between(Before, after)!;
        Assert.Equal(Driver.Traffic, d.LargestDriver);
        Assert.Equal(Driver.Conversion, d.WeakestDriver);

        // All three rose: the one that rose least held sales back most.
        var allUp = new StoreTotals { Visitors = 11_000, PayingBuyers = 363, PaymentAmount = 363 * 101m };
        Assert.Equal(Driver.AverageOrderValue, GmvDecomposition.Between(Before, allUp)!.WeakestDriver);

        // A tie goes to traffic: nothing moved.
        Assert.Equal(Driver.Traffic, GmvDecomposition.Between(Before, Before)!.WeakestDriver);
    }

    [Fact]
    public void UnchangedSales_HasNoMoneyEffects()
    {
        var d = GmvDecomposition.Between(Before, Before)!;
        Assert.Equal(0m, d.SalesChange);
        Assert.Null(d.TrafficEffect);
    }

    [Fact]
    public void EmptyPeriod_CannotBeDecomposed()
    {
        Assert.Null(GmvDecomposition.Between(StoreTotals.Empty, Before));
        Assert.Null(GmvDecomposition.Between(Before, Before with { PayingBuyers = 0, PaymentAmount = 0 }));
    }
}
