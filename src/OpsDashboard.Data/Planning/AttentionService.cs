using OpsDashboard.Core.Attention;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Queries;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Data.Planning;

/// <summary>Gathers a store's facts around a day (all sums from the database) and runs the attention rules.</summary>
public sealed class AttentionService(KpiQueries queries, StoreReports reports, TargetService targets, AnnotationService annotations)
{
    public async Task<IReadOnlyList<AttentionItem>> ForDayAsync(StoreInfo store, DateOnly day, CancellationToken ct = default) =>
        AttentionEngine.Evaluate(await FactsAsync(store, day, ct));

    public async Task<AttentionFacts> FactsAsync(StoreInfo store, DateOnly day, CancellationToken ct = default)
    {
        var thresholds = store.Thresholds;
        var oneDay = new DateRange(day, day);
        var lastSeven = new DateRange(day.AddDays(-6), day);
        var sevenBefore = new DateRange(day.AddDays(-7), day.AddDays(-1));

        // Promotion days (≥ 3× the median day of the 5 weeks to the day) and the days of annotated
        // campaigns are left out of every baseline.
        var historyRange = new DateRange(day.AddDays(-7 * RunRate.Weeks - 6), day);
        var history = (await queries.StoreDailySeriesAsync(store.Id, historyRange, ct))
            .Select(d => new DayTotals(d.Date, d.Totals))
            .ToList();
        var promotionDays = RunRate.PromotionDays(history, await annotations.CampaignDaysAsync(store.Id, historyRange, ct));

        var sourcesOnDay = (await queries.SourceTotalsAsync(store.Id, oneDay, ct)).ToDictionary(s => s.Source, StringComparer.Ordinal);
        var sourcesWeek = await queries.SourceTotalsAsync(store.Id, lastSeven, ct);
        var averages = await OrdinarySourceAveragesAsync(store.Id, sevenBefore, promotionDays, ct);
        // A day without any source rows has not been imported yet: that is no data, not every channel at zero.
        // A source missing from an imported day's file is "not in that day's file": unknown, never −100%.
        var dayImported = sourcesOnDay.Count > 0;
        var sources = sourcesWeek
            .Select(week => new SourceFacts(
                sourcesOnDay.GetValueOrDefault(week.Source),
                dayImported ? averages.GetValueOrDefault(week.Source) : null,
                week))
            .ToList();

        // Judged conversion per day over the trend window, oldest first; a day without the SKU is unknown.
        var trendDays = Math.Max(1, thresholds.ConversionTrendDays);
        var trendRange = new DateRange(day.AddDays(-trendDays), day);
        var daily = (await queries.SkuDailySeriesAsync(store.Id, trendRange, ct))
            .GroupBy(d => d.Totals.Sku, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(d => d.Date, d => d.Totals), StringComparer.Ordinal);
        var skusWeek = await queries.SkuTotalsAsync(store.Id, lastSeven, ct);
        var skus = skusWeek
            .Select((week, index) =>
            {
                var days = daily.GetValueOrDefault(week.Sku);
                var series = trendRange.EachDay().Select(d => days?.GetValueOrDefault(d) is { } totals ? Catalogue.JudgedConversionRate.Of(totals) : null).ToList();
                var reviewsToday = days?.GetValueOrDefault(day)?.NegativeReviews ?? 0;
                return new SkuFacts(week, series, reviewsToday, index + 1);
            })
            .ToList();

        // The last complete week in the store's own week start, as page health counts weeks.
        var lastCompleteWeek = CalendarPeriods.LastCompleteWeek(day, thresholds.WeekStartsOn);
        var plan = await targets.MonthAsync(store.Id, day, day, ct);

        return new AttentionFacts
        {
            Day = day,
            Thresholds = thresholds,
            DayTotals = await queries.StoreTotalsAsync(store.Id, oneDay, ct),
            PreviousDayTotals = await queries.StoreTotalsAsync(store.Id, oneDay.Previous(), ct),
            LastSevenDays = await queries.StoreTotalsAsync(store.Id, lastSeven, ct),
            Target = plan?.Progress,
            WeekdayRunRate = RunRate.SameWeekday(day, history, promotionDays),
            Sources = sources,
            Skus = skus,
            LastWeekPageHealth = await reports.PageHealthAsync(store, lastCompleteWeek, ct),
            LastWeek = lastCompleteWeek,
        };
    }

    /// <summary>
    /// Each source's average visitors per day over the ordinary days of <paramref name="range"/>: days
    /// that are promotion days, or whose source file was not imported, are left out (a missing file is
    /// not a day of zero visitors). A source absent from an imported day's file counts as unknown that day.
    /// One GROUP BY source and day for the whole range, not a query per day.
    /// </summary>
    private async Task<Dictionary<string, decimal>> OrdinarySourceAveragesAsync(int storeId, DateRange range, IReadOnlySet<DateOnly> promotionDays, CancellationToken ct) =>
        (await queries.SourceDailyVisitorsAsync(storeId, range, ct))
            .Where(d => !promotionDays.Contains(d.Date))
            .GroupBy(d => d.Source, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (decimal)g.Sum(d => d.Visitors) / g.Count(), StringComparer.Ordinal);
}
