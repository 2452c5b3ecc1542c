namespace OpsDashboard.Core.Metrics;

/// <summary>Additive sums of one SKU's days over a period, with the SKU's rates.</summary>
public sealed record SkuTotals
{
    public required string Sku { get; init; }
    public string? Name { get; init; }
    public long Visitors { get; init; }
    public long PageViews { get; init; }
    public long BouncedVisitors { get; init; }
    public long AddToCartBuyers { get; init; }
    public long OrderBuyers { get; init; }
    public long PayingBuyers { get; init; }
    public long Units { get; init; }
    public decimal PaymentAmount { get; init; }
    public long NegativeReviews { get; init; }

    /// <summary>True when any day of the period is flagged presale (DOMAIN §3, pre-sale SKUs).</summary>
    public bool Presale { get; init; }

    /// <summary>Stock on the latest day of the period that reports it; null when unknown.</summary>
    public long? StockOnHand { get; init; }

    public decimal? ConversionRate => Ratio.Of(PayingBuyers, Visitors);
    public decimal? OrderConversionRate => Ratio.Of(OrderBuyers, Visitors);
    public decimal? AverageOrderValue => Ratio.Of(PaymentAmount, PayingBuyers);
    public decimal? BounceRate => Ratio.Of(BouncedVisitors, Visitors);
    public decimal? VisitDepth => Ratio.Of(PageViews, Visitors);
    public decimal? AddToCartRate => Ratio.Of(AddToCartBuyers, Visitors);
    public decimal? VisitorValue => Ratio.Of(PaymentAmount, Visitors);

    /// <summary>
    /// The conversion that verdicts and rankings use: payment conversion reads 0 while a presale
    /// SKU takes deposits, so a presale SKU is judged by order conversion instead.
    /// </summary>
    public decimal? JudgedConversionRate => Presale ? OrderConversionRate : ConversionRate;
}
