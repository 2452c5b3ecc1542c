using OpsDashboard.Core.Targets;

namespace OpsDashboard.Core.Tests;

public sealed class TargetTests
{
    [Fact]
    public void EvenBreakdown_February_SplitsIntoTwentyEightDays_ThatAddUpExactly()
    {
        var target = MonthlyTarget.Break(new DateOnly(2026, 2, 10), 100_000m, TargetShape.Even);
        Assert.Equal(new DateOnly(2026, 2, 1), target.Month);
        Assert.Equal(28, target.Daily.Count);
        Assert.Equal(3571.43m, target.For(new DateOnly(2026, 2, 1)));
        Assert.Equal(100_000m, target.Daily.Values.Sum());
        Assert.Equal(100_000m - (3571.43m * 27), target.For(new DateOnly(2026, 2, 28)));
    }

    [Fact]
    public void EvenBreakdown_LeapFebruary_HasTwentyNineDays() =>
        Assert.Equal(29, MonthlyTarget.Break(new DateOnly(2028, 2, 1), 29_000m, TargetShape.Even).Daily.Count);

    [Fact]
    public void LastYearShape_KeepsThePromotionSpikeOnItsDate_AndTheWeekdayPattern()
    {
        // November 2025: weekdays sell 1,000, weekends 2,000, and 11-11 sells 20,000.
        var lastYear = Enumerable.Range(1, 30).Select(d => new DateOnly(2025, 11, d)).ToDictionary(
            d => d,
            d => d.Day == 11 ? 20_000m : d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 2_000m : 1_000m);
        var target = MonthlyTarget.Break(new DateOnly(2026, 11, 1), 100_000m, TargetShape.LastYear, lastYear);

        Assert.Equal(100_000m, target.Daily.Values.Sum());
        var singlesDay = target.For(new DateOnly(2026, 11, 11));
        var saturday = target.For(new DateOnly(2026, 11, 7));
        var tuesday = target.For(new DateOnly(2026, 11, 10));
        Assert.Equal(2m, decimal.Round(saturday / tuesday, 2));
        Assert.Equal(20m, decimal.Round(singlesDay / tuesday, 2));
    }

    [Fact]
    public void LastYearShape_WithoutLastYearSales_FallsBackToEven()
    {
        var target = MonthlyTarget.Break(new DateOnly(2026, 4, 1), 30_000m, TargetShape.LastYear, new Dictionary<DateOnly, decimal>());
        Assert.All(target.Daily.Values, v => Assert.Equal(1_000m, v));
    }

    [Fact]
    public void Progress_MissedDay_AndProjection_FollowThePlan()
    {
        var target = MonthlyTarget.Break(new DateOnly(2026, 4, 1), 30_000m, TargetShape.Even);
        var progress = TargetProgress.Of(target, new DateOnly(2026, 4, 10), dayActual: 900m, monthToDateActual: 9_000m);

        Assert.False(progress.DayMet);
        Assert.Equal(-100m, progress.DayGap);
        Assert.Equal(0.9m, progress.DayAttainment);
        Assert.Equal(10_000m, progress.MonthToDateTarget);
        Assert.Equal(27_000m, progress.ProjectedMonthEnd);
        Assert.Equal(0.9m, progress.ProjectedAttainment);
    }

    [Fact]
    public void Progress_ExactlyOnTarget_IsMet() =>
        Assert.True(TargetProgress.Of(MonthlyTarget.Break(new DateOnly(2026, 4, 1), 30_000m, TargetShape.Even), new DateOnly(2026, 4, 1), 1_000m, 1_000m).DayMet);

    [Fact]
    public void MonthAmount_MonthTargetWins_ThenQuarterShare_ThenYearShare()
    {
        var none = new Dictionary<DateOnly, decimal>();
        var year = new TargetPeriod(TargetPeriodKind.Year, new DateOnly(2026, 1, 1), 365_000m, TargetShape.Even);
        var quarter = new TargetPeriod(TargetPeriodKind.Quarter, new DateOnly(2026, 4, 1), 91_000m, TargetShape.Even);
        var april = new TargetPeriod(TargetPeriodKind.Month, new DateOnly(2026, 4, 1), 50_000m, TargetShape.LastYear);

        Assert.Equal((50_000m, TargetShape.LastYear, TargetPeriodKind.Month), TargetPeriod.MonthAmount(new DateOnly(2026, 4, 1), [year, quarter, april], none));
        Assert.Equal((31_000m, TargetShape.Even, TargetPeriodKind.Quarter), TargetPeriod.MonthAmount(new DateOnly(2026, 5, 1), [year, quarter, april], none));
        Assert.Equal((28_000m, TargetShape.Even, TargetPeriodKind.Year), TargetPeriod.MonthAmount(new DateOnly(2026, 2, 1), [year, quarter], none));
        Assert.Null(TargetPeriod.MonthAmount(new DateOnly(2027, 1, 1), [year], none));
    }

    [Fact]
    public void MonthAmount_YearShapedLikeLastYear_FollowsLastYearsMonths()
    {
        var lastYear = Enumerable.Range(1, 12).ToDictionary(m => new DateOnly(2025, m, 1), m => m == 11 ? 300m : 100m);
        var year = new TargetPeriod(TargetPeriodKind.Year, new DateOnly(2026, 1, 1), 1_400m, TargetShape.LastYear);
        Assert.Equal(300m, TargetPeriod.MonthAmount(new DateOnly(2026, 11, 1), [year], lastYear)!.Value.Amount);
        Assert.Equal(100m, TargetPeriod.MonthAmount(new DateOnly(2026, 3, 1), [year], lastYear)!.Value.Amount);
    }

    [Fact]
    public void StartOf_Quarter_IsItsFirstMonth() =>
        Assert.Equal(new DateOnly(2026, 10, 1), TargetPeriod.StartOf(TargetPeriodKind.Quarter, new DateOnly(2026, 11, 23)));
}
