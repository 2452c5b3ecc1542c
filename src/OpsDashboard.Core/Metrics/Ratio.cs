namespace OpsDashboard.Core.Metrics;

/// <summary>
/// The only division in the metric code. A rate over a period is a ratio of sums, and a zero
/// denominator has no value (null), never 0, NaN or an exception.
/// </summary>
public static class Ratio
{
    public static decimal? Of(decimal numerator, decimal denominator) =>
        denominator == 0m ? null : numerator / denominator;

    public static decimal? Of(decimal? numerator, decimal? denominator) =>
        numerator is null || denominator is null ? null : Of(numerator.Value, denominator.Value);
}
