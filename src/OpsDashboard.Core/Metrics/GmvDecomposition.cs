namespace OpsDashboard.Core.Metrics;

/// <summary>
/// Attributes a change in sales between two periods to traffic, conversion and AOV using the
/// identity GMV = visitors × conversion × AOV and its logarithm:
/// ln(G1/G0) = ln(V1/V0) + ln(C1/C0) + ln(A1/A0). The three log terms add up exactly, so each
/// driver's share of the sales change (in money) is exact and the shares sum to the change.
/// </summary>
public sealed record GmvDecomposition
{
    /// <summary>Relative change of sales, e.g. -0.124 for −12.4%.</summary>
    public required decimal SalesChange { get; init; }
    public required decimal TrafficChange { get; init; }
    public required decimal ConversionChange { get; init; }
    public required decimal AovChange { get; init; }

    public required double SalesLog { get; init; }
    public required double TrafficLog { get; init; }
    public required double ConversionLog { get; init; }
    public required double AovLog { get; init; }

    /// <summary>Money change attributed to each driver: (G1 − G0) × term ÷ ln(G1/G0). Null when sales did not change.</summary>
    public decimal? TrafficEffect { get; init; }
    public decimal? ConversionEffect { get; init; }
    public decimal? AovEffect { get; init; }

    /// <summary>The driver whose log term moved most (by absolute size): what to chase.</summary>
    public Driver LargestDriver =>
        Math.Abs(TrafficLog) >= Math.Abs(ConversionLog) && Math.Abs(TrafficLog) >= Math.Abs(AovLog) ? Driver.Traffic
        : Math.Abs(ConversionLog) >= Math.Abs(AovLog) ? Driver.Conversion
        : Driver.AverageOrderValue;

    /// <summary>
    /// The driver that held sales back most: the smallest (most negative) log term, ties going to
    /// traffic, then conversion. When a target is missed this is what to chase, even if another
    /// driver moved further upwards.
    /// </summary>
    public Driver WeakestDriver =>
        TrafficLog <= ConversionLog && TrafficLog <= AovLog ? Driver.Traffic
        : ConversionLog <= AovLog ? Driver.Conversion
        : Driver.AverageOrderValue;

    /// <summary>Null when either period has no visitors, no buyers or no sales: logarithms need positive values.</summary>
    public static GmvDecomposition? Between(StoreTotals previous, StoreTotals current)
    {
        if (previous.Visitors <= 0 || current.Visitors <= 0 || previous.PayingBuyers <= 0 || current.PayingBuyers <= 0
            || previous.PaymentAmount <= 0 || current.PaymentAmount <= 0)
        {
            return null;
        }

        // Every part is positive here (checked above), so each ratio has a value.
        var salesRatio = Ratio.Of(current.PaymentAmount, previous.PaymentAmount)!.Value;
        var trafficRatio = Ratio.Of(current.Visitors, previous.Visitors)!.Value;
        var conversionRatio = Ratio.Of(Catalogue.ConversionRate.Of(current), Catalogue.ConversionRate.Of(previous))!.Value;
        var aovRatio = Ratio.Of(Catalogue.AverageOrderValue.Of(current), Catalogue.AverageOrderValue.Of(previous))!.Value;

        var salesLog = Math.Log((double)salesRatio);
        var trafficLog = Math.Log((double)trafficRatio);
        var conversionLog = Math.Log((double)conversionRatio);
        var aovLog = Math.Log((double)aovRatio);

        var delta = current.PaymentAmount - previous.PaymentAmount;
        decimal? Effect(double term) => salesLog == 0d ? null : delta * (decimal)(term / salesLog);

        return new GmvDecomposition
        {
            SalesChange = salesRatio - 1m,
            TrafficChange = trafficRatio - 1m,
            ConversionChange = conversionRatio - 1m,
            AovChange = aovRatio - 1m,
            SalesLog = salesLog,
            TrafficLog = trafficLog,
            ConversionLog = conversionLog,
            AovLog = aovLog,
            TrafficEffect = Effect(trafficLog),
            ConversionEffect = Effect(conversionLog),
            AovEffect = Effect(aovLog),
        };
    }
}

public enum Driver
{
    Traffic,
    Conversion,
    AverageOrderValue,
}

public static class DriverNames
{
    /// <summary>The driver's name in the API and in resource keys: "traffic", "conversion", "averageOrderValue".</summary>
    public static string ToApiName(this Driver driver) => driver switch
    {
        Driver.Traffic => "traffic",
        Driver.Conversion => "conversion",
        _ => "averageOrderValue",
    };
}
