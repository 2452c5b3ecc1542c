namespace OpsDashboard.Core.Periods;

/// <summary>
/// Calendar periods the screens are built on: weeks that start on a store's chosen day
/// (<see cref="Thresholds.StoreThresholds.WeekStartsOn"/>, Monday by default) and month-to-date.
/// </summary>
public static class CalendarPeriods
{
    /// <summary>The 7-day week that starts on <paramref name="startsOn"/> and contains <paramref name="day"/>.</summary>
    public static DateRange WeekOf(DateOnly day, DayOfWeek startsOn = DayOfWeek.Monday)
    {
        var offset = ((int)day.DayOfWeek - (int)startsOn + 7) % 7;
        var start = DateRange.AddDays(day, -offset);
        return new DateRange(start, DateRange.AddDays(start, 6));
    }

    /// <summary>The latest whole week that ends on or before <paramref name="lastDay"/>.</summary>
    public static DateRange LastCompleteWeek(DateOnly lastDay, DayOfWeek startsOn = DayOfWeek.Monday)
    {
        var week = WeekOf(lastDay, startsOn);
        return week.To == lastDay ? week : Shift(week, -1);
    }

    /// <summary>The week <paramref name="weeks"/> weeks after (negative: before) <paramref name="week"/>.</summary>
    public static DateRange Shift(DateRange week, int weeks) => new(DateRange.AddDays(week.From, 7 * weeks), DateRange.AddDays(week.To, 7 * weeks));

    /// <summary>From the first of <paramref name="day"/>'s month to <paramref name="day"/>.</summary>
    public static DateRange MonthToDate(DateOnly day) => new(new DateOnly(day.Year, day.Month, 1), day);

    /// <summary>
    /// What a month-to-date range is compared with: the same days of the previous month (1–20 November
    /// against 1–20 October; 1–31 March against 1–28 February), or the same dates a year earlier.
    /// </summary>
    public static DateRange MonthToDateComparison(DateRange monthToDate, Comparison comparison)
    {
        if (comparison == Comparison.YearOverYear)
        {
            return monthToDate.YearAgo();
        }

        if (monthToDate.From is { Year: 1, Month: 1 })
        {
            // Nothing comes before the first month of the calendar.
            return new DateRange(DateOnly.MinValue, DateOnly.MinValue);
        }

        var first = new DateOnly(monthToDate.From.Year, monthToDate.From.Month, 1).AddMonths(-1);
        var lastDay = Math.Min(monthToDate.To.Day, DateTime.DaysInMonth(first.Year, first.Month));
        return new DateRange(first, new DateOnly(first.Year, first.Month, lastDay));
    }
}
