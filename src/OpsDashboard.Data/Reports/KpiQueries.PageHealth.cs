using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;

namespace OpsDashboard.Data.Reports;

/// <summary>One week of a store's totals and its SKUs' totals, for the page-health trend.</summary>
public sealed record WeeklyTotals(DateRange Week, StoreTotals Store, IReadOnlyList<SkuTotals> Skus);

public sealed partial class KpiQueries
{
    /// <summary>
    /// <paramref name="weeks"/> consecutive 7-day weeks from <paramref name="firstDay"/>, oldest first, every
    /// week present (an empty week has empty totals). Two queries in all, however many weeks: store days
    /// and SKU days are each grouped in the database by a week index, (day number − first day number) ÷ 7,
    /// which both providers translate (SQLite through julianday, PostgreSQL through date subtraction).
    /// </summary>
    public Task<IReadOnlyList<WeeklyTotals>> WeeklySeriesAsync(int storeId, DateOnly firstDay, int weeks, CancellationToken ct = default) =>
        WeeklySeriesAsync(storeId, firstDay, weeks, db => SkuNamesAsync(db, storeId, ct), ct);

    /// <summary>The weekly series, naming SKUs with <paramref name="skuNames"/> (a scope's names, read once per request).</summary>
    internal async Task<IReadOnlyList<WeeklyTotals>> WeeklySeriesAsync(
        int storeId, DateOnly firstDay, int weeks, Func<OpsDbContext, Task<Dictionary<long, (string Code, string? Name)>>> skuNames, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        var range = new DateRange(firstDay, firstDay.AddDays((7 * weeks) - 1));
        var origin = firstDay.DayNumber;

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var storeWeeks = await StoreDays(db, storeId, range)
            .GroupBy(d => (d.Date.DayNumber - origin) / 7)
            .Select(SumsByKey<int>())
            .ToDictionaryAsync(r => r.Key, r => r.ToTotals(), ct);

        var skuWeeks = await db.SkuDays
            .Where(d => d.StoreId == storeId && d.Date >= range.From && d.Date <= range.To)
            .GroupBy(d => new WeekSku((d.Date.DayNumber - origin) / 7, d.SkuId))
            .Select(SkuSumsByKey<WeekSku>())
            .ToListAsync(ct);

        var skus = await skuNames(db);
        var skusByWeek = skuWeeks.ToLookup(s => s.Key.Week, s => s.ToTotals(skus[s.Key.SkuId].Code, skus[s.Key.SkuId].Name, null));

        return Enumerable.Range(0, weeks)
            .Select(i => new WeeklyTotals(
                new DateRange(firstDay.AddDays(7 * i), firstDay.AddDays((7 * i) + 6)),
                storeWeeks.GetValueOrDefault(i) ?? StoreTotals.Empty,
                skusByWeek[i].ToList()))
            .ToList();
    }

    private sealed record WeekSku(int Week, long SkuId);
}
