using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Promotion;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Reports;
using OpsDashboard.Data.Reports.Promotion;
using OpsDashboard.Web.Api;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Components.Pages.Promotion;

/// <summary>
/// The promotion screen (DOMAIN §7): spend, deals, ROI, CTR and CPC per attribution window with a
/// daily trend whose immature days are shaded; the drill-down scene → plan → item → keyword/crowd
/// with each row's verdict and action; the search terms that bring buyers. Store and range come from
/// the URL (<see cref="DashboardQuery"/>), the level and the drilled scene/plan too (?by=&amp;scene=&amp;plan=).
/// </summary>
public partial class PromotionPage
{
    public const string ByKey = "by";
    public const string SceneKey = "scene";
    public const string PlanKey = "plan";

    /// <summary>The row an attention item's link points at (its name at the level shown): marked on screen.</summary>
    public const string HighlightKey = AttentionLinks.HighlightKey;

    private StoreChoice? _choice;
    private DashboardScope? _scope;
    private AdsReport? _report;
    private IReadOnlyList<KeywordTotals> _keywords = [];
    private AdLevel _by = AdLevel.Scene;
    private string? _scene;
    private string? _plan;
    private string? _highlight;
    private IReadOnlyList<Core.Attention.ScenePacing> _pacing = [];
    private string _sort = "cost";
    private bool _descending = true;

    [Inject] public required ScopeResolver Scopes { get; init; }
    [Inject] public required PromotionReports Reports { get; init; }
    [Inject] public required Data.Planning.PromotionBudgetService Budgets { get; init; }
    [Inject] public required IStringLocalizer<Resources.Promotion> L { get; init; }
    [Inject] public required IStringLocalizer<Resources.AdDeals> D { get; init; }
    [Inject] public required ILogger<PromotionPage> Logger { get; init; }

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    private string Currency => _scope?.Store.Currency ?? "CNY";

    private StoreThresholds Thresholds => _scope?.Store.Thresholds ?? StoreThresholds.Defaults;

    protected override string ScreenPath => Routing.DashboardUrls.PromotionPath;

    protected override string FailureMessage => L["DatabaseDown"];

    protected override ILogger Log => Logger;

    protected override async Task LoadFromAsync(string uri)
    {
        ReadDrillDown(uri);
        (_choice, _scope) = await Scopes.ResolveAsync(uri);
        if (_scope is { } scope)
        {
            _report = await Reports.AdsAsync(scope.Store, scope.Range, _by);
            _keywords = await Reports.SearchKeywordsAsync(scope.Store.Id, scope.Range);
            _pacing = await Budgets.PacingAsync(scope.Store, scope.Range.To);
        }
    }

    private void ReadDrillDown(string uri)
    {
        var query = QueryHelpers.ParseQuery(new Uri(uri).Query);
        string? Get(string key) => query.TryGetValue(key, out var value) && !string.IsNullOrEmpty(value.ToString()) ? value.ToString() : null;
        _by = AdLevels.TryParse(Get(ByKey), out var by) ? by : AdLevel.Scene;
        _scene = _by == AdLevel.Scene ? null : Get(SceneKey);
        _plan = _by is AdLevel.Scene or AdLevel.Plan ? null : Get(PlanKey);
        _highlight = Get(HighlightKey);
    }

    /// <summary>The rows of the level, inside the drilled scene and plan.</summary>
    private IReadOnlyList<AdReportRow> Rows => (_report?.Rows ?? [])
        .Where(r => _scene is null || r.Scene == _scene)
        .Where(r => _plan is null || r.Plan == _plan)
        .ToList();

    private IReadOnlyList<AdReportRow> Sorted
    {
        get
        {
            Func<AdReportRow, decimal?> key = _sort switch
            {
                "impressions" => r => r.Totals.Impressions,
                "clicks" => r => r.Totals.Clicks,
                "amount" => r => r.Totals.Amount,
                "orders" => r => r.Totals.Orders,
                "ctr" => r => Catalogue.AdClickThroughRate.Of(r.Totals),
                "cpc" => r => Catalogue.AdCostPerClick.Of(r.Totals),
                "cvr" => r => Catalogue.AdConversionRate.Of(r.Totals),
                "roi" => r => Catalogue.AdRoi.Of(r.Totals),
                "costPerOrder" => r => Catalogue.AdCostPerOrder.Of(r.Totals),
                _ => r => r.Totals.Cost,
            };

            // Unknown values sort last in either direction.
            var known = Rows.Where(r => key(r) is not null);
            var ordered = _descending ? known.OrderByDescending(key) : known.OrderBy(key);
            return ordered.Concat(Rows.Where(r => key(r) is null)).ToList();
        }
    }

    private void SortBy(string key)
    {
        _descending = _sort != key || !_descending;
        _sort = key;
    }

    private string SortMark(string key) => _sort == key ? (_descending ? " ▼" : " ▲") : string.Empty;

    /// <summary>The scene-level totals of the range, one per window (never summed across windows).</summary>
    private IEnumerable<(int Window, AdTotals Totals, int ImmatureDays)> Windows => (_report?.Days ?? [])
        .GroupBy(d => d.Window)
        .OrderBy(g => g.Key)
        .Select(g => (g.Key, AdTotals.Sum(g.Select(d => d.Totals)), g.Count(d => d.Immature)));

