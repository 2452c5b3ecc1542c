using OpsDashboard.Core.Attention;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.PageHealth;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Data.Reports;

/// <summary>One store of an agency's portfolio, with what it needs.</summary>
public sealed record PortfolioEntry(StoreInfo Store, Overview Overview, PageHealthReport PageHealth, IReadOnlyList<AttentionItem> Attention)
{
    /// <summary>
    /// Sales against the previous period as the sales cell shows it: −100% when sales fell to zero; null only
    /// without sales in the previous period. (The GMV split is undefined at zero sales, so it cannot rank.)
    /// </summary>
    public decimal? SalesChange => Change.Relative(Overview.Current.PaymentAmount, Overview.Previous.PaymentAmount);

    public int HighItems => Attention.Count(a => a.Severity == Severity.High);
    public int PageHealthFails => PageHealth.Checks.Count(c => c.Status == CheckStatus.Fail);
}

/// <summary>All stores at a glance, the ones that need attention first (agency view, issue 4).</summary>
public sealed class PortfolioService(StoreCatalog stores, StoreScopeReader scopes)
{
    /// <summary>
    /// Ranked by need: most high-severity items, then most failing page-health checks, then most
    /// items, then the largest sales fall; ties by store code.
    /// </summary>
    public async Task<IReadOnlyList<PortfolioEntry>> RankAsync(DateRange range, CancellationToken ct = default) =>
        await RankAsync(range, await stores.ListAsync(ct), ct);

    /// <summary>The same ranking of stores the caller has already listed.</summary>
    public async Task<IReadOnlyList<PortfolioEntry>> RankAsync(DateRange range, IReadOnlyList<StoreInfo> all, CancellationToken ct = default)
    {
        // One read of every store: the range, its previous period and a year earlier, and the days the rules read.
        if (all.Count == 0)
        {
            return [];
        }

        var reads = scopes.OpenAll(
            all.Select(store => new ScopeRequest(
                store,
                [range, .. AttentionService.Ranges(store, range.To)],
                [range.Previous(), range.YearAgo(), .. AttentionService.TotalsRanges(range.To)])).ToList(),
            ct);

        // The widest SKU trend any store's rules read first, so every store's is answered from the one read.
        var trends = all.Select(s => AttentionService.TrendRange(s.Thresholds, range.To)).ToList();
        await reads[0].SkuDailyAsync(new DateRange(trends.Min(t => t.From), range.To));

        var entries = new List<PortfolioEntry>();
        foreach (var scope in reads)
        {
            var overview = await scope.OverviewAsync(range);
            var health = await scope.PageHealthAsync(range);
            var items = AttentionEngine.Evaluate(await AttentionService.FactsAsync(scope, range.To));
            entries.Add(new PortfolioEntry(scope.Store, overview, health, items));
        }

        return entries
            .OrderByDescending(e => e.HighItems)
            .ThenByDescending(e => e.PageHealthFails)
            .ThenByDescending(e => e.Attention.Count)
            .ThenBy(e => e.SalesChange ?? 0m)
            .ThenBy(e => e.Store.Code, StringComparer.Ordinal)
            .ToList();
    }
}
