using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.Reports;

/// <summary>
/// The reads of a <see cref="StoreScope"/>: each over a set of stores (one or the portfolio's all) and every range of
/// the screen at once, so a screen sends each query once. All aggregation is GROUP BY in the database.
/// </summary>
public sealed partial class KpiQueries
{
    /// <summary>Each store's sources' sums per segment of the ranges (one GROUP BY store, source, segment).</summary>
    internal async Task<List<SourceSums<SourceSegment>>> SourceSegmentsAsync(IReadOnlyList<int> storeIds, DaySegments segments, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.SourceDays
            .Where(d => storeIds.Contains(d.StoreId))
            .Where(segments.Within<SourceDay>(d => d.Date))
            .GroupBy(segments.Key<SourceDay, SourceSegment>(d => d.Date, (d, segment) => new SourceSegment(d.StoreId, d.SourceId, segment)))
            .Select(SourceSumsByKey<SourceSegment>())
            .ToListAsync(ct);
    }

    /// <summary>
    /// Each store's SKUs' sums per segment of the ranges, in one query that does not grow with the range: the calendar
    /// months wholly inside a segment come from the month rollup (sku_months) and the partial edge months from raw
    /// days, UNION ALL, then GROUP BY store, SKU, segment. A store whose rollup state is not its current data version
    /// is read from raw days for its full months too; that check is part of the same statement, so a rollup left
    /// behind by a writer is never summed. Equal, field for field, to the GROUP BY over raw days alone.
    /// </summary>
    internal async Task<List<SkuSums<SkuSegment>>> SkuSegmentsAsync(IReadOnlyList<int> storeIds, DaySegments segments, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var (full, edges) = segments.ByMonths();
        // The stores whose months are exact for their current version, and the others. Each is an IN (subquery) the
        // planner runs first: a store on the wrong side costs no index seek at all.
        var current = db.Stores
            .Where(s => storeIds.Contains(s.Id) && db.SkuRollupStates.Any(r => r.StoreId == s.Id && r.DataVersion == s.DataVersion))
            .Select(s => s.Id);
        var stale = db.Stores
            .Where(s => storeIds.Contains(s.Id) && !db.SkuRollupStates.Any(r => r.StoreId == s.Id && r.DataVersion == s.DataVersion))
            .Select(s => s.Id);
        var parts = new List<IQueryable<SkuPart>>();
        if (full.Count > 0)
        {
            parts.Add(db.SkuMonths
                .Where(m => current.Contains(m.StoreId))
                .Where(DaySegments.Within<SkuMonth>(full, m => m.Month))
                .Select(segments.Key(m => m.Month, MonthPart)));
            parts.Add(db.SkuDays
                .Where(d => stale.Contains(d.StoreId))
                .Where(DaySegments.Within<SkuDay>(full, d => d.Date))
                .Select(segments.Key(d => d.Date, DayPart)));
        }

        if (edges.Count > 0)
        {
            parts.Add(db.SkuDays
                .Where(d => storeIds.Contains(d.StoreId))
                .Where(DaySegments.Within<SkuDay>(edges, d => d.Date))
                .Select(segments.Key(d => d.Date, DayPart)));
        }

        return await parts.Aggregate((a, b) => a.Concat(b))
            .GroupBy(p => new SkuSegment { StoreId = p.StoreId, SkuId = p.SkuId, Segment = p.Segment })
            .Select(SkuSumsOfParts<SkuSegment>())
            .ToListAsync(ct);
    }

    /// <summary>
    /// Stock is a level, not a flow: each SKU's stock on the latest day of each segment that reports it (one query),
    /// from which a range's stock is that of its latest segment with stock.
    /// </summary>
    internal async Task<List<SegmentStock>> SkuStockAsync(IReadOnlyList<int> storeIds, DaySegments segments, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var days = db.SkuDays.Where(d => storeIds.Contains(d.StoreId)).Where(segments.Within<SkuDay>(d => d.Date));
        var latest = days
            .Where(d => d.StockOnHand != null)
            .GroupBy(segments.Key<SkuDay, SkuSegment>(d => d.Date, (d, segment) => new SkuSegment { StoreId = d.StoreId, SkuId = d.SkuId, Segment = segment }))
            .Select(g => new { g.Key.StoreId, g.Key.SkuId, g.Key.Segment, Date = g.Max(d => d.Date) });
        // Joined on the whole primary key (store, SKU, day). SkuSegment is built with member initializers: built with a
        // positional record's constructor, EF Core lost its members in the join and translated the key to `ON date = …`
        // alone, which paired every SKU's day with every SKU's latest day (quadratic: 1.4 s for 3,000
        // rows on SQLite) and could give a SKU another SKU's later date, on which its own stock is unknown.
        // SkuStockJoinTests checks the SQL and the answer.
        return await days
            .Join(latest, d => new { d.StoreId, d.SkuId, d.Date }, l => new { l.StoreId, l.SkuId, l.Date }, (d, l) => new SegmentStock(d.SkuId, l.Segment, l.Date, d.StockOnHand))
            .ToListAsync(ct);
    }

