namespace OpsDashboard.Data.Entities;

public sealed class SkuDay
{
    public int StoreId { get; set; }
    public long SkuId { get; set; }
    public DateOnly Date { get; set; }
    public long Visitors { get; set; }
    public long PageViews { get; set; }
    public long BouncedVisitors { get; set; }
    public long AddToCartBuyers { get; set; }
    public long OrderBuyers { get; set; }
    public long PayingBuyers { get; set; }
    public long Units { get; set; }
    public long PaymentAmountMinor { get; set; }
    public bool Presale { get; set; }

    /// <summary>Null when the export did not say: an unknown stock must never read as "out of stock".</summary>
    public long? StockOnHand { get; set; }
    public long NegativeReviews { get; set; }
}
