using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;

namespace OpsDashboard.Core.Attention;

/// <summary>
/// One ads row the promotion rules read: a scene (Plan and Keyword ""), a plan (with its scene) or a
/// keyword (with its scene and plan), within one attribution window, summed over <see cref="Days"/> —
/// the 7 newest mature days of that window (deals of later days are still coming in and never count).
/// </summary>
public sealed record AdFactRow(string Scene, string Plan, string Keyword, int Window, DateRange Days, AdTotals Mature);

/// <summary>
/// A scene's monthly promotion budget and its spend from the 1st of the month to <see cref="MonthToDate"/>'s end
/// (the newest day an ads report came for); <see cref="Spent"/> is null when a day of that span has no ads report
/// (unknown, never 0).
/// </summary>
public sealed record ScenePacing(string Scene, decimal Budget, DateRange MonthToDate, int DaysInMonth, decimal? Spent)
{
    public int DaysSoFar => MonthToDate.Days;

    public decimal? Expected => BudgetPacing.ExpectedSpend(Budget, DaysSoFar, DaysInMonth);

    public decimal? Pace => BudgetPacing.Pace(Spent, Budget, DaysSoFar, DaysInMonth);

    public decimal? Projected => BudgetPacing.ProjectedSpend(Spent, DaysSoFar, DaysInMonth);

    public PaceStatus Status => BudgetPacing.StatusOf(Spent, Budget, DaysSoFar, DaysInMonth);
}

/// <summary>What the promotion rules (<see cref="PromotionRules"/>) read for one store and day, summed in the database.</summary>
public sealed record PromotionFacts
{
    public required IReadOnlyList<AdFactRow> Scenes { get; init; }
    public required IReadOnlyList<AdFactRow> Plans { get; init; }
    public required IReadOnlyList<AdFactRow> Keywords { get; init; }

    /// <summary>The scenes with a budget this month (scenes without one are not paced).</summary>
    public required IReadOnlyList<ScenePacing> Pacing { get; init; }

    public static PromotionFacts Empty { get; } = new() { Scenes = [], Plans = [], Keywords = [], Pacing = [] };
}
