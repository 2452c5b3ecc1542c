namespace OpsDashboard.Core.Metrics;

/// <summary>
/// Additive sums of ads report rows (DOMAIN §7) over a period, of one report level and one
/// attribution window; their rates are the ads metrics of <see cref="Catalogue"/>. The deal sums
/// (amounts, orders, carts, favorites) are null when no row of the period reported them: a report
/// without deal columns says nothing about deals, and unknown is never 0.
/// </summary>
public sealed record AdTotals
{
    public long Impressions { get; init; }
    public long Clicks { get; init; }
    public decimal Cost { get; init; }

    /// <summary>直接成交金额 (a file with only 总成交金额 stores the total here); null when no row reported a deal amount.</summary>
    public decimal? DirectAmount { get; init; }

    /// <summary>间接成交金额; null when no row of the period reported it.</summary>
    public decimal? IndirectAmount { get; init; }

    /// <summary>总成交笔数; null when no row reported it.</summary>
    public long? Orders { get; init; }

    /// <summary>总购物车数; null when no row reported it.</summary>
    public long? Carts { get; init; }

    /// <summary>总收藏数; null when no row reported it.</summary>
    public long? Favorites { get; init; }

    /// <summary>
    /// Σ cost of the rows that reported a deal amount: ROI's denominator (DOMAIN §5, as <see cref="RateSums"/>), so a
    /// report without deal columns in the same period neither adds deals nor dilutes ROI with its cost. Null when not
    /// summed apart (one parsed row: its own cost).
    /// </summary>
    public decimal? CostWithAmount { get; init; }

    /// <summary>Σ clicks of the rows that reported orders: the conversion rate's denominator; null when not summed apart.</summary>
    public long? ClicksWithOrders { get; init; }

    /// <summary>Σ cost of the rows that reported orders: cost per order's numerator; null when not summed apart.</summary>
    public decimal? CostWithOrders { get; init; }

    /// <summary>
    /// Total deals: direct + indirect (an unknown indirect part adds nothing: the total was stored as direct); null when
    /// the direct amount (or the total stored as it) is unknown.
    /// </summary>
    public decimal? Amount => DirectAmount is { } direct ? direct + (IndirectAmount ?? 0m) : null;

    /// <summary>True when the rows reported their deals (an amount or an order count): only then can "no deal" be said.</summary>
    public bool DealsKnown => Amount is not null || Orders is not null;

    /// <summary>Deals are known and none came: no order and no deal money (a known figure above 0 is a deal).</summary>
    public bool NoDeal => DealsKnown && (Orders is null or 0) && (Amount is null or 0m);

    /// <summary>The sums of several parts (days, rows) of one level and window; a deal sum stays unknown when no part knew it.</summary>
    public static AdTotals Sum(IEnumerable<AdTotals> parts)
    {
        var list = parts.ToList();
        return new AdTotals
        {
            Impressions = list.Sum(t => t.Impressions),
            Clicks = list.Sum(t => t.Clicks),
            Cost = list.Sum(t => t.Cost),
            DirectAmount = SumKnown(list, t => t.DirectAmount),
            IndirectAmount = SumKnown(list, t => t.IndirectAmount),
            Orders = SumKnown(list, t => t.Orders),
            Carts = SumKnown(list, t => t.Carts),
            Favorites = SumKnown(list, t => t.Favorites),
            CostWithAmount = SumKnown(list, t => t.CostWithAmount),
            ClicksWithOrders = SumKnown(list, t => t.ClicksWithOrders),
            CostWithOrders = SumKnown(list, t => t.CostWithOrders),
        };
    }

    private static decimal? SumKnown(List<AdTotals> parts, Func<AdTotals, decimal?> value) =>
        parts.Any(t => value(t) is not null) ? parts.Sum(t => value(t) ?? 0m) : null;

    private static long? SumKnown(List<AdTotals> parts, Func<AdTotals, long?> value) =>
        parts.Any(t => value(t) is not null) ? parts.Sum(t => value(t) ?? 0L) : null;
}

/// <summary>Sums of one search keyword's days (DOMAIN §7), with the store's visitors of the same range for its share.</summary>
public sealed record KeywordTotals
{
    public required string Keyword { get; init; }
    public long Visitors { get; init; }
    public long PageViews { get; init; }
    public long PayingBuyers { get; init; }
    public decimal PaymentAmount { get; init; }

    /// <summary>Σ visitors of the store over the same range (store-daily files).</summary>
    public long StoreVisitors { get; init; }
}
