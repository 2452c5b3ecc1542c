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

        // One GROUP BY over every window's mature days (a screen sends each command once); the levels are chosen here.
        var from = windows.Min(w => w.Range.From);
        var to = windows.Max(w => w.Range.To);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var sums = await db.AdDays.AsNoTracking()
            .Where(d => d.StoreId == store.Id && d.Date >= from && d.Date <= to)
            .GroupBy(d => new { d.Date, d.Level, d.WindowDays, d.Scene, d.Plan, d.Keyword })
            .Select(g => new
            {
                g.Key.Date,
                g.Key.Level,
                g.Key.WindowDays,
                g.Key.Scene,
                g.Key.Plan,
                g.Key.Keyword,
                Impressions = g.Sum(d => d.Impressions),
                Clicks = g.Sum(d => d.Clicks),
                Cost = g.Sum(d => d.CostMinor),
                Direct = g.Sum(d => d.DirectAmountMinor),
                Indirect = g.Sum(d => d.IndirectAmountMinor),
                IndirectKnown = g.Count(d => d.IndirectAmountMinor != null),
                Orders = g.Sum(d => d.Orders),
            })
            .ToListAsync(ct);
        var rows = sums.Select(s => new LevelDay(
                s.Date, AdLevels.TryParse(s.Level, out var level) ? level : AdLevel.Scene, s.WindowDays, s.Scene, s.Plan, s.Keyword,
                new Core.Metrics.AdTotals
                {
                    Impressions = s.Impressions ?? 0,
                    Clicks = s.Clicks ?? 0,
                    Cost = Core.Metrics.Money.FromMinorUnits(s.Cost ?? 0),
                    DirectAmount = Core.Metrics.Money.FromMinorUnits(s.Direct ?? 0),
                    IndirectAmount = s.IndirectKnown > 0 ? Core.Metrics.Money.FromMinorUnits(s.Indirect ?? 0) : null,
                    Orders = s.Orders ?? 0,
                }))
            .ToList();

        var scenes = new List<AdFactRow>();
        var plans = new List<AdFactRow>();
        var keywords = new List<AdFactRow>();
        foreach (var (window, range) in windows)
        {
            var inWindow = rows.Where(r => r.Window == window && range.Contains(r.Date)).ToList();
            scenes.AddRange(Chosen(inWindow, AdLevel.Scene, r => (r.Scene, string.Empty, string.Empty), window, range));
            plans.AddRange(Chosen(inWindow.Where(r => r.Plan.Length > 0), AdLevel.Plan, r => (r.Scene, r.Plan, string.Empty), window, range));
            keywords.AddRange(Chosen(inWindow.Where(r => r.Keyword.Length > 0), AdLevel.Keyword, r => (r.Scene, r.Plan, r.Keyword), window, range));
        }

        return new PromotionFacts { Scenes = scenes, Plans = plans, Keywords = keywords, Pacing = pacing };
    }

    private sealed record LevelDay(DateOnly Date, AdLevel Level, int Window, string Scene, string Plan, string Keyword, Core.Metrics.AdTotals Totals);

    /// <summary>
    /// Groups of <paramref name="by"/> summed over the days, each group and day from the coarsest report level that has it
    /// (as <see cref="PromotionReports"/> does): a day reported as a plan and a keyword report counts once.
    /// </summary>
    private static List<AdFactRow> Chosen(IEnumerable<LevelDay> rows, AdLevel by, Func<LevelDay, (string Scene, string Plan, string Keyword)> key, int window, DateRange range)
    {
        var levels = AdLevels.SourcesFor(by);
        return rows.Where(r => levels.Contains(r.Level))
            .GroupBy(r => (Key: key(r), r.Date))
            .Select(day => (day.Key.Key, Totals: Core.Metrics.AdTotals.Sum(day.Where(r => r.Level == day.Min(x => x.Level)).Select(r => r.Totals))))
            .GroupBy(d => d.Key)
            .Select(g => new AdFactRow(g.Key.Scene, g.Key.Plan, g.Key.Keyword, window, range, Core.Metrics.AdTotals.Sum(g.Select(d => d.Totals))))
            .OrderBy(r => r.Scene, StringComparer.Ordinal).ThenBy(r => r.Plan, StringComparer.Ordinal).ThenBy(r => r.Keyword, StringComparer.Ordinal)
            .ToList();
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
