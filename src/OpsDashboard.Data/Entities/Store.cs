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

    /// <summary>
    /// Changes whenever the store's facts change (every import bumps it in the import's own transaction): the read
    /// cache keys a store's figures by it, so an import through any app instance is seen by every instance's next
    /// read. A new store starts at a random value, so a store id reused after a deletion never meets old entries.
    /// </summary>
    public long DataVersion { get; set; } = Random.Shared.NextInt64(1, long.MaxValue / 2);

    public const string DefaultTimeZone = Core.Periods.StoreClock.DefaultTimeZone;
}
