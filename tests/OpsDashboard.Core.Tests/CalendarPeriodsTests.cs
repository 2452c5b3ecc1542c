using OpsDashboard.Core.Periods;

namespace OpsDashboard.Core.Tests;

public sealed class CalendarPeriodsTests
{
    [Fact]
    public void WeekOf_MondayStart_IsTheMondayToSundayWeekOfEveryDay()
    {
        for (var day = new DateOnly(2026, 11, 1); day <= new DateOnly(2026, 11, 30); day = day.AddDays(1))
        {
            var week = CalendarPeriods.WeekOf(day);
            Assert.Equal(DayOfWeek.Monday, week.From.DayOfWeek);
            Assert.InRange(day, week.From, week.To);
            Assert.Equal(7, week.Days);
        }
    }

    [Fact]
    public void WeekOf_SundayStart_RunsSundayToSaturday()
    {
        var week = CalendarPeriods.WeekOf(new DateOnly(2026, 11, 21), DayOfWeek.Sunday); // a Saturday
        Assert.Equal(new DateRange(new DateOnly(2026, 11, 15), new DateOnly(2026, 11, 21)), week);
        Assert.Equal(week, CalendarPeriods.WeekOf(new DateOnly(2026, 11, 15), DayOfWeek.Sunday));
    }

    [Fact]
    public void LastCompleteWeek_OnASunday_IsThatWeek_OtherwiseTheWeekBefore()
    {
        var sundayWeek = new DateRange(new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 22));
        Assert.Equal(sundayWeek, CalendarPeriods.LastCompleteWeek(new DateOnly(2026, 11, 22)));
        Assert.Equal(sundayWeek, CalendarPeriods.LastCompleteWeek(new DateOnly(2026, 11, 28))); // a Saturday
        Assert.Equal(new DateRange(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29)), CalendarPeriods.LastCompleteWeek(new DateOnly(2026, 11, 29)));
    }

    [Fact]
    public void Shift_MovesByWholeWeeks()
    {
        var week = new DateRange(new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 22));
        Assert.Equal(new DateRange(new DateOnly(2026, 9, 28), new DateOnly(2026, 10, 4)), CalendarPeriods.Shift(week, -7));
    }

    [Fact]
    public void MonthToDate_StartsOnTheFirst()
    {
        Assert.Equal(new DateRange(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 20)), CalendarPeriods.MonthToDate(new DateOnly(2026, 11, 20)));
    }

    [Fact]
    public void MonthToDateComparison_Previous_IsTheSameDaysOfLastMonth_CutAtItsEnd()
    {
        var november = CalendarPeriods.MonthToDate(new DateOnly(2026, 11, 20));
        Assert.Equal(new DateRange(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 20)), CalendarPeriods.MonthToDateComparison(november, Comparison.Previous));
        var march = CalendarPeriods.MonthToDate(new DateOnly(2026, 3, 31));
        Assert.Equal(new DateRange(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28)), CalendarPeriods.MonthToDateComparison(march, Comparison.Previous));
        var january = CalendarPeriods.MonthToDate(new DateOnly(2027, 1, 5));
        Assert.Equal(new DateRange(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 5)), CalendarPeriods.MonthToDateComparison(january, Comparison.Previous));
    }

    [Fact]
    public void MonthToDateComparison_YearOverYear_IsTheSameDatesAYearEarlier()
    {
        var november = CalendarPeriods.MonthToDate(new DateOnly(2026, 11, 20));
        Assert.Equal(new DateRange(new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 20)), CalendarPeriods.MonthToDateComparison(november, Comparison.YearOverYear));
    }
}
