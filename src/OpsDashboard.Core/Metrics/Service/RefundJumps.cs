namespace OpsDashboard.Core.Metrics;

/// <summary>
/// A SKU whose refund rate jumped (issue 12): at or above the line (default 10%), or at least double
/// the period before. An unknown rate never jumps; a period before with no refunds is not "doubled".
/// </summary>
public static class RefundJumps
{
    /// <summary>The default refund-rate line of a top SKU.</summary>
    public const decimal RateLine = 0.10m;

    public static bool Jumped(decimal? current, decimal? previous, decimal line = RateLine) =>
        current is { } now && (now >= line || (previous is > 0m and var before && now >= 2m * before));
}
