namespace OpsDashboard.Data.Entities;

/// <summary>One SKU's day. Every fact is nullable: null means no imported file reported it (unknown, never 0).</summary>
public sealed class SkuDay : IVisitorDay
{
    public int StoreId { get; set; }
    public long SkuId { get; set; }
    public DateOnly Date { get; set; }
    public long? Visitors { get; set; }
    public long? PageViews { get; set; }
    public long? BouncedVisitors { get; set; }
    public long? AddToCartBuyers { get; set; }
    public long? OrderBuyers { get; set; }
    public long? PayingBuyers { get; set; }
    public long? Units { get; set; }
    public long? PaymentAmountMinor { get; set; }
    public bool Presale { get; set; }

    /// <summary>Null when the export did not say: an unknown stock must never read as "out of stock".</summary>
    public long? StockOnHand { get; set; }
    public long? NegativeReviews { get; set; }
    public long? FavoriteBuyers { get; set; }
    public long? RefundAmountMinor { get; set; }

    /// <summary>平均停留时长 in milliseconds; summed weighted by the day's visitors.</summary>
    public long? AverageStayMilliseconds { get; set; }
}
