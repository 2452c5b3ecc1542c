using System.Linq.Expressions;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.Reports;

/// <summary>
/// The rows a SKU range read sums: a raw day's contribution to each SKU sum, or a month's already summed
/// (<see cref="SkuMonth"/>), in one shape so the two sources go UNION ALL into one GROUP BY.
/// </summary>
public sealed partial class KpiQueries
{
    /// <summary>A raw day as a part: each field what <see cref="SkuSumsByKey{TKey}"/> adds up for the day.</summary>
    private static readonly Expression<Func<SkuDay, int, SkuPart>> DayPart = (d, segment) => new SkuPart
    {
        StoreId = d.StoreId,
        SkuId = d.SkuId,
        Segment = segment,
        Visitors = d.Visitors ?? 0,
        PageViews = d.PageViews ?? 0,
        BouncedVisitors = d.BouncedVisitors ?? 0,
        AddToCartBuyers = d.AddToCartBuyers,
        FavoriteBuyers = d.FavoriteBuyers,
        OrderBuyers = d.OrderBuyers ?? 0,
        PayingBuyers = d.PayingBuyers ?? 0,
        PaymentAmountMinor = d.PaymentAmountMinor ?? 0,
        RefundAmountMinor = d.RefundAmountMinor,
        StayMillisTimesVisitors = d.AverageStayMilliseconds != null && d.Visitors != null ? d.AverageStayMilliseconds.Value * d.Visitors.Value : 0,
        StayVisitors = d.AverageStayMilliseconds != null && d.Visitors != null ? d.Visitors.Value : 0,
        PayingWithVisitors = d.PayingBuyers != null && d.Visitors != null ? d.PayingBuyers.Value : 0,
        VisitorsWithPaying = d.PayingBuyers != null && d.Visitors != null ? d.Visitors.Value : 0,
        OrderWithVisitors = d.OrderBuyers != null && d.Visitors != null ? d.OrderBuyers.Value : 0,
        VisitorsWithOrder = d.OrderBuyers != null && d.Visitors != null ? d.Visitors.Value : 0,
        AmountWithPaying = d.PaymentAmountMinor != null && d.PayingBuyers != null ? d.PaymentAmountMinor.Value : 0,
        PayingWithAmount = d.PaymentAmountMinor != null && d.PayingBuyers != null ? d.PayingBuyers.Value : 0,
        BouncedWithVisitors = d.BouncedVisitors != null && d.Visitors != null ? d.BouncedVisitors.Value : 0,
        VisitorsWithBounced = d.BouncedVisitors != null && d.Visitors != null ? d.Visitors.Value : 0,
        PageViewsWithVisitors = d.PageViews != null && d.Visitors != null ? d.PageViews.Value : 0,
        VisitorsWithPageViews = d.PageViews != null && d.Visitors != null ? d.Visitors.Value : 0,
        CartWithVisitors = d.AddToCartBuyers != null && d.Visitors != null ? d.AddToCartBuyers.Value : 0,
        VisitorsWithCart = d.AddToCartBuyers != null && d.Visitors != null ? d.Visitors.Value : 0,
        FavoriteWithVisitors = d.FavoriteBuyers != null && d.Visitors != null ? d.FavoriteBuyers.Value : 0,
        VisitorsWithFavorite = d.FavoriteBuyers != null && d.Visitors != null ? d.Visitors.Value : 0,
        AmountWithVisitors = d.PaymentAmountMinor != null && d.Visitors != null ? d.PaymentAmountMinor.Value : 0,
        VisitorsWithAmount = d.PaymentAmountMinor != null && d.Visitors != null ? d.Visitors.Value : 0,
        RefundWithAmount = d.RefundAmountMinor != null && d.PaymentAmountMinor != null ? d.RefundAmountMinor.Value : 0,
        AmountWithRefund = d.RefundAmountMinor != null && d.PaymentAmountMinor != null ? d.PaymentAmountMinor.Value : 0,
        Units = d.Units ?? 0,
        NegativeReviews = d.NegativeReviews,
        PresaleDays = d.Presale ? 1 : 0,
        MaxStockOnHand = d.StockOnHand,
    };

    /// <summary>A rollup month as a part: its sums as stored.</summary>
    private static readonly Expression<Func<SkuMonth, int, SkuPart>> MonthPart = (m, segment) => new SkuPart
    {
        StoreId = m.StoreId,
        SkuId = m.SkuId,
        Segment = segment,
        Visitors = m.Visitors,
        PageViews = m.PageViews,
        BouncedVisitors = m.BouncedVisitors,
        AddToCartBuyers = m.AddToCartBuyers,
        FavoriteBuyers = m.FavoriteBuyers,
        OrderBuyers = m.OrderBuyers,
        PayingBuyers = m.PayingBuyers,
        PaymentAmountMinor = m.PaymentAmountMinor,
        RefundAmountMinor = m.RefundAmountMinor,
        StayMillisTimesVisitors = m.StayMillisTimesVisitors,
        StayVisitors = m.StayVisitors,
        PayingWithVisitors = m.PayingWithVisitors,
        VisitorsWithPaying = m.VisitorsWithPaying,
        OrderWithVisitors = m.OrderWithVisitors,
        VisitorsWithOrder = m.VisitorsWithOrder,
        AmountWithPaying = m.AmountWithPaying,
        PayingWithAmount = m.PayingWithAmount,
        BouncedWithVisitors = m.BouncedWithVisitors,
        VisitorsWithBounced = m.VisitorsWithBounced,
        PageViewsWithVisitors = m.PageViewsWithVisitors,
        VisitorsWithPageViews = m.VisitorsWithPageViews,
        CartWithVisitors = m.CartWithVisitors,
        VisitorsWithCart = m.VisitorsWithCart,
        FavoriteWithVisitors = m.FavoriteWithVisitors,
        VisitorsWithFavorite = m.VisitorsWithFavorite,
        AmountWithVisitors = m.AmountWithVisitors,
        VisitorsWithAmount = m.VisitorsWithAmount,
        RefundWithAmount = m.RefundWithAmount,
        AmountWithRefund = m.AmountWithRefund,
        Units = m.Units,
        NegativeReviews = m.NegativeReviews,
        PresaleDays = m.PresaleDays,
        MaxStockOnHand = m.MaxStockOnHand,
    };

