using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.PageHealth;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Data.Reports;

/// <summary>One week's page health: the same report the API gives for that week.</summary>
public sealed record WeeklyPageHealth(DateRange Week, StoreTotals Totals, PageHealthReport Report);

/// <summary>The weekly page-health trend (DOMAIN §1: 8 weeks), each week judged exactly as the API judges it.</summary>
public sealed class PageHealthTrends(KpiQueries queries)
{
    public const int DefaultWeeks = 8;

    /// <summary>
    /// <paramref name="weeks"/> weeks ending with <paramref name="lastWeek"/>, oldest first. Each week's flagship is
    /// the chosen one, or that week's best seller, as <see cref="StoreReports.PageHealthAsync"/> picks it for the week.
    /// </summary>
    public Task<IReadOnlyList<WeeklyPageHealth>> WeeksEndingAsync(
        StoreInfo store, DateRange lastWeek, int weeks = DefaultWeeks, CancellationToken ct = default) =>
        WeeksEndingAsync(store, lastWeek, weeks, (first, count) => queries.WeeklySeriesAsync(store.Id, first, count, ct));

    private static async Task<IReadOnlyList<WeeklyPageHealth>> WeeksEndingAsync(
        StoreInfo store, DateRange lastWeek, int weeks, Func<DateOnly, int, Task<IReadOnlyList<WeeklyTotals>>> read)
    {
        if (lastWeek.Days != 7)
        {
            throw new ArgumentException($"A week has 7 days; {lastWeek} has {lastWeek.Days}.", nameof(lastWeek));
        }

        var series = await read(lastWeek.From.AddDays(-7 * (weeks - 1)), weeks);
        return series
            .Select(w => new WeeklyPageHealth(w.Week, w.Store, PageHealthReport.Evaluate(w.Store, w.Skus, store.FlagshipSku, store.Thresholds)))
            .ToList();
    }

    /// <summary>
    /// The same trend for a screen that already reads <paramref name="lastWeek"/> through <paramref name="scope"/>: that
    /// week's totals and report come from the scope (read and judged once), the weeks before from one weekly series.
    /// </summary>
    public async Task<IReadOnlyList<WeeklyPageHealth>> WeeksEndingAsync(
        StoreScope scope, DateRange lastWeek, int weeks = DefaultWeeks, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        var earlier = weeks > 1
            ? await WeeksEndingAsync(scope.Store, CalendarPeriods.Shift(lastWeek, -1), weeks - 1, (first, count) => scope.Cached(("weekly-series", first, count), () => queries.WeeklySeriesAsync(scope.Store.Id, first, count, _ => scope.SkuNamesAsync(), ct)))
            : [];
        return [.. earlier, new WeeklyPageHealth(lastWeek, await scope.TotalsAsync(lastWeek), await scope.PageHealthAsync(lastWeek))];
    }
}
