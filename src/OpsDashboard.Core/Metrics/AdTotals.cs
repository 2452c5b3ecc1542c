namespace OpsDashboard.Core.Metrics;

/// <summary>
/// Additive sums of ads report rows (DOMAIN §7) over a period, of one report level and one
/// attribution window; their rates are the ads metrics of <see cref="Catalogue"/>.
/// </summary>
public sealed record AdTotals
{
    public long Impressions { get; init; }
    public long Clicks { get; init; }
    public decimal Cost { get; init; }

    /// <summary>直接成交金额 (a file with only 总成交金额 stores the total here).</summary>
    public decimal DirectAmount { get; init; }

    /// <summary>间接成交金额; null when no row of the period reported it.</summary>
    public decimal? IndirectAmount { get; init; }

    /// <summary>总成交笔数.</summary>
    public long Orders { get; init; }
    public long Carts { get; init; }
    public long Favorites { get; init; }

    /// <summary>Total deals: direct + indirect (an unknown indirect part adds nothing: the total was stored as direct).</summary>
    public decimal Amount => DirectAmount + (IndirectAmount ?? 0m);

    /// <summary>The sums of several parts (days, rows) of one level and window; the indirect amount stays unknown when no part knew it.</summary>
    public static AdTotals Sum(IEnumerable<AdTotals> parts)
    {
        var list = parts.ToList();
        return new AdTotals
        {
            Impressions = list.Sum(t => t.Impressions),
            Clicks = list.Sum(t => t.Clicks),
            Cost = list.Sum(t => t.Cost),
            DirectAmount = list.Sum(t => t.DirectAmount),
            IndirectAmount = list.Any(t => t.IndirectAmount is not null) ? list.Sum(t => t.IndirectAmount ?? 0m) : null,
            Orders = list.Sum(t => t.Orders),
            Carts = list.Sum(t => t.Carts),
            Favorites = list.Sum(t => t.Favorites),
        };
    }
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
