using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;

namespace OpsDashboard.Data.Queries;

/// <summary>One SKU's totals on one day.</summary>
public sealed record DailySkuTotals(DateOnly Date, SkuTotals Totals);

public sealed partial class KpiQueries
{
    /// <summary>Every SKU's totals per day over the range (GROUP BY sku, date), for trends.</summary>
    public async Task<IReadOnlyList<DailySkuTotals>> SkuDailySeriesAsync(int storeId, DateRange range, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var rows = await db.SkuDays
            .Where(d => d.StoreId == storeId && d.Date >= range.From && d.Date <= range.To)
            .GroupBy(d => new { d.SkuId, d.Date })
            .Select(g => new
            {
                g.Key.SkuId,
                g.Key.Date,
                Visitors = g.Sum(d => d.Visitors),
                PageViews = g.Sum(d => d.PageViews),
                BouncedVisitors = g.Sum(d => d.BouncedVisitors),
                OrderBuyers = g.Sum(d => d.OrderBuyers),
                PayingBuyers = g.Sum(d => d.PayingBuyers),
                Units = g.Sum(d => d.Units),
                PaymentAmountMinor = g.Sum(d => d.PaymentAmountMinor),
                NegativeReviews = g.Sum(d => d.NegativeReviews),
                PresaleDays = g.Sum(d => d.Presale ? 1 : 0),
            })
            .ToListAsync(ct);

        var codes = await db.Skus.AsNoTracking()
            .Where(s => s.StoreId == storeId)
            .Select(s => new { s.Id, s.Code, s.Name })
            .ToDictionaryAsync(s => s.Id, ct);

        return rows
            .Select(r => new DailySkuTotals(r.Date, new SkuTotals
            {
                Sku = codes[r.SkuId].Code,
                Name = codes[r.SkuId].Name,
                Visitors = r.Visitors,
                PageViews = r.PageViews,
                BouncedVisitors = r.BouncedVisitors,
                OrderBuyers = r.OrderBuyers,
                PayingBuyers = r.PayingBuyers,
                Units = r.Units,
                PaymentAmount = Money.FromMinorUnits(r.PaymentAmountMinor),
                NegativeReviews = r.NegativeReviews,
                Presale = r.PresaleDays > 0,
            }))
            .OrderBy(r => r.Totals.Sku, StringComparer.Ordinal)
            .ThenBy(r => r.Date)
            .ToList();
    }
}
