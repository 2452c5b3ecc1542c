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

    /// <summary>The same number of days immediately before <see cref="From"/>.</summary>
    public DateRange Previous() => new(From.AddDays(-Days), From.AddDays(-1));

    /// <summary>The same dates one year earlier (29 February maps to 28 February).</summary>
    public DateRange YearAgo() => new(From.AddYears(-1), To.AddYears(-1));

    public DateRange Compare(Comparison comparison) => comparison switch
    {
        Comparison.YearOverYear => YearAgo(),
        _ => Previous(),
    };

    public bool Contains(DateOnly day) => day >= From && day <= To;

    public IEnumerable<DateOnly> EachDay()
    {
        for (var day = From; day <= To; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    public override string ToString() => $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}";
}

public enum Comparison
{
    Previous,
    YearOverYear,
}
