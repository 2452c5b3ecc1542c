using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;

namespace OpsDashboard.Data.Queries;

/// <summary>One day of a store's totals, for trend lines.</summary>
public sealed record DailyStoreTotals(DateOnly Date, StoreTotals Totals);

/// <summary>
/// Sums facts in the database (GROUP BY over the fact tables) and hands the additive totals to
/// Core, where every rate is derived. Every query is scoped by the store it reads.
/// </summary>
public sealed partial class KpiQueries(IDbContextFactory<OpsDbContext> contextFactory)
{
    public async Task<StoreTotals> StoreTotalsAsync(int storeId, DateRange range, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var row = await StoreDays(db, storeId, range)
            .GroupBy(d => d.StoreId)
            .Select(SumsByKey<int>())
            .FirstOrDefaultAsync(ct);
        return row?.ToTotals() ?? StoreTotals.Empty;
    }

    public async Task<IReadOnlyList<DailyStoreTotals>> StoreDailySeriesAsync(int storeId, DateRange range, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var rows = await StoreDays(db, storeId, range)
            .GroupBy(d => d.Date)
            .Select(SumsByKey<DateOnly>())
            .OrderBy(r => r.Key)
            .ToListAsync(ct);
        return rows.Select(r => new DailyStoreTotals(r.Key, r.ToTotals())).ToList();
    }

