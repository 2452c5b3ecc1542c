namespace OpsDashboard.Core.Metrics;

/// <summary>How long a SKU's stock lasts at the pace of its last seven days (the low-stock rule, DOMAIN §4).</summary>
public static class StockCover
{
    /// <summary>Units sold per day over seven days of totals.</summary>
    public static decimal DailyUnits(SkuTotals lastSevenDays) => lastSevenDays.Units / 7m;

    /// <summary>Days of stock at the last 7 days' pace; unknown stock or no sales gives none (never "out of stock").</summary>
    public static decimal? Days(SkuTotals lastSevenDays) =>
        lastSevenDays.StockOnHand is { } stock && lastSevenDays.Units > 0 ? stock / (lastSevenDays.Units / 7m) : null;
}
