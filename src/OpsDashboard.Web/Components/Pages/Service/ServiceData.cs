using OpsDashboard.Core.Metrics;
using OpsDashboard.Data.Reports;
using OpsDashboard.Data.Reports.Service;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Components.Pages.Service;

/// <summary>What the customer-service screen shows for one scope: agents, DSR, refunds by reason and by SKU (with the SKUs whose refund rate jumped).</summary>
public sealed record ServiceData(
    DashboardScope Scope,
    ServiceReport Report,
    IReadOnlyList<RefundGroup> ByReason,
    IReadOnlyList<RefundGroup> BySku,
    IReadOnlySet<string> JumpedSkus)
{
    /// <summary>Reads the screen's parts for a scope: the service report, refunds by reason and by SKU now and in the period before.</summary>
    public static async Task<ServiceData> LoadAsync(ServiceReports reports, DashboardScope scope, CancellationToken ct)
    {
        var store = scope.Store;
        var report = await reports.ServiceAsync(store, scope.Range, ct);
        var byReason = await reports.RefundsAsync(store.Id, scope.Range, RefundGrouping.Reason, ct);
        var bySku = await reports.RefundsAsync(store.Id, scope.Range, RefundGrouping.Sku, ct);
        var before = (await reports.RefundsAsync(store.Id, scope.Range.Previous(), RefundGrouping.Sku, ct)).ToDictionary(g => g.Key);
        var jumped = bySku.Where(g => RefundJumps.Jumped(g.RefundRate, before.GetValueOrDefault(g.Key)?.RefundRate, store.Thresholds.RefundRateLine)).Select(g => g.Key).ToHashSet();
        return new ServiceData(scope, report, byReason, bySku, jumped);
    }
}
