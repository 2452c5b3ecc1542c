namespace OpsDashboard.Core.Metrics;

/// <summary>
/// A SKU in a period beside the same SKU in the comparison period. Conversion is the judged one
/// (DOMAIN §3): order conversion for a SKU that is presale in the period, in BOTH periods, so
/// the trend compares like with like.
/// </summary>
public sealed record SkuComparison
{
    public required SkuTotals Current { get; init; }

    /// <summary>The same SKU in the comparison period; null when it had no rows then.</summary>
    public SkuTotals? Comparison { get; init; }

    public bool Presale => Current.Presale;

    /// <summary>The conversion this SKU is judged by in the period.</summary>
    public decimal? Conversion => Catalogue.JudgedConversionRate.Of(Current);

    /// <summary>The same kind of conversion in the comparison period.</summary>
    public decimal? ComparisonConversion => Comparison is null ? null : JudgedConversion(Comparison, Presale);

    /// <summary>Conversion change in points (a difference of fractions).</summary>
    public decimal? ConversionChange => Change.Points(Conversion, ComparisonConversion);

    /// <summary>Order conversion when <paramref name="presale"/>, else payment conversion.</summary>
    public static decimal? JudgedConversion(SkuTotals totals, bool presale) =>
        presale ? Catalogue.OrderConversionRate.Of(totals) : Catalogue.ConversionRate.Of(totals);

    /// <summary>The <paramref name="count"/> SKUs with the most visitors (ties: lowest SKU code), each with its comparison.</summary>
    public static IReadOnlyList<SkuComparison> TopByVisitors(
        IReadOnlyList<SkuTotals> current, IReadOnlyList<SkuTotals> comparison, int count)
    {
        var before = comparison.ToDictionary(s => s.Sku, StringComparer.Ordinal);
        return current
            .OrderByDescending(s => s.Visitors)
            .ThenBy(s => s.Sku, StringComparer.Ordinal)
            .Take(count)
            .Select(s => new SkuComparison { Current = s, Comparison = before.GetValueOrDefault(s.Sku) })
            .ToList();
    }
}
