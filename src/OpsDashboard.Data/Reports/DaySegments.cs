using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using OpsDashboard.Core.Periods;

namespace OpsDashboard.Data.Reports;

/// <summary>
/// The days of several ranges cut into disjoint segments at every range's ends, so one GROUP BY segment sums every
/// range at once: a range's totals are the sums of its segments (every field is a sum). The segment of a day is a
/// CASE over the boundaries (parameters, not literals), the days read are the ranges' union; both translate on
/// SQLite and PostgreSQL. The SQL text depends only on how many boundaries and intervals there are.
/// </summary>
internal sealed class DaySegments
{
    /// <summary>Sorted boundaries: segment i is [_points[i], _points[i + 1]).</summary>
    private readonly DateOnly[] _points;

    public DaySegments(IEnumerable<DateRange> ranges)
    {
        var list = ranges.Distinct().ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("Segments need at least one range.", nameof(ranges));
        }

        _points = list.SelectMany(r => new[] { r.From, r.To.AddDays(1) }).Distinct().Order().ToArray();
        Intervals = Merge(list);
    }

    /// <summary>The union of the ranges as disjoint intervals, oldest first.</summary>
    public IReadOnlyList<DateRange> Intervals { get; }

    /// <summary>The segments that make up <paramref name="range"/>, or null when its ends are not boundaries or it leaves the union.</summary>
    public IReadOnlyList<int>? Of(DateRange range)
    {
        var first = Array.BinarySearch(_points, range.From);
        var end = Array.BinarySearch(_points, range.To.AddDays(1));
        return first >= 0 && end > first && Covers(range) ? Enumerable.Range(first, end - first).ToList() : null;
    }

    /// <summary>True when the range lies inside one interval of the union (its days were all read).</summary>
    public bool Covers(DateRange range) => Intervals.Any(i => i.From <= range.From && i.To >= range.To);

    /// <summary>
    /// The union cut at calendar months: <c>Full</c> holds the days of the calendar months that lie wholly inside one
    /// segment (whole months, merged), <c>Edges</c> the other days (each segment's partial first and last months).
    /// Together they are the union; a full month's first day falls in the month's segment.
    /// </summary>
    public (IReadOnlyList<DateRange> Full, IReadOnlyList<DateRange> Edges) ByMonths()
    {
        var full = new List<DateRange>();
        var edges = new List<DateRange>();
        for (var i = 0; i < _points.Length - 1; i++)
        {
            var segment = new DateRange(_points[i], _points[i + 1].AddDays(-1));
            if (!Covers(segment))
            {
                continue;
            }

            var first = segment.From.Day == 1 ? segment.From : MonthOf(segment.From).AddMonths(1);
            var end = MonthOf(segment.To.AddDays(1));
            if (first >= end)
            {
                edges.Add(segment);
                continue;
            }

            full.Add(new DateRange(first, end.AddDays(-1)));
            if (first > segment.From)
            {
                edges.Add(new DateRange(segment.From, first.AddDays(-1)));
            }

            if (end <= segment.To)
            {
                edges.Add(new DateRange(end, segment.To));
            }
        }

        return (Merge(full), Merge(edges));
    }

    /// <summary>The first day of the day's calendar month.</summary>
    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>day ∈ the union of the ranges: (day BETWEEN a AND b) OR …</summary>
    public Expression<Func<T, bool>> Within<T>(Expression<Func<T, DateOnly>> day) => Within(Intervals, day);

    /// <summary>day ∈ one of <paramref name="intervals"/> (at least one): (day BETWEEN a AND b) OR …</summary>
    public static Expression<Func<T, bool>> Within<T>(IReadOnlyList<DateRange> intervals, Expression<Func<T, DateOnly>> day)
    {
        Expression? body = null;
        foreach (var interval in intervals)
        {
            var inside = Expression.AndAlso(
                Expression.GreaterThanOrEqual(day.Body, Parameter(interval.From)),
                Expression.LessThanOrEqual(day.Body, Parameter(interval.To)));
            body = body is null ? inside : Expression.OrElse(body, inside);
        }

        return Expression.Lambda<Func<T, bool>>(body!, day.Parameters);
    }

    /// <summary>The segment of a day: CASE WHEN day &gt;= p(n-1) THEN n-1 … ELSE 0 END.</summary>
    public Expression<Func<T, TKey>> Key<T, TKey>(Expression<Func<T, DateOnly>> day, Expression<Func<T, int, TKey>> key)
    {
        Expression segment = Expression.Constant(0);
        for (var i = 1; i < _points.Length - 1; i++)
        {
            segment = Expression.Condition(Expression.GreaterThanOrEqual(day.Body, Parameter(_points[i])), Expression.Constant(i), segment);
        }

        var row = key.Parameters[0];
        var body = new Replace(key.Parameters[1], new Replace(day.Parameters[0], row).Visit(segment)).Visit(key.Body);
        return Expression.Lambda<Func<T, TKey>>(body, row);
    }

    /// <summary>A value EF sends as a parameter (a captured field), so the SQL text does not change with the dates.</summary>
    private static MemberExpression Parameter(DateOnly value) =>
        Expression.Field(Expression.Constant(new StrongBox<DateOnly>(value)), nameof(StrongBox<DateOnly>.Value));

    private static List<DateRange> Merge(List<DateRange> ranges)
    {
        var merged = new List<DateRange>();
        foreach (var range in ranges.OrderBy(r => r.From))
        {
            if (merged.Count > 0 && range.From <= merged[^1].To.AddDays(1))
            {
                var last = merged[^1];
                merged[^1] = new DateRange(last.From, range.To > last.To ? range.To : last.To);
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
