using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Promotion;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Data.Reports.Promotion;

/// <summary>
/// The read models of the promotion screen and API (DOMAIN §7). Sums are taken in the database
/// (GROUP BY day, report level, window and the asked dimensions); here each group and day takes the
/// coarsest report level that has it — a day that came as a plan report and a keyword report is
/// counted once — and rows of different attribution windows are kept apart.
/// </summary>
public sealed class PromotionReports(IDbContextFactory<OpsDbContext> contextFactory)
{
    public async Task<AdsReport> AdsAsync(StoreInfo store, DateRange range, AdLevel by, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var newest = await db.AdDays.AsNoTracking().Where(d => d.StoreId == store.Id).MaxAsync(d => (DateOnly?)d.Date, ct);
        var groups = await ChosenDaysAsync(db, store.Id, range, by, ct);
        var scenes = by == AdLevel.Plan ? await ChosenDaysAsync(db, store.Id, range, AdLevel.Scene, ct) : null;
        var sceneMature = scenes is null
            ? null
            : Summarise(scenes, newest, store, null).ToDictionary(r => (r.Scene, r.Window), r => r.Mature);
        var rows = Summarise(groups, newest, store, sceneMature);
        var sceneDays = by == AdLevel.Scene ? groups : scenes ?? await ChosenDaysAsync(db, store.Id, range, AdLevel.Scene, ct);
        var days = sceneDays
            .GroupBy(d => (d.Date, d.Window))
            .Select(g => new AdDayTotals(g.Key.Date, g.Key.Window, AdTotals.Sum(g.Select(d => d.Totals)), newest is { } n && AttributionWindows.IsImmature(g.Key.Date, n, g.Key.Window)))
            .OrderBy(d => d.Date).ThenBy(d => d.Window)
            .ToList();
        return new AdsReport(rows, days, newest);
    }

    /// <summary>The search keywords of a range, most visitors first (DOMAIN §7: conversion and share of the store's visitors).</summary>
    public async Task<IReadOnlyList<KeywordTotals>> SearchKeywordsAsync(int storeId, DateRange range, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var sums = await db.SearchKeywordDays.AsNoTracking()
            .Where(d => d.StoreId == storeId && d.Date >= range.From && d.Date <= range.To)
            .GroupBy(d => new { d.Keyword, d.Date, StoreWide = d.Item == string.Empty })
            .Select(g => new
            {
                g.Key.Keyword,
                g.Key.Date,
                g.Key.StoreWide,
                Visitors = g.Sum(d => d.Visitors) ?? 0,
                PageViews = g.Sum(d => d.PageViews) ?? 0,
                PayingBuyers = g.Sum(d => d.PayingBuyers) ?? 0,
                Amount = g.Sum(d => d.PaymentAmountMinor) ?? 0,
            })
            .ToListAsync(ct);
        var storeVisitors = await db.StoreDays.AsNoTracking()
            .Where(d => d.StoreId == storeId && d.Date >= range.From && d.Date <= range.To)
            .SumAsync(d => d.Visitors, ct) ?? 0;

        // A keyword's day from a store-wide export and from per-item exports is counted once: store-wide wins.
        return sums
            .GroupBy(s => (s.Keyword, s.Date))
            .Select(day => day.Any(s => s.StoreWide) ? day.Where(s => s.StoreWide) : day)
            .SelectMany(day => day)
            .GroupBy(s => s.Keyword, StringComparer.Ordinal)
            .Select(k => new KeywordTotals
            {
                Keyword = k.Key,
                Visitors = k.Sum(s => s.Visitors),
                PageViews = k.Sum(s => s.PageViews),
                PayingBuyers = k.Sum(s => s.PayingBuyers),
                PaymentAmount = Money.FromMinorUnits(k.Sum(s => s.Amount)),
                StoreVisitors = storeVisitors,
            })
            .OrderByDescending(k => k.Visitors).ThenBy(k => k.Keyword, StringComparer.Ordinal)
            .ToList();
    }

    private sealed record ChosenDay(string Scene, string Plan, string Item, string? ItemName, string Keyword, string Crowd, int Window, DateOnly Date, AdLevel Level, AdTotals Totals);

    /// <summary>Per group of <paramref name="by"/>, window and day: the sums of the coarsest report level that has that day.</summary>
    private static async Task<List<ChosenDay>> ChosenDaysAsync(OpsDbContext db, int storeId, DateRange range, AdLevel by, CancellationToken ct)
    {
        var levels = AdLevels.SourcesFor(by).Select(l => l.ToApiName()).ToList();
        var rows = await AdLevelDays.ReadAsync(
            db.AdDays.Where(d => d.StoreId == storeId && d.Date >= range.From && d.Date <= range.To && levels.Contains(d.Level)),
            AdDimensions.For(by),
            ct);
        return AdLevelDays.Coarsest(rows, by, r => (r.Scene, r.Plan, r.Item, r.Keyword, r.Crowd))
            .Select(d => new ChosenDay(d.Key.Scene, d.Key.Plan, d.Key.Item, d.ItemName, d.Key.Keyword, d.Key.Crowd, d.Window, d.Date, d.Level, d.Totals))
            .ToList();
    }

    private static List<AdReportRow> Summarise(List<ChosenDay> days, DateOnly? newest, StoreInfo store, Dictionary<(string, int), AdTotals>? sceneMature) =>
        days.GroupBy(d => (d.Scene, d.Plan, d.Item, d.Keyword, d.Crowd, d.Window))
            .Select(g =>
            {
                var immature = g.Where(d => newest is { } n && AttributionWindows.IsImmature(d.Date, n, d.Window)).ToList();
                var mature = AdTotals.Sum(g.Except(immature).Select(d => d.Totals));
                var level = AdLevels.Of(g.Key.Plan, g.Key.Item, g.Key.Keyword, g.Key.Crowd);
                var scene = sceneMature is not null && sceneMature.TryGetValue((g.Key.Scene, g.Key.Window), out var s) ? s : null;
                return new AdReportRow
                {
                    Scene = g.Key.Scene,
                    Plan = g.Key.Plan,
                    Item = g.Key.Item,
                    ItemName = g.Select(d => d.ItemName).FirstOrDefault(n => n is not null),
                    Keyword = g.Key.Keyword,
                    Crowd = g.Key.Crowd,
                    Window = g.Key.Window,
                    Levels = g.Select(d => d.Level).Distinct().Order().ToList(),
                    Totals = AdTotals.Sum(g.Select(d => d.Totals)),
                    Mature = mature,
                    ImmatureDays = immature.Select(d => d.Date).Distinct().Count(),
                    RoiStatus = AdVerdicts.RoiStatus(mature, store.Thresholds),
                    Action = AdVerdicts.ActionFor(level, mature, scene, store.Thresholds),
                };
            })
            .OrderByDescending(r => r.Totals.Cost).ThenBy(r => r.Scene, StringComparer.Ordinal).ThenBy(r => r.Plan, StringComparer.Ordinal)
            .ThenBy(r => r.Item, StringComparer.Ordinal).ThenBy(r => r.Keyword, StringComparer.Ordinal).ThenBy(r => r.Crowd, StringComparer.Ordinal).ThenBy(r => r.Window)
            .ToList();

}
