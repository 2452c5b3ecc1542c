using OpsDashboard.Core.Periods;

namespace OpsDashboard.Core.Tests;

public sealed class DateRangeTests
{
    [Fact]
    public void Previous_IsTheSameNumberOfDaysImmediatelyBefore()
    {
        var week = new DateRange(new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 22));
        Assert.Equal(new DateRange(new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 15)), week.Previous());
        var day = new DateRange(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1));
        Assert.Equal(new DateRange(new DateOnly(2026, 2, 28), new DateOnly(2026, 2, 28)), day.Previous());
    }

    [Fact]
    public void YearAgo_IsTheSameDatesOneYearEarlier_LeapDayFallsToTheTwentyEighth()
    {
        var range = new DateRange(new DateOnly(2028, 2, 1), new DateOnly(2028, 2, 29));
        Assert.Equal(new DateRange(new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 28)), range.YearAgo());
    }

    [Fact]
    public void FromAfterTo_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new DateRange(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 1)));

    [Fact]
    public void WeekOf_IsMondayToSunday()
    {
        var week = CalendarPeriods.WeekOf(new DateOnly(2026, 11, 22)); // a Sunday
        Assert.Equal(new DateOnly(2026, 11, 16), week.From);
        Assert.Equal(DayOfWeek.Monday, week.From.DayOfWeek);
        Assert.Equal(new DateOnly(2026, 11, 22), week.To);
        Assert.Equal(7, week.Days);
    }
}
