namespace OpsDashboard.Core.Metrics;

/// <summary>
/// Additive sums of store-day facts over a period. Every rate is derived here, as a ratio of
/// the sums (DOMAIN §3), and nowhere else.
/// </summary>
public sealed record StoreTotals
{
    public static readonly StoreTotals Empty = new();

    public long Visitors { get; init; }
    public long PageViews { get; init; }
    public long BouncedVisitors { get; init; }
    public long ReturningVisitors { get; init; }
    public long AddToCartBuyers { get; init; }
    public long OrderBuyers { get; init; }
    public long PayingBuyers { get; init; }
    public decimal PaymentAmount { get; init; }
    public decimal RefundAmount { get; init; }
    public long Inquirers { get; init; }
    public long InquiryPayingBuyers { get; init; }

    /// <summary>Σ(peer conversion rate × visitors) over the days whose peer rate is known.</summary>
    public decimal PeerRateTimesVisitors { get; init; }

    /// <summary>Σ visitors over the days whose peer rate is known (the weight of the peer average).</summary>
    public long PeerRateVisitors { get; init; }

    public decimal? ConversionRate => Ratio.Of(PayingBuyers, Visitors);
    public decimal? OrderConversionRate => Ratio.Of(OrderBuyers, Visitors);
    public decimal? AverageOrderValue => Ratio.Of(PaymentAmount, PayingBuyers);
    public decimal? BounceRate => Ratio.Of(BouncedVisitors, Visitors);
    public decimal? VisitDepth => Ratio.Of(PageViews, Visitors);
    public decimal? AddToCartRate => Ratio.Of(AddToCartBuyers, Visitors);
    public decimal? VisitorValue => Ratio.Of(PaymentAmount, Visitors);
    public decimal? InquiryConversion => Ratio.Of(InquiryPayingBuyers, Inquirers);
    public decimal? ReturningShare => Ratio.Of(ReturningVisitors, Visitors);

    /// <summary>Visitor-weighted peer-tier conversion: Σ(peer × visitors) ÷ Σ visitors.</summary>
    public decimal? PeerConversionRate => Ratio.Of(PeerRateTimesVisitors, PeerRateVisitors);
}
