using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Attention;
using OpsDashboard.Core.Metrics;
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

    /// <summary>
    /// The facts of every store of a read at once (a screen over several stores sends each command once): the
    /// windows, one GROUP BY over the mature days of all of them, and the pacing. A store without ads reports gets
    /// <see cref="PromotionFacts.Empty"/> with its pacing.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, PromotionFacts>> ReadAsync(IDbContextFactory<OpsDbContext> contextFactory, IReadOnlyCollection<int> storeIds, DateOnly day, CancellationToken ct = default)
    {
        var pacing = await PacingAsync(contextFactory, storeIds, day, ct);
        var windows = await MatureRangesAsync(contextFactory, storeIds, day, ct);
        var facts = storeIds.ToDictionary(id => id, id => PromotionFacts.Empty with { Pacing = pacing.GetValueOrDefault(id, []) });
        if (windows.Count == 0)
        {
            return facts;
        }

        // One GROUP BY over every store's and window's mature days (the shared ads sums); the levels are chosen here.
        var from = windows.Values.SelectMany(w => w).Min(w => w.Range.From);
        var to = windows.Values.SelectMany(w => w).Max(w => w.Range.To);
        var withAds = windows.Keys.ToList();
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var rowsByStore = (await AdLevelDays.ReadAsync(
                db.AdDays.Where(d => withAds.Contains(d.StoreId) && d.Date >= from && d.Date <= to),
                new AdDimensions(Plan: true, Item: false, Keyword: true, Crowd: false),
                ct))
            .ToLookup(r => r.StoreId);

        foreach (var (storeId, storeWindows) in windows)
        {
            var rows = rowsByStore[storeId].ToList();
            var scenes = new List<AdFactRow>();
            var plans = new List<AdFactRow>();
            var keywords = new List<AdFactRow>();
            foreach (var (window, range) in storeWindows)
            {
                var inWindow = rows.Where(r => r.Window == window && range.Contains(r.Date)).ToList();
                scenes.AddRange(Chosen(inWindow, AdLevel.Scene, r => (r.Scene, string.Empty, string.Empty), window, range));
                plans.AddRange(Chosen(inWindow.Where(r => r.Plan.Length > 0), AdLevel.Plan, r => (r.Scene, r.Plan, string.Empty), window, range));
                keywords.AddRange(Chosen(inWindow.Where(r => r.Keyword.Length > 0), AdLevel.Keyword, r => (r.Scene, r.Plan, r.Keyword), window, range));
            }

            facts[storeId] = facts[storeId] with { Scenes = scenes, Plans = plans, Keywords = keywords };
        }

        return facts;
    }

    /// <summary>Groups of <paramref name="by"/> summed over the days, each group and day from the coarsest report level that has it.</summary>
    private static List<AdFactRow> Chosen(IEnumerable<AdLevelDay> rows, AdLevel by, Func<AdLevelDay, (string Scene, string Plan, string Keyword)> key, int window, DateRange range) =>
        AdLevelDays.Coarsest(rows, by, key)
            .GroupBy(d => d.Key)
            .Select(g => new AdFactRow(g.Key.Scene, g.Key.Plan, g.Key.Keyword, window, range, AdTotals.Sum(g.Select(d => d.Totals))))
            .OrderBy(r => r.Scene, StringComparer.Ordinal).ThenBy(r => r.Plan, StringComparer.Ordinal).ThenBy(r => r.Keyword, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Each attribution window a store's ads reports use, with its 7 newest mature days as of <paramref name="day"/>:
    /// ending on (the store's newest ads day up to <paramref name="day"/>) − window; stores without ads reports are left out.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, IReadOnlyList<(int Window, DateRange Range)>>> MatureRangesAsync(
        IDbContextFactory<OpsDbContext> contextFactory, IReadOnlyCollection<int> storeIds, DateOnly day, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var windows = await db.AdDays.AsNoTracking()
            .Where(d => storeIds.Contains(d.StoreId) && d.Date <= day)
            .GroupBy(d => new { d.StoreId, d.WindowDays })
            .Select(g => new { g.Key.StoreId, g.Key.WindowDays, Newest = g.Max(d => d.Date) })
            .ToListAsync(ct);
        return windows.GroupBy(w => w.StoreId).ToDictionary(
            g => g.Key,
            g =>
            {
                var anchor = g.Max(w => w.Newest);
                return (IReadOnlyList<(int, DateRange)>)g.Select(w => w.WindowDays).Order()
                    .Select(w => (w, new DateRange(anchor.AddDays(-w - MatureDays + 1), anchor.AddDays(-w))))
                    .ToList();
            });
    }

    /// <summary>
    /// The budgets of <paramref name="asOf"/>'s month with each scene's spend from the 1st to the newest ads day of the
    /// month up to <paramref name="asOf"/>. Spend is the same money whatever the attribution window, so a scene reported
    /// under two windows counts the larger spend once, never both. A day of that span without any ads report makes the
    /// spend unknown (a missing file is not a day without spend).
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, IReadOnlyList<ScenePacing>>> PacingAsync(
        IDbContextFactory<OpsDbContext> contextFactory, IReadOnlyCollection<int> storeIds, DateOnly asOf, CancellationToken ct = default)
    {
        var first = new DateOnly(asOf.Year, asOf.Month, 1);
        var daysInMonth = DateTime.DaysInMonth(asOf.Year, asOf.Month);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var budgets = await db.PromotionBudgets.AsNoTracking()
            .Where(b => storeIds.Contains(b.StoreId) && b.Month == first)
            .Select(b => new { b.StoreId, b.Scene, b.AmountMinor })
            .ToListAsync(ct);
        if (budgets.Count == 0)
        {
            return new Dictionary<int, IReadOnlyList<ScenePacing>>();
        }

        // Each scene's days from the shared ads sums; a day is reported when any ads row of the store came for it.
        var budgeted = budgets.Select(b => b.StoreId).Distinct().ToList();
        var sceneDays = (await AdLevelDays.ReadAsync(
                db.AdDays.Where(d => budgeted.Contains(d.StoreId) && d.Date >= first && d.Date <= asOf),
                AdDimensions.Scene,
                ct))
            .ToLookup(d => d.StoreId);

        var pacing = new Dictionary<int, IReadOnlyList<ScenePacing>>();
        foreach (var store in budgets.GroupBy(b => b.StoreId))
        {
            var rows = sceneDays[store.Key].ToList();
            var days = rows.Select(d => d.Date).Distinct().ToList();
            var span = new DateRange(first, days.Count > 0 ? days.Max() : asOf);
            Dictionary<string, decimal>? spent = null;
            if (days.Count > 0 && days.Count == span.Days)
            {
                // Spend is the same money whatever the attribution window: a scene under two windows counts the larger once.
                spent = AdLevelDays.Coarsest(rows.Where(d => span.Contains(d.Date)), AdLevel.Scene, d => d.Scene)
                    .GroupBy(d => (Scene: d.Key, d.Window))
                    .Select(g => (g.Key.Scene, Cost: g.Sum(d => d.Totals.Cost)))
                    .GroupBy(d => d.Scene, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Max(d => d.Cost), StringComparer.Ordinal);
            }

            pacing[store.Key] = store
                .Select(b => new ScenePacing(
                    b.Scene,
                    Money.FromMinorUnits(b.AmountMinor),
                    span,
                    daysInMonth,
                    spent is null ? null : spent.GetValueOrDefault(b.Scene)))
                .OrderBy(p => p.Scene, StringComparer.Ordinal)
                .ToList();
        }

        return pacing;
    }
}
