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
public sealed class StoreScopeReader(KpiQueries queries, TargetService targets, AnnotationService annotations, Caching.StoreReadCache cache)
{
    /// <summary>
    /// A read of <paramref name="store"/> over <paramref name="ranges"/>: the store's days over all of them and
    /// <paramref name="totalsOnly"/> in one GROUP BY day, its sources' and SKUs' sums over every range in one GROUP BY
    /// segment each; other figures are read on first use and kept for the rest of the request.
    /// </summary>
    /// <param name="totalsOnly">Ranges only the store's totals or daily sales are read over (a target's last year).</param>
    public StoreScope Open(StoreInfo store, IEnumerable<DateRange> ranges, IEnumerable<DateRange>? totalsOnly = null, CancellationToken ct = default) =>
        OpenAll([new ScopeRequest(store, [.. ranges], [.. totalsOnly ?? []])], ct)[0];

    /// <summary>
    /// Several stores read together (the portfolio): each query covers every store and all their ranges, so a screen
    /// over many stores sends each query once, not once per store.
    /// </summary>
    public IReadOnlyList<StoreScope> OpenAll(IReadOnlyList<ScopeRequest> stores, CancellationToken ct = default)
    {
        if (stores.Count == 0 || stores.Any(s => s.Ranges.Count == 0))
        {
            throw new ArgumentException("A scope needs at least one store and one range per store.", nameof(stores));
        }

        var batch = new ScopeBatch(
            [.. stores.Select(s => s.Store.Id).Distinct()],
            new DaySegments(stores.SelectMany(s => s.Ranges.Concat(s.TotalsOnly))),
            new DaySegments(stores.SelectMany(s => s.Ranges)),
            queries,
            targets,
            annotations,
            cache,
            ct);
        return stores.Select(s => new StoreScope(s.Store, batch)).ToList();
    }
}

/// <summary>A store and the ranges a screen reads of it (see <see cref="StoreScopeReader.Open"/>).</summary>
public sealed record ScopeRequest(StoreInfo Store, IReadOnlyList<DateRange> Ranges, IReadOnlyList<DateRange> TotalsOnly);

/// <summary>
/// One store's figures for one request, each read from the database at most once, and read together with the other
/// stores of the same request (<see cref="StoreScopeReader.OpenAll"/>). Any range's totals and daily series inside the
/// ranges read are added up from the store's days; sources and SKUs of a declared range from their segment sums. Safe
/// to use from parallel reads of the same request.
/// </summary>
public sealed class StoreScope
{
    private readonly ScopeBatch _batch;

    internal StoreScope(StoreInfo store, ScopeBatch batch) => (Store, _batch) = (store, batch);

    public StoreInfo Store { get; }

    /// <summary>The range's totals: added up from the days read, or summed in the database for a range outside them.</summary>
    public Task<StoreTotals> TotalsAsync(DateRange range) => Cached(("totals", range), async () =>
    {
        var days = await _batch.StoreDaysAsync(Store.Id);
        return days.Covers(range) ? days.Totals(range) : await _batch.Once(("totals", Store.Id, range), ct => _batch.Queries.StoreTotalsAsync(Store.Id, range, ct));
    });

    /// <summary>The range's days that have data, oldest first.</summary>
    public Task<IReadOnlyList<DailyStoreTotals>> DailyAsync(DateRange range) => Cached(("daily", range), async () =>
    {
        var days = await _batch.StoreDaysAsync(Store.Id);
        return days.Covers(range) ? days.Daily(range) : await _batch.Once(("daily", Store.Id, range), ct => _batch.Queries.StoreDailySeriesAsync(Store.Id, range, ct));
    });

    /// <summary>The range beside its previous period and the same dates a year earlier.</summary>
    public async Task<Overview> OverviewAsync(DateRange range)
    {
        var previous = range.Previous();
        var yearAgo = range.YearAgo();
        return new Overview(range, await TotalsAsync(range), previous, await TotalsAsync(previous), yearAgo, await TotalsAsync(yearAgo));
    }

    /// <summary>The range's sources, most visitors first.</summary>
    public Task<IReadOnlyList<SourceTotals>> SourcesAsync(DateRange range) => Cached(("sources", range), () => _batch.SourcesAsync(Store.Id, range));

