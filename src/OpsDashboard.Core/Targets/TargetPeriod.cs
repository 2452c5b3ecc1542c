namespace OpsDashboard.Core.Targets;

public enum TargetPeriodKind
{
    Month,
    Quarter,
    Year,
}

/// <summary>A sales target set for a month, a quarter or a year.</summary>
public sealed record TargetPeriod(TargetPeriodKind Kind, DateOnly Start, decimal Amount, TargetShape Shape)
{
    public DateOnly End => Kind switch
    {
        TargetPeriodKind.Year => Start.AddYears(1).AddDays(-1),
        TargetPeriodKind.Quarter => Start.AddMonths(3).AddDays(-1),
        _ => Start.AddMonths(1).AddDays(-1),
    };

    public bool Covers(DateOnly month) => month >= Start && month <= End;

    /// <summary>The first day of the month, quarter or year that contains <paramref name="day"/>.</summary>
    public static DateOnly StartOf(TargetPeriodKind kind, DateOnly day) => kind switch
    {
        TargetPeriodKind.Year => new DateOnly(day.Year, 1, 1),
        TargetPeriodKind.Quarter => new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1),
        _ => new DateOnly(day.Year, day.Month, 1),
    };

    /// <summary>
    /// The month's target: a month target when one is set, otherwise the month's share of its
    /// quarter's, otherwise of its year's. The share follows last year's monthly sales when the
    /// target is shaped like last year and those sales exist, else the month's share of the days.
    /// </summary>
    public static (decimal Amount, TargetShape Shape, TargetPeriodKind Source)? MonthAmount(
        DateOnly month, IEnumerable<TargetPeriod> targets, IReadOnlyDictionary<DateOnly, decimal> lastYearMonthlySales)
    {
        var first = MonthlyTarget.FirstOfMonth(month);
        var covering = targets.Where(t => t.Covers(first)).OrderBy(t => t.Kind).FirstOrDefault();
        if (covering is null)
        {
            return null;
        }

        if (covering.Kind == TargetPeriodKind.Month)
        {
            return (covering.Amount, covering.Shape, covering.Kind);
        }

        var months = Enumerable.Range(0, covering.Kind == TargetPeriodKind.Year ? 12 : 3).Select(i => covering.Start.AddMonths(i)).ToList();
        var lastYear = months.Select(m => lastYearMonthlySales.GetValueOrDefault(m.AddYears(-1))).ToList();
        decimal share;
        if (covering.Shape == TargetShape.LastYear && lastYear.Sum() > 0m)
        {
            share = lastYearMonthlySales.GetValueOrDefault(first.AddYears(-1)) / lastYear.Sum();
        }
        else
        {
            share = DateTime.DaysInMonth(first.Year, first.Month) / (decimal)months.Sum(m => DateTime.DaysInMonth(m.Year, m.Month));
        }

        return (decimal.Round(covering.Amount * share, 2, MidpointRounding.AwayFromZero), covering.Shape, covering.Kind);
    }
}
