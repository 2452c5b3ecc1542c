using OpsDashboard.Core.Metrics;

namespace OpsDashboard.Core.Targets;

/// <summary>How a month's sales target is spread over its days.</summary>
public enum TargetShape
{
    /// <summary>The same amount every day.</summary>
    Even,

    /// <summary>Like the same month last year: its weekday pattern, and its promotion days on their dates.</summary>
    LastYear,
}

/// <summary>A month's sales target broken into days (DOMAIN §1: "is yesterday's target met, and the month-to-date pace").</summary>
public sealed record MonthlyTarget
{
    private MonthlyTarget(DateOnly month, decimal amount, TargetShape shape, IReadOnlyDictionary<DateOnly, decimal> daily, bool fellBackToEven)
    {
        Month = month;
        Amount = amount;
        Shape = shape;
        Daily = daily;
        FellBackToEven = fellBackToEven;
    }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; }
    public decimal Amount { get; }
    public TargetShape Shape { get; }
    public IReadOnlyDictionary<DateOnly, decimal> Daily { get; }

    /// <summary>True when the target was to follow last year's shape but the store sold nothing that month last year, so its days are even.</summary>
    public bool FellBackToEven { get; }

    /// <summary>A last-year day counts as a promotion day when its sales are at least this many times the month's median day (weekends run well below it).</summary>
    public const decimal PromotionDayFactor = 3m;

    public static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>
    /// Breaks <paramref name="amount"/> into the days of <paramref name="month"/>. With
    /// <see cref="TargetShape.LastYear"/>, each ordinary day weighs as last year's average for its
    /// weekday in that month, and each promotion day (≥ 3× last year's median day) keeps its date's
    /// own weight, so 11-11 stays a spike. With no sales last year the split is even. Daily amounts
    /// are rounded to the minor unit and the last day absorbs the rounding, so they add up exactly.
    /// </summary>
    public static MonthlyTarget Break(DateOnly month, decimal amount, TargetShape shape, IReadOnlyDictionary<DateOnly, decimal>? lastYearDailySales = null)
    {
        var first = FirstOfMonth(month);
        var days = Enumerable.Range(0, DateTime.DaysInMonth(first.Year, first.Month)).Select(first.AddDays).ToList();
        var weights = shape == TargetShape.LastYear ? LastYearWeights(days, lastYearDailySales ?? new Dictionary<DateOnly, decimal>()) : null;
        var fellBack = shape == TargetShape.LastYear && weights is null;
        weights ??= days.ToDictionary(d => d, _ => 1m);

        var total = weights.Values.Sum();
        var daily = new Dictionary<DateOnly, decimal>();
        var allocated = 0m;
        for (var i = 0; i < days.Count; i++)
        {
            var share = i == days.Count - 1
                ? amount - allocated
                : decimal.Round(amount * weights[days[i]] / total, 2, MidpointRounding.AwayFromZero);
            daily[days[i]] = share;
            allocated += share;
        }

        return new MonthlyTarget(first, amount, shape, daily, fellBack);
    }

    public decimal For(DateOnly day) => Daily.GetValueOrDefault(day);

    /// <summary>The target from the first of the month through <paramref name="day"/>, inclusive.</summary>
    public decimal ToDate(DateOnly day) => Daily.Where(d => d.Key <= day).Sum(d => d.Value);

    /// <summary>
    /// Month-end sales if the rest of the month keeps the pace so far against the plan:
    /// actual-to-date × (month target ÷ target-to-date). Without a plan to date, a straight line.
    /// </summary>
    public decimal ProjectMonthEnd(DateOnly throughDay, decimal actualToDate)
    {
        var planToDate = ToDate(throughDay);
        if (planToDate > 0m)
        {
            return actualToDate * Amount / planToDate;
        }

        var elapsed = throughDay.Day;
        return actualToDate / elapsed * Daily.Count;
    }

    private static Dictionary<DateOnly, decimal>? LastYearWeights(List<DateOnly> days, IReadOnlyDictionary<DateOnly, decimal> lastYear)
    {
        var lastYearMonth = days.Select(d => d.AddYears(-1)).Distinct().ToList();
        var sales = lastYearMonth.Select(d => lastYear.GetValueOrDefault(d)).ToList();
        if (sales.Sum() <= 0m)
        {
            return null;
        }

        var sorted = sales.Order().ToList();
        var median = sorted[sorted.Count / 2];
        var byWeekday = lastYearMonth
            .Where(d => !IsPromotion(lastYear.GetValueOrDefault(d), median))
            .GroupBy(d => d.DayOfWeek)
            .ToDictionary(g => g.Key, g => g.Average(d => lastYear.GetValueOrDefault(d)));
        var ordinaryAverage = byWeekday.Count == 0 ? sales.Average() : byWeekday.Values.Average();

        return days.ToDictionary(d => d, d =>
        {
            var sameDate = lastYear.GetValueOrDefault(d.AddYears(-1));
            return IsPromotion(sameDate, median) ? sameDate : byWeekday.GetValueOrDefault(d.DayOfWeek, ordinaryAverage);
        });
    }

    /// <summary>A day is a promotion day when its sales are at least <see cref="PromotionDayFactor"/> × the median day of the days it is judged among.</summary>
    public static bool IsPromotion(decimal sales, decimal median) => median > 0m && sales >= median * PromotionDayFactor;

    /// <summary>The promotion days among <paramref name="dailySales"/>: those at or above 3× the median of those days.</summary>
    public static IReadOnlySet<DateOnly> PromotionDays(IReadOnlyDictionary<DateOnly, decimal> dailySales)
    {
        if (dailySales.Count == 0)
        {
            return new HashSet<DateOnly>();
        }

        var sorted = dailySales.Values.Order().ToList();
        var median = sorted[sorted.Count / 2];
        return dailySales.Where(d => IsPromotion(d.Value, median)).Select(d => d.Key).ToHashSet();
    }
}

/// <summary>How a day and the month so far stand against the target.</summary>
public sealed record TargetProgress(
    DateOnly Day,
    decimal DayActual,
    decimal DayTarget,
    decimal MonthToDateActual,
    decimal MonthToDateTarget,
    decimal MonthTarget,
    decimal ProjectedMonthEnd)
{
    public bool DayMet => DayActual >= DayTarget;
    public decimal DayGap => DayActual - DayTarget;
    public decimal? DayAttainment => Ratio.Of(DayActual, DayTarget);
    public decimal? MonthToDateAttainment => Ratio.Of(MonthToDateActual, MonthToDateTarget);
    public decimal? ProjectedAttainment => Ratio.Of(ProjectedMonthEnd, MonthTarget);

    /// <summary>The target asked for last year's shape, but with no sales last year its days are even.</summary>
    public bool FellBackToEven { get; init; }

    /// <summary>The days of the month after <see cref="Day"/>.</summary>
    public int RemainingDays { get; init; }

    /// <summary>What each remaining day must sell to reach the month's target; null when no day remains.</summary>
    public decimal? NeededDailySales => RemainingDays > 0 ? Math.Max(0m, MonthTarget - MonthToDateActual) / RemainingDays : null;

    public static TargetProgress Of(MonthlyTarget target, DateOnly day, decimal dayActual, decimal monthToDateActual) => new(
        day,
        dayActual,
        target.For(day),
        monthToDateActual,
        target.ToDate(day),
        target.Amount,
        target.ProjectMonthEnd(day, monthToDateActual))
    {
        FellBackToEven = target.FellBackToEven,
        RemainingDays = target.Daily.Keys.Count(d => d > day),
    };
}