    public async Task<IReadOnlyList<SkuTotals>> SkuTotalsAsync(int storeId, DateRange range, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var days = db.SkuDays.Where(d => d.StoreId == storeId && d.Date >= range.From && d.Date <= range.To);
        var sums = await days.GroupBy(d => d.SkuId).Select(SkuSumsByKey<long>()).ToListAsync(ct);

        // Stock is a level, not a flow: take the latest day in the period that reports it.
        var latestStockDay = days
            .Where(d => d.StockOnHand != null)
            .GroupBy(d => d.SkuId)
            .Select(g => new { SkuId = g.Key, Date = g.Max(d => d.Date) });
        var stock = await days
            .Join(latestStockDay, d => new { d.SkuId, d.Date }, l => new { l.SkuId, l.Date }, (d, _) => new { d.SkuId, d.StockOnHand })
            .ToDictionaryAsync(s => s.SkuId, s => s.StockOnHand, ct);

        var skus = await SkuNamesAsync(db, storeId, ct);
        return sums
            .Select(s => s.ToTotals(skus[s.Key].Code, skus[s.Key].Name, stock.GetValueOrDefault(s.Key)))
            .OrderByDescending(s => s.Visitors)
            .ThenBy(s => s.Sku, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IReadOnlyList<SourceTotals>> SourceTotalsAsync(int storeId, DateRange range, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var sums = await db.SourceDays
            .Where(d => d.StoreId == storeId && d.Date >= range.From && d.Date <= range.To)
            .GroupBy(d => d.SourceId)
            .Select(g => new
            {
                SourceId = g.Key,
                Visitors = g.Sum(d => d.Visitors ?? 0),
                OrderBuyers = g.Sum(d => d.OrderBuyers ?? 0),
                PayingBuyers = g.Sum(d => d.PayingBuyers ?? 0),
                PaymentAmountMinor = g.Sum(d => d.PaymentAmountMinor ?? 0),
                Impressions = g.Sum(d => d.Impressions ?? 0),
                Clicks = g.Sum(d => d.Clicks ?? 0),
                CostMinor = g.Sum(d => d.CostMinor ?? 0),
            })
            .ToListAsync(ct);

        var sources = await db.TrafficSources.AsNoTracking()
            .Where(s => s.StoreId == storeId)
            .ToDictionaryAsync(s => s.Id, ct);

        return sums
            .Select(s => new SourceTotals
            {
                Source = sources[s.SourceId].Name,
                Kind = sources[s.SourceId].Kind,
                Visitors = s.Visitors,
                OrderBuyers = s.OrderBuyers,
                PayingBuyers = s.PayingBuyers,
                PaymentAmount = Money.FromMinorUnits(s.PaymentAmountMinor),
                Impressions = s.Impressions,
                Clicks = s.Clicks,
                Cost = Money.FromMinorUnits(s.CostMinor),
            })
            .OrderByDescending(s => s.Visitors)
            .ThenBy(s => s.Source, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The first and last day with store facts, or null when the store has none.</summary>
    public async Task<DateRange?> StoreDataSpanAsync(int storeId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var span = await db.StoreDays
            .Where(d => d.StoreId == storeId)
            .GroupBy(d => d.StoreId)
            .Select(g => new { First = g.Min(d => d.Date), Last = g.Max(d => d.Date) })
            .FirstOrDefaultAsync(ct);
        return span is null ? null : new DateRange(span.First, span.Last);
    }

    private static IQueryable<Entities.StoreDay> StoreDays(OpsDbContext db, int storeId, DateRange range) =>
        db.StoreDays.Where(d => d.StoreId == storeId && d.Date >= range.From && d.Date <= range.To);

    /// <summary>The one projection of store-day sums, translated to SUM(...) per group by EF.</summary>
    private static System.Linq.Expressions.Expression<Func<IGrouping<TKey, Entities.StoreDay>, StoreSums<TKey>>> SumsByKey<TKey>() =>
        g => new StoreSums<TKey>
        {
            Key = g.Key,
            Visitors = g.Sum(d => d.Visitors ?? 0),
            PageViews = g.Sum(d => d.PageViews ?? 0),
            BouncedVisitors = g.Sum(d => d.BouncedVisitors ?? 0),
            ReturningVisitors = g.Sum(d => d.ReturningVisitors ?? 0),
            AddToCartBuyers = g.Sum(d => d.AddToCartBuyers ?? 0),
            OrderBuyers = g.Sum(d => d.OrderBuyers ?? 0),
            PayingBuyers = g.Sum(d => d.PayingBuyers ?? 0),
            PaymentAmountMinor = g.Sum(d => d.PaymentAmountMinor ?? 0),
            RefundAmountMinor = g.Sum(d => d.RefundAmountMinor ?? 0),
            Inquirers = g.Sum(d => d.Inquirers ?? 0),
            InquiryPayingBuyers = g.Sum(d => d.InquiryPayingBuyers ?? 0),
            PeerUnitsTimesVisitors = g.Sum(d => d.PeerConversionRateUnits == null ? 0 : d.PeerConversionRateUnits.Value * (d.Visitors ?? 0)),
            PeerVisitors = g.Sum(d => d.PeerConversionRateUnits == null ? 0 : d.Visitors ?? 0),
        };

    /// <summary>Raw sums as the database returns them (money in minor units, peer rate in 1e-8 units).</summary>
    private sealed class StoreSums<TKey>
    {
        public TKey Key { get; init; } = default!;
        public long Visitors { get; init; }
        public long PageViews { get; init; }
        public long BouncedVisitors { get; init; }
        public long ReturningVisitors { get; init; }
        public long AddToCartBuyers { get; init; }
        public long OrderBuyers { get; init; }
        public long PayingBuyers { get; init; }
        public long PaymentAmountMinor { get; init; }
        public long RefundAmountMinor { get; init; }
        public long Inquirers { get; init; }
        public long InquiryPayingBuyers { get; init; }
        public long PeerUnitsTimesVisitors { get; init; }
        public long PeerVisitors { get; init; }

        public StoreTotals ToTotals() => new()
        {
            Visitors = Visitors,
            PageViews = PageViews,
            BouncedVisitors = BouncedVisitors,
            ReturningVisitors = ReturningVisitors,
            AddToCartBuyers = AddToCartBuyers,
            OrderBuyers = OrderBuyers,
            PayingBuyers = PayingBuyers,
            PaymentAmount = Money.FromMinorUnits(PaymentAmountMinor),
            RefundAmount = Money.FromMinorUnits(RefundAmountMinor),
            Inquirers = Inquirers,
            InquiryPayingBuyers = InquiryPayingBuyers,
            PeerRateTimesVisitors = RateScale.FromUnits(PeerUnitsTimesVisitors),
            PeerRateVisitors = PeerVisitors,
        };
    }
}
