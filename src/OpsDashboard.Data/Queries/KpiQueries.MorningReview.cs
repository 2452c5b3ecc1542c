using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;

namespace OpsDashboard.Data.Queries;

/// <summary>One day of one SKU's totals, for the SKU trend lines.</summary>
public sealed record DailySkuTotals(string Sku, DateOnly Date, SkuTotals Totals);

/// <summary>Queries the morning review needs beyond the shared ones.</summary>
public sealed partial class KpiQueries
{
    /// <summary>Every SKU's daily totals over the range; see the overload that filters by SKU.</summary>
    public Task<IReadOnlyList<DailySkuTotals>> SkuDailySeriesAsync(int storeId, DateRange range, CancellationToken ct = default) =>
        SkuDailySeriesAsync(storeId, skuCodes: null, range, ct);

    /// <summary>
    /// Daily totals of the given SKUs (all when null), GROUP BY SKU and day in the database,
    /// ordered by SKU code then day. A day without a row for a SKU is absent, not zero.
    /// </summary>
    public async Task<IReadOnlyList<DailySkuTotals>> SkuDailySeriesAsync(
        int storeId, IReadOnlyCollection<string>? skuCodes, DateRange range, CancellationToken ct = default)
    {
        if (skuCodes is { Count: 0 })
        {
            return [];
        }

        var codes = skuCodes?.Distinct(StringComparer.Ordinal).ToList();
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var skus = db.Skus.Where(s => s.StoreId == storeId);
        if (codes is not null)
        {
            skus = skus.Where(s => codes.Contains(s.Code));
        }

        var rows = await db.SkuDays
            .Where(d => d.StoreId == storeId && d.Date >= range.From && d.Date <= range.To)
            .Join(skus, d => d.SkuId, s => s.Id, (d, s) => new { s.Code, s.Name, Day = d })
            .GroupBy(r => new { r.Code, r.Name, r.Day.Date })
            .Select(g => new
            {
                g.Key.Code,
                g.Key.Name,
                g.Key.Date,
                Visitors = g.Sum(r => r.Day.Visitors),
                PageViews = g.Sum(r => r.Day.PageViews),
                BouncedVisitors = g.Sum(r => r.Day.BouncedVisitors),
                AddToCartBuyers = g.Sum(r => r.Day.AddToCartBuyers),
                OrderBuyers = g.Sum(r => r.Day.OrderBuyers),
                PayingBuyers = g.Sum(r => r.Day.PayingBuyers),
                Units = g.Sum(r => r.Day.Units),
                PaymentAmountMinor = g.Sum(r => r.Day.PaymentAmountMinor),
                NegativeReviews = g.Sum(r => r.Day.NegativeReviews),
                PresaleRows = g.Sum(r => r.Day.Presale ? 1 : 0),
                StockOnHand = g.Max(r => r.Day.StockOnHand),
            })
            .ToListAsync(ct);

        return rows
            .Select(r => new DailySkuTotals(r.Code, r.Date, new SkuTotals
            {
                Sku = r.Code,
                Name = r.Name,
                Visitors = r.Visitors,
                PageViews = r.PageViews,
                BouncedVisitors = r.BouncedVisitors,
                AddToCartBuyers = r.AddToCartBuyers,
                OrderBuyers = r.OrderBuyers,
                PayingBuyers = r.PayingBuyers,
                Units = r.Units,
                PaymentAmount = Money.FromMinorUnits(r.PaymentAmountMinor),
                NegativeReviews = r.NegativeReviews,
                Presale = r.PresaleRows > 0,
                StockOnHand = r.StockOnHand,
            }))
            .OrderBy(r => r.Sku, StringComparer.Ordinal)
            .ThenBy(r => r.Date)
            .ToList();
    }
}
