namespace OpsDashboard.Core.Metrics;

/// <summary>Additive sums of one traffic source's days over a period, whose rates are the source metrics of <see cref="Catalogue"/>.</summary>
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