    /// <summary>Why a row's deals show "—": its reports had no deal columns (null when its deals are known).</summary>
    private string? DealsTip(AdTotals totals) => totals.DealsKnown ? null : D["Tip"].Value;

    private IReadOnlyList<KeywordTotals> DealKeywords => _keywords.Where(k => k.PayingBuyers > 0).OrderByDescending(k => k.PayingBuyers).ThenBy(k => k.Keyword, StringComparer.Ordinal).ToList();

    /// <summary>The largest daily spend, for the trend's bars.</summary>
    private decimal MaxDailyCost => (_report?.Days ?? []).Select(d => d.Totals.Cost).DefaultIfEmpty(0m).Max();

    /// <summary>A day's bar as a share of the widest day's: a drawing scale, not a metric.</summary>
    private string BarWidth(decimal daySpend) =>
        MaxDailyCost <= 0m ? "0%" : (Ratio.Of(daySpend, MaxDailyCost)!.Value * 100m).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private string Name(AdReportRow row) => _by switch
    {
        AdLevel.Plan => row.Plan,
        AdLevel.Item => row.ItemName is { } name ? $"{name} ({row.Item})" : row.Item,
        AdLevel.Keyword => row.Keyword,
        AdLevel.Crowd => row.Crowd,
        _ => row.Scene,
    };

    /// <summary>A row's bare name at its level (an item's id), as an attention item's link names it.</summary>
    private bool IsHighlighted(AdReportRow row) => _highlight is not null && (Name(row) == _highlight || (_by == AdLevel.Item && row.Item == _highlight));

    private string PacingCaption => string.Format(Culture, L["PacingCaption"], (BudgetPacing.Tolerance * 100m).ToString("0", Culture), BudgetPacing.MinDays);

    /// <summary>The level below a row, when there is one to drill into.</summary>
    private string? DrillLink(AdReportRow row) => _by switch
    {
        AdLevel.Scene => Link(AdLevel.Plan, row.Scene, null),
        AdLevel.Plan => Link(AdLevel.Item, row.Scene, row.Plan),
        _ => null,
    };

    private string Link(AdLevel by, string? scene, string? plan)
    {
        var query = _scope?.ToQuery() ?? _choice?.Query ?? new DashboardQuery(null, null, null, Core.Periods.Comparison.Previous);
        var link = query.Link(Routing.DashboardUrls.PromotionPath);
        var parameters = new Dictionary<string, string?> { [ByKey] = by.ToApiName(), [SceneKey] = scene, [PlanKey] = plan };
        return QueryHelpers.AddQueryString(link, parameters.Where(p => p.Value is not null)!);
    }

    private string UpLink => _by switch
    {
        AdLevel.Item or AdLevel.Keyword or AdLevel.Crowd when _plan is not null => Link(AdLevel.Plan, _scene, null),
        _ => Link(AdLevel.Scene, null, null),
    };

    private string LevelLink(AdLevel level) => Link(level, level == AdLevel.Scene ? null : _scene, level is AdLevel.Scene or AdLevel.Plan ? null : _plan);

    private string StatusText(CheckStatus status) => L["Status_" + status.ToApiName()];

    private string ActionText(AdAction action) => L["Action_" + AdRowDto.ActionName(action)];

    private string WindowText(int window) => string.Format(Culture, L["Window"], window);

    private string RoiTip => string.Format(Culture, L["TipRoi"], Thresholds.PaidRoiMin.ToString("0.##", Culture));

    private ExportTable Export() => new(
        "promotion-" + _by.ToApiName(),
        [L["ColName"], L["ColScene"], L["ColPlan"], L["ColWindow"], L["ColImpressions"], L["ColClicks"], L["ColCost"], L["ColAmount"], L["ColOrders"],
         L["ColCtr"], L["ColCpc"], L["ColCvr"], L["ColRoi"], L["ColCostPerOrder"], L["ImmatureDays"], L["ColVerdict"], L["ColAction"]],
        Sorted.Select(r => (IReadOnlyList<object?>)
        [
            Name(r), r.Scene, r.Plan, r.Window, r.Totals.Impressions, r.Totals.Clicks, r.Totals.Cost, r.Totals.Amount, r.Totals.Orders,
            Catalogue.AdClickThroughRate.Of(r.Totals), Catalogue.AdCostPerClick.Of(r.Totals), Catalogue.AdConversionRate.Of(r.Totals),
            Catalogue.AdRoi.Of(r.Totals), Catalogue.AdCostPerOrder.Of(r.Totals), r.ImmatureDays, StatusText(r.RoiStatus), ActionText(r.Action),
        ]).ToList())
    {
        Currency = Currency,
        Kinds =
        [
            ExportKind.Auto, ExportKind.Auto, ExportKind.Auto, ExportKind.Auto, ExportKind.Auto, ExportKind.Auto, ExportKind.Money, ExportKind.Money, ExportKind.Auto,
            ExportKind.Rate, ExportKind.Money, ExportKind.Rate, ExportKind.Auto, ExportKind.Money, ExportKind.Auto, ExportKind.Auto, ExportKind.Auto,
        ],
    };
}
