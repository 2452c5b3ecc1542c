using OpsDashboard.Core.Attention;
using OpsDashboard.Core.PageHealth;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Queries;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Data.Planning;

/// <summary>One store of an agency's portfolio, with what it needs.</summary>
public sealed record PortfolioEntry(StoreInfo Store, Overview Overview, PageHealthReport PageHealth, IReadOnlyList<AttentionItem> Attention)
{
    public int HighItems => Attention.Count(a => a.Severity == Severity.High);
    public int PageHealthFails => PageHealth.Checks.Count(c => c.Status == CheckStatus.Fail);
}

/// <summary>All stores at a glance, the ones that need attention first (agency view, issue 4).</summary>
public sealed class PortfolioService(StoreCatalog stores, StoreReports reports, AttentionService attention)
{
    /// <summary>
    /// Ranked by need: most high-severity items, then most failing page-health checks, then most
    /// items, then the largest sales fall; ties by store code.
    /// </summary>
    public async Task<IReadOnlyList<PortfolioEntry>> RankAsync(DateRange range, CancellationToken ct = default)
    {
        var entries = new List<PortfolioEntry>();
        foreach (var store in await stores.ListAsync(ct))
        {
            var overview = await reports.OverviewAsync(store.Id, range, ct);
            var health = await reports.PageHealthAsync(store, range, ct);
            var items = await attention.ForDayAsync(store, range.To, ct);
            entries.Add(new PortfolioEntry(store, overview, health, items));
        }

        return entries
            .OrderByDescending(e => e.HighItems)
            .ThenByDescending(e => e.PageHealthFails)
            .ThenByDescending(e => e.Attention.Count)
            .ThenBy(e => e.Overview.ChangeVsPrevious?.SalesChange ?? 0m)
            .ThenBy(e => e.Store.Code, StringComparer.Ordinal)
            .ToList();
    }
}
