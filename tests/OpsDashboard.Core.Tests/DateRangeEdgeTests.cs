using OpsDashboard.Core.Periods;

namespace OpsDashboard.Core.Tests;

/// <summary>Period arithmetic at the edges of DateOnly (issue 14): it clamps, it never throws.</summary>
public sealed class DateRangeEdgeTests
{
    private static readonly DateOnly First = DateOnly.MinValue;
    private static readonly DateOnly Last = DateOnly.MaxValue;

    [Fact]
    public void The_previous_period_of_the_first_days_is_held_at_the_first_day()
    {
        var range = new DateRange(First, First.AddDays(6));

        Assert.Equal(new DateRange(First, First), range.Previous());
        Assert.Equal(new DateRange(First, First), range.YearAgo());
        Assert.Equal(new DateRange(First, First), CalendarPeriods.MonthToDateComparison(range, Comparison.Previous));
    }

    [Fact]
    public void The_week_of_the_last_day_ends_on_the_last_day()
    {
        Assert.Equal(new DateRange(new DateOnly(9999, 12, 27), Last), CalendarPeriods.WeekOf(Last));
        Assert.Equal(Last, CalendarPeriods.Shift(CalendarPeriods.WeekOf(Last), 1).To);
    }

    [Fact]
    public void Each_day_up_to_the_last_day_ends_without_stepping_past_it()
    {
        Assert.Equal([Last.AddDays(-1), Last], new DateRange(Last.AddDays(-1), Last).EachDay().ToArray());
    }

    [Fact]
    public void Adding_days_saturates()
    {
        Assert.Equal(First, DateRange.AddDays(new DateOnly(2000, 1, 1), int.MinValue));
        Assert.Equal(Last, DateRange.AddDays(new DateOnly(2000, 1, 1), int.MaxValue));
        Assert.Equal(new DateOnly(2000, 1, 8), DateRange.AddDays(new DateOnly(2000, 1, 1), 7));
    }
}
