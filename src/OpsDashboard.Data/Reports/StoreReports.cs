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
public sealed class StoreReports(KpiQueries queries)
{
    public async Task<Overview> OverviewAsync(int storeId, DateRange range, CancellationToken ct = default)
    {
        var previousRange = range.Previous();
        var yearAgoRange = range.YearAgo();
        var current = await queries.StoreTotalsAsync(storeId, range, ct);
        var previous = await queries.StoreTotalsAsync(storeId, previousRange, ct);
        var yearAgo = await queries.StoreTotalsAsync(storeId, yearAgoRange, ct);
        return new Overview(range, current, previousRange, previous, yearAgoRange, yearAgo);
    }

    public async Task<PageHealthReport> PageHealthAsync(StoreInfo store, DateRange range, CancellationToken ct = default)
    {
        var totals = await queries.StoreTotalsAsync(store.Id, range, ct);
        var skus = await queries.SkuTotalsAsync(store.Id, range, ct);
        return PageHealthReport.Evaluate(totals, skus, store.FlagshipSku, store.Thresholds);
    }
}
