using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Targets;

namespace OpsDashboard.Core.Attention;

/// <summary>One day of store totals, for baselines.</summary>
public sealed record DayTotals(DateOnly Date, StoreTotals Totals);

/// <summary>
/// A store's usual day: the same weekday of the last four weeks, promotion days left out (sales at
/// least 3× the median day, the rule targets use: <see cref="MonthlyTarget.IsPromotion"/>), summed.
/// Rates are ratios of those sums; per-day figures divide by the days that count.
/// </summary>
public sealed record RunRate(IReadOnlyList<DateOnly> Days, decimal? Visitors, decimal? PayingBuyers, decimal? Sales)
{
    /// <summary>How many weeks back the same weekday is looked for.</summary>
    public const int Weeks = 4;

    public decimal? SalesPerDay => Sales is { } s && Days.Count > 0 ? s / Days.Count : null;
    public decimal? VisitorsPerDay => Visitors is { } v && Days.Count > 0 ? v / Days.Count : null;
    public decimal? ConversionRate => Catalogue.ConversionRate.OfSums(PayingBuyers, Visitors);
    public decimal? AverageOrderValue => Catalogue.AverageOrderValue.OfSums(Sales, PayingBuyers);

    /// <summary>
    /// The same weekday of the <see cref="Weeks"/> weeks before <paramref name="day"/> that have data
    /// and are not in <paramref name="promotionDays"/>; null when none is left.
    /// </summary>
    public static RunRate? SameWeekday(DateOnly day, IReadOnlyList<DayTotals> history, IReadOnlySet<DateOnly> promotionDays)
    {
        var wanted = Enumerable.Range(1, Weeks).Select(w => day.AddDays(-7 * w)).Where(d => !promotionDays.Contains(d)).ToHashSet();
        var days = history.Where(d => wanted.Contains(d.Date)).OrderBy(d => d.Date).ToList();
        if (days.Count == 0)
        {
            return null;
        }

        return new RunRate(
            days.Select(d => d.Date).ToList(),
            SumOrUnknown(days, d => d.Totals.Visitors),
            SumOrUnknown(days, d => d.Totals.PayingBuyers),
            SumOrUnknown(days, d => d.Totals.PaymentAmount));
    }

    /// <summary>
    /// The promotion days among <paramref name="history"/> (sales ≥ 3× the median day) plus the
    /// days of <paramref name="campaignDays"/> (annotated campaigns).
    /// </summary>
    public static IReadOnlySet<DateOnly> PromotionDays(IReadOnlyList<DayTotals> history, IEnumerable<DateOnly>? campaignDays = null)
    {
        var sales = history.ToDictionary(d => d.Date, d => d.Totals.PaymentAmount);
        var days = MonthlyTarget.PromotionDays(sales).ToHashSet();
        days.UnionWith(campaignDays ?? []);
        return days;
    }

    /// <summary>A sum over days, unknown when any day did not report the figure (unknown is never 0).</summary>
    private static decimal? SumOrUnknown(IReadOnlyList<DayTotals> days, Func<DayTotals, decimal?> value)
    {
        var values = days.Select(value).ToList();
        return values.Any(v => v is null) ? null : values.Sum();
    }
}

/// <summary>Why a day missed its target, judged against the store's usual same weekday (never against the day before).</summary>
public enum MissedReasonKind
{
    /// <summary>The day sold at least its usual weekday and still missed: the target is above the store's pace.</summary>
    AbovePace,

    /// <summary>The day sold less than its usual weekday and a driver fell against it: chase that driver.</summary>
    DriverFell,

    /// <summary>No usual weekday to compare with (too little history, or unknown figures): no driver is named.</summary>
    NoBaseline,
}

/// <summary>A missed day against the store's same-weekday run rate.</summary>
public sealed record MissedDayReason(
    MissedReasonKind Kind,
    Driver? Driver,
    decimal? RunRateSales,
    int RunRateDays,
    decimal? SalesVsRunRate,
    decimal? TargetVsRunRate,
    decimal? TrafficVsRunRate,
    decimal? ConversionVsRunRate,
    decimal? AovVsRunRate,
    decimal? LiftToCloseDay)
{
    /// <summary>A driver "fell" only when it is at least this much below the usual weekday (1%): noise is not a cause.</summary>
    public const decimal FallTolerance = 0.01m;

    public static MissedDayReason Of(TargetProgress target, StoreTotals day, RunRate? usual)
    {
        var lift = target.DayActual > 0m ? Ratio.Of(target.DayTarget, target.DayActual) - 1m : null;
        if (usual?.SalesPerDay is not { } usualSales || usualSales <= 0m)
        {
            return new MissedDayReason(MissedReasonKind.NoBaseline, null, null, usual?.Days.Count ?? 0, null, null, null, null, null, lift);
        }

        var traffic = Change(day.Visitors, usual.VisitorsPerDay);
        var conversion = Change(Catalogue.ConversionRate.Of(day), usual.ConversionRate);
        var aov = Change(Catalogue.AverageOrderValue.Of(day), usual.AverageOrderValue);
        var salesChange = Change(target.DayActual, usualSales);
        var targetChange = Change(target.DayTarget, usualSales);
        var kind = target.DayActual >= usualSales ? MissedReasonKind.AbovePace : MissedReasonKind.DriverFell;

        Driver? driver = null;
        if (kind == MissedReasonKind.DriverFell)
        {
            var fell = new (Driver Driver, decimal? Change)[] { (Metrics.Driver.Traffic, traffic), (Metrics.Driver.Conversion, conversion), (Metrics.Driver.AverageOrderValue, aov) }
                .Where(d => d.Change is { } c && c <= -FallTolerance)
                .OrderBy(d => d.Change)
                .ToList();
            driver = fell.Count > 0 ? fell[0].Driver : null;
        }

        return new MissedDayReason(kind, driver, usualSales, usual.Days.Count, salesChange, targetChange, traffic, conversion, aov, lift);
    }

    private static decimal? Change(decimal? current, decimal? usual) =>
        current is { } c && usual is { } u && u > 0m ? Ratio.Of(c, u) - 1m : null;
}
