using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.PageHealth;
using OpsDashboard.Core.Targets;
using OpsDashboard.Core.Thresholds;

namespace OpsDashboard.Core.Attention;

/// <summary>
/// One traffic source around the day: its visitors that day (null when the day's file does not have
/// the source: not in that day's file, which is not −100%), its average over the ordinary days of the
/// 7 days before (promotion days and days without a source file left out), and its last 7 days.
/// </summary>
public sealed record SourceFacts(SourceTotals? Day, decimal? PreviousSevenDayAverageVisitors, SourceTotals LastSevenDays);

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

    /// <summary>The store's usual day of the same weekday (last 4 weeks, promotion days left out); null without one.</summary>
    public RunRate? WeekdayRunRate { get; init; }
    public required IReadOnlyList<SourceFacts> Sources { get; init; }
    public required IReadOnlyList<SkuFacts> Skus { get; init; }

    /// <summary>The last complete Monday–Sunday week's page health, when there is one.</summary>
    public PageHealthReport? LastWeekPageHealth { get; init; }

    /// <summary>The week <see cref="LastWeekPageHealth"/> covers (in the store's week start), so its item opens that week.</summary>
    public Periods.DateRange? LastWeek { get; init; }

    /// <summary>Agents, refunds, DSR and lost customers around the day (<see cref="ServiceRules"/>); null when not read.</summary>
    public ServiceAttentionFacts? Service { get; init; }

    /// <summary>The promotion rules' ads rows and budgets (<see cref="PromotionRules"/>); null when not read.</summary>
    public PromotionFacts? Promotion { get; init; }
}
