using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Promotion;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Data.Reports.Promotion;

/// <summary>A row of the weekly/monthly report beside the same row in the period before (null when it did not run then).</summary>
public sealed record AdPeriodRow(AdReportRow Current, AdTotals? Previous);

/// <summary>
/// The weekly or monthly promotion report (周/月直通车报表, seed 003 part 二): spend, deals and ROI by scene and by plan
/// beside the period before, and the keywords that earned most and the ones that spent worst.
/// </summary>
public sealed record PromotionPeriodReport(
    DateRange Range,
    DateRange PreviousRange,
    IReadOnlyList<AdPeriodRow> Scenes,
    IReadOnlyList<AdPeriodRow> Plans,
    IReadOnlyList<AdReportRow> TopKeywords,
    IReadOnlyList<AdReportRow> BottomKeywords);

/// <summary>Builds <see cref="PromotionPeriodReport"/> from the ads read model (one report level per day, windows apart).</summary>
public sealed class PromotionPeriodReports(PromotionReports reports)
{
    /// <summary>How many keywords the top and bottom lists hold.</summary>
    public const int KeywordCount = 5;

    public async Task<PromotionPeriodReport> ForAsync(StoreInfo store, DateRange range, CancellationToken ct = default)
    {
        var previous = range.Previous();
        var scenes = await WithPreviousAsync(store, range, previous, AdLevel.Scene, ct);
        var plans = await WithPreviousAsync(store, range, previous, AdLevel.Plan, ct);
        var keywords = (await reports.AdsAsync(store, range, AdLevel.Keyword, ct)).Rows;

        // Top: the most deals (then the least spend); bottom: spent and earned least per yuan — no deal at all first, then the lowest ROI.
        var top = keywords.Where(k => k.Totals.Amount > 0m)
            .OrderByDescending(k => k.Totals.Amount).ThenBy(k => k.Totals.Cost).ThenBy(k => k.Keyword, StringComparer.Ordinal)
            .Take(KeywordCount).ToList();
        var bottom = keywords.Where(k => k.Totals.Cost > 0m && !top.Contains(k))
            .OrderBy(k => Catalogue.AdRoi.Of(k.Totals)).ThenByDescending(k => k.Totals.Cost).ThenBy(k => k.Keyword, StringComparer.Ordinal)
            .Take(KeywordCount).ToList();
        return new PromotionPeriodReport(range, previous, scenes, plans, top, bottom);
    }

    private async Task<List<AdPeriodRow>> WithPreviousAsync(StoreInfo store, DateRange range, DateRange previous, AdLevel by, CancellationToken ct)
    {
        var current = (await reports.AdsAsync(store, range, by, ct)).Rows;
        var before = (await reports.AdsAsync(store, previous, by, ct)).Rows.ToDictionary(r => (r.Scene, r.Plan, r.Window), r => r.Totals);
        return current.Select(r => new AdPeriodRow(r, before.GetValueOrDefault((r.Scene, r.Plan, r.Window)))).ToList();
    }
}
