using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Metrics;

namespace OpsDashboard.Data.Queries;

public sealed partial class KpiQueries
{
    /// <summary>The one projection of SKU-day sums, translated to SUM(...) per group by EF.</summary>
    private static Expression<Func<IGrouping<TKey, Entities.SkuDay>, SkuSums<TKey>>> SkuSumsByKey<TKey>() =>
        g => new SkuSums<TKey>
        {
            Key = g.Key,
            Visitors = g.Sum(d => d.Visitors ?? 0),
            PageViews = g.Sum(d => d.PageViews ?? 0),
            BouncedVisitors = g.Sum(d => d.BouncedVisitors ?? 0),
            AddToCartBuyers = g.Sum(d => d.AddToCartBuyers ?? 0),
            OrderBuyers = g.Sum(d => d.OrderBuyers ?? 0),
            PayingBuyers = g.Sum(d => d.PayingBuyers ?? 0),
            Units = g.Sum(d => d.Units ?? 0),
            PaymentAmountMinor = g.Sum(d => d.PaymentAmountMinor ?? 0),
            NegativeReviews = g.Sum(d => d.NegativeReviews ?? 0),
            PresaleDays = g.Sum(d => d.Presale ? 1 : 0),
            MaxStockOnHand = g.Max(d => d.StockOnHand),
        };

    /// <summary>Raw SKU sums as the database returns them (money in minor units).</summary>
    private sealed class SkuSums<TKey>
    {
        public TKey Key { get; init; } = default!;
        public long Visitors { get; init; }
        public long PageViews { get; init; }
        public long BouncedVisitors { get; init; }
        public long AddToCartBuyers { get; init; }
        public long OrderBuyers { get; init; }
        public long PayingBuyers { get; init; }
        public long Units { get; init; }
        public long PaymentAmountMinor { get; init; }
        public long NegativeReviews { get; init; }
        public int PresaleDays { get; init; }

        /// <summary>Only meaningful over one day (stock is a level, not a flow).</summary>
        public long? MaxStockOnHand { get; init; }

        public SkuTotals ToTotals(string code, string? name, long? stockOnHand) => new()
        {
            Sku = code,
            Name = name,
            Visitors = Visitors,
            PageViews = PageViews,
            BouncedVisitors = BouncedVisitors,
            AddToCartBuyers = AddToCartBuyers,
            OrderBuyers = OrderBuyers,
            PayingBuyers = PayingBuyers,
            Units = Units,
            PaymentAmount = Money.FromMinorUnits(PaymentAmountMinor),
            NegativeReviews = NegativeReviews,
            Presale = PresaleDays > 0,
            StockOnHand = stockOnHand,
        };
    }

    /// <summary>Code and name of a store's SKUs by id, to name grouped sums.</summary>
    private static async Task<Dictionary<long, (string Code, string? Name)>> SkuNamesAsync(OpsDbContext db, int storeId, CancellationToken ct) =>
        (await db.Skus.Where(s => s.StoreId == storeId).Select(s => new { s.Id, s.Code, s.Name }).ToListAsync(ct))
        .ToDictionary(s => s.Id, s => (s.Code, s.Name));
}
