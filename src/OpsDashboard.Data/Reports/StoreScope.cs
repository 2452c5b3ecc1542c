using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.PageHealth;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Planning;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Data.Reports;

/// <summary>
/// Opens one read of a store's scope: what a screen (or an API call) needs for one store, read once per request.
/// The morning review, page health, meeting screen, attention API and portfolio all assemble from it.
/// </summary>
public sealed class StoreScopeReader(KpiQueries queries, TargetService targets, AnnotationService annotations)
{
    /// <summary>
    /// A read of <paramref name="store"/> whose store days cover every one of <paramref name="ranges"/> (their hull is
    /// read in one GROUP BY day); other figures are read on first use and kept for the rest of the request.
    /// </summary>
    public StoreScope Open(StoreInfo store, IEnumerable<DateRange> ranges, CancellationToken ct = default) =>
        new(store, Hull(ranges), queries, targets, annotations, ct);

    private static DateRange Hull(IEnumerable<DateRange> ranges)
    {
        var list = ranges.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A scope needs at least one range.", nameof(ranges));
        }

        return new DateRange(list.Min(r => r.From), list.Max(r => r.To));
    }
}

/// <summary>
/// One store's figures for one request, each read from the database at most once: the store's days over the scope's
/// span in one query (any range's totals and daily series inside it are added up from those days), and sources, SKUs,
/// page health, targets, notes and data span on first use. Safe to use from parallel reads of the same request.
/// </summary>
public sealed class StoreScope
{
    private readonly KpiQueries _queries;
    private readonly TargetService _targets;
    private readonly AnnotationService _annotations;
    private readonly CancellationToken _ct;
    private readonly Dictionary<(string Kind, DateRange? Range), object> _reads = [];
    private readonly List<(DateRange Range, Lazy<Task<IReadOnlyList<DailySkuTotals>>> Read)> _skuDays = [];

    internal StoreScope(StoreInfo store, DateRange span, KpiQueries queries, TargetService targets, AnnotationService annotations, CancellationToken ct)
    {
        Store = store;
        Span = span;
        _queries = queries;
        _targets = targets;
        _annotations = annotations;
        _ct = ct;
    }

    public StoreInfo Store { get; }

    /// <summary>The days whose store sums are read in one query.</summary>
    public DateRange Span { get; }

    /// <summary>The range's totals: added up from the span's days, or summed in the database for a range outside it.</summary>
    public async Task<StoreTotals> TotalsAsync(DateRange range)
    {
        var days = await StoreDaysAsync();
        return days.Covers(range) ? days.Totals(range) : await Once("totals", range, () => _queries.StoreTotalsAsync(Store.Id, range, _ct));
    }

    /// <summary>The range's days that have data, oldest first.</summary>
    public async Task<IReadOnlyList<DailyStoreTotals>> DailyAsync(DateRange range)
    {
        var days = await StoreDaysAsync();
        return days.Covers(range) ? days.Daily(range) : await Once("daily", range, () => _queries.StoreDailySeriesAsync(Store.Id, range, _ct));
    }

    /// <summary>The range beside its previous period and the same dates a year earlier.</summary>
    public async Task<Overview> OverviewAsync(DateRange range)
    {
        var previous = range.Previous();
        var yearAgo = range.YearAgo();
        return new Overview(range, await TotalsAsync(range), previous, await TotalsAsync(previous), yearAgo, await TotalsAsync(yearAgo));
    }

    public Task<IReadOnlyList<SourceTotals>> SourcesAsync(DateRange range) =>
        Once("sources", range, () => _queries.SourceTotalsAsync(Store.Id, range, _ct));

    public Task<IReadOnlyList<DailySourceVisitors>> SourceDailyVisitorsAsync(DateRange range) =>
        Once("source-days", range, () => _queries.SourceDailyVisitorsAsync(Store.Id, range, _ct));

    public Task<IReadOnlyList<SkuTotals>> SkusAsync(DateRange range) =>
        Once("skus", range, () => _queries.SkuTotalsAsync(Store.Id, range, _ct));

    /// <summary>
    /// Every SKU's daily totals over the range. A read that already covers the range answers it (ask for the widest
    /// range first); otherwise the range is read once.
    /// </summary>
    public async Task<IReadOnlyList<DailySkuTotals>> SkuDailyAsync(DateRange range)
    {
        Lazy<Task<IReadOnlyList<DailySkuTotals>>> read;
        lock (_reads)
        {
            var covering = _skuDays.FirstOrDefault(r => r.Range.From <= range.From && r.Range.To >= range.To);
            if (covering.Read is null)
            {
                covering = (range, new Lazy<Task<IReadOnlyList<DailySkuTotals>>>(() => _queries.SkuDailySeriesAsync(Store.Id, range, _ct)));
                _skuDays.Add(covering);
            }

            read = covering.Read;
        }

        var rows = await read.Value;
        return rows.All(r => r.Date >= range.From && r.Date <= range.To) ? rows : rows.Where(r => r.Date >= range.From && r.Date <= range.To).ToList();
    }

    /// <summary>The range's page health, judged once from the range's totals and SKUs.</summary>
    public Task<PageHealthReport> PageHealthAsync(DateRange range) =>
        Once("page-health", range, async () => PageHealthReport.Evaluate(await TotalsAsync(range), await SkusAsync(range), Store.FlagshipSku, Store.Thresholds));

    /// <summary>The first and last day with store facts, or null before the first import.</summary>
    public Task<DateRange?> DataSpanAsync() => Once("data-span", null, () => _queries.StoreDataSpanAsync(Store.Id, _ct));

    /// <summary>When data last arrived and the newest store day.</summary>
    public Task<DataFreshness> FreshnessAsync() => Once("freshness", null, () => _queries.DataFreshnessAsync(Store.Id, _ct));

    /// <summary>The month's target and its progress as of <paramref name="day"/>, or null when none is set.</summary>
    public Task<MonthPlan?> MonthPlanAsync(DateOnly day) =>
        Once("month-plan", new DateRange(day, day), () => _targets.MonthAsync(Store.Id, day, day, _ct));

    public Task<IReadOnlySet<DateOnly>> CampaignDaysAsync(DateRange range) =>
        Once("campaign-days", range, () => _annotations.CampaignDaysAsync(Store.Id, range, _ct));

    public Task<IReadOnlyList<AnnotationInfo>> NotesAsync(DateRange range) =>
        Once("notes", range, () => _annotations.ListAsync(Store.Id, range, _ct));

    private Task<KpiQueries.StoreDailySums> StoreDaysAsync() => Once("store-days", Span, () => _queries.StoreDailySumsAsync(Store.Id, Span, _ct));

    /// <summary>The read of <paramref name="kind"/> over <paramref name="range"/>: started on first use (outside the lock), shared afterwards.</summary>
    private Task<T> Once<T>(string kind, DateRange? range, Func<Task<T>> read)
    {
        Lazy<Task<T>> once;
        lock (_reads)
        {
            if (_reads.TryGetValue((kind, range), out var existing))
            {
                once = (Lazy<Task<T>>)existing;
            }
            else
            {
                once = new Lazy<Task<T>>(read);
                _reads[(kind, range)] = once;
            }
        }

        return once.Value;
    }
}
