namespace OpsDashboard.Data.Import;

/// <summary>How a fact column's cells are read and stored.</summary>
public enum FactValueType
{
    /// <summary>A whole, non-negative number; an empty cell is 0.</summary>
    Count,

    /// <summary>Money, stored in minor units (long); an empty cell is 0.</summary>
    Money,

    /// <summary>A level (stock on hand): whole, non-negative; an empty cell is unknown (null).</summary>
    Level,

    /// <summary>A platform rate stored in 1e-8 units (long); an empty cell is unknown (null).</summary>
    PlatformRate,

    /// <summary>A score (DSR, 0–5) as decimal; an empty cell is unknown (null).</summary>
    Score,

    /// <summary>A yes/no flag (presale); an empty cell is false.</summary>
    Flag,

    /// <summary>An average duration given in seconds, stored in whole milliseconds (long); an empty cell is unknown (null).</summary>
    Duration,
}

public sealed record FactColumn(string Name, FactValueType Type);

/// <summary>The database columns each import kind writes (snake_case, as in the schema).</summary>
public static class FactColumns
{
    public static readonly IReadOnlyList<FactColumn> StoreDay =
    [
        new("visitors", FactValueType.Count),
        new("page_views", FactValueType.Count),
        new("bounced_visitors", FactValueType.Count),
        new("returning_visitors", FactValueType.Count),
        new("add_to_cart_buyers", FactValueType.Count),
        new("favorite_buyers", FactValueType.Count),
        new("order_buyers", FactValueType.Count),
        new("paying_buyers", FactValueType.Count),
        new("units", FactValueType.Count),
        new("payment_amount_minor", FactValueType.Money),
        new("refund_amount_minor", FactValueType.Money),
        new("average_stay_milliseconds", FactValueType.Duration),
        new("inquirers", FactValueType.Count),
        new("inquiry_paying_buyers", FactValueType.Count),
        new("peer_conversion_rate_units", FactValueType.PlatformRate),
        new("dsr_description", FactValueType.Score),
        new("dsr_service", FactValueType.Score),
        new("dsr_logistics", FactValueType.Score),
    ];

    public static readonly IReadOnlyList<FactColumn> SkuDay =
    [
        new("visitors", FactValueType.Count),
        new("page_views", FactValueType.Count),
        new("bounced_visitors", FactValueType.Count),
        new("add_to_cart_buyers", FactValueType.Count),
        new("favorite_buyers", FactValueType.Count),
        new("order_buyers", FactValueType.Count),
        new("paying_buyers", FactValueType.Count),
        new("units", FactValueType.Count),
        new("payment_amount_minor", FactValueType.Money),
        new("refund_amount_minor", FactValueType.Money),
        new("average_stay_milliseconds", FactValueType.Duration),
        new("presale", FactValueType.Flag),
        new("stock_on_hand", FactValueType.Level),
        new("negative_reviews", FactValueType.Count),
    ];

    public static readonly IReadOnlyList<FactColumn> SourceDay =
    [
        new("visitors", FactValueType.Count),
        new("order_buyers", FactValueType.Count),
        new("paying_buyers", FactValueType.Count),
        new("payment_amount_minor", FactValueType.Money),
        new("impressions", FactValueType.Count),
        new("clicks", FactValueType.Count),
        new("cost_minor", FactValueType.Money),
    ];

    public static IReadOnlyList<FactColumn> For(ImportKind kind) => kind switch
    {
        ImportKind.SkuDaily => SkuDay,
        ImportKind.SourceDaily => SourceDay,
        _ => StoreDay,
    };
}
