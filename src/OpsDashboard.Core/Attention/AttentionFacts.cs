using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.PageHealth;
using OpsDashboard.Core.Targets;
using OpsDashboard.Core.Thresholds;

namespace OpsDashboard.Core.Attention;

/// <summary>One traffic source around the day: its visitors that day, its average over the 7 days before, and its last 7 days.</summary>
public sealed record SourceFacts(SourceTotals Day, decimal? PreviousSevenDayAverageVisitors, SourceTotals LastSevenDays);

/// <summary>One SKU around the day: its last 7 days, its judged conversion on each recent day (oldest first), and that day's reviews.</summary>
public sealed record SkuFacts(SkuTotals LastSevenDays, IReadOnlyList<decimal?> DailyJudgedConversion, long NegativeReviewsOnDay, int TrafficRank);

/// <summary>Everything the rules read for one store and one day, summed in the database beforehand.</summary>
public sealed record AttentionFacts
{
    public required DateOnly Day { get; init; }
    public required StoreThresholds Thresholds { get; init; }
    public required StoreTotals DayTotals { get; init; }
    public required StoreTotals PreviousDayTotals { get; init; }
    public required StoreTotals LastSevenDays { get; init; }
    public TargetProgress? Target { get; init; }
    public required IReadOnlyList<SourceFacts> Sources { get; init; }
    public required IReadOnlyList<SkuFacts> Skus { get; init; }

    /// <summary>The last complete Monday–Sunday week's page health, when there is one.</summary>
    public PageHealthReport? LastWeekPageHealth { get; init; }
}