    /// <summary>Each store's SKUs' sums per day over the range (one GROUP BY store, SKU, day).</summary>
    internal async Task<List<SkuSums<SkuDate>>> SkuDaysAsync(IReadOnlyList<int> storeIds, DateRange range, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.SkuDays
            .Where(d => storeIds.Contains(d.StoreId) && d.Date >= range.From && d.Date <= range.To)
            .GroupBy(d => new SkuDate(d.StoreId, d.SkuId, d.Date))
            .Select(SkuSumsByKey<SkuDate>())
            .ToListAsync(ct);
    }

    /// <summary>Each store's sources' visitors per day over the range (one GROUP BY store, source, day).</summary>
    internal async Task<List<SourceDayVisitors>> SourceDaysAsync(IReadOnlyList<int> storeIds, DateRange range, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.SourceDays
            .Where(d => storeIds.Contains(d.StoreId) && d.Date >= range.From && d.Date <= range.To)
            .GroupBy(d => new { d.StoreId, d.SourceId, d.Date })
            .Select(g => new SourceDayVisitors(g.Key.StoreId, g.Key.SourceId, g.Key.Date, g.Sum(d => d.Visitors ?? 0)))
            .ToListAsync(ct);
    }

    /// <summary>Code and name of a store's SKUs by id, to name grouped sums.</summary>
    private static async Task<Dictionary<long, (string Code, string? Name)>> SkuNamesAsync(OpsDbContext db, int storeId, CancellationToken ct) =>
        (await db.Skus.Where(s => s.StoreId == storeId).Select(s => new { s.Id, s.Code, s.Name }).ToListAsync(ct))
        .ToDictionary(s => s.Id, s => (s.Code, s.Name));

    /// <summary>The stores' SKUs' codes and names by id: read once per scope, to name every grouped SKU sum.</summary>
    internal async Task<Dictionary<long, (string Code, string? Name)>> SkuNamesAsync(IReadOnlyList<int> storeIds, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return (await db.Skus.Where(s => storeIds.Contains(s.StoreId)).Select(s => new { s.Id, s.Code, s.Name }).ToListAsync(ct))
            .ToDictionary(s => s.Id, s => (s.Code, s.Name));
    }

    /// <summary>The stores' traffic sources' names and kinds by id: read once per scope.</summary>
    internal async Task<Dictionary<int, (string Name, string Kind)>> SourceNamesAsync(IReadOnlyList<int> storeIds, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return (await db.TrafficSources.Where(s => storeIds.Contains(s.StoreId)).Select(s => new { s.Id, s.Name, s.Kind }).ToListAsync(ct))
            .ToDictionary(s => s.Id, s => (s.Name, s.Kind));
    }

    /// <summary>Each store's first and last day with store facts (absent when it has none): one GROUP BY store.</summary>
    internal async Task<Dictionary<int, DateRange>> DataSpansAsync(IReadOnlyList<int> storeIds, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return (await db.StoreDays
                .Where(d => storeIds.Contains(d.StoreId))
                .GroupBy(d => d.StoreId)
                .Select(g => new { StoreId = g.Key, First = g.Min(d => d.Date), Last = g.Max(d => d.Date) })
                .ToListAsync(ct))
            .ToDictionary(s => s.StoreId, s => new DateRange(s.First, s.Last));
    }

    /// <summary>The one projection of source-day sums, each rate's parts over the days that report both.</summary>
    private static Expression<Func<IGrouping<TKey, SourceDay>, SourceSums<TKey>>> SourceSumsByKey<TKey>() =>
        g => new SourceSums<TKey>
        {
            Key = g.Key,
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
        };

    internal sealed record StoreDate(int StoreId, DateOnly Date);

