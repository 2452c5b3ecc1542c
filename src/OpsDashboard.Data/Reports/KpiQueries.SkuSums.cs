using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Metrics;

namespace OpsDashboard.Data.Reports;

public sealed partial class KpiQueries
{
    /// <summary>
    /// The one projection of SKU-day sums, translated to SUM(...) per group by EF; each rate's parts
    /// over the days that report both (see <see cref="SumsByKey{TKey}"/>).
    /// </summary>
    private static Expression<Func<IGrouping<TKey, Entities.SkuDay>, SkuSums<TKey>>> SkuSumsByKey<TKey>() =>
        g => new SkuSums<TKey>
        {
            Key = g.Key,
            Visitors = g.Sum(d => d.Visitors ?? 0),
            PageViews = g.Sum(d => d.PageViews ?? 0),
            BouncedVisitors = g.Sum(d => d.BouncedVisitors ?? 0),
            AddToCartBuyers = g.Max(d => d.AddToCartBuyers) == null ? null : g.Sum(d => d.AddToCartBuyers),
            FavoriteBuyers = g.Max(d => d.FavoriteBuyers) == null ? null : g.Sum(d => d.FavoriteBuyers),
            OrderBuyers = g.Sum(d => d.OrderBuyers ?? 0),
            PayingBuyers = g.Sum(d => d.PayingBuyers ?? 0),
            Units = g.Sum(d => d.Units ?? 0),
            PaymentAmountMinor = g.Sum(d => d.PaymentAmountMinor ?? 0),
            RefundAmountMinor = g.Max(d => d.RefundAmountMinor) == null ? null : g.Sum(d => d.RefundAmountMinor),
            NegativeReviews = g.Max(d => d.NegativeReviews) == null ? null : g.Sum(d => d.NegativeReviews),
            PresaleDays = g.Sum(d => d.Presale ? 1 : 0),
            MaxStockOnHand = g.Max(d => d.StockOnHand),
            StayMillisTimesVisitors = g.Sum(d => d.AverageStayMilliseconds != null && d.Visitors != null ? d.AverageStayMilliseconds.Value * d.Visitors.Value : 0),
            StayVisitors = g.Sum(d => d.AverageStayMilliseconds != null && d.Visitors != null ? d.Visitors.Value : 0),
            PayingWithVisitors = g.Sum(d => d.PayingBuyers != null && d.Visitors != null ? d.PayingBuyers.Value : 0),
            VisitorsWithPaying = g.Sum(d => d.PayingBuyers != null && d.Visitors != null ? d.Visitors.Value : 0),
            OrderWithVisitors = g.Sum(d => d.OrderBuyers != null && d.Visitors != null ? d.OrderBuyers.Value : 0),
            VisitorsWithOrder = g.Sum(d => d.OrderBuyers != null && d.Visitors != null ? d.Visitors.Value : 0),
            AmountWithPaying = g.Sum(d => d.PaymentAmountMinor != null && d.PayingBuyers != null ? d.PaymentAmountMinor.Value : 0),
            PayingWithAmount = g.Sum(d => d.PaymentAmountMinor != null && d.PayingBuyers != null ? d.PayingBuyers.Value : 0),
            BouncedWithVisitors = g.Sum(d => d.BouncedVisitors != null && d.Visitors != null ? d.BouncedVisitors.Value : 0),
            VisitorsWithBounced = g.Sum(d => d.BouncedVisitors != null && d.Visitors != null ? d.Visitors.Value : 0),
            PageViewsWithVisitors = g.Sum(d => d.PageViews != null && d.Visitors != null ? d.PageViews.Value : 0),
            VisitorsWithPageViews = g.Sum(d => d.PageViews != null && d.Visitors != null ? d.Visitors.Value : 0),
            CartWithVisitors = g.Sum(d => d.AddToCartBuyers != null && d.Visitors != null ? d.AddToCartBuyers.Value : 0),
            VisitorsWithCart = g.Sum(d => d.AddToCartBuyers != null && d.Visitors != null ? d.Visitors.Value : 0),
            FavoriteWithVisitors = g.Sum(d => d.FavoriteBuyers != null && d.Visitors != null ? d.FavoriteBuyers.Value : 0),
            VisitorsWithFavorite = g.Sum(d => d.FavoriteBuyers != null && d.Visitors != null ? d.Visitors.Value : 0),
            AmountWithVisitors = g.Sum(d => d.PaymentAmountMinor != null && d.Visitors != null ? d.PaymentAmountMinor.Value : 0),
            VisitorsWithAmount = g.Sum(d => d.PaymentAmountMinor != null && d.Visitors != null ? d.Visitors.Value : 0),
            RefundWithAmount = g.Sum(d => d.RefundAmountMinor != null && d.PaymentAmountMinor != null ? d.RefundAmountMinor.Value : 0),
            AmountWithRefund = g.Sum(d => d.RefundAmountMinor != null && d.PaymentAmountMinor != null ? d.PaymentAmountMinor.Value : 0),
        };

