using OpsDashboard.Core.Attention;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.PageHealth;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Planning;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Data.Reports;

/// <summary>A traffic source on the meeting day beside the same source in the comparison period (null when it had no row then).</summary>
public sealed record SourceChange(SourceTotals Current, SourceTotals? Comparison);

/// <summary>Everything the manager's meeting screen shows for one store (DOMAIN §1, afternoon meeting).</summary>
public sealed record MeetingReport
{
    public required StoreInfo Store { get; init; }

    /// <summary>Yesterday by the clock: the day whose data the meeting expects.</summary>
    public required DateOnly Yesterday { get; init; }
    public required DataFreshness Freshness { get; init; }

    /// <summary>The day the panels show: yesterday, or the newest day with data when that is older.</summary>
    public required DateRange Day { get; init; }
    public required DateRange DayComparison { get; init; }
    public required StoreTotals DayTotals { get; init; }
    public required StoreTotals DayComparisonTotals { get; init; }

    public required DateRange MonthToDate { get; init; }
    public required DateRange MonthToDateComparison { get; init; }
    public required StoreTotals MonthToDateTotals { get; init; }
    public required StoreTotals MonthToDateComparisonTotals { get; init; }

    /// <summary>The day's sources, most visitors first.</summary>
    public required IReadOnlyList<SourceChange> Sources { get; init; }

    /// <summary>The week containing <see cref="Day"/>, from its first day to <see cref="Day"/>.</summary>
    public required DateRange WeekToDate { get; init; }
    public required PageHealthReport WeekToDateHealth { get; init; }
    public required DateRange LastWeek { get; init; }
    public required PageHealthReport LastWeekHealth { get; init; }

    /// <summary>The attention items of <see cref="Day"/>, from the same read of the store as the panels.</summary>
    public IReadOnlyList<AttentionItem> Attention { get; init; } = [];

    /// <summary>Agents, refunds, DSR and lost customers around <see cref="Day"/> (the service rules' facts): the competitor line.</summary>
    public ServiceAttentionFacts? Service { get; init; }

    /// <summary>True when there is no data or the newest day is older than yesterday.</summary>
    public bool Stale => Freshness.NewestDay is not { } newest || newest < Yesterday;
}

/// <summary>
/// Assembles the meeting screen's figures from database sums and Core rules: after the data's freshness (which
/// decides the day shown), one read of the store's scope serves the panels and the day's attention items, so a
/// refresh sends each query once.
/// </summary>
public sealed class MeetingReports(KpiQueries queries, StoreScopeReader scopes)
{
    public async Task<MeetingReport> LoadAsync(StoreInfo store, DateOnly today, Comparison comparison, CancellationToken ct = default)
    {
        var yesterday = today.AddDays(-1);
        var freshness = await queries.DataFreshnessAsync(store.Id, ct);
        var dayDate = freshness.NewestDay is { } newest && newest < yesterday ? newest : yesterday;
        var day = new DateRange(dayDate, dayDate);
        var dayComparison = day.Compare(comparison);
        var monthToDate = CalendarPeriods.MonthToDate(dayDate);
        var monthToDateComparison = CalendarPeriods.MonthToDateComparison(monthToDate, comparison);
        var week = CalendarPeriods.WeekOf(dayDate, store.Thresholds.WeekStartsOn);
        var weekToDate = new DateRange(week.From, dayDate);
        var lastWeek = CalendarPeriods.Shift(week, -1);

        var scope = scopes.Open(
            store,
            [day, dayComparison, weekToDate, lastWeek, .. AttentionService.Ranges(store, dayDate)],
            [monthToDate, monthToDateComparison, .. AttentionService.TotalsRanges(dayDate)],
            ct);
        var sources = await scope.SourcesAsync(day);
        var comparisonSources = (await scope.SourcesAsync(dayComparison)).ToDictionary(s => s.Source, StringComparer.Ordinal);
        var facts = await AttentionService.FactsAsync(scope, dayDate);

        return new MeetingReport
        {
            Store = store,
            Yesterday = yesterday,
            Freshness = freshness,
            Day = day,
            DayComparison = dayComparison,
            DayTotals = await scope.TotalsAsync(day),
            DayComparisonTotals = await scope.TotalsAsync(dayComparison),
            MonthToDate = monthToDate,
            MonthToDateComparison = monthToDateComparison,
            MonthToDateTotals = await scope.TotalsAsync(monthToDate),
            MonthToDateComparisonTotals = await scope.TotalsAsync(monthToDateComparison),
            Sources = sources.Select(s => new SourceChange(s, comparisonSources.GetValueOrDefault(s.Source))).ToList(),
            WeekToDate = weekToDate,
            WeekToDateHealth = await scope.PageHealthAsync(weekToDate),
            LastWeek = lastWeek,
            LastWeekHealth = await scope.PageHealthAsync(lastWeek),
            Attention = AttentionEngine.Evaluate(facts),
            Service = facts.Service,
        };
    }
}
