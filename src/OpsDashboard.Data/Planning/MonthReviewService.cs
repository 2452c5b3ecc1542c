using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Promotion;
using OpsDashboard.Core.Targets;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Reports;
using OpsDashboard.Data.Reports.Promotion;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Data.Planning;

/// <summary>
/// One scene of the reviewed month (the window with the larger spend when a scene came under two windows: spend is
/// the same money whatever the window, so it is never added twice): spend over all days, ROI over the mature days.
/// </summary>
public sealed record SceneMonth(string Scene, int Window, AdTotals Totals, AdTotals Mature, int ImmatureDays)
{
    /// <summary>Σ deals ÷ Σ spend over the mature days (deals of newer days are still coming in); null without mature spend.</summary>
    public decimal? MatureRoi => Catalogue.AdRoi.Of(Mature);
}

/// <summary>
/// The monthly plan (月计划, seed 003 part 二) of a store: the reviewed month — sales against its target and the same
/// month last year, conversion against the peer tier, promotion spend and ROI per scene — and the proposals for the next
/// month (sales target, budget per scene) beside what is set for it now.
/// </summary>
public sealed record MonthReview(
    StoreInfo Store,
    DateOnly Month,
    DateOnly NextMonth,
    MonthSales Sales,
    MonthSales SalesLastYear,
    decimal? Target,
    TargetPeriodKind? TargetSetFor,
    StoreTotals Totals,
    IReadOnlyList<SceneMonth> Scenes,
    int AdDays,
    DateOnly? NewestAdDay,
    TargetProposal TargetProposal,
    IReadOnlyList<SceneBudgetProposal>? BudgetProposal,
    decimal? NextMonthTarget,
    TargetPeriodKind? NextMonthTargetSetFor,
    TargetShape? NextMonthTargetShape,
    IReadOnlyList<SceneBudget> NextMonthBudgets)
{
    /// <summary>Sales ÷ target; null when either is unknown (no target, or a day of the month without a file).</summary>
    public decimal? TargetAttainment => Ratio.Of(Sales.Amount, Target);

    /// <summary>Sales against the same month last year, in percent; null when either month is not fully reported.</summary>
    public decimal? SalesChangeVsLastYear => Change.Relative(Sales.Amount, SalesLastYear.Amount);

    public decimal? ConversionRate => Catalogue.ConversionRate.Of(Totals);

    /// <summary>The visitor-weighted peer-tier conversion (同行同层平均) of the days whose files gave it; null when none did.</summary>
    public decimal? PeerConversionRate => Catalogue.PeerConversionRate.Of(Totals);

    public CheckStatus ConversionVsPeer => Verdicts.ConversionVsPeer(ConversionRate, PeerConversionRate);

    /// <summary>The month's total promotion spend over the scenes.</summary>
    public decimal Spend => Scenes.Sum(s => s.Totals.Cost);
}

/// <summary>Reads <see cref="MonthReview"/>: the store-daily sales of two years, the month's totals, the ads by scene, targets and budgets.</summary>
public sealed class MonthReviewService(
    IDbContextFactory<OpsDbContext> contextFactory, KpiQueries queries, TargetService targets, PromotionReports promotion, PromotionBudgetService budgets, TimeProvider clock)
{
    /// <summary>The last complete month on the store's clock: the month before its today's.</summary>
    public DateOnly LastCompleteMonth(StoreInfo store)
    {
        var today = store.Today(clock);
        return new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
    }

    /// <summary>The review of the month holding <paramref name="month"/>, with the proposals for the month after it.</summary>
    public async Task<MonthReview> ReadAsync(StoreInfo store, DateOnly month, CancellationToken ct = default)
    {
        var first = MonthlyTarget.FirstOfMonth(month);
        var last = first.AddMonths(1).AddDays(-1);
        var next = first.AddMonths(1);
        var range = new DateRange(first, last);

        // Every day with a known sales figure from 1 January last year through the month: last year's months, the growth so far, the month.
        var daily = await DailySalesAsync(store.Id, new DateRange(new DateOnly(first.Year - 1, 1, 1), last), ct);
        var sales = MonthSales.Of(first, daily);
        var salesLastYear = MonthSales.Of(first.AddYears(-1), daily);
        var lastYearMonthly = daily.GroupBy(d => MonthlyTarget.FirstOfMonth(d.Key)).ToDictionary(g => g.Key, g => g.Sum(d => d.Value));

        var targetList = await targets.ListAsync(store.Id, ct);
        var target = TargetPeriod.MonthAmount(first, targetList, lastYearMonthly);
        var nextTarget = TargetPeriod.MonthAmount(next, targetList, lastYearMonthly);
        var nextMonthTarget = targetList.FirstOrDefault(t => t.Kind == TargetPeriodKind.Month && t.Start == next);

        var totals = await queries.StoreTotalsAsync(store.Id, range, ct);
        var ads = await promotion.AdsAsync(store, range, AdLevel.Scene, ct);
        var scenes = ads.Rows
            .GroupBy(r => r.Scene, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(r => r.Totals.Cost).ThenBy(r => r.Window).First())
            .Select(r => new SceneMonth(r.Scene, r.Window, r.Totals, r.Mature, r.ImmatureDays))
            .OrderByDescending(s => s.Totals.Cost).ThenBy(s => s.Scene, StringComparer.Ordinal)
            .ToList();
        var adDays = ads.Days.Select(d => d.Date).Distinct().Count();

        var targetProposal = TargetProposal.Propose(next, MonthSales.Of(next.AddYears(-1), daily), SalesGrowth.Of(daily, last));
        var budgetProposal = BudgetProposal.Propose(
            scenes.Select(s => new SceneSpend(s.Scene, s.Totals.Cost, s.MatureRoi)).ToList(),
            adDays,
            DateTime.DaysInMonth(next.Year, next.Month),
            store.Thresholds.PaidRoiMin);

        return new MonthReview(
            store, first, next, sales, salesLastYear, target?.Amount, target?.Source, totals, scenes, adDays, ads.NewestDay,
            targetProposal, budgetProposal, nextTarget?.Amount, nextTarget?.Source, nextMonthTarget?.Shape,
            await budgets.ListAsync(store.Id, next, ct));
    }

    /// <summary>The store's sales per day over the range, only the days whose files gave a sales figure (one store-day row a day).</summary>
    private async Task<Dictionary<DateOnly, decimal>> DailySalesAsync(int storeId, DateRange range, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var rows = await db.StoreDays.AsNoTracking()
            .Where(d => d.StoreId == storeId && d.Date >= range.From && d.Date <= range.To && d.PaymentAmountMinor != null)
            .GroupBy(d => d.Date)
            .Select(g => new { Date = g.Key, Amount = g.Sum(d => d.PaymentAmountMinor!.Value) })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Date, r => Money.FromMinorUnits(r.Amount));
    }
}
