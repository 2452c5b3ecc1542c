using OpsDashboard.Core.Attention;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Stores;


namespace OpsDashboard.Data.Reports;

/// <summary>Gathers a store's facts around a day (all sums from the database) and runs the attention rules.</summary>
public sealed class AttentionService(StoreScopeReader scopes)
{
    public async Task<IReadOnlyList<AttentionItem>> ForDayAsync(StoreInfo store, DateOnly day, CancellationToken ct = default) =>
        AttentionEngine.Evaluate(await FactsAsync(store, day, ct));

    public Task<AttentionFacts> FactsAsync(StoreInfo store, DateOnly day, CancellationToken ct = default) =>
        FactsAsync(scopes.Open(store, Ranges(store, day), TotalsRanges(day), ct), day);

    /// <summary>
    /// The ranges whose sources and SKUs the rules read around <paramref name="day"/>: the day, the last 7 days and the
    /// last complete week (page health). A screen that opens its scope with these (and <see cref="TotalsRanges"/>) lets
    /// the rules read from the same queries as its panels.
    /// </summary>
    public static IEnumerable<DateRange> Ranges(StoreInfo store, DateOnly day) =>
        [new DateRange(day, day), new DateRange(day.AddDays(-6), day), CalendarPeriods.LastCompleteWeek(day, store.Thresholds.WeekStartsOn)];

    /// <summary>
    /// The ranges whose store days (only) the rules read: the 5 weeks to the day (run rate and promotion days, holding
    /// the day before and the last 7 days) and the days the month's target reads.
    /// </summary>
    public static IEnumerable<DateRange> TotalsRanges(DateOnly day) => [HistoryRange(day), .. Planning.TargetService.SalesRanges(day)];

    /// <summary>The facts from a scope the screen already holds, so what it has read is not read again.</summary>
    public static async Task<AttentionFacts> FactsAsync(StoreScope scope, DateOnly day)
    {
        var store = scope.Store;
        var thresholds = store.Thresholds;
        var oneDay = new DateRange(day, day);
        var lastSeven = new DateRange(day.AddDays(-6), day);
        var sevenBefore = new DateRange(day.AddDays(-7), day.AddDays(-1));

        // Promotion days (≥ 3× the median day of the 5 weeks to the day) and the days of annotated
        // campaigns are left out of every baseline.
        var historyRange = HistoryRange(day);
        var history = (await scope.DailyAsync(historyRange))
            .Select(d => new DayTotals(d.Date, d.Totals))
            .ToList();
        var promotionDays = RunRate.PromotionDays(history, await scope.CampaignDaysAsync(historyRange));

        var sourcesOnDay = (await scope.SourcesAsync(oneDay)).ToDictionary(s => s.Source, StringComparer.Ordinal);
        var sourcesWeek = await scope.SourcesAsync(lastSeven);
        var averages = OrdinarySourceAverages(await scope.SourceDailyVisitorsAsync(sevenBefore), promotionDays);
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
        var trendRange = TrendRange(thresholds, day);
        var daily = (await scope.SkuDailyAsync(trendRange))
            .GroupBy(d => d.Totals.Sku, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(d => d.Date, d => d.Totals), StringComparer.Ordinal);
        var skusWeek = await scope.SkusAsync(lastSeven);
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
        var plan = await scope.MonthPlanAsync(day);
        var dayTotals = await scope.TotalsAsync(oneDay);

        return new AttentionFacts
        {
            Day = day,
            Thresholds = thresholds,
            DayTotals = dayTotals,
            PreviousDayTotals = await scope.TotalsAsync(oneDay.Previous()),
            LastSevenDays = await scope.TotalsAsync(lastSeven),
            Target = plan?.Progress,
            WeekdayRunRate = RunRate.SameWeekday(day, history, promotionDays),
            Sources = sources,
            Skus = skus,
            LastWeekPageHealth = await scope.PageHealthAsync(lastCompleteWeek),
            LastWeek = lastCompleteWeek,
            Service = ServiceFacts(await scope.ServiceAttentionAsync(day), day, dayTotals, promotionDays),
            Promotion = await scope.PromotionFactsAsync(day),
        };
    }

    /// <summary>The service rules' facts with the day's sales beside its refunds and the weeks' promotion days marked.</summary>
    private static ServiceAttentionFacts ServiceFacts(ServiceAttentionFacts read, DateOnly day, StoreTotals dayTotals, IReadOnlySet<DateOnly> promotionDays) => read with
    {
        RefundsOnDay = read.RefundsOnDay is { } refunds ? refunds with { PaymentAmount = dayTotals.PaymentAmount } : null,
        WeekHadPromotion = Reports.ServiceAttentionWeeks.Week(day).EachDay().Any(promotionDays.Contains),
        WeekBeforeHadPromotion = Reports.ServiceAttentionWeeks.WeekBefore(day).EachDay().Any(promotionDays.Contains),
    };

    /// <summary>The judged-conversion trend window of the SKU rules: the store's ConversionTrendDays before the day, and the day.</summary>
    public static DateRange TrendRange(Core.Thresholds.StoreThresholds thresholds, DateOnly day) =>
        new(day.AddDays(-Math.Max(1, thresholds.ConversionTrendDays)), day);

    private static DateRange HistoryRange(DateOnly day) => new(day.AddDays(-7 * RunRate.Weeks - 6), day);

    /// <summary>
    /// Each source's average visitors per day over the ordinary days of the week before: days that are promotion
    /// days, or whose source file was not imported, are left out (a missing file is not a day of zero visitors).
    /// A source absent from an imported day's file counts as unknown that day. One GROUP BY source and day.
    /// </summary>
    private static Dictionary<string, decimal> OrdinarySourceAverages(IReadOnlyList<DailySourceVisitors> days, IReadOnlySet<DateOnly> promotionDays) =>
        days
            .Where(d => !promotionDays.Contains(d.Date))
            .GroupBy(d => d.Source, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (decimal)g.Sum(d => d.Visitors) / g.Count(), StringComparer.Ordinal);
}
