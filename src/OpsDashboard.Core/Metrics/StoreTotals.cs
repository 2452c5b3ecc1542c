namespace OpsDashboard.Core.Metrics;

/// <summary>
/// Additive sums of store-day facts over a period. Every rate over them is a metric of
/// <see cref="Catalogue"/>, a ratio of the sums (DOMAIN §3), and nowhere else.
/// </summary>
public sealed record StoreTotals : VisitorTotals
{
    public static readonly StoreTotals Empty = new();

    public long ReturningVisitors { get; init; }
    public long? Units { get; init; }
    public long? Inquirers { get; init; }
    public long? InquiryPayingBuyers { get; init; }

    /// <summary>Σ(peer conversion rate × visitors) over the days whose peer rate is known.</summary>
    public decimal PeerRateTimesVisitors { get; init; }

    /// <summary>Σ visitors over the days whose peer rate is known (the weight of the peer average).</summary>
    public long PeerRateVisitors { get; init; }

    public RateSums? InquirySums { get; init; }
    public RateSums? ReturningSums { get; init; }
}
