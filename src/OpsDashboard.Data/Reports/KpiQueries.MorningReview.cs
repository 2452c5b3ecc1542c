using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;

namespace OpsDashboard.Data.Reports;

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
        var skus = await SkuNamesAsync(db, storeId, ct);
        var ids = codes is null ? null : skus.Where(s => codes.Contains(s.Value.Code)).Select(s => s.Key).ToList();
        var days = db.SkuDays.Where(d => d.StoreId == storeId && d.Date >= range.From && d.Date <= range.To);
        if (ids is not null)
        {
            days = days.Where(d => ids.Contains(d.SkuId));
        }

        var rows = await days
            .GroupBy(d => new SkuDate(d.StoreId, d.SkuId, d.Date))
            .Select(SkuSumsByKey<SkuDate>())
            .ToListAsync(ct);

        return rows
            .Select(r => new DailySkuTotals(skus[r.Key.SkuId].Code, r.Key.Date, r.ToTotals(skus[r.Key.SkuId].Code, skus[r.Key.SkuId].Name, r.MaxStockOnHand)))
            .OrderBy(r => r.Sku, StringComparer.Ordinal)
            .ThenBy(r => r.Date)
            .ToList();
    }
}
