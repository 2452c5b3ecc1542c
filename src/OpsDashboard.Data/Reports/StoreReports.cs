using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.PageHealth;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Data.Reports;

/// <summary>A period's totals beside its comparison period, with the GMV change split into drivers.</summary>
public sealed record Overview(
    DateRange Range,
    StoreTotals Current,
    DateRange PreviousRange,
    StoreTotals Previous,
    DateRange YearAgoRange,
    StoreTotals YearAgo)
{
    public GmvDecomposition? ChangeVsPrevious => GmvDecomposition.Between(Previous, Current);
    public GmvDecomposition? ChangeVsYearAgo => GmvDecomposition.Between(YearAgo, Current);
}

/// <summary>The reports that screens and the API share, assembled from database sums and Core rules.</summary>
public sealed class StoreReports(KpiQueries queries, Caching.StoreReadCache cache)
{
    /// <summary>The range's store totals, from the read cache while no import changed the store.</summary>
    public Task<StoreTotals> TotalsAsync(int storeId, DateRange range, CancellationToken ct = default) =>
        cache.ForStoreAsync(storeId, ("totals", range), c => queries.StoreTotalsAsync(storeId, range, c), ct);

    /// <summary>The range's SKUs (GET …/skus), from the read cache while no import changed the store.</summary>
    public Task<IReadOnlyList<SkuTotals>> SkusAsync(int storeId, DateRange range, CancellationToken ct = default) =>
        cache.ForStoreAsync(storeId, ("skus", range), c => queries.SkuTotalsAsync(storeId, range, c), ct);

    /// <summary>The range's sources (GET …/sources), from the read cache while no import changed the store.</summary>
    public Task<IReadOnlyList<SourceTotals>> SourcesAsync(int storeId, DateRange range, CancellationToken ct = default) =>
        cache.ForStoreAsync(storeId, ("sources", range), c => queries.SourceTotalsAsync(storeId, range, c), ct);

    public async Task<Overview> OverviewAsync(int storeId, DateRange range, CancellationToken ct = default)
    {
        var previousRange = range.Previous();
        var yearAgoRange = range.YearAgo();
        var current = await TotalsAsync(storeId, range, ct);
        var previous = await TotalsAsync(storeId, previousRange, ct);
        var yearAgo = await TotalsAsync(storeId, yearAgoRange, ct);
        return new Overview(range, current, previousRange, previous, yearAgoRange, yearAgo);
    }

    public async Task<PageHealthReport> PageHealthAsync(StoreInfo store, DateRange range, CancellationToken ct = default)
    {
        var totals = await TotalsAsync(store.Id, range, ct);
        var skus = await SkusAsync(store.Id, range, ct);
        return PageHealthReport.Evaluate(totals, skus, store.FlagshipSku, store.Thresholds);
    }
}
