namespace OpsDashboard.Core.Metrics;

/// <summary>
/// Additive sums of store-day facts over a period. Every rate is derived here and in
/// <see cref="VisitorTotals"/>, as a ratio of the sums (DOMAIN §3), and nowhere else.
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

    public decimal? InquiryConversion => InquirySums is { } p ? p.Value : Ratio.Of(InquiryPayingBuyers, Inquirers);
    public decimal? ReturningShare => RateSums.Of(ReturningSums, ReturningVisitors, Visitors);

    /// <summary>Visitor-weighted peer-tier conversion: Σ(peer × visitors) ÷ Σ visitors.</summary>
    public decimal? PeerConversionRate => Ratio.Of(PeerRateTimesVisitors, PeerRateVisitors);
}
