using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;

namespace OpsDashboard.Core.Targets;

/// <summary>
/// A calendar month's sales as the store-daily files report them. The month's sales are known only when every
/// day of it reported its sales (a missing file is not a day without sales): otherwise <see cref="Amount"/> is null.
/// </summary>
public sealed record MonthSales(DateOnly Month, int Days, int ReportedDays, decimal Reported)
{
    /// <summary>Every day of the month reported its sales.</summary>
    public bool Complete => Days > 0 && ReportedDays == Days;

    /// <summary>Σ sales of the month; null unless <see cref="Complete"/>.</summary>
    public decimal? Amount => Complete ? Reported : null;

    /// <summary>The month holding <paramref name="month"/> from <paramref name="dailySales"/>, which holds only the days whose sales are known.</summary>
    public static MonthSales Of(DateOnly month, IReadOnlyDictionary<DateOnly, decimal> dailySales)
    {
        var first = MonthlyTarget.FirstOfMonth(month);
        var days = DateTime.DaysInMonth(first.Year, first.Month);
        var reported = Enumerable.Range(0, days).Select(first.AddDays).Where(dailySales.ContainsKey).ToList();
        return new MonthSales(first, days, reported.Count, reported.Sum(d => dailySales[d]));
    }
}

/// <summary>
/// This year's sales growth so far (seed 003 part 二, 月计划): over the days from 1 January of <see cref="Range"/>'s year
/// through its last day whose sales are known both on that date and on the same date one year earlier,
/// growth = Σ sales this year ÷ Σ sales on the same dates last year (a ratio of sums, DOMAIN §3). 29 February has
/// no same date last year and is left out. Days known in only one of the years are left out of both sums, so a store
/// whose history starts mid-year compares like with like.
/// </summary>
public sealed record SalesGrowth(DateRange Range, int ComparedDays, decimal ThisYear, decimal LastYear)
{
    /// <summary>Fewer compared days than this are too few to call a growth.</summary>
    public const int MinComparedDays = 28;

    /// <summary>Σ this year ÷ Σ last year over the compared days; null with too few compared days or no sales last year.</summary>
    public decimal? Factor => ComparedDays < MinComparedDays ? null : Ratio.Of(ThisYear, LastYear);

    /// <summary>The growth from 1 January of <paramref name="throughDay"/>'s year through <paramref name="throughDay"/>.</summary>
    public static SalesGrowth Of(IReadOnlyDictionary<DateOnly, decimal> dailySales, DateOnly throughDay)
    {
        var range = new DateRange(new DateOnly(throughDay.Year, 1, 1), throughDay);
        var compared = new List<(decimal Now, decimal Before)>();
        for (var day = range.From; day <= range.To; day = day.AddDays(1))
        {
            if (day is { Month: 2, Day: 29 })
            {
                continue;
            }

            if (dailySales.TryGetValue(day, out var now) && dailySales.TryGetValue(day.AddYears(-1), out var before))
            {
                compared.Add((now, before));
            }
        }

        return new SalesGrowth(range, compared.Count, compared.Sum(c => c.Now), compared.Sum(c => c.Before));
    }
}

/// <summary>Why no target could be proposed.</summary>
public enum TargetProposalGap
{
    /// <summary>A target is proposed.</summary>
    None,

    /// <summary>The same month last year is not fully reported (no or missing days): its sales are unknown.</summary>
    NoSameMonthLastYear,

    /// <summary>Fewer than <see cref="SalesGrowth.MinComparedDays"/> days this year have sales on the same date last year.</summary>
    TooFewComparedDays,

    /// <summary>Last year sold nothing on the compared days: a growth factor has no value.</summary>
    NoSalesLastYearSoFar,
}

/// <summary>
/// The proposed sales target of a month (seed 003 part 二: 分析上个月的销售额 … 做出下个月销售目标):
/// target = the same month last year's sales × this year's growth so far (<see cref="SalesGrowth"/>), rounded to a
/// whole unit of money (halves away from zero). No proposal (null <see cref="Amount"/>, a <see cref="Gap"/>) when either is unknown.
/// </summary>
public sealed record TargetProposal(DateOnly Month, MonthSales SameMonthLastYear, SalesGrowth Growth, decimal? Amount, TargetProposalGap Gap)
{
    public static TargetProposal Propose(DateOnly month, MonthSales sameMonthLastYear, SalesGrowth growth)
    {
        var first = MonthlyTarget.FirstOfMonth(month);
        var gap = sameMonthLastYear.Amount is null ? TargetProposalGap.NoSameMonthLastYear
            : growth.ComparedDays < SalesGrowth.MinComparedDays ? TargetProposalGap.TooFewComparedDays
            : growth.Factor is null ? TargetProposalGap.NoSalesLastYearSoFar
            : TargetProposalGap.None;
        decimal? amount = gap == TargetProposalGap.None
            ? decimal.Round(sameMonthLastYear.Amount!.Value * growth.Factor!.Value, 0, MidpointRounding.AwayFromZero)
            : null;
        return new TargetProposal(first, sameMonthLastYear, growth, amount, gap);
    }
}
