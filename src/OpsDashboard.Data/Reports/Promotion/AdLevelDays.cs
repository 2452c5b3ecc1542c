using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Promotion;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.Reports.Promotion;

/// <summary>Which dimensions below the scene an ads read keeps apart; a dimension not kept is summed over ("").</summary>
internal sealed record AdDimensions(bool Plan, bool Item, bool Keyword, bool Crowd)
{
    /// <summary>Only the scene.</summary>
    public static readonly AdDimensions Scene = new(false, false, false, false);

    /// <summary>The dimensions of the API's and screen's <c>by</c>: a plan row keeps scene and plan, a keyword row scene, plan and keyword.</summary>
    public static AdDimensions For(AdLevel by) => new(by != AdLevel.Scene, by == AdLevel.Item, by == AdLevel.Keyword, by == AdLevel.Crowd);
}

/// <summary>One store's day of one group and attribution window at one report level, as the database summed it.</summary>
internal sealed record AdLevelDay(
    int StoreId, DateOnly Date, AdLevel Level, int Window, string Scene, string Plan, string Item, string? ItemName, string Keyword, string Crowd, AdTotals Totals);

/// <summary>A group's day within one window, summed from the coarsest report level that has that day.</summary>
internal sealed record AdChosenDay<TKey>(TKey Key, int Window, DateOnly Date, AdLevel Level, string? ItemName, AdTotals Totals);

/// <summary>
/// The one ads-sums read of the promotion report, the promotion rules and the budget pacing (DOMAIN §7): a GROUP BY
/// per store, day, report level, window and the kept dimensions, every deal sum null-aware (a column no row of the
/// group reported stays null, never 0); and the one choice of report level per group and day, so a day that came as
/// a plan report and a keyword report is counted once.
/// </summary>
internal static class AdLevelDays
{
    /// <summary>The sums of <paramref name="days"/> (already filtered to stores, dates and levels) per store, day, level, window and kept dimensions.</summary>
    public static async Task<List<AdLevelDay>> ReadAsync(IQueryable<AdDay> days, AdDimensions keep, CancellationToken ct)
    {
        var byPlan = keep.Plan;
        var byItem = keep.Item;
        var byKeyword = keep.Keyword;
        var byCrowd = keep.Crowd;
        var sums = await days.AsNoTracking()
            .Select(d => new
            {
                d.StoreId,
                d.Date,
                d.Level,
                d.WindowDays,
                d.Scene,
                Plan = byPlan ? d.Plan : string.Empty,
                Item = byItem ? d.Item : string.Empty,
                Keyword = byKeyword ? d.Keyword : string.Empty,
                Crowd = byCrowd ? d.Crowd : string.Empty,
                d.ItemName,
                d.Impressions,
                d.Clicks,
                d.CostMinor,
                d.DirectAmountMinor,
                d.IndirectAmountMinor,
                d.Orders,
                d.Carts,
                d.Favorites,
            })
            .GroupBy(d => new { d.StoreId, d.Date, d.Level, d.WindowDays, d.Scene, d.Plan, d.Item, d.Keyword, d.Crowd })
            .Select(g => new
            {
                g.Key.StoreId,
                g.Key.Date,
                g.Key.Level,
                g.Key.WindowDays,
                g.Key.Scene,
                g.Key.Plan,
                g.Key.Item,
                g.Key.Keyword,
                g.Key.Crowd,
                ItemName = g.Max(d => d.ItemName),
                Impressions = g.Sum(d => d.Impressions ?? 0),
                Clicks = g.Sum(d => d.Clicks ?? 0),
                Cost = g.Sum(d => d.CostMinor ?? 0),

                // SUM of a nullable column comes back 0 through EF (COALESCE): MAX is NULL only when no row of the group knew it.
                Direct = g.Max(d => d.DirectAmountMinor) == null ? null : g.Sum(d => d.DirectAmountMinor),
                Indirect = g.Max(d => d.IndirectAmountMinor) == null ? null : g.Sum(d => d.IndirectAmountMinor),
                Orders = g.Max(d => d.Orders) == null ? null : g.Sum(d => d.Orders),
                Carts = g.Max(d => d.Carts) == null ? null : g.Sum(d => d.Carts),
                Favorites = g.Max(d => d.Favorites) == null ? null : g.Sum(d => d.Favorites),

                // The other part of each deal rate, over the rows that reported the deal figure (RateSums).
                CostWithAmount = g.Sum(d => d.DirectAmountMinor != null ? d.CostMinor ?? 0 : 0),
                ClicksWithOrders = g.Sum(d => d.Orders != null ? d.Clicks ?? 0 : 0),
                CostWithOrders = g.Sum(d => d.Orders != null ? d.CostMinor ?? 0 : 0),
            })
            .ToListAsync(ct);

        return sums
            .Select(s => new AdLevelDay(
                s.StoreId, s.Date, AdLevels.TryParse(s.Level, out var level) ? level : AdLevel.Scene, s.WindowDays,
                s.Scene, s.Plan, s.Item, s.ItemName, s.Keyword, s.Crowd,
                new AdTotals
                {
                    Impressions = s.Impressions,
                    Clicks = s.Clicks,
                    Cost = Money.FromMinorUnits(s.Cost),
                    DirectAmount = s.Direct is { } direct ? Money.FromMinorUnits(direct) : null,
                    IndirectAmount = s.Indirect is { } indirect ? Money.FromMinorUnits(indirect) : null,
                    Orders = s.Orders,
                    Carts = s.Carts,
                    Favorites = s.Favorites,
                    CostWithAmount = Money.FromMinorUnits(s.CostWithAmount),
                    ClicksWithOrders = s.ClicksWithOrders,
                    CostWithOrders = Money.FromMinorUnits(s.CostWithOrders),
                }))
            .ToList();
    }

    /// <summary>
    /// Per group of <paramref name="key"/>, window and day: the sums of the coarsest report level that has that day among
    /// the levels that can make a row of <paramref name="by"/> (<see cref="AdLevels.SourcesFor"/>).
    /// </summary>
    public static List<AdChosenDay<TKey>> Coarsest<TKey>(IEnumerable<AdLevelDay> rows, AdLevel by, Func<AdLevelDay, TKey> key)
    {
        var levels = AdLevels.SourcesFor(by);
        return rows.Where(r => levels.Contains(r.Level))
            .GroupBy(r => (Key: key(r), r.Window, r.Date))
            .Select(day =>
            {
                var level = day.Min(r => r.Level);
                var chosen = day.Where(r => r.Level == level).ToList();
                return new AdChosenDay<TKey>(
                    day.Key.Key, day.Key.Window, day.Key.Date, level,
                    chosen.Select(r => r.ItemName).FirstOrDefault(n => n is not null),
                    AdTotals.Sum(chosen.Select(r => r.Totals)));
            })
            .ToList();
    }
}
