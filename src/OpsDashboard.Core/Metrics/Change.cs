namespace OpsDashboard.Core.Metrics;

/// <summary>
/// Changes between a period and its comparison period (DOMAIN §3): a count or money changes in
/// percent (a fraction of the comparison value), a rate in percentage points (a difference of fractions).
/// </summary>
public static class Change
{
    /// <summary>(current − comparison) ÷ comparison; null when the comparison is zero.</summary>
    public static decimal? Relative(decimal current, decimal comparison) => Ratio.Of(current - comparison, comparison);

    /// <summary>Relative change of two values that may be missing.</summary>
    public static decimal? Relative(decimal? current, decimal? comparison) =>
        current is { } c && comparison is { } p ? Relative(c, p) : null;

    /// <summary>current − comparison, as a fraction (0.003 = +0.3 pt); null when either is missing.</summary>
    public static decimal? Points(decimal? current, decimal? comparison) =>
        current is { } c && comparison is { } p ? c - p : null;
}
