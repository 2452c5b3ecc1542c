using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Web.Model;

/// <summary>The date ranges the filter bar offers in one click.</summary>
public enum DatePreset
{
    Yesterday,
    Last7Days,
    Last30Days,
    ThisWeek,
    ThisMonth,
    LastMonth,
}

/// <summary>
/// Turns a preset into dates for a given "today" (the store's calendar day, <see cref="StoreClock"/>).
/// "Last N days" are the N complete days ending yesterday, as the platforms count them (最近7天);
/// "this week" (Monday–Sunday weeks) and "this month" run to today; "last month" is the whole
/// calendar month.
/// </summary>
public static class DatePresets
{
    public static readonly IReadOnlyList<DatePreset> All =
        [DatePreset.Yesterday, DatePreset.Last7Days, DatePreset.Last30Days, DatePreset.ThisWeek, DatePreset.ThisMonth, DatePreset.LastMonth];

    public static DateRange For(DatePreset preset, DateOnly today)
    {
        var yesterday = today.AddDays(-1);
        var firstOfMonth = new DateOnly(today.Year, today.Month, 1);
        return preset switch
        {
            DatePreset.Yesterday => new DateRange(yesterday, yesterday),
            DatePreset.Last7Days => new DateRange(today.AddDays(-7), yesterday),
            DatePreset.Last30Days => new DateRange(today.AddDays(-30), yesterday),
            DatePreset.ThisWeek => new DateRange(CalendarPeriods.WeekOf(today).From, today),
            DatePreset.ThisMonth => new DateRange(firstOfMonth, today),
            DatePreset.LastMonth => new DateRange(firstOfMonth.AddMonths(-1), firstOfMonth.AddDays(-1)),
            _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, null),
        };
    }

    /// <summary>The first preset that gives exactly <paramref name="range"/> today, or null (a custom range).</summary>
    public static DatePreset? Match(DateRange range, DateOnly today) =>
        All.Cast<DatePreset?>().FirstOrDefault(p => For(p!.Value, today) == range);

    /// <summary>The preset's name in markup and tests (data-preset).</summary>
    public static string Key(DatePreset preset) => preset switch
    {
        DatePreset.Yesterday => "yesterday",
        DatePreset.Last7Days => "last-7-days",
        DatePreset.Last30Days => "last-30-days",
        DatePreset.ThisWeek => "this-week",
        DatePreset.ThisMonth => "this-month",
        _ => "last-month",
    };

    /// <summary>Today on the store's own clock (its IANA time zone), never the server's.</summary>
    public static DateOnly Today(TimeProvider time, StoreInfo? store) => StoreClock.Today(time, store?.TimeZone);
}
