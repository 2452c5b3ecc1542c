using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Promotion;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Reports.Promotion;

namespace OpsDashboard.Web.Api;

// The ads and search-keyword part of the v1 contract (DOMAIN §7). Fields are only ever added.

/// <summary>
/// One row of GET …/ads: a scene, plan, item, keyword or crowd within one attribution window. The deal figures
/// (amounts, orders, carts, favorites, and the rates over them) are null when the reports gave no deal columns.
/// </summary>
public sealed record AdRowDto(
    string Scene,
    string Plan,
    string Item,
    string Keyword,
    string Crowd,
    int Window,
    long Impressions,
    long Clicks,
    decimal Cost,
    decimal? DirectAmount,
    decimal? IndirectAmount,
    decimal? Amount,
    long? Orders,
    long? Carts,
    long? Favorites,
    decimal? Ctr,
    decimal? Cpc,
    decimal? Cpm,
    decimal? Cvr,
    decimal? Roi,
    decimal? CostPerOrder,
    string RoiStatus,
    int ImmatureDays)
{
    /// <summary>Extension: the item's name when the report gave one.</summary>
    public string? ItemName { get; init; }

    /// <summary>Extension: the report levels the totals were taken from (one per day, never two).</summary>
    public IReadOnlyList<string> Levels { get; init; } = [];

    /// <summary>Extension: the ROI of the mature days, which roiStatus judges.</summary>
    public decimal? MatureRoi { get; init; }

    /// <summary>Extension: what to do (DOMAIN §7): none, pauseOrMoveBudget, cutOrLowerBid, testNewCreatives.</summary>
    public string Action { get; init; } = "none";

    public static AdRowDto From(AdReportRow r) => new(
        r.Scene, r.Plan, r.Item, r.Keyword, r.Crowd, r.Window,
        r.Totals.Impressions, r.Totals.Clicks, r.Totals.Cost, r.Totals.DirectAmount, r.Totals.IndirectAmount, r.Totals.Amount,
        r.Totals.Orders, r.Totals.Carts, r.Totals.Favorites,
        Catalogue.AdClickThroughRate.Of(r.Totals), Catalogue.AdCostPerClick.Of(r.Totals), Catalogue.AdCostPerMille.Of(r.Totals),
        Catalogue.AdConversionRate.Of(r.Totals), Catalogue.AdRoi.Of(r.Totals), Catalogue.AdCostPerOrder.Of(r.Totals),
        r.RoiStatus.ToApiName(), r.ImmatureDays)
    {
        ItemName = r.ItemName,
        Levels = r.Levels.Select(l => l.ToApiName()).ToList(),
        MatureRoi = Catalogue.AdRoi.Of(r.Mature),
        Action = ActionName(r.Action),
    };

    public static string ActionName(AdAction action) => action switch
    {
        AdAction.PauseOrMoveBudget => "pauseOrMoveBudget",
        AdAction.CutOrLowerBid => "cutOrLowerBid",
        AdAction.TestNewCreatives => "testNewCreatives",
        _ => "none",
    };
}

/// <summary>One row of GET …/search-keywords.</summary>
public sealed record SearchKeywordDto(string Keyword, long Visitors, long PageViews, long PayingBuyers, decimal PaymentAmount, decimal? ConversionRate, decimal? Share)
{
    public static SearchKeywordDto From(KeywordTotals k) => new(
        k.Keyword, k.Visitors, k.PageViews, k.PayingBuyers, k.PaymentAmount, Catalogue.KeywordConversionRate.Of(k), Catalogue.KeywordShare.Of(k));
}

/// <summary>One scene's budget in PUT …/budgets (issue 11 extension).</summary>
public sealed record SceneBudgetRequest(string? Scene, decimal? Budget);

/// <summary>The body of PUT …/budgets?month=yyyy-MM: the month's whole list (a scene left out has no budget).</summary>
public sealed record BudgetsRequest(IReadOnlyList<SceneBudgetRequest>? Budgets);

/// <summary>One scene of GET …/budgets: its budget, spend so far, the straight-line spend expected by now, pace and status.</summary>
public sealed record ScenePacingDto(string Scene, decimal Budget, decimal? Spent, decimal? Expected, decimal? Pace, decimal? Projected, string Status, DateOnly Through, int DaysSoFar, int DaysInMonth)
{
    public static ScenePacingDto From(Core.Attention.ScenePacing p) => new(
        p.Scene, p.Budget, p.Spent, p.Expected, p.Pace, p.Projected, StatusName(p.Status), p.MonthToDate.To, p.DaysSoFar, p.DaysInMonth);

    public static string StatusName(PaceStatus status) => status switch
    {
        PaceStatus.Over => "over",
        PaceStatus.Under => "under",
        PaceStatus.OnPace => "onPace",
        _ => "unknown",
    };
}

/// <summary>GET/PUT …/budgets: a month's promotion budgets per scene and their pacing (as of the month's end or the store's today).</summary>
public sealed record BudgetsDto(string Month, IReadOnlyList<ScenePacingDto> Budgets);
