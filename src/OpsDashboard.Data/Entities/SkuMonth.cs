namespace OpsDashboard.Data.Entities;

/// <summary>
/// One SKU's calendar month: exactly the sums a GROUP BY over the month's <see cref="SkuDay"/> rows gives for the SKU
/// sums projection (KpiQueries.SkuSumsByKey), rate parts paired over the days reporting both. A nullable sum is null
/// when no day of the month reported the fact. Rebuilt from sku_days by <see cref="Rollups.SkuMonthRollup"/> in the
/// writing transaction; read only while <see cref="SkuRollupState"/> says it is current.
/// </summary>
public sealed class SkuMonth
{
    public int StoreId { get; set; }
    public long SkuId { get; set; }

    /// <summary>The first day of the calendar month.</summary>
    public DateOnly Month { get; set; }

    public long Visitors { get; set; }
    public long PageViews { get; set; }
    public long BouncedVisitors { get; set; }
    public long? AddToCartBuyers { get; set; }
    public long? FavoriteBuyers { get; set; }
    public long OrderBuyers { get; set; }
    public long PayingBuyers { get; set; }
    public long PaymentAmountMinor { get; set; }
    public long? RefundAmountMinor { get; set; }
    public long StayMillisTimesVisitors { get; set; }
    public long StayVisitors { get; set; }
    public long PayingWithVisitors { get; set; }
    public long VisitorsWithPaying { get; set; }
    public long OrderWithVisitors { get; set; }
    public long VisitorsWithOrder { get; set; }
    public long AmountWithPaying { get; set; }
    public long PayingWithAmount { get; set; }
    public long BouncedWithVisitors { get; set; }
    public long VisitorsWithBounced { get; set; }
    public long PageViewsWithVisitors { get; set; }
    public long VisitorsWithPageViews { get; set; }
    public long CartWithVisitors { get; set; }
    public long VisitorsWithCart { get; set; }
    public long FavoriteWithVisitors { get; set; }
    public long VisitorsWithFavorite { get; set; }
    public long AmountWithVisitors { get; set; }
    public long VisitorsWithAmount { get; set; }
    public long RefundWithAmount { get; set; }
    public long AmountWithRefund { get; set; }
    public long Units { get; set; }
    public long? NegativeReviews { get; set; }
    public int PresaleDays { get; set; }
    public long? MaxStockOnHand { get; set; }
}
