namespace OpsDashboard.Data.Entities;

public sealed class Store
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Platform { get; set; }
    public required string Currency { get; set; }

    /// <summary>The chosen flagship SKU code; null lets the period's best seller be the flagship.</summary>
    public string? FlagshipSkuCode { get; set; }

    /// <summary>Per-store threshold overrides as JSON; null means the DOMAIN §4 defaults.</summary>
    public string? ThresholdsJson { get; set; }

    /// <summary>IANA time zone whose calendar decides the store's "today" and "yesterday".</summary>
    public string TimeZone { get; set; } = DefaultTimeZone;

    /// <summary>When the store was archived (hidden from pickers and rotation, data kept); null while active.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// Whether the store's visitors are sessions: the last store-daily file with visitors was a Shopify
    /// export without Online store visitors (DOMAIN §9), so screens say "sessions".
    /// </summary>
    public bool VisitorsAreSessions { get; set; }

    public const string DefaultTimeZone = Core.Periods.StoreClock.DefaultTimeZone;
}