    /// <summary>The parts of a group added up into SKU sums (a nullable sum no part knows stays unknown).</summary>
    private static Expression<Func<IGrouping<TKey, SkuPart>, SkuSums<TKey>>> SkuSumsOfParts<TKey>() =>
        g => new SkuSums<TKey>
        {
            Key = g.Key,
            Shared = new VisitorSums
            {
                Visitors = g.Sum(p => p.Visitors),
                PageViews = g.Sum(p => p.PageViews),
                BouncedVisitors = g.Sum(p => p.BouncedVisitors),
                AddToCartBuyers = g.Max(p => p.AddToCartBuyers) == null ? null : g.Sum(p => p.AddToCartBuyers),
                FavoriteBuyers = g.Max(p => p.FavoriteBuyers) == null ? null : g.Sum(p => p.FavoriteBuyers),
                OrderBuyers = g.Sum(p => p.OrderBuyers),
                PayingBuyers = g.Sum(p => p.PayingBuyers),
                PaymentAmountMinor = g.Sum(p => p.PaymentAmountMinor),
                RefundAmountMinor = g.Max(p => p.RefundAmountMinor) == null ? null : g.Sum(p => p.RefundAmountMinor),
                StayMillisTimesVisitors = g.Sum(p => p.StayMillisTimesVisitors),
                StayVisitors = g.Sum(p => p.StayVisitors),
                PayingWithVisitors = g.Sum(p => p.PayingWithVisitors),
                VisitorsWithPaying = g.Sum(p => p.VisitorsWithPaying),
                OrderWithVisitors = g.Sum(p => p.OrderWithVisitors),
                VisitorsWithOrder = g.Sum(p => p.VisitorsWithOrder),
                AmountWithPaying = g.Sum(p => p.AmountWithPaying),
                PayingWithAmount = g.Sum(p => p.PayingWithAmount),
                BouncedWithVisitors = g.Sum(p => p.BouncedWithVisitors),
                VisitorsWithBounced = g.Sum(p => p.VisitorsWithBounced),
                PageViewsWithVisitors = g.Sum(p => p.PageViewsWithVisitors),
                VisitorsWithPageViews = g.Sum(p => p.VisitorsWithPageViews),
                CartWithVisitors = g.Sum(p => p.CartWithVisitors),
                VisitorsWithCart = g.Sum(p => p.VisitorsWithCart),
                FavoriteWithVisitors = g.Sum(p => p.FavoriteWithVisitors),
                VisitorsWithFavorite = g.Sum(p => p.VisitorsWithFavorite),
                AmountWithVisitors = g.Sum(p => p.AmountWithVisitors),
                VisitorsWithAmount = g.Sum(p => p.VisitorsWithAmount),
                RefundWithAmount = g.Sum(p => p.RefundWithAmount),
                AmountWithRefund = g.Sum(p => p.AmountWithRefund),
            },
            Units = g.Sum(p => p.Units),
            NegativeReviews = g.Max(p => p.NegativeReviews) == null ? null : g.Sum(p => p.NegativeReviews),
            PresaleDays = g.Sum(p => p.PresaleDays),
            MaxStockOnHand = g.Max(p => p.MaxStockOnHand),
        };

    /// <summary>One row of a SKU range read: a raw day or a rollup month, with its segment.</summary>
    internal sealed class SkuPart
    {
        public int StoreId { get; init; }
        public long SkuId { get; init; }
        public int Segment { get; init; }
        public long Visitors { get; init; }
        public long PageViews { get; init; }
        public long BouncedVisitors { get; init; }
        public long? AddToCartBuyers { get; init; }
        public long? FavoriteBuyers { get; init; }
        public long OrderBuyers { get; init; }
        public long PayingBuyers { get; init; }
        public long PaymentAmountMinor { get; init; }
        public long? RefundAmountMinor { get; init; }
        public long StayMillisTimesVisitors { get; init; }
        public long StayVisitors { get; init; }
        public long PayingWithVisitors { get; init; }
        public long VisitorsWithPaying { get; init; }
        public long OrderWithVisitors { get; init; }
        public long VisitorsWithOrder { get; init; }
        public long AmountWithPaying { get; init; }
        public long PayingWithAmount { get; init; }
        public long BouncedWithVisitors { get; init; }
        public long VisitorsWithBounced { get; init; }
        public long PageViewsWithVisitors { get; init; }
        public long VisitorsWithPageViews { get; init; }
        public long CartWithVisitors { get; init; }
        public long VisitorsWithCart { get; init; }
        public long FavoriteWithVisitors { get; init; }
        public long VisitorsWithFavorite { get; init; }
        public long AmountWithVisitors { get; init; }
        public long VisitorsWithAmount { get; init; }
        public long RefundWithAmount { get; init; }
        public long AmountWithRefund { get; init; }
        public long Units { get; init; }
        public long? NegativeReviews { get; init; }
        public int PresaleDays { get; init; }
        public long? MaxStockOnHand { get; init; }
    }
}
