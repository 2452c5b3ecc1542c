using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Attention;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Entities;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Reports.Service;

namespace OpsDashboard.Data.Reports;

public sealed partial class KpiQueries
{
    /// <summary>
    /// The service rules' facts around <paramref name="day"/> for every store of a read (<see cref="ServiceRules"/>):
    /// agents over the 7 mature days, each SKU's refunds and sales over the last 7 days and the 7 before, the DSR scores
    /// last reported in each of those weeks, the rivals' mean loss index in each, and the day's refunds when a refunds
    /// file covers the day. One GROUP BY per part, over all stores; the promotion flags are the caller's.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, ServiceAttentionFacts>> ServiceAttentionFactsAsync(IReadOnlyList<int> storeIds, DateOnly day, CancellationToken ct = default)
    {
        var week = ServiceAttentionWeeks.Week(day);
        var before = ServiceAttentionWeeks.WeekBefore(day);
        var agentWeek = ServiceAttentionWeeks.AgentWeek(day);
        await using var db = await contextFactory.CreateDbContextAsync(ct);

        // The agent week is all mature: nothing in it counts as immature (immatureFrom after its end).
        var agents = await db.Set<AgentDay>().AsNoTracking()
            .Where(d => storeIds.Contains(d.StoreId) && d.Date >= agentWeek.From && d.Date <= agentWeek.To)
            .GroupBy(d => new { d.StoreId, d.Agent })
            .SelectAgentSums(agentWeek.To.AddDays(1))
            .ToListAsync(ct);

        var refunds = await db.Set<Refund>().AsNoTracking()
            .Where(r => storeIds.Contains(r.StoreId) && r.Succeeded && r.SkuCode != null && r.CompletedOn >= before.From && r.CompletedOn <= week.To)
            .GroupBy(r => new { r.StoreId, Sku = r.SkuCode!, Recent = r.CompletedOn >= week.From })
            .Select(g => new { g.Key.StoreId, g.Key.Sku, g.Key.Recent, Count = g.LongCount(), Amount = g.Sum(r => r.RefundAmountMinor) })
            .ToListAsync(ct);
        var refundedSkus = refunds.Select(r => r.Sku).Distinct().ToList();
        var sales = refundedSkus.Count == 0 ? [] : await db.SkuDays.AsNoTracking()
            .Where(d => storeIds.Contains(d.StoreId) && d.Date >= before.From && d.Date <= week.To)
            .Join(db.Skus.Where(s => refundedSkus.Contains(s.Code)), d => d.SkuId, s => s.Id, (d, s) => new { d.StoreId, s.Code, d.Date, d.PaymentAmountMinor })
            .GroupBy(d => new { d.StoreId, d.Code, Recent = d.Date >= week.From })
            .Select(g => new { g.Key.StoreId, g.Key.Code, g.Key.Recent, Amount = g.Max(d => d.PaymentAmountMinor) == null ? null : g.Sum(d => d.PaymentAmountMinor) })
            .ToListAsync(ct);

        var dsr = await db.StoreDays.AsNoTracking()
            .Where(d => storeIds.Contains(d.StoreId) && d.Date >= before.From && d.Date <= week.To
                && (d.DsrDescription != null || d.DsrService != null || d.DsrLogistics != null))
            .Select(d => new { d.StoreId, Day = new DsrDay(d.Date, d.DsrDescription, d.DsrService, d.DsrLogistics) })
            .ToListAsync(ct);

        var losses = await db.Set<LostCustomerDay>().AsNoTracking()
            .Where(d => storeIds.Contains(d.StoreId) && d.Date >= before.From && d.Date <= week.To && d.LossIndex != null)
            .GroupBy(d => new { d.StoreId, d.Kind, d.Rival, Recent = d.Date >= week.From })
            .Select(g => new { g.Key.StoreId, g.Key.Kind, g.Key.Rival, g.Key.Recent, Loss = g.Average(d => d.LossIndex) })
            .ToListAsync(ct);

        // The day's refunds are known when a refunds file reaching the day was imported; otherwise unknown, not 0.
        var refundsKind = Import.ServiceImportKind.Refunds.ToApiName();
        var covered = await db.ImportBatches.AsNoTracking()
            .Where(b => storeIds.Contains(b.StoreId) && b.Kind == refundsKind && b.LastDate >= day)
            .Select(b => b.StoreId).Distinct().ToListAsync(ct);
        var onDay = await db.Set<Refund>().AsNoTracking()
            .Where(r => storeIds.Contains(r.StoreId) && r.Succeeded && r.CompletedOn == day)
            .GroupBy(r => r.StoreId)
            .Select(g => new { StoreId = g.Key, Count = g.LongCount(), Amount = g.Sum(r => r.RefundAmountMinor) })
            .ToDictionaryAsync(g => g.StoreId, ct);

        return storeIds.Distinct().ToDictionary(id => id, id =>
        {
            var storeSales = sales.Where(s => s.StoreId == id).ToDictionary(s => (s.Code, s.Recent), s => s.Amount);
            RefundTotals Totals(string sku, bool recent, long count, long amount) =>
                new(count, Money.FromMinorUnits(amount), storeSales.GetValueOrDefault((sku, recent)) is { } s ? Money.FromMinorUnits(s) : null);
            var skuRefunds = refunds.Where(r => r.StoreId == id).GroupBy(r => r.Sku, StringComparer.Ordinal)
                .Select(g =>
                {
                    var now = g.FirstOrDefault(r => r.Recent);
                    var then = g.FirstOrDefault(r => !r.Recent);
                    return new SkuRefundFacts(g.Key, Totals(g.Key, true, now?.Count ?? 0, now?.Amount ?? 0), Totals(g.Key, false, then?.Count ?? 0, then?.Amount ?? 0));
                })
                .OrderBy(r => r.Sku, StringComparer.Ordinal)
                .ToList();
            var storeDsr = dsr.Where(d => d.StoreId == id).Select(d => d.Day).OrderBy(d => d.Date).ToList();
            decimal? Last(Func<DsrDay, decimal?> score, DateRange range) => storeDsr.LastOrDefault(d => range.Contains(d.Date) && score(d) is not null) is { } found ? score(found) : null;
            return new ServiceAttentionFacts
            {
                AgentWeek = agentWeek,
                Agents = agents.Where(a => a.Key.StoreId == id)
                    .Select(a => new AgentWeekFacts(a.Key.Agent, a.ToTotals(), a.Days))
                    .OrderBy(a => a.Agent, StringComparer.Ordinal)
                    .ToList(),
                Refunds = skuRefunds,
                Dsr =
                [
                    new(DsrScoreFacts.Description, Last(d => d.Description, week), Last(d => d.Description, before)),
                    new(DsrScoreFacts.Service, Last(d => d.Service, week), Last(d => d.Service, before)),
                    new(DsrScoreFacts.Logistics, Last(d => d.Logistics, week), Last(d => d.Logistics, before)),
                ],
                Losses = losses.Where(l => l.StoreId == id).GroupBy(l => (l.Kind, l.Rival))
                    .Select(g => new RivalLossFacts(g.Key.Rival, g.Key.Kind, Index(g.FirstOrDefault(l => l.Recent)?.Loss), Index(g.FirstOrDefault(l => !l.Recent)?.Loss)))
                    .OrderBy(l => l.Rival, StringComparer.Ordinal)
                    .ToList(),
                RefundsOnDay = covered.Contains(id)
                    ? new RefundTotals(onDay.GetValueOrDefault(id)?.Count ?? 0, Money.FromMinorUnits(onDay.GetValueOrDefault(id)?.Amount ?? 0), null)
                    : null,
            };
        });
    }

    /// <summary>A mean index as the API gives it: 2 decimals.</summary>
    private static decimal? Index(double? mean) => mean is { } value ? Math.Round((decimal)value, 2, MidpointRounding.AwayFromZero) : null;
}

/// <summary>The weeks the service rules read around a day.</summary>
public static class ServiceAttentionWeeks
{
    /// <summary>The last 7 days, ending on the day.</summary>
    public static DateRange Week(DateOnly day) => new(day.AddDays(-6), day);

    /// <summary>The 7 days before <see cref="Week"/>.</summary>
    public static DateRange WeekBefore(DateOnly day) => new(day.AddDays(-13), day.AddDays(-7));

    /// <summary>
    /// The 7 mature days the agents are judged on: 询单->最终付款 settles after <see cref="ServiceReports.SettleDays"/>
    /// days, so with the day as yesterday the last mature day is <see cref="ServiceReports.SettleDays"/> days before today.
    /// </summary>
    public static DateRange AgentWeek(DateOnly day)
    {
        var last = day.AddDays(1 - ServiceReports.SettleDays);
        return new DateRange(last.AddDays(-6), last);
    }
}