    /// <summary>Each source's visitors per day over the range; a day on which a source had no row is absent, not zero.</summary>
    public Task<IReadOnlyList<DailySourceVisitors>> SourceDailyVisitorsAsync(DateRange range) => Cached(("source-daily", range), () => _batch.SourceDailyVisitorsAsync(Store.Id, range));

    /// <summary>The range's SKUs, most visitors first.</summary>
    public Task<IReadOnlyList<SkuTotals>> SkusAsync(DateRange range) => Cached(("skus", range), () => _batch.SkusAsync(Store.Id, range));

    /// <summary>
    /// Every SKU's daily totals over the range. A read that already covers the range answers it (ask for the widest
    /// range first); otherwise the range is read once, for every store of the read.
    /// </summary>
    public Task<IReadOnlyList<DailySkuTotals>> SkuDailyAsync(DateRange range) => Cached(("sku-daily", range), () => _batch.SkuDailyAsync(Store.Id, range));

    /// <summary>The range's page health, judged once from the range's totals and SKUs.</summary>
    public Task<PageHealthReport> PageHealthAsync(DateRange range) =>
        _batch.Once(("page-health", Store.Id, range), async _ => PageHealthReport.Evaluate(await TotalsAsync(range), await SkusAsync(range), Store.FlagshipSku, Store.Thresholds));

    /// <summary>The first and last day with store facts, or null before the first import.</summary>
    public async Task<DateRange?> DataSpanAsync() => (await _batch.DataSpansAsync()).TryGetValue(Store.Id, out var span) ? span : null;

    /// <summary>When data last arrived and the newest store day.</summary>
    public Task<DataFreshness> FreshnessAsync() => Cached("freshness", () => _batch.Once(("freshness", Store.Id), ct => _batch.Queries.DataFreshnessAsync(Store.Id, ct)));

    /// <summary>
    /// The month's target and its progress as of <paramref name="day"/>, or null when none is set: from the targets of
    /// the read and the store's days (declare <see cref="TargetService.SalesRanges"/> when opening the scope).
    /// </summary>
    public Task<MonthPlan?> MonthPlanAsync(DateOnly day) =>
        _batch.Once(("month-plan", Store.Id, new DateRange(day, day)), async _ => await TargetService.MonthAsync([.. (await _batch.TargetsAsync())[Store.Id]], day, day, DailyAsync));

    /// <summary>Agents, refunds, DSR and lost customers around <paramref name="day"/> (the service rules' facts), read for every store of the read at once.</summary>
    public Task<Core.Attention.ServiceAttentionFacts> ServiceAttentionAsync(DateOnly day) => _batch.ServiceAttentionAsync(Store.Id, day);

    /// <summary>The promotion rules' ads rows and budget pacing as of <paramref name="day"/>, read for every store of the read at once.</summary>
    public Task<Core.Attention.PromotionFacts> PromotionFactsAsync(DateOnly day) => _batch.PromotionFactsAsync(Store.Id, day);

    public async Task<IReadOnlySet<DateOnly>> CampaignDaysAsync(DateRange range) => (await _batch.CampaignDaysAsync(range))[Store.Id];

    public Task<IReadOnlyList<AnnotationInfo>> NotesAsync(DateRange range) =>
        _batch.Once(("notes", Store.Id, range), ct => _batch.Annotations.ListAsync(Store.Id, range, ct));

    /// <summary>
    /// Figures that follow from the store's facts alone, kept across requests by the read cache under the store's data
    /// version (read once per request), and read at most once within this request.
    /// </summary>
    public Task<T> Cached<T>(object key, Func<Task<T>> read) =>
        _batch.Once(("cached", Store.Id, key), async ct => await _batch.Cache.GetAsync([Store.Id], await _batch.VersionsAsync(), key, _ => read(), ct));

    /// <summary>The codes and names of the read's SKUs by id (read once), for queries that group by SKU id.</summary>
    internal Task<Dictionary<long, (string Code, string? Name)>> SkuNamesAsync() => _batch.SkuNamesAsync();
}
