using OpsDashboard.Core.Attention;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Planning;

namespace OpsDashboard.Data.Reports;

/// <summary>
/// Reads everything the morning review shows for one scope, from one read of the store (<see cref="StoreScope"/>):
/// the range, its comparison, the trend days and the days the attention rules read come from one query of the
/// store's days; each other figure is read once. The figures are the API's (/overview, /sources, /skus, /targets,
/// /attention), so they match it.
/// </summary>
public sealed class MorningReviewReports(StoreScopeReader scopes)
{
    /// <param name="highlightSku">A SKU to keep in the SKU table even outside the top by traffic (an attention item's link).</param>
    public async Task<MorningReviewReport> LoadAsync(DashboardScope scope, string? highlightSku = null, CancellationToken ct = default)
    {
        var store = scope.Store;
        var day = scope.Range.To;
        var trendRange = new DateRange(day.AddDays(1 - MorningReviewReport.TrendDays), day);
        var read = scopes.Open(
            store,
            [scope.Range, scope.ComparisonRange, .. AttentionService.Ranges(store, day)],
            [scope.Range.Previous(), scope.Range.YearAgo(), trendRange, .. AttentionService.TotalsRanges(day)],
            ct);

        // The widest SKU trend first, so the attention rules' shorter one is answered from it.
        var skuTrendRange = AttentionService.TrendRange(store.Thresholds, day);
        var allSkuTrend = read.SkuDailyAsync(new DateRange(skuTrendRange.From < trendRange.From ? skuTrendRange.From : trendRange.From, day));

        // Independent reads run side by side; the attention facts reuse the day's totals, sources and SKUs read here.
        var overview = read.OverviewAsync(scope.Range);
        var sources = read.SourcesAsync(scope.Range);
        var sourcesBefore = read.SourcesAsync(scope.ComparisonRange);
        var skus = read.SkusAsync(scope.Range);
        var skusBefore = read.SkusAsync(scope.ComparisonRange);
        var storeTrend = read.DailyAsync(trendRange);
        var facts = AttentionService.FactsAsync(read, day);
        var notes = read.NotesAsync(trendRange);
        var span = read.DataSpanAsync();
        await Task.WhenAll(overview, sources, sourcesBefore, skus, skusBefore, storeTrend, facts, notes, span, allSkuTrend);

        // The table shows the store's top SKUs by traffic: as many as its setting, which the negative-review rule reads too.
        var top = SkuComparison.TopByVisitors(await skus, await skusBefore, store.Thresholds.TopSkuCount);
        if (highlightSku is { } asked && top.All(s => s.Current.Sku != asked) && (await skus).FirstOrDefault(s => s.Sku == asked) is { } extra)
        {
            top = [.. top, new SkuComparison { Current = extra, Comparison = (await skusBefore).FirstOrDefault(s => s.Sku == asked) }];
        }

        var topCodes = top.Select(s => s.Current.Sku).ToHashSet(StringComparer.Ordinal);
        var skuTrend = (await read.SkuDailyAsync(trendRange)).Where(d => topCodes.Contains(d.Sku)).ToList();
        var dayFacts = await facts;
        return new MorningReviewReport
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
            Service = dayFacts.Service,
            Annotations = await notes,
            NewestDay = (await span)?.To,
        };
    }
}
