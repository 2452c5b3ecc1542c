using OpsDashboard.Core.Attention;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Planning;
using OpsDashboard.Data.Queries;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Components.Pages.MorningReview;

/// <summary>
/// Reads everything the morning review shows for one scope. The figures come from the same queries
/// and Core records as the API (/overview, /sources, /skus, /targets, /attention), so they match it.
/// </summary>
public sealed class MorningReviewReader(
    StoreReports reports, KpiQueries queries, AttentionService attention, AnnotationService annotations)
{
    /// <param name="highlightSku">A SKU to keep in the SKU table even outside the top by traffic (an attention item's link).</param>
    public async Task<MorningReviewData> LoadAsync(DashboardScope scope, string? highlightSku = null, CancellationToken ct = default)
    {
        var store = scope.Store;
        var day = scope.Range.To;
        var trendRange = new DateRange(day.AddDays(1 - MorningReviewData.TrendDays), day);

        // Independent reads, each on its own context, run side by side.
        var overview = reports.OverviewAsync(store.Id, scope.Range, ct);
        var sources = queries.SourceTotalsAsync(store.Id, scope.Range, ct);
        var sourcesBefore = queries.SourceTotalsAsync(store.Id, scope.ComparisonRange, ct);
        var skus = queries.SkuTotalsAsync(store.Id, scope.Range, ct);
        var skusBefore = queries.SkuTotalsAsync(store.Id, scope.ComparisonRange, ct);
        var storeTrend = queries.StoreDailySeriesAsync(store.Id, trendRange, ct);

        // The attention facts already hold the day's target pace and the day and the day before: reused, not re-read.
        var facts = attention.FactsAsync(store, day, ct);
        var notes = annotations.ListAsync(store.Id, trendRange, ct);
        var span = queries.StoreDataSpanAsync(store.Id, ct);
        await Task.WhenAll(overview, sources, sourcesBefore, skus, skusBefore, storeTrend, facts, notes, span);

        var top = SkuComparison.TopByVisitors(await skus, await skusBefore, MorningReviewData.TopSkuCount);
        if (highlightSku is { } asked && top.All(s => s.Current.Sku != asked) && (await skus).FirstOrDefault(s => s.Sku == asked) is { } extra)
        {
            top = [.. top, new SkuComparison { Current = extra, Comparison = (await skusBefore).FirstOrDefault(s => s.Sku == asked) }];
        }

        var skuTrend = await queries.SkuDailySeriesAsync(store.Id, top.Select(s => s.Current.Sku).ToList(), trendRange, ct);
        var dayFacts = await facts;
        return new MorningReviewData
        {
            Scope = scope,
            Overview = await overview,
            TrendRange = trendRange,
            StoreTrend = await storeTrend,
            Sources = SourceComparison.Build(await sources, await sourcesBefore, store.Thresholds),
            Skus = top,
            HighlightSku = highlightSku,
            SkuTrend = skuTrend,
            Target = dayFacts.Target,
            Attention = AttentionEngine.Evaluate(dayFacts),
            Annotations = await notes,
            NewestDay = (await span)?.To,
        };
    }
}
