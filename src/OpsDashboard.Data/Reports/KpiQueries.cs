using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;

namespace OpsDashboard.Data.Reports;

/// <summary>One traffic source's visitors on one day it had a row.</summary>
public sealed record DailySourceVisitors(string Source, DateOnly Date, long Visitors);

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
                PayingWithVisitors = g.Sum(d => d.PayingBuyers != null && d.Visitors != null ? d.PayingBuyers.Value : 0),
                VisitorsWithPaying = g.Sum(d => d.PayingBuyers != null && d.Visitors != null ? d.Visitors.Value : 0),
                OrderWithVisitors = g.Sum(d => d.OrderBuyers != null && d.Visitors != null ? d.OrderBuyers.Value : 0),
                VisitorsWithOrder = g.Sum(d => d.OrderBuyers != null && d.Visitors != null ? d.Visitors.Value : 0),
                ClicksWithImpressions = g.Sum(d => d.Clicks != null && d.Impressions != null ? d.Clicks.Value : 0),
                ImpressionsWithClicks = g.Sum(d => d.Clicks != null && d.Impressions != null ? d.Impressions.Value : 0),
                CostWithClicks = g.Sum(d => d.CostMinor != null && d.Clicks != null ? d.CostMinor.Value : 0),
                ClicksWithCost = g.Sum(d => d.CostMinor != null && d.Clicks != null ? d.Clicks.Value : 0),
                AmountWithCost = g.Sum(d => d.PaymentAmountMinor != null && d.CostMinor != null ? d.PaymentAmountMinor.Value : 0),
                CostWithAmount = g.Sum(d => d.PaymentAmountMinor != null && d.CostMinor != null ? d.CostMinor.Value : 0),
                AmountWithVisitors = g.Sum(d => d.PaymentAmountMinor != null && d.Visitors != null ? d.PaymentAmountMinor.Value : 0),
                VisitorsWithAmount = g.Sum(d => d.PaymentAmountMinor != null && d.Visitors != null ? d.Visitors.Value : 0),
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
                ConversionSums = new(s.PayingWithVisitors, s.VisitorsWithPaying),
                OrderConversionSums = new(s.OrderWithVisitors, s.VisitorsWithOrder),
                ClickThroughSums = new(s.ClicksWithImpressions, s.ImpressionsWithClicks),
                CostPerClickSums = new(Money.FromMinorUnits(s.CostWithClicks), s.ClicksWithCost),
                RoiSums = new(Money.FromMinorUnits(s.AmountWithCost), Money.FromMinorUnits(s.CostWithAmount)),
                VisitorValueSums = new(Money.FromMinorUnits(s.AmountWithVisitors), s.VisitorsWithAmount),
            })
            .OrderByDescending(s => s.Visitors)
            .ThenBy(s => s.Source, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Each source's visitors per day over the range, GROUP BY source and day in the database: a day
    /// on which a source had no row is absent, not zero.
    /// </summary>
    public async Task<IReadOnlyList<DailySourceVisitors>> SourceDailyVisitorsAsync(int storeId, DateRange range, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var rows = await db.SourceDays
            .Where(d => d.StoreId == storeId && d.Date >= range.From && d.Date <= range.To)
            .GroupBy(d => new { d.SourceId, d.Date })
            .Select(g => new { g.Key.SourceId, g.Key.Date, Visitors = g.Sum(d => d.Visitors ?? 0) })
            .ToListAsync(ct);
        var names = await db.TrafficSources.AsNoTracking()
            .Where(s => s.StoreId == storeId)
            .ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return rows.Select(r => new DailySourceVisitors(names[r.SourceId], r.Date, r.Visitors)).ToList();
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

    /// <summary>
    /// The one projection of store-day sums, translated to SUM(...) per group by EF. Each rate's
    /// parts are summed over the days that report both (CASE WHEN … IS NOT NULL), so a day
    /// whose file lacked a column is left out of that rate instead of counting as 0.
    /// </summary>
    private static System.Linq.Expressions.Expression<Func<IGrouping<TKey, Entities.StoreDay>, StoreSums<TKey>>> SumsByKey<TKey>() =>
        g => new StoreSums<TKey>
        {
            Key = g.Key,
            Visitors = g.Sum(d => d.Visitors ?? 0),
            PageViews = g.Sum(d => d.PageViews ?? 0),
            BouncedVisitors = g.Sum(d => d.BouncedVisitors ?? 0),
            ReturningVisitors = g.Sum(d => d.ReturningVisitors ?? 0),
            AddToCartBuyers = g.Max(d => d.AddToCartBuyers) == null ? null : g.Sum(d => d.AddToCartBuyers),
            FavoriteBuyers = g.Max(d => d.FavoriteBuyers) == null ? null : g.Sum(d => d.FavoriteBuyers),
            OrderBuyers = g.Sum(d => d.OrderBuyers ?? 0),
            PayingBuyers = g.Sum(d => d.PayingBuyers ?? 0),
            Units = g.Max(d => d.Units) == null ? null : g.Sum(d => d.Units),
            PaymentAmountMinor = g.Sum(d => d.PaymentAmountMinor ?? 0),
            RefundAmountMinor = g.Max(d => d.RefundAmountMinor) == null ? null : g.Sum(d => d.RefundAmountMinor),
            Inquirers = g.Max(d => d.Inquirers) == null ? null : g.Sum(d => d.Inquirers),
            InquiryPayingBuyers = g.Max(d => d.InquiryPayingBuyers) == null ? null : g.Sum(d => d.InquiryPayingBuyers),
            PeerUnitsTimesVisitors = g.Sum(d => d.PeerConversionRateUnits != null && d.Visitors != null ? d.PeerConversionRateUnits.Value * d.Visitors.Value : 0),
            PeerVisitors = g.Sum(d => d.PeerConversionRateUnits != null && d.Visitors != null ? d.Visitors.Value : 0),
            StayMillisTimesVisitors = g.Sum(d => d.AverageStayMilliseconds != null && d.Visitors != null ? d.AverageStayMilliseconds.Value * d.Visitors.Value : 0),
            StayVisitors = g.Sum(d => d.AverageStayMilliseconds != null && d.Visitors != null ? d.Visitors.Value : 0),
            PayingWithVisitors = g.Sum(d => d.PayingBuyers != null && d.Visitors != null ? d.PayingBuyers.Value : 0),
            VisitorsWithPaying = g.Sum(d => d.PayingBuyers != null && d.Visitors != null ? d.Visitors.Value : 0),
            OrderWithVisitors = g.Sum(d => d.OrderBuyers != null && d.Visitors != null ? d.OrderBuyers.Value : 0),
            VisitorsWithOrder = g.Sum(d => d.OrderBuyers != null && d.Visitors != null ? d.Visitors.Value : 0),
            AmountWithPaying = g.Sum(d => d.PaymentAmountMinor != null && d.PayingBuyers != null ? d.PaymentAmountMinor.Value : 0),
            PayingWithAmount = g.Sum(d => d.PaymentAmountMinor != null && d.PayingBuyers != null ? d.PayingBuyers.Value : 0),
            BouncedWithVisitors = g.Sum(d => d.BouncedVisitors != null && d.Visitors != null ? d.BouncedVisitors.Value : 0),
            VisitorsWithBounced = g.Sum(d => d.BouncedVisitors != null && d.Visitors != null ? d.Visitors.Value : 0),
            PageViewsWithVisitors = g.Sum(d => d.PageViews != null && d.Visitors != null ? d.PageViews.Value : 0),
            VisitorsWithPageViews = g.Sum(d => d.PageViews != null && d.Visitors != null ? d.Visitors.Value : 0),
            CartWithVisitors = g.Sum(d => d.AddToCartBuyers != null && d.Visitors != null ? d.AddToCartBuyers.Value : 0),
            VisitorsWithCart = g.Sum(d => d.AddToCartBuyers != null && d.Visitors != null ? d.Visitors.Value : 0),
            FavoriteWithVisitors = g.Sum(d => d.FavoriteBuyers != null && d.Visitors != null ? d.FavoriteBuyers.Value : 0),
            VisitorsWithFavorite = g.Sum(d => d.FavoriteBuyers != null && d.Visitors != null ? d.Visitors.Value : 0),
            AmountWithVisitors = g.Sum(d => d.PaymentAmountMinor != null && d.Visitors != null ? d.PaymentAmountMinor.Value : 0),
            VisitorsWithAmount = g.Sum(d => d.PaymentAmountMinor != null && d.Visitors != null ? d.Visitors.Value : 0),
            InquiryPayingWithInquirers = g.Sum(d => d.InquiryPayingBuyers != null && d.Inquirers != null ? d.InquiryPayingBuyers.Value : 0),
            InquirersWithInquiryPaying = g.Sum(d => d.InquiryPayingBuyers != null && d.Inquirers != null ? d.Inquirers.Value : 0),
            ReturningWithVisitors = g.Sum(d => d.ReturningVisitors != null && d.Visitors != null ? d.ReturningVisitors.Value : 0),
            VisitorsWithReturning = g.Sum(d => d.ReturningVisitors != null && d.Visitors != null ? d.Visitors.Value : 0),
            RefundWithAmount = g.Sum(d => d.RefundAmountMinor != null && d.PaymentAmountMinor != null ? d.RefundAmountMinor.Value : 0),
            AmountWithRefund = g.Sum(d => d.RefundAmountMinor != null && d.PaymentAmountMinor != null ? d.PaymentAmountMinor.Value : 0),
        };

    /// <summary>Raw sums as the database returns them (money in minor units, peer rate in 1e-8 units, stay in ms).</summary>
    internal sealed partial class StoreSums<TKey>
    {
        public TKey Key { get; init; } = default!;
        public long Visitors { get; init; }
        public long PageViews { get; init; }
        public long BouncedVisitors { get; init; }
        public long ReturningVisitors { get; init; }
        public long? AddToCartBuyers { get; init; }
        public long? FavoriteBuyers { get; init; }
        public long OrderBuyers { get; init; }
        public long PayingBuyers { get; init; }
        public long? Units { get; init; }
        public long PaymentAmountMinor { get; init; }
        public long? RefundAmountMinor { get; init; }
        public long? Inquirers { get; init; }
        public long? InquiryPayingBuyers { get; init; }
        public long PeerUnitsTimesVisitors { get; init; }
        public long PeerVisitors { get; init; }
        public long StayMillisTimesVisitors { get; init; }
        public long StayVisitors { get; init; }
        public long PayingWithVisitors { get; init; }
        public long VisitorsWithPaying { get; init; }
        public long OrderWithVisitors { get; init; }
        public long VisitorsWithOrder { get; init; }
        public long AmountWithPaying { get; init; }
        public long PayingWithAmount { get; init; }
        public long BouncedWithVisitors { get; init; }
        public long VisitorsWithBounced { get; init; }
        public long PageViewsWithVisitors { get; init; }
        public long VisitorsWithPageViews { get; init; }
        public long CartWithVisitors { get; init; }
        public long VisitorsWithCart { get; init; }
        public long FavoriteWithVisitors { get; init; }
        public long VisitorsWithFavorite { get; init; }
        public long AmountWithVisitors { get; init; }
        public long VisitorsWithAmount { get; init; }
        public long InquiryPayingWithInquirers { get; init; }
        public long InquirersWithInquiryPaying { get; init; }
        public long ReturningWithVisitors { get; init; }
        public long VisitorsWithReturning { get; init; }
        public long RefundWithAmount { get; init; }
        public long AmountWithRefund { get; init; }

        public StoreTotals ToTotals() => new()
        {
            Visitors = Visitors,
            PageViews = PageViews,
            BouncedVisitors = BouncedVisitors,
            ReturningVisitors = ReturningVisitors,
            AddToCartBuyers = AddToCartBuyers,
            FavoriteBuyers = FavoriteBuyers,
            OrderBuyers = OrderBuyers,
            PayingBuyers = PayingBuyers,
            Units = Units,
            PaymentAmount = Money.FromMinorUnits(PaymentAmountMinor),
            RefundAmount = RefundAmountMinor is { } refund ? Money.FromMinorUnits(refund) : null,
            Inquirers = Inquirers,
            InquiryPayingBuyers = InquiryPayingBuyers,
            PeerRateTimesVisitors = RateScale.FromUnits(PeerUnitsTimesVisitors),
            PeerRateVisitors = PeerVisitors,
            StaySums = new(StayMillisTimesVisitors / 1000m, StayVisitors),
            ConversionSums = new(PayingWithVisitors, VisitorsWithPaying),
            OrderConversionSums = new(OrderWithVisitors, VisitorsWithOrder),
            AverageOrderValueSums = new(Money.FromMinorUnits(AmountWithPaying), PayingWithAmount),
            BounceSums = new(BouncedWithVisitors, VisitorsWithBounced),
            DepthSums = new(PageViewsWithVisitors, VisitorsWithPageViews),
            AddToCartSums = new(CartWithVisitors, VisitorsWithCart),
            FavoriteSums = new(FavoriteWithVisitors, VisitorsWithFavorite),
            VisitorValueSums = new(Money.FromMinorUnits(AmountWithVisitors), VisitorsWithAmount),
            InquirySums = new(InquiryPayingWithInquirers, InquirersWithInquiryPaying),
            ReturningSums = new(ReturningWithVisitors, VisitorsWithReturning),
            RefundSums = new(Money.FromMinorUnits(RefundWithAmount), Money.FromMinorUnits(AmountWithRefund)),
        };
    }
}
