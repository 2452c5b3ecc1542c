namespace OpsDashboard.Core.Periods;

/// <summary>An inclusive range of store-local calendar days.</summary>
public sealed record DateRange
{
    public DateRange(DateOnly from, DateOnly to)
    {
        if (from > to)
        {
            throw new ArgumentException($"'from' ({from:yyyy-MM-dd}) is after 'to' ({to:yyyy-MM-dd}).", nameof(from));
        }

        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The same number of days immediately before <see cref="From"/> (clamped at <see cref="DateOnly.MinValue"/>, never an exception).</summary>
    public DateRange Previous() => new(AddDays(From, -Days), AddDays(From, -1));

    /// <summary>The same dates one year earlier (29 February maps to 28 February; year 1 stays at its first day).</summary>
    public DateRange YearAgo() => From.Year == 1
        ? new(DateOnly.MinValue, To.Year == 1 ? DateOnly.MinValue : To.AddYears(-1))
        : new(From.AddYears(-1), To.AddYears(-1));

    public DateRange Compare(Comparison comparison) => comparison switch
    {
        Comparison.YearOverYear => YearAgo(),
        _ => Previous(),
    };

    public bool Contains(DateOnly day) => day >= From && day <= To;

    public IEnumerable<DateOnly> EachDay()
    {
        for (var day = From.DayNumber; day <= To.DayNumber; day++)
        {
            yield return DateOnly.FromDayNumber(day);
        }
    }

    /// <summary>
    /// <paramref name="day"/> moved by <paramref name="days"/>, held at <see cref="DateOnly.MinValue"/> or
    /// <see cref="DateOnly.MaxValue"/>: period arithmetic never throws at the edges of the calendar.
    /// </summary>
    public static DateOnly AddDays(DateOnly day, int days)
    {
        var number = (long)day.DayNumber + days;
        return DateOnly.FromDayNumber((int)Math.Clamp(number, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));
    }

    public override string ToString() => $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}";
}

public enum Comparison
{
    Previous,
    YearOverYear,
}
