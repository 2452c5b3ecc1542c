namespace OpsDashboard.Core.Metrics;

/// <summary>
/// Additive sums of one SKU's days over a period, with the SKU's rates. As in
/// <see cref="StoreTotals"/>, a nullable sum is null when no day reported it, and each rate is
/// taken over the days that report both of its parts when the query supplies them.
/// </summary>
public sealed record SkuTotals
{
    public required string Sku { get; init; }
    public string? Name { get; init; }
    public long Visitors { get; init; }
    public long PageViews { get; init; }
    public long BouncedVisitors { get; init; }
    public long? AddToCartBuyers { get; init; }
    public long? FavoriteBuyers { get; init; }
    public long OrderBuyers { get; init; }
    public long PayingBuyers { get; init; }
    public long Units { get; init; }
    public decimal PaymentAmount { get; init; }
    public decimal? RefundAmount { get; init; }

    /// <summary>Null when no file of the period had a negative-review column: unknown, not "none".</summary>
    public long? NegativeReviews { get; init; }

    /// <summary>True when any day of the period is flagged presale (DOMAIN §3, pre-sale SKUs).</summary>
    public bool Presale { get; init; }

    /// <summary>Stock on the latest day of the period that reports it; null when unknown.</summary>
    public long? StockOnHand { get; init; }

    /// <summary>Σ(average stay seconds × visitors) and Σ visitors over the days that report the stay.</summary>
    public RateSums StaySums { get; init; }

    public RateSums? ConversionSums { get; init; }
    public RateSums? OrderConversionSums { get; init; }
    public RateSums? AverageOrderValueSums { get; init; }
    public RateSums? BounceSums { get; init; }
    public RateSums? DepthSums { get; init; }
    public RateSums? AddToCartSums { get; init; }
    public RateSums? FavoriteSums { get; init; }
    public RateSums? VisitorValueSums { get; init; }
    public RateSums? RefundSums { get; init; }

    public decimal? ConversionRate => RateSums.Of(ConversionSums, PayingBuyers, Visitors);
    public decimal? OrderConversionRate => RateSums.Of(OrderConversionSums, OrderBuyers, Visitors);
    public decimal? AverageOrderValue => RateSums.Of(AverageOrderValueSums, PaymentAmount, PayingBuyers);
    public decimal? BounceRate => RateSums.Of(BounceSums, BouncedVisitors, Visitors);
    public decimal? VisitDepth => RateSums.Of(DepthSums, PageViews, Visitors);
    public decimal? AddToCartRate => RateSums.Of(AddToCartSums, AddToCartBuyers, Visitors);
    public decimal? FavoriteRate => RateSums.Of(FavoriteSums, FavoriteBuyers, Visitors);
    public decimal? VisitorValue => RateSums.Of(VisitorValueSums, PaymentAmount, Visitors);

    /// <summary>Refunded amount ÷ sales over the days that report both.</summary>
    public decimal? RefundRate => RefundSums is { } p ? p.Value : Ratio.Of(RefundAmount, PaymentAmount);

    /// <summary>Average stay on the product page in seconds, weighted by visitors.</summary>
    public decimal? AverageStaySeconds => StaySums.Value;

    /// <summary>
    /// The conversion that verdicts and rankings use: payment conversion reads 0 while a presale
    /// SKU takes deposits, so a presale SKU is judged by order conversion instead.
    /// </summary>
    public decimal? JudgedConversionRate => Presale ? OrderConversionRate : ConversionRate;
}
