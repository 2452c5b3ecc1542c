using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Targets;
using OpsDashboard.Data.Planning;

namespace OpsDashboard.Data.Reports;

/// <summary>
/// The reads shared by the scopes of one request (one store, or the portfolio's every store): each query is sent once,
/// over every store of the request, and kept. Store days over the union of all ranges; sources and SKUs summed per
/// segment of the declared ranges; names, targets, spans and daily figures once for all stores.
/// </summary>
internal sealed class ScopeBatch(
    IReadOnlyList<int> storeIds,
    DaySegments days,
    DaySegments sums,
    KpiQueries queries,
    TargetService targets,
    AnnotationService annotations,
    Caching.StoreReadCache cache,
    CancellationToken ct)
{
    private readonly Dictionary<object, object> _reads = [];
    private readonly List<(DateRange Range, Task<List<KpiQueries.SkuSums<KpiQueries.SkuDate>>> Read)> _skuDays = [];
    private readonly List<(DateRange Range, Task<List<KpiQueries.SourceDayVisitors>> Read)> _sourceDays = [];

    public KpiQueries Queries => queries;

    public AnnotationService Annotations => annotations;

    public Caching.StoreReadCache Cache => cache;

    /// <summary>The stores' data versions, read once per request before anything is answered from the read cache.</summary>
    public Task<Caching.DataVersions> VersionsAsync() => Once("versions", c => cache.VersionsAsync(storeIds, c));

    public async Task<KpiQueries.StoreDailySums> StoreDaysAsync(int storeId) =>
        (await Once("store-days", c => queries.StoreDaysAsync(storeIds, days, c)))[storeId];

    public Task<Dictionary<long, (string Code, string? Name)>> SkuNamesAsync() => Once("sku-names", c => queries.SkuNamesAsync(storeIds, c));

    /// <summary>The service rules' facts around a day, read once for every store of the request.</summary>
    public async Task<Core.Attention.ServiceAttentionFacts> ServiceAttentionAsync(int storeId, DateOnly day) =>
        (await Once(("service-attention", day), c => queries.ServiceAttentionFactsAsync(storeIds, day, c)))[storeId];

    /// <summary>The promotion rules' facts of a day, read once for every store of the request.</summary>
    public async Task<Core.Attention.PromotionFacts> PromotionFactsAsync(int storeId, DateOnly day) =>
        (await Once(("promotion-facts", day), c => queries.PromotionFactsAsync(storeIds, day, c)))[storeId];

    public Task<Dictionary<int, DateRange>> DataSpansAsync() => Once("data-spans", c => queries.DataSpansAsync(storeIds, c));

    public Task<ILookup<int, TargetPeriod>> TargetsAsync() => Once("targets", c => targets.ListAsync(storeIds, c));

    public Task<IReadOnlyDictionary<int, IReadOnlySet<DateOnly>>> CampaignDaysAsync(DateRange range) =>
        Once(("campaign-days", range), c => annotations.CampaignDaysAsync(storeIds, range, c));

    /// <summary>The store's sources over a declared range, added up from the segment sums; another range is read on its own.</summary>
    public async Task<IReadOnlyList<SourceTotals>> SourcesAsync(int storeId, DateRange range)
    {
        if (sums.Of(range) is not { } segments)
        {
            return await Once(("sources", storeId, range), c => queries.SourceTotalsAsync(storeId, range, c));
        }

        var rows = await Once("source-segments", c => queries.SourceSegmentsAsync(storeIds, sums, c));
        var names = await Once("source-names", c => queries.SourceNamesAsync(storeIds, c));
        return rows
            .Where(r => r.Key.StoreId == storeId && segments.Contains(r.Key.Segment))
            .GroupBy(r => r.Key.SourceId)
            .Select(g => g.Aggregate((a, b) => a.Plus(b)).ToTotals(names[g.Key].Name, names[g.Key].Kind))
            .OrderByDescending(s => s.Visitors)
            .ThenBy(s => s.Source, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The store's SKUs over a declared range, added up from the segment sums (stock from the latest segment reporting it).</summary>
    public async Task<IReadOnlyList<SkuTotals>> SkusAsync(int storeId, DateRange range)
    {
        if (sums.Of(range) is not { } segments)
        {
            return await Once(("skus", storeId, range), c => queries.SkuTotalsAsync(storeId, range, c));
        }

        var rows = await Once("sku-segments", c => queries.SkuSegmentsAsync(storeIds, sums, c));
        var stock = await Once("sku-stock", c => queries.SkuStockAsync(storeIds, sums, c));
        var names = await SkuNamesAsync();
        var latestStock = stock
            .Where(s => segments.Contains(s.Segment))
            .GroupBy(s => s.SkuId)
            .ToDictionary(g => g.Key, g => g.MaxBy(s => s.Date)!.StockOnHand);
        return rows
            .Where(r => r.Key.StoreId == storeId && segments.Contains(r.Key.Segment))
            .GroupBy(r => r.Key.SkuId)
            .Select(g => g.Aggregate((a, b) => a.Plus(b)).ToTotals(names[g.Key].Code, names[g.Key].Name, latestStock.GetValueOrDefault(g.Key)))
            .OrderByDescending(s => s.Visitors)
            .ThenBy(s => s.Sku, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The store's SKUs' days in the range, by SKU code then day, from the first read that covers it.</summary>
    public async Task<IReadOnlyList<DailySkuTotals>> SkuDailyAsync(int storeId, DateRange range)
    {
        var rows = await Covering(_skuDays, range, r => queries.SkuDaysAsync(storeIds, r, ct));
        var names = await SkuNamesAsync();
        return rows
            .Where(r => r.Key.StoreId == storeId && r.Key.Date >= range.From && r.Key.Date <= range.To)
            .Select(r => new DailySkuTotals(names[r.Key.SkuId].Code, r.Key.Date, r.ToTotals(names[r.Key.SkuId].Code, names[r.Key.SkuId].Name, r.MaxStockOnHand)))
            .OrderBy(r => r.Sku, StringComparer.Ordinal)
            .ThenBy(r => r.Date)
            .ToList();
    }

    /// <summary>The store's sources' visitors per day in the range, from the first read that covers it.</summary>
    public async Task<IReadOnlyList<DailySourceVisitors>> SourceDailyVisitorsAsync(int storeId, DateRange range)
    {
        var rows = await Covering(_sourceDays, range, r => queries.SourceDaysAsync(storeIds, r, ct));
        var names = await Once("source-names", c => queries.SourceNamesAsync(storeIds, c));
        return rows
            .Where(r => r.StoreId == storeId && r.Date >= range.From && r.Date <= range.To)
            .Select(r => new DailySourceVisitors(names[r.SourceId].Name, r.Date, r.Visitors))
            .ToList();
    }

    /// <summary>The read of <paramref name="key"/>: started on first use (outside the lock), shared afterwards.</summary>
    public Task<T> Once<T>(object key, Func<CancellationToken, Task<T>> read)
    {
        Lazy<Task<T>> once;
        lock (_reads)
        {
            if (_reads.TryGetValue(key, out var existing))
            {
                once = (Lazy<Task<T>>)existing;
            }
            else
            {
                once = new Lazy<Task<T>>(() => read(ct));
                _reads[key] = once;
            }
        }

        return once.Value;
    }

    private Task<T> Covering<T>(List<(DateRange Range, Task<T> Read)> reads, DateRange range, Func<DateRange, Task<T>> read)
    {
        lock (_reads)
        {
            var covering = reads.FirstOrDefault(r => r.Range.From <= range.From && r.Range.To >= range.To);
            if (covering.Read is null)
            {
                covering = (range, read(range));
                reads.Add(covering);
            }

            return covering.Read;
        }
    }
}
