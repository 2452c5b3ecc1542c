using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Queries;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Components.Pages.MorningReview;

/// <summary>
/// Everything the morning review shows for one store, range and comparison. The figures come from
/// the same queries and Core records as the API (/overview, /sources, /skus), so they match it.
/// </summary>
public sealed record MorningReviewData
{
    /// <summary>How many SKUs the SKU table shows (the top by traffic).</summary>
    public const int TopSkuCount = 5;

    /// <summary>How many days the trend lines cover, ending on the range's last day.</summary>
    public const int TrendDays = 30;

    public required DashboardScope Scope { get; init; }
    public required Overview Overview { get; init; }
    public required DateRange TrendRange { get; init; }
    public required IReadOnlyList<DailyStoreTotals> StoreTrend { get; init; }
    public required IReadOnlyList<SourceComparison> Sources { get; init; }
    public required IReadOnlyList<SkuComparison> Skus { get; init; }
    public required IReadOnlyList<DailySkuTotals> SkuTrend { get; init; }

    public StoreTotals Current => Overview.Current;

    /// <summary>The comparison period's totals (previous period or a year earlier).</summary>
    public StoreTotals Comparison => Scope.Compare == Core.Periods.Comparison.YearOverYear ? Overview.YearAgo : Overview.Previous;

    /// <summary>The sales change split into drivers, against the chosen comparison.</summary>
    public GmvDecomposition? Change => Scope.Compare == Core.Periods.Comparison.YearOverYear ? Overview.ChangeVsYearAgo : Overview.ChangeVsPrevious;

    /// <summary>False when nothing at all was imported for the range.</summary>
    public bool HasData => Current.Visitors > 0 || Current.PaymentAmount > 0 || Sources.Any(s => s.Current.Visitors > 0) || Skus.Count > 0;

    /// <summary>One value per day of <see cref="TrendRange"/>, computed by Core from that day's sums; null for a day without data.</summary>
    public IReadOnlyList<decimal?> StoreDaily(Func<StoreTotals, decimal?> metric)
    {
        var byDay = StoreTrend.ToDictionary(d => d.Date, d => d.Totals);
        return TrendRange.EachDay().Select(day => byDay.TryGetValue(day, out var t) ? metric(t) : null).ToList();
    }

    /// <summary>The SKU's judged conversion per day of <see cref="TrendRange"/> (order conversion throughout when it is presale in the range).</summary>
    public IReadOnlyList<decimal?> SkuDaily(SkuComparison sku)
    {
        var byDay = SkuTrend.Where(d => d.Sku == sku.Current.Sku).ToDictionary(d => d.Date, d => d.Totals);
        return TrendRange.EachDay()
            .Select(day => byDay.TryGetValue(day, out var t) ? SkuComparison.JudgedConversion(t, sku.Presale) : null)
            .ToList();
    }

    public static async Task<MorningReviewData> LoadAsync(DashboardScope scope, StoreReports reports, KpiQueries queries, CancellationToken ct = default)
    {
        var store = scope.Store;
        var trendRange = new DateRange(scope.Range.To.AddDays(1 - TrendDays), scope.Range.To);

        // Independent reads, each on its own context, run side by side.
        var overview = reports.OverviewAsync(store.Id, scope.Range, ct);
        var sources = queries.SourceTotalsAsync(store.Id, scope.Range, ct);
        var sourcesBefore = queries.SourceTotalsAsync(store.Id, scope.ComparisonRange, ct);
        var skus = queries.SkuTotalsAsync(store.Id, scope.Range, ct);
        var skusBefore = queries.SkuTotalsAsync(store.Id, scope.ComparisonRange, ct);
        var storeTrend = queries.StoreDailySeriesAsync(store.Id, trendRange, ct);
        await Task.WhenAll(overview, sources, sourcesBefore, skus, skusBefore, storeTrend);

        var top = SkuComparison.TopByVisitors(await skus, await skusBefore, TopSkuCount);
        var skuTrend = await queries.SkuDailySeriesAsync(store.Id, top.Select(s => s.Current.Sku).ToList(), trendRange, ct);
        return new MorningReviewData
        {
            Scope = scope,
            Overview = await overview,
            TrendRange = trendRange,
            StoreTrend = await storeTrend,
            Sources = SourceComparison.Build(await sources, await sourcesBefore, store.Thresholds),
            Skus = top,
            SkuTrend = skuTrend,
        };
    }
}
