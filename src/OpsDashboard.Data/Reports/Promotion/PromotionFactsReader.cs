using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Attention;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Promotion;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Data.Reports.Promotion;

/// <summary>
/// Reads what the promotion attention rules judge (<see cref="PromotionRules"/>) for a store and day: per
/// attribution window, the scenes, plans and keywords of the <see cref="MatureDays"/> newest mature days
/// (the newest ads day up to the review day, minus the window), and the month's budgets with the spend so far.
/// </summary>
public static class PromotionFactsReader
{
    /// <summary>How many mature days the ROI, keyword and CTR rules sum (DOMAIN §7: "in 7 mature days").</summary>
    public const int MatureDays = 7;

    public static async Task<PromotionFacts> ReadAsync(IDbContextFactory<OpsDbContext> contextFactory, StoreInfo store, DateOnly day, CancellationToken ct = default)
    {
        var pacing = await PacingAsync(contextFactory, store, day, ct);
        var windows = await MatureRangesAsync(contextFactory, store.Id, day, ct);
        if (windows.Count == 0)
        {
            return PromotionFacts.Empty with { Pacing = pacing };
        }

        var reports = new PromotionReports(contextFactory);
        var scenes = new List<AdFactRow>();
        var plans = new List<AdFactRow>();
        var keywords = new List<AdFactRow>();
        foreach (var (window, range) in windows)
        {
            scenes.AddRange(await RowsAsync(reports, store, range, window, AdLevel.Scene, ct));
            plans.AddRange(await RowsAsync(reports, store, range, window, AdLevel.Plan, ct));
            keywords.AddRange(await RowsAsync(reports, store, range, window, AdLevel.Keyword, ct));
        }

        return new PromotionFacts { Scenes = scenes, Plans = plans, Keywords = keywords, Pacing = pacing };
    }

    /// <summary>
    /// Each attribution window the store's ads reports use, with its 7 newest mature days as of <paramref name="day"/>:
    /// ending on (the newest ads day up to <paramref name="day"/>) − window. No ads report: none.
    /// </summary>
    public static async Task<IReadOnlyList<(int Window, DateRange Range)>> MatureRangesAsync(IDbContextFactory<OpsDbContext> contextFactory, int storeId, DateOnly day, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var newest = await db.AdDays.AsNoTracking().Where(d => d.StoreId == storeId && d.Date <= day).MaxAsync(d => (DateOnly?)d.Date, ct);
        if (newest is not { } anchor)
        {
            return [];
        }

        var windows = await db.AdDays.AsNoTracking().Where(d => d.StoreId == storeId && d.Date <= anchor).Select(d => d.WindowDays).Distinct().ToListAsync(ct);
        return windows.Order()
            .Select(w => (w, new DateRange(anchor.AddDays(-w - MatureDays + 1), anchor.AddDays(-w))))
            .ToList();
    }

    private static async Task<IEnumerable<AdFactRow>> RowsAsync(PromotionReports reports, StoreInfo store, DateRange range, int window, AdLevel by, CancellationToken ct) =>
        (await reports.AdsAsync(store, range, by, ct)).Rows
            .Where(r => r.Window == window)
            .Select(r => new AdFactRow(r.Scene, r.Plan, r.Keyword, window, range, r.Mature));

    /// <summary>
    /// The budgets of <paramref name="asOf"/>'s month with each scene's spend from the 1st to the newest ads day of the
    /// month up to <paramref name="asOf"/>. Spend is the same money whatever the attribution window, so a scene reported
    /// under two windows counts the larger spend once, never both. A day of that span without any ads report makes the
    /// spend unknown (a missing file is not a day without spend).
    /// </summary>
    public static async Task<IReadOnlyList<ScenePacing>> PacingAsync(IDbContextFactory<OpsDbContext> contextFactory, StoreInfo store, DateOnly asOf, CancellationToken ct = default)
    {
        var first = new DateOnly(asOf.Year, asOf.Month, 1);
        var daysInMonth = DateTime.DaysInMonth(asOf.Year, asOf.Month);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var budgets = await db.PromotionBudgets.AsNoTracking()
            .Where(b => b.StoreId == store.Id && b.Month == first)
            .Select(b => new { b.Scene, b.AmountMinor })
            .ToListAsync(ct);
        if (budgets.Count == 0)
        {
            return [];
        }

        var reported = await db.AdDays.AsNoTracking()
            .Where(d => d.StoreId == store.Id && d.Date >= first && d.Date <= asOf)
            .Select(d => d.Date)
            .Distinct()
            .ToListAsync(ct);
        var last = reported.Count > 0 ? reported.Max() : asOf;
        var span = new DateRange(first, last);
        Dictionary<string, decimal>? spent = null;
        if (reported.Count > 0 && reported.Count == span.Days)
        {
            var rows = (await new PromotionReports(contextFactory).AdsAsync(store, span, AdLevel.Scene, ct)).Rows;
            spent = rows.GroupBy(r => r.Scene, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(r => r.Totals.Cost), StringComparer.Ordinal);
        }

        return budgets
            .Select(b => new ScenePacing(
                b.Scene,
                Core.Metrics.Money.FromMinorUnits(b.AmountMinor),
                span,
                daysInMonth,
                spent is null ? null : spent.GetValueOrDefault(b.Scene)))
            .OrderBy(p => p.Scene, StringComparer.Ordinal)
            .ToList();
    }
}
