namespace OpsDashboard.Core.Promotion;

/// <summary>The attribution windows 万相台/直通车 reports use (DOMAIN §7): deals are booked on the click day within the window.</summary>
public static class AttributionWindows
{
    public static readonly IReadOnlyList<int> All = [1, 3, 7, 15, 30];

    public static bool IsValid(int days) => All.Contains(days);

    /// <summary>
    /// Whether <paramref name="day"/> is immature: later than (newest day − window), so deals of its
    /// clicks can still come in.
    /// </summary>
    public static bool IsImmature(DateOnly day, DateOnly newestDay, int windowDays) => day > newestDay.AddDays(-windowDays);
}
