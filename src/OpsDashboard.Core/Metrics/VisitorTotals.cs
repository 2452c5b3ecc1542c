namespace OpsDashboard.Core.Metrics;

/// <summary>
/// The sums a store and a SKU share (visitors, page views, buyers, sales…), written once for
/// <see cref="StoreTotals"/> and <see cref="SkuTotals"/>. Their rates are the metrics of
/// <see cref="Catalogue"/> (e.g. <c>Catalogue.BounceRate.Of(totals)</c>); the records carry sums only.
/// </summary>
/// <remarks>
/// A fact no file reported on a day is unknown there, not 0. The plain sums add what was reported;
/// a nullable sum is null when no day of the period reported it at all (shown "—"). Each rate is
/// taken from its <see cref="RateSums"/> — numerator and denominator over the days that report both —
/// when the query supplies it; totals built without them (every day complete) use the plain sums.
/// </remarks>
public abstract record VisitorTotals
{
    public long Visitors { get; init; }
    public long PageViews { get; init; }
    public long BouncedVisitors { get; init; }
    public long? AddToCartBuyers { get; init; }
    public long? FavoriteBuyers { get; init; }
    public long OrderBuyers { get; init; }
    public long PayingBuyers { get; init; }
    public decimal PaymentAmount { get; init; }
    public decimal? RefundAmount { get; init; }

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
}
