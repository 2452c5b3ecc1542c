namespace OpsDashboard.Core.Metrics;

/// <summary>Where a scene's month-to-date spend stands against its monthly promotion budget.</summary>
public enum PaceStatus
{
    /// <summary>No budget, too few days, or a day of the month without an ads report: nothing is said.</summary>
    Unknown,
    OnPace,
    Over,
    Under,
}

/// <summary>
/// Spend pacing against a monthly promotion budget (issue 11): the budget is spread evenly over the
/// month's days, so by day d of an n-day month the expected spend is budget × d ÷ n; the pace is the
/// spend so far ÷ that expected spend (1 = on the line). Over pace when the pace is above 1 + <see cref="Tolerance"/>,
/// under when below 1 − <see cref="Tolerance"/>; fewer than <see cref="MinDays"/> days say nothing yet.
/// </summary>
public static class BudgetPacing
{
    /// <summary>How far from the straight line a scene may be before it is over or under pace (15%).</summary>
    public const decimal Tolerance = 0.15m;

    /// <summary>The first days of a month are too few to judge a pace by.</summary>
    public const int MinDays = 3;

    /// <summary>budget × days so far ÷ days in the month.</summary>
    public static decimal? ExpectedSpend(decimal budget, int daysSoFar, int daysInMonth) => Ratio.Of(budget * daysSoFar, daysInMonth);

    /// <summary>spend so far ÷ expected spend so far; null when either is unknown or nothing was expected.</summary>
    public static decimal? Pace(decimal? spent, decimal budget, int daysSoFar, int daysInMonth) =>
        Ratio.Of(spent, ExpectedSpend(budget, daysSoFar, daysInMonth));

    /// <summary>The month's spend at the pace so far: spend ÷ days so far × days in the month.</summary>
    public static decimal? ProjectedSpend(decimal? spent, int daysSoFar, int daysInMonth) =>
        Ratio.Of(spent * daysInMonth, daysSoFar);

    public static PaceStatus StatusOf(decimal? spent, decimal budget, int daysSoFar, int daysInMonth)
    {
        if (budget <= 0m || daysSoFar < MinDays || Pace(spent, budget, daysSoFar, daysInMonth) is not { } pace)
        {
            return PaceStatus.Unknown;
        }

        return pace > 1m + Tolerance ? PaceStatus.Over : pace < 1m - Tolerance ? PaceStatus.Under : PaceStatus.OnPace;
    }
}
