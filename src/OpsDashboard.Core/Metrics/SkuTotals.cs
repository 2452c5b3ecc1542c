namespace OpsDashboard.Core.Metrics;

/// <summary>
/// Additive sums of one SKU's days over a period; its rates are the metrics of <see cref="Catalogue"/>,
/// the same formulas as the store's.
/// </summary>
public sealed record SkuTotals : VisitorTotals
{
    public required string Sku { get; init; }
    public string? Name { get; init; }
    public long Units { get; init; }

    /// <summary>Null when no file of the period had a negative-review column: unknown, not "none".</summary>
    public long? NegativeReviews { get; init; }

    /// <summary>True when any day of the period is flagged presale (DOMAIN §3, pre-sale SKUs).</summary>
    public bool Presale { get; init; }

    /// <summary>Stock on the latest day of the period that reports it; null when unknown.</summary>
    public long? StockOnHand { get; init; }
}