    internal sealed record SourceSegment(int StoreId, int SourceId, int Segment);

    /// <summary>
    /// A SKU's segment, the group key of the SKU range reads. Init members, not a positional record: EF Core follows
    /// member initializers into a later join, but not a constructor's arguments (SkuStockJoinTests).
    /// </summary>
    internal sealed record SkuSegment
    {
        public int StoreId { get; init; }
        public long SkuId { get; init; }
        public int Segment { get; init; }
    }

    internal sealed record SkuDate(int StoreId, long SkuId, DateOnly Date);

    internal sealed record SegmentStock(long SkuId, int Segment, DateOnly Date, long? StockOnHand);

    internal sealed record SourceDayVisitors(int StoreId, int SourceId, DateOnly Date, long Visitors);

    /// <summary>Raw source sums as the database returns them (money in minor units); added field by field.</summary>
    internal sealed class SourceSums<TKey>
    {
        public TKey Key { get; init; } = default!;
        public long Visitors { get; init; }
        public long OrderBuyers { get; init; }
        public long PayingBuyers { get; init; }
        public long PaymentAmountMinor { get; init; }
        public long Impressions { get; init; }
        public long Clicks { get; init; }
        public long CostMinor { get; init; }
        public long PayingWithVisitors { get; init; }
        public long VisitorsWithPaying { get; init; }
        public long OrderWithVisitors { get; init; }
        public long VisitorsWithOrder { get; init; }
        public long ClicksWithImpressions { get; init; }
        public long ImpressionsWithClicks { get; init; }
        public long CostWithClicks { get; init; }
        public long ClicksWithCost { get; init; }
        public long AmountWithCost { get; init; }
        public long CostWithAmount { get; init; }
        public long AmountWithVisitors { get; init; }
        public long VisitorsWithAmount { get; init; }

        public SourceSums<TKey> Plus(SourceSums<TKey> o) => new()
        {
            Key = Key,
            Visitors = Visitors + o.Visitors,
            OrderBuyers = OrderBuyers + o.OrderBuyers,
            PayingBuyers = PayingBuyers + o.PayingBuyers,
            PaymentAmountMinor = PaymentAmountMinor + o.PaymentAmountMinor,
            Impressions = Impressions + o.Impressions,
            Clicks = Clicks + o.Clicks,
            CostMinor = CostMinor + o.CostMinor,
            PayingWithVisitors = PayingWithVisitors + o.PayingWithVisitors,
            VisitorsWithPaying = VisitorsWithPaying + o.VisitorsWithPaying,
            OrderWithVisitors = OrderWithVisitors + o.OrderWithVisitors,
            VisitorsWithOrder = VisitorsWithOrder + o.VisitorsWithOrder,
            ClicksWithImpressions = ClicksWithImpressions + o.ClicksWithImpressions,
            ImpressionsWithClicks = ImpressionsWithClicks + o.ImpressionsWithClicks,
            CostWithClicks = CostWithClicks + o.CostWithClicks,
            ClicksWithCost = ClicksWithCost + o.ClicksWithCost,
            AmountWithCost = AmountWithCost + o.AmountWithCost,
            CostWithAmount = CostWithAmount + o.CostWithAmount,
            AmountWithVisitors = AmountWithVisitors + o.AmountWithVisitors,
            VisitorsWithAmount = VisitorsWithAmount + o.VisitorsWithAmount,
        };

        public SourceTotals ToTotals(string name, string kind) => new()
        {
            Source = name,
            Kind = kind,
            Visitors = Visitors,
            OrderBuyers = OrderBuyers,
            PayingBuyers = PayingBuyers,
            PaymentAmount = Money.FromMinorUnits(PaymentAmountMinor),
            Impressions = Impressions,
            Clicks = Clicks,
            Cost = Money.FromMinorUnits(CostMinor),
            ConversionSums = new(PayingWithVisitors, VisitorsWithPaying),
            OrderConversionSums = new(OrderWithVisitors, VisitorsWithOrder),
            ClickThroughSums = new(ClicksWithImpressions, ImpressionsWithClicks),
            CostPerClickSums = new(Money.FromMinorUnits(CostWithClicks), ClicksWithCost),
            RoiSums = new(Money.FromMinorUnits(AmountWithCost), Money.FromMinorUnits(CostWithAmount)),
            VisitorValueSums = new(Money.FromMinorUnits(AmountWithVisitors), VisitorsWithAmount),
        };
    }
}