    /// <summary>Raw SKU sums as the database returns them (money in minor units, stay in ms).</summary>
    private sealed class SkuSums<TKey>
    {
        public TKey Key { get; init; } = default!;
        public long Visitors { get; init; }
        public long PageViews { get; init; }
        public long BouncedVisitors { get; init; }
        public long? AddToCartBuyers { get; init; }
        public long? FavoriteBuyers { get; init; }
        public long OrderBuyers { get; init; }
        public long PayingBuyers { get; init; }
        public long Units { get; init; }
        public long PaymentAmountMinor { get; init; }
        public long? RefundAmountMinor { get; init; }
        public long? NegativeReviews { get; init; }
        public int PresaleDays { get; init; }

        /// <summary>Only meaningful over one day (stock is a level, not a flow).</summary>
        public long? MaxStockOnHand { get; init; }

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

        public SkuTotals ToTotals(string code, string? name, long? stockOnHand) => new()
        {
            Sku = code,
            Name = name,
            Visitors = Visitors,
            PageViews = PageViews,
            BouncedVisitors = BouncedVisitors,
            AddToCartBuyers = AddToCartBuyers,
            FavoriteBuyers = FavoriteBuyers,
            OrderBuyers = OrderBuyers,
            PayingBuyers = PayingBuyers,
            Units = Units,
            PaymentAmount = Money.FromMinorUnits(PaymentAmountMinor),
            RefundAmount = RefundAmountMinor is { } refund ? Money.FromMinorUnits(refund) : null,
            NegativeReviews = NegativeReviews,
            Presale = PresaleDays > 0,
            StockOnHand = stockOnHand,
            StaySums = new(StayMillisTimesVisitors / 1000m, StayVisitors),
            ConversionSums = new(PayingWithVisitors, VisitorsWithPaying),
            OrderConversionSums = new(OrderWithVisitors, VisitorsWithOrder),
            AverageOrderValueSums = new(Money.FromMinorUnits(AmountWithPaying), PayingWithAmount),
            BounceSums = new(BouncedWithVisitors, VisitorsWithBounced),
            DepthSums = new(PageViewsWithVisitors, VisitorsWithPageViews),
            AddToCartSums = new(CartWithVisitors, VisitorsWithCart),
            FavoriteSums = new(FavoriteWithVisitors, VisitorsWithFavorite),
            VisitorValueSums = new(Money.FromMinorUnits(AmountWithVisitors), VisitorsWithAmount),
            RefundSums = new(Money.FromMinorUnits(RefundWithAmount), Money.FromMinorUnits(AmountWithRefund)),
        };
    }

    /// <summary>Code and name of a store's SKUs by id, to name grouped sums.</summary>
    private static async Task<Dictionary<long, (string Code, string? Name)>> SkuNamesAsync(OpsDbContext db, int storeId, CancellationToken ct) =>
        (await db.Skus.Where(s => s.StoreId == storeId).Select(s => new { s.Id, s.Code, s.Name }).ToListAsync(ct))
        .ToDictionary(s => s.Id, s => (s.Code, s.Name));
}
