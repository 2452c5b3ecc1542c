using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Targets;
using OpsDashboard.Data.Entities;
using OpsDashboard.Data.Reports;

namespace OpsDashboard.Data.Planning;

/// <summary>A month's target, its daily breakdown, what was sold each day, and the pace as of a day.</summary>
public sealed record MonthPlan(
    MonthlyTarget Target,
    TargetPeriodKind SetFor,
    IReadOnlyDictionary<DateOnly, decimal> DailyActual,
    TargetProgress? Progress);

/// <summary>Sales targets per store (month, quarter or year) and how the store stands against them.</summary>
public sealed class TargetService(IDbContextFactory<OpsDbContext> contextFactory, KpiQueries queries, TimeProvider clock)
{
    public async Task<IReadOnlyList<TargetPeriod>> ListAsync(int storeId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var rows = await db.SalesTargets.AsNoTracking().Where(t => t.StoreId == storeId).OrderBy(t => t.PeriodStart).ToListAsync(ct);
        return rows.Select(ToPeriod).ToList();
    }

    /// <summary>Sets (or replaces) the target of a month, quarter or year.</summary>
    public async Task SetAsync(int storeId, TargetPeriod period, CancellationToken ct = default)
    {
        if (period.Amount < 0m)
        {
            throw new ArgumentException("A target cannot be negative.", nameof(period));
        }

        var kind = KindName(period.Kind);
        var start = TargetPeriod.StartOf(period.Kind, period.Start);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var row = await db.SalesTargets.FirstOrDefaultAsync(t => t.StoreId == storeId && t.PeriodKind == kind && t.PeriodStart == start, ct);
        if (row is null)
        {
            row = new SalesTarget { StoreId = storeId, PeriodKind = kind, PeriodStart = start, Shape = ShapeName(period.Shape) };
            db.SalesTargets.Add(row);
        }

        row.AmountMinor = Money.ToMinorUnits(period.Amount);
        row.Shape = ShapeName(period.Shape);
        row.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    public async Task<bool> DeleteAsync(int storeId, TargetPeriodKind kind, DateOnly start, CancellationToken ct = default)
    {
        var name = KindName(kind);
        var first = TargetPeriod.StartOf(kind, start);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.SalesTargets.Where(t => t.StoreId == storeId && t.PeriodKind == name && t.PeriodStart == first).ExecuteDeleteAsync(ct) > 0;
    }

    /// <summary>The targets of several stores in one query, by store.</summary>
    public async Task<ILookup<int, TargetPeriod>> ListAsync(IReadOnlyList<int> storeIds, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var rows = await db.SalesTargets.AsNoTracking().Where(t => storeIds.Contains(t.StoreId)).OrderBy(t => t.PeriodStart).ToListAsync(ct);
        return rows.ToLookup(t => t.StoreId, ToPeriod);
    }

    /// <summary>
    /// The month's plan, or null when no month, quarter or year target covers it. Progress is as
    /// of <paramref name="asOf"/> (inside the month), else null.
    /// </summary>
    public async Task<MonthPlan?> MonthAsync(int storeId, DateOnly month, DateOnly? asOf, CancellationToken ct = default) =>
        await MonthAsync(await ListAsync(storeId, ct), month, asOf, range => queries.StoreDailySeriesAsync(storeId, range, ct));

    /// <summary>
    /// The days whose sales a month's plan reads (<see cref="MonthAsync(IReadOnlyList{TargetPeriod}, DateOnly, DateOnly?, Func{DateRange, Task{IReadOnlyList{DailyStoreTotals}}})"/>):
    /// last year, which shapes quarter and year shares and the month's days, and the month itself.
    /// </summary>
    public static IEnumerable<DateRange> SalesRanges(DateOnly month)
    {
        var first = MonthlyTarget.FirstOfMonth(month);
        return [new DateRange(new DateOnly(first.Year - 1, 1, 1), new DateOnly(first.Year - 1, 12, 31)), new DateRange(first, first.AddMonths(1).AddDays(-1))];
    }

    /// <summary>The month's plan from targets already read and the store's daily sales as <paramref name="daily"/> gives them (a scope's read).</summary>
    public static async Task<MonthPlan?> MonthAsync(
        IReadOnlyList<TargetPeriod> targets, DateOnly month, DateOnly? asOf, Func<DateRange, Task<IReadOnlyList<DailyStoreTotals>>> daily)
    {
        var first = MonthlyTarget.FirstOfMonth(month);
        var last = first.AddMonths(1).AddDays(-1);

        // Last year's sales shape quarter/year shares (by month) and the month's days.
        var lastYear = await daily(new DateRange(new DateOnly(first.Year - 1, 1, 1), new DateOnly(first.Year - 1, 12, 31)));
        var lastYearDaily = lastYear.ToDictionary(d => d.Date, d => d.Totals.PaymentAmount);
        var lastYearMonthly = lastYear
            .GroupBy(d => MonthlyTarget.FirstOfMonth(d.Date))
            .ToDictionary(g => g.Key, g => g.Sum(d => d.Totals.PaymentAmount));

        if (TargetPeriod.MonthAmount(first, targets, lastYearMonthly) is not { } amount)
        {
            return null;
        }

        var target = MonthlyTarget.Break(first, amount.Amount, amount.Shape, lastYearDaily);
        var actual = (await daily(new DateRange(first, last))).ToDictionary(d => d.Date, d => d.Totals.PaymentAmount);

        TargetProgress? progress = null;
        if (asOf is { } day && day >= first && day <= last)
        {
            var toDate = actual.Where(a => a.Key <= day).Sum(a => a.Value);
            progress = TargetProgress.Of(target, day, actual.GetValueOrDefault(day), toDate);
        }

        return new MonthPlan(target, amount.Source, actual, progress);
    }

    public static string KindName(TargetPeriodKind kind) => kind switch
    {
        TargetPeriodKind.Year => "year",
        TargetPeriodKind.Quarter => "quarter",
        _ => "month",
    };

    public static string ShapeName(TargetShape shape) => shape == TargetShape.LastYear ? "lastYear" : "even";

    public static bool TryParseShape(string? value, out TargetShape shape)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "" or "even":
                shape = TargetShape.Even;
                return true;
            case "lastyear" or "last-year" or "last_year":
                shape = TargetShape.LastYear;
                return true;
            default:
                shape = default;
                return false;
        }
    }

    private static TargetPeriod ToPeriod(SalesTarget t) => new(
        t.PeriodKind switch { "year" => TargetPeriodKind.Year, "quarter" => TargetPeriodKind.Quarter, _ => TargetPeriodKind.Month },
        t.PeriodStart,
        Money.FromMinorUnits(t.AmountMinor),
        t.Shape == "lastYear" ? TargetShape.LastYear : TargetShape.Even);
}
