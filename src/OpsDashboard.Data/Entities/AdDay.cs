namespace OpsDashboard.Data.Entities;

/// <summary>
/// One row of a 万相台/直通车 report (DOMAIN §7): a store's day of one scene, plan, unit, item,
/// keyword or crowd, within one attribution window. A dimension the report does not have is "".
/// Money in minor units; every measure null when no file reported it.
/// </summary>
public sealed class AdDay
{
    public int StoreId { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>The scene's current name (old product names such as 直通车 are mapped, DOMAIN §5).</summary>
    public string Scene { get; set; } = string.Empty;
    public string Plan { get; set; } = string.Empty;
    public string Unit { get; set; } = string.Empty;

    /// <summary>主体ID/宝贝ID, as text.</summary>
    public string Item { get; set; } = string.Empty;
    public string Keyword { get; set; } = string.Empty;
    public string Crowd { get; set; } = string.Empty;

    /// <summary>The attribution window in days (1/3/7/15/30); rows of different windows are never summed.</summary>
    public int WindowDays { get; set; }

    /// <summary>The report level the row came from: scene, plan, item, keyword or crowd (the finest dimension it names).</summary>
    public string Level { get; set; } = string.Empty;

    public string? ItemName { get; set; }

    public long? Impressions { get; set; }
    public long? Clicks { get; set; }
    public long? CostMinor { get; set; }
    public long? DirectAmountMinor { get; set; }

    /// <summary>Null when the file gave only 总成交金额 (stored as direct).</summary>
    public long? IndirectAmountMinor { get; set; }
    public long? Orders { get; set; }
    public long? Carts { get; set; }
    public long? Favorites { get; set; }
    public long? PresaleAmountMinor { get; set; }
}
