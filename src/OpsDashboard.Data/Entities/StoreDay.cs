namespace OpsDashboard.Data.Entities;

/// <summary>
/// One store's day (DOMAIN §2). Counts and money only; rates are always computed. Every fact is
/// nullable: null means no imported file ever reported it for this day (unknown, never 0).
/// </summary>
public sealed class StoreDay : IVisitorDay
{
    public int StoreId { get; set; }
    public DateOnly Date { get; set; }
    public long? Visitors { get; set; }
    public long? PageViews { get; set; }
    public long? BouncedVisitors { get; set; }
    public long? ReturningVisitors { get; set; }
    public long? AddToCartBuyers { get; set; }
    public long? OrderBuyers { get; set; }
    public long? PayingBuyers { get; set; }
    public long? PaymentAmountMinor { get; set; }
    public long? RefundAmountMinor { get; set; }
    public long? Inquirers { get; set; }
    public long? InquiryPayingBuyers { get; set; }
    public long? Units { get; set; }
    public long? FavoriteBuyers { get; set; }

    /// <summary>平均停留时长 in milliseconds; summed weighted by the day's visitors.</summary>
    public long? AverageStayMilliseconds { get; set; }

    /// <summary>The platform's peer-tier conversion rate in 1e-8 units; null when unknown.</summary>
    public long? PeerConversionRateUnits { get; set; }
    public decimal? DsrDescription { get; set; }
    public decimal? DsrService { get; set; }
    public decimal? DsrLogistics { get; set; }
}
