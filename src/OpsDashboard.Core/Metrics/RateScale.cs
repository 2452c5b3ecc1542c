namespace OpsDashboard.Core.Metrics;

/// <summary>
/// Platform-given rates (the peer-tier conversion rate) are stored as integers in units of 1e-8
/// so that Σ(rate × visitors) is summed exactly in the database.
/// </summary>
public static class RateScale
{
    public const long UnitsPerOne = 100_000_000;

    public static long ToUnits(decimal rate) =>
        (long)decimal.Round(rate * UnitsPerOne, 0, MidpointRounding.AwayFromZero);

    public static decimal FromUnits(decimal units) => units / UnitsPerOne;
}
