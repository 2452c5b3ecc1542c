using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.Reports;

public sealed partial class KpiQueries
{
    /// <summary>Each store's sums per day over the union of the ranges (one GROUP BY store, day).</summary>
    internal async Task<Dictionary<int, StoreDailySums>> StoreDaysAsync(IReadOnlyList<int> storeIds, DaySegments segments, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var rows = await db.StoreDays
            .Where(d => storeIds.Contains(d.StoreId))
            .Where(segments.Within<StoreDay>(d => d.Date))
            .GroupBy(d => new StoreDate(d.StoreId, d.Date))
            .Select(SumsByKey<StoreDate>())
            .ToListAsync(ct);
        var byStore = rows.ToLookup(r => r.Key.StoreId);
        return storeIds.ToDictionary(id => id, id => new StoreDailySums(segments.Intervals, byStore[id].OrderBy(r => r.Key.Date).ToList()));
    }

    /// <summary>
    /// Each store's totals of its own day (stores in other time zones have another yesterday): one read of
    /// <see cref="StoreDaysAsync"/> over the stores and the days asked, so a wall rotating across many stores sends one
    /// query, not one per store. A store with no facts that day gets <see cref="StoreTotals.Empty"/>.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, StoreTotals>> StoreDayTotalsAsync(IReadOnlyDictionary<int, DateOnly> dayOf, CancellationToken ct = default)
    {
        if (dayOf.Count == 0)
        {
            return new Dictionary<int, StoreTotals>();
        }

        var days = await StoreDaysAsync(dayOf.Keys.ToList(), new DaySegments(dayOf.Values.Select(d => new DateRange(d, d))), ct);
        return dayOf.ToDictionary(p => p.Key, p => days[p.Key].Totals(new DateRange(p.Value, p.Value)));
    }

    /// <summary>
    /// One read of a store's days (<see cref="StoreDaysAsync"/>): the sums of each day inside the intervals read, from
    /// which the totals of any range inside one interval are added up exactly: every field is a sum (a field no day
    /// reported stays unknown), so the totals equal <see cref="StoreTotalsAsync"/> over the same range.
    /// </summary>
    public sealed class StoreDailySums
    {
        private readonly List<StoreSums<StoreDate>> _days;

        internal StoreDailySums(IReadOnlyList<DateRange> intervals, List<StoreSums<StoreDate>> days) => (Intervals, _days) = (intervals, days);

        /// <summary>The days read; ranges inside one of them are answered from memory.</summary>
        public IReadOnlyList<DateRange> Intervals { get; }

        public bool Covers(DateRange range) => Intervals.Any(i => range.From >= i.From && range.To <= i.To);

        /// <summary>The range's totals, as <see cref="StoreTotalsAsync"/> sums them (empty when no day has data).</summary>
        public StoreTotals Totals(DateRange range)
        {
            StoreSums<StoreDate>? total = null;
            foreach (var day in In(range))
            {
                total = total is null ? day : total.Plus(day);
            }

            return total?.ToTotals() ?? StoreTotals.Empty;
        }

        /// <summary>The range's days that have data, oldest first, as <see cref="StoreDailySeriesAsync"/> returns them.</summary>
        public IReadOnlyList<DailyStoreTotals> Daily(DateRange range) => In(range).Select(d => new DailyStoreTotals(d.Key.Date, d.ToTotals())).ToList();

        private IEnumerable<StoreSums<StoreDate>> In(DateRange range)
        {
            if (!Covers(range))
            {
                throw new ArgumentOutOfRangeException(nameof(range), range, $"Only the days {string.Join(", ", Intervals)} were read.");
            }

            return _days.Where(d => d.Key.Date >= range.From && d.Key.Date <= range.To);
        }
    }
}
