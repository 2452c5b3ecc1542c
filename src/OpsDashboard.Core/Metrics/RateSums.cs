namespace OpsDashboard.Core.Metrics;

/// <summary>
/// Σ numerator and Σ denominator of one rate, both taken over the days that report both parts.
/// A day whose file lacked one part (no bounce column, say) is left out of that rate instead of
/// counting as 0 — unknown is never zero (DOMAIN §5) — while the other rates still use it.
/// </summary>
public readonly record struct RateSums(decimal Numerator, decimal Denominator)
{
    public decimal? Value => Ratio.Of(Numerator, Denominator);

    /// <summary>The rate when given, else the plain ratio of the two totals (every day reported both).</summary>
    public static decimal? Of(RateSums? paired, decimal numerator, decimal denominator) =>
        paired is { } p ? p.Value : Ratio.Of(numerator, denominator);

    /// <summary>As <see cref="Of(RateSums?, decimal, decimal)"/>, with an unknown numerator giving no value.</summary>
    public static decimal? Of(RateSums? paired, decimal? numerator, decimal denominator) =>
        paired is { } p ? p.Value : Ratio.Of(numerator, denominator);
}
