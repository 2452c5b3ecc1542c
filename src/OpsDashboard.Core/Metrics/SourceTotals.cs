namespace OpsDashboard.Core.Metrics;

/// <summary>Additive sums of one traffic source's days over a period, with its rates (see <see cref="StoreTotals"/> for unknown days).</summary>
public sealed record SourceTotals
{
    public required string Source { get; init; }
    public string Kind { get; init; } = SourceKinds.Free;
    public long Visitors { get; init; }
    public long OrderBuyers { get; init; }
    public long PayingBuyers { get; init; }
    public decimal PaymentAmount { get; init; }
    public long Impressions { get; init; }
    public long Clicks { get; init; }
    public decimal Cost { get; init; }

    /// <summary>True when the source had no row in the period: not in that day's file, which is not a drop to 0.</summary>
    public bool Absent { get; init; }

    public RateSums? ConversionSums { get; init; }
    public RateSums? OrderConversionSums { get; init; }
    public RateSums? ClickThroughSums { get; init; }
    public RateSums? CostPerClickSums { get; init; }
    public RateSums? RoiSums { get; init; }
    public RateSums? VisitorValueSums { get; init; }

    public decimal? ConversionRate => RateSums.Of(ConversionSums, PayingBuyers, Visitors);
    public decimal? OrderConversionRate => RateSums.Of(OrderConversionSums, OrderBuyers, Visitors);
    public decimal? ClickThroughRate => RateSums.Of(ClickThroughSums, Clicks, Impressions);
    public decimal? CostPerClick => RateSums.Of(CostPerClickSums, Cost, Clicks);
    public decimal? ReturnOnInvestment => RateSums.Of(RoiSums, PaymentAmount, Cost);
    public decimal? VisitorValue => RateSums.Of(VisitorValueSums, PaymentAmount, Visitors);
}

/// <summary>The closed list of traffic-source kinds (DOMAIN §2).</summary>
public static class SourceKinds
{
    public const string Free = "free";
    public const string Paid = "paid";
    public const string Content = "content";
    public const string Social = "social";
    public const string Direct = "direct";
    public const string Membership = "membership";

    public static readonly IReadOnlyList<string> All = [Free, Paid, Content, Social, Direct, Membership];

    public static bool IsKnown(string kind) => All.Contains(kind);
}
