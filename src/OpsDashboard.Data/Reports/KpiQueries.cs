using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;

namespace OpsDashboard.Data.Reports;

/// <summary>One traffic source's visitors on one day it had a row.</summary>
public sealed record DailySourceVisitors(string Source, DateOnly Date, long Visitors);

/// <summary>One day of a store's totals, for trend lines.</summary>
public sealed record DailyStoreTotals(DateOnly Date, StoreTotals Totals);

/// <summary>
/// Sums facts in the database (GROUP BY over the fact tables) and hands the additive totals to
/// Core, where every rate is derived. Every query is scoped by the store it reads.
/// </summary>
public sealed partial class KpiQueries(IDbContextFactory<OpsDbContext> contextFactory)
{
    public async Task<StoreTotals> StoreTotalsAsync(int storeId, DateRange range, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var row = await StoreDays(db, storeId, range)
            .GroupBy(d => d.StoreId)
            .Select(SumsByKey<int>())
            .FirstOrDefaultAsync(ct);
        return row?.ToTotals() ?? StoreTotals.Empty;
    }

    public async Task<IReadOnlyList<DailyStoreTotals>> StoreDailySeriesAsync(int storeId, DateRange range, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var rows = await StoreDays(db, storeId, range)
            .GroupBy(d => d.Date)
            .Select(SumsByKey<DateOnly>())
            .OrderBy(r => r.Key)
            .ToListAsync(ct);
        return rows.Select(r => new DailyStoreTotals(r.Key, r.ToTotals())).ToList();
    }

    public async Task<IReadOnlyList<SkuTotals>> SkuTotalsAsync(int storeId, DateRange range, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var days = db.SkuDays.Where(d => d.StoreId == storeId && d.Date >= range.From && d.Date <= range.To);
        // The range as one segment: full calendar months from the month rollup, edge days raw (SkuSegmentsAsync).
        var sums = await SkuSegmentsAsync([storeId], new DaySegments([range]), ct);

        // Stock is a level, not a flow: take the latest day in the period that reports it.
        var latestStockDay = days
            .Where(d => d.StockOnHand != null)
            .GroupBy(d => d.SkuId)
            .Select(g => new { SkuId = g.Key, Date = g.Max(d => d.Date) });
        var stock = await days
            .Join(latestStockDay, d => new { d.SkuId, d.Date }, l => new { l.SkuId, l.Date }, (d, _) => new { d.SkuId, d.StockOnHand })
            .ToDictionaryAsync(s => s.SkuId, s => s.StockOnHand, ct);

        var skus = await SkuNamesAsync(db, storeId, ct);
        return sums
            .Select(s => s.ToTotals(skus[s.Key.SkuId].Code, skus[s.Key.SkuId].Name, stock.GetValueOrDefault(s.Key.SkuId)))
            .OrderByDescending(s => s.Visitors)
            .ThenBy(s => s.Sku, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IReadOnlyList<SourceTotals>> SourceTotalsAsync(int storeId, DateRange range, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var sums = await db.SourceDays
            .Where(d => d.StoreId == storeId && d.Date >= range.From && d.Date <= range.To)
            .GroupBy(d => d.SourceId)
            .Select(SourceSumsByKey<int>())
            .ToListAsync(ct);

        var sources = await db.TrafficSources.AsNoTracking()
            .Where(s => s.StoreId == storeId)
            .ToDictionaryAsync(s => s.Id, ct);

        return sums
            .Select(s => s.ToTotals(sources[s.Key].Name, sources[s.Key].Kind))
            .OrderByDescending(s => s.Visitors)
            .ThenBy(s => s.Source, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Each source's visitors per day over the range, GROUP BY source and day in the database: a day
    /// on which a source had no row is absent, not zero.
    /// </summary>
    public async Task<IReadOnlyList<DailySourceVisitors>> SourceDailyVisitorsAsync(int storeId, DateRange range, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var rows = await db.SourceDays
            .Where(d => d.StoreId == storeId && d.Date >= range.From && d.Date <= range.To)
            .GroupBy(d => new { d.SourceId, d.Date })
            .Select(g => new { g.Key.SourceId, g.Key.Date, Visitors = g.Sum(d => d.Visitors ?? 0) })
            .ToListAsync(ct);
        var names = await db.TrafficSources.AsNoTracking()
            .Where(s => s.StoreId == storeId)
            .ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return rows.Select(r => new DailySourceVisitors(names[r.SourceId], r.Date, r.Visitors)).ToList();
    }

    /// <summary>The first and last day with store facts, or null when the store has none.</summary>
    public async Task<DateRange?> StoreDataSpanAsync(int storeId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var span = await db.StoreDays
            .Where(d => d.StoreId == storeId)
            .GroupBy(d => d.StoreId)
            .Select(g => new { First = g.Min(d => d.Date), Last = g.Max(d => d.Date) })
            .FirstOrDefaultAsync(ct);
        return span is null ? null : new DateRange(span.First, span.Last);
    }

    private static IQueryable<Entities.StoreDay> StoreDays(OpsDbContext db, int storeId, DateRange range) =>
        db.StoreDays.Where(d => d.StoreId == storeId && d.Date >= range.From && d.Date <= range.To);
}
