using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Entities;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Data.Reports.Service;

/// <summary>
/// The read models of DOMAIN §7's service, refund, competitor and lost-customer calls: one GROUP BY
/// per part in the database, ratios through <see cref="Catalogue"/>, unknown kept null.
/// </summary>
public sealed class ServiceReports(IDbContextFactory<OpsDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>Days 询单->最终付款 needs to settle: a day newer than this many days before today is immature.</summary>
    public const int SettleDays = 4;

    public async Task<ServiceReport> ServiceAsync(StoreInfo store, DateRange range, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var immatureFrom = store.Today(clock).AddDays(1 - SettleDays);
        var days = db.Set<AgentDay>().AsNoTracking().Where(d => d.StoreId == store.Id && d.Date >= range.From && d.Date <= range.To);

        var byAgent = await days.GroupBy(d => d.Agent).SelectAgentSums(immatureFrom).ToListAsync(ct);
        var byDay = await days.GroupBy(d => d.Date).SelectAgentSums(immatureFrom).OrderBy(d => d.Key).ToListAsync(ct);

        var dsr = await db.StoreDays.AsNoTracking()
            .Where(d => d.StoreId == store.Id && d.Date >= range.From && d.Date <= range.To
                && (d.DsrDescription != null || d.DsrService != null || d.DsrLogistics != null))
            .OrderBy(d => d.Date)
            .Select(d => new DsrDay(d.Date, d.DsrDescription, d.DsrService, d.DsrLogistics))
            .ToListAsync(ct);

        var agents = byAgent
            .Select(a => Report(a.Key, a.ToTotals(), a.ImmatureDays, store.Thresholds))
            .OrderBy(a => a.InquiryConversionRate is null)
            .ThenByDescending(a => a.InquiryConversionRate)
            .ThenBy(a => a.Agent, StringComparer.Ordinal)
            .ToList();
        var total = byDay.Aggregate(AgentTotals.Empty, (sum, day) => Add(sum, day.ToTotals()));
        var immatureDays = byDay.Count(d => d.Key >= immatureFrom);
        return new ServiceReport(
            range,
            agents,
            Report(string.Empty, total, immatureDays, store.Thresholds),
            byDay.Select(d => new AgentDayTotals(d.Key, d.ToTotals(), d.Key >= immatureFrom)).ToList(),
            immatureFrom,
            dsr);
    }

    public async Task<IReadOnlyList<RefundGroup>> RefundsAsync(int storeId, DateRange range, RefundGrouping by, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var refunds = db.Set<Refund>().AsNoTracking()
            .Where(r => r.StoreId == storeId && r.Succeeded && r.CompletedOn >= range.From && r.CompletedOn <= range.To);
        var storeDays = db.StoreDays.AsNoTracking().Where(d => d.StoreId == storeId && d.Date >= range.From && d.Date <= range.To);
        switch (by)
        {
            case RefundGrouping.Day:
            {
                var groups = await refunds.GroupBy(r => r.CompletedOn!.Value)
                    .Select(g => new { g.Key, Count = g.LongCount(), Amount = g.Sum(r => r.RefundAmountMinor) }).ToListAsync(ct);
                var sales = await storeDays.Where(d => d.PaymentAmountMinor != null)
                    .Select(d => new { d.Date, Amount = d.PaymentAmountMinor!.Value }).ToDictionaryAsync(d => d.Date, d => d.Amount, ct);
                return groups.OrderBy(g => g.Key)
                    .Select(g => Group(g.Key.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), null, g.Count, g.Amount, sales.TryGetValue(g.Key, out var s) ? s : null))
                    .ToList();
            }

            case RefundGrouping.Sku:
            {
                var groups = await refunds.GroupBy(r => r.SkuCode ?? string.Empty)
                    .Select(g => new { g.Key, Count = g.LongCount(), Amount = g.Sum(r => r.RefundAmountMinor), Title = g.Max(r => r.Title) }).ToListAsync(ct);
                var sales = await db.SkuDays.AsNoTracking()
                    .Where(d => d.StoreId == storeId && d.Date >= range.From && d.Date <= range.To && d.PaymentAmountMinor != null)
                    .Join(db.Skus, d => d.SkuId, s => s.Id, (d, s) => new { s.Code, s.Name, d.PaymentAmountMinor })
                    .GroupBy(d => d.Code)
                    .Select(g => new { g.Key, Name = g.Max(d => d.Name), Amount = g.Sum(d => d.PaymentAmountMinor!.Value) })
                    .ToDictionaryAsync(d => d.Key, ct);
                return groups
                    .Select(g => sales.TryGetValue(g.Key, out var s)
                        ? Group(g.Key, s.Name ?? g.Title, g.Count, g.Amount, s.Amount)
                        : Group(g.Key, g.Title, g.Count, g.Amount, null))
                    .OrderByDescending(g => g.Totals.Amount).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .ToList();
            }

            default:
            {
                var groups = await refunds.GroupBy(r => r.Reason ?? string.Empty)
                    .Select(g => new { g.Key, Count = g.LongCount(), Amount = g.Sum(r => r.RefundAmountMinor) }).ToListAsync(ct);
                var sales = await storeDays.Where(d => d.PaymentAmountMinor != null).SumAsync(d => (long?)d.PaymentAmountMinor, ct);
                var reported = await storeDays.AnyAsync(d => d.PaymentAmountMinor != null, ct);
                return groups
                    .Select(g => Group(g.Key, null, g.Count, g.Amount, reported ? sales : null))
                    .OrderByDescending(g => g.Totals.Amount).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .ToList();
            }
        }
    }

    public async Task<IReadOnlyList<RivalReport>> CompetitorsAsync(int storeId, DateRange range, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var current = await RivalMeansAsync(db, storeId, range, ct);
        var previous = (await RivalMeansAsync(db, storeId, range.Previous(), ct)).ToDictionary(r => (r.Kind, r.Rival));
        var selves = current.Where(r => r.IsSelf).ToList();
        return current
            .Select(r =>
            {
                var self = selves.FirstOrDefault(s => s.Kind == r.Kind) ?? selves.FirstOrDefault();
                return r with
                {
                    TradeIndexVsSelf = r.IsSelf ? null : CompetitorIndices.VersusSelf(r.TradeIndex, self?.TradeIndex),
                    TradeIndexChange = CompetitorIndices.ChangeOf(r.TradeIndex, previous.GetValueOrDefault((r.Kind, r.Rival))?.TradeIndex),
                };
            })
            .OrderByDescending(r => r.IsSelf)
            .ThenBy(r => r.TradeIndex is null)
            .ThenByDescending(r => r.TradeIndex)
            .ThenBy(r => r.Rival, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IReadOnlyList<LostCustomerReport>> LostCustomersAsync(int storeId, DateRange range, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var current = await LossMeansAsync(db, storeId, range, ct);
        var previous = (await LossMeansAsync(db, storeId, range.Previous(), ct)).ToDictionary(r => (r.Kind, r.Rival));
        return current
            .Select(r => r with { PreviousLossIndex = previous.GetValueOrDefault((r.Kind, r.Rival))?.LossIndex })
            .OrderBy(r => r.LossIndex is null)
            .ThenByDescending(r => r.LossIndex)
            .ThenBy(r => r.Rival, StringComparer.Ordinal)
            .ToList();
    }

    private static async Task<List<RivalReport>> RivalMeansAsync(OpsDbContext db, int storeId, DateRange range, CancellationToken ct)
    {
        var rows = await db.Set<RivalDay>().AsNoTracking()
            .Where(d => d.StoreId == storeId && d.Date >= range.From && d.Date <= range.To)
            .GroupBy(d => new { d.Kind, d.Rival })
            .Select(g => new
            {
                g.Key.Kind,
                g.Key.Rival,
                IsSelf = g.Count(d => d.IsSelf) > 0,
                RivalId = g.Max(d => d.RivalId),
                Trade = g.Average(d => d.TradeIndex),
                Traffic = g.Average(d => d.TrafficIndex),
                Search = g.Average(d => d.SearchPopularity),
                Favorite = g.Average(d => d.FavoritePopularity),
                Cart = g.Average(d => d.CartPopularity),
                Conversion = g.Average(d => d.ConversionIndex),
                Customer = g.Average(d => d.CustomerIndex),
            })
            .ToListAsync(ct);
        return rows.Select(r => new RivalReport(r.Rival, r.Kind, r.IsSelf, r.RivalId)
        {
            TradeIndex = Index(r.Trade),
            TrafficIndex = Index(r.Traffic),
            SearchPopularity = Index(r.Search),
            FavoritePopularity = Index(r.Favorite),
            CartPopularity = Index(r.Cart),
            ConversionIndex = Index(r.Conversion),
            CustomerIndex = Index(r.Customer),
        }).ToList();
    }

    private static async Task<List<LostCustomerReport>> LossMeansAsync(OpsDbContext db, int storeId, DateRange range, CancellationToken ct)
    {
        var rows = await db.Set<LostCustomerDay>().AsNoTracking()
            .Where(d => d.StoreId == storeId && d.Date >= range.From && d.Date <= range.To)
            .GroupBy(d => new { d.Kind, d.Rival })
            .Select(g => new { g.Key.Kind, g.Key.Rival, Shop = g.Max(d => d.RivalShop), Loss = g.Average(d => d.LossIndex), Popularity = g.Average(d => d.LossPopularity) })
            .ToListAsync(ct);
        return rows.Select(r => new LostCustomerReport(r.Rival, r.Kind, r.Shop, Index(r.Loss), Index(r.Popularity), null)).ToList();
    }

    /// <summary>A mean index as the API gives it: 2 decimals (indices are whole numbers on the platform).</summary>
    private static decimal? Index(double? mean) => mean is { } value ? Math.Round((decimal)value, 2, MidpointRounding.AwayFromZero) : null;

    private static RefundGroup Group(string key, string? name, long count, long amountMinor, long? salesMinor) =>
        new(key, name, new RefundTotals(count, Money.FromMinorUnits(amountMinor), salesMinor is { } s ? Money.FromMinorUnits(s) : null));

    private static AgentReport Report(string agent, AgentTotals totals, int immatureDays, StoreThresholds thresholds) =>
        new(agent, totals, Verdicts.InquiryConversion(Catalogue.AgentInquiryConversion.Of(totals), thresholds), immatureDays);

    private static AgentTotals Add(AgentTotals a, AgentTotals b) => new()
    {
        Consulted = Plus(a.Consulted, b.Consulted),
        Received = Plus(a.Received, b.Received),
        Inquirers = Plus(a.Inquirers, b.Inquirers),
        InquiryPayingBuyers = Plus(a.InquiryPayingBuyers, b.InquiryPayingBuyers),
        SalesAmount = a.SalesAmount is null ? b.SalesAmount : b.SalesAmount is null ? a.SalesAmount : a.SalesAmount + b.SalesAmount,
        ResponseSecondsTotal = a.ResponseSecondsTotal is null ? b.ResponseSecondsTotal : b.ResponseSecondsTotal is null ? a.ResponseSecondsTotal : a.ResponseSecondsTotal + b.ResponseSecondsTotal,
        ResponseReceived = Plus(a.ResponseReceived, b.ResponseReceived),
        Unanswered = Plus(a.Unanswered, b.Unanswered),
        Refunds = Plus(a.Refunds, b.Refunds),
    };

    private static long? Plus(long? a, long? b) => a is null ? b : b is null ? a : a + b;
}
