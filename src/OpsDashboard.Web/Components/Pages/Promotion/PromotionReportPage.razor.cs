using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Reports.Promotion;
using OpsDashboard.Data.Stores;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Components.Pages.Promotion;

/// <summary>
/// The weekly or monthly promotion report (周/月直通车报表, issue 11): spend, deals and ROI by scene and plan beside the
/// period before, the top and bottom keywords; printable (print CSS) and exportable (.xlsx/CSV). The URL holds it:
/// <c>?store=&amp;period=week|month&amp;at=yyyy-MM-dd</c> — the week (the store's week start) or month holding <c>at</c>;
/// without <c>at</c>, the last complete week or month before the store's today.
/// </summary>
public sealed partial class PromotionReportPage
{
    public const string PeriodKey = "period";
    public const string AtKey = "at";
    public const string WeekPeriod = "week";
    public const string MonthPeriod = "month";

    private StoreInfo? _store;
    private string _period = WeekPeriod;
    private PromotionPeriodReport? _report;

    [Inject] public required ScopeResolver Scopes { get; init; }
    [Inject] public required PromotionPeriodReports Reports { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }
    [Inject] public required IJSRuntime Js { get; init; }
    [Inject] public required IStringLocalizer<Resources.Promotion> L { get; init; }
    [Inject] public required ILogger<PromotionReportPage> Logger { get; init; }

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    protected override string ScreenPath => Routing.DashboardUrls.PromotionReportPath;

    protected override string FailureMessage => L["DatabaseDown"];

    protected override ILogger Log => Logger;

    protected override async Task LoadFromAsync(string uri)
    {
        var choice = await Scopes.StoreAsync(uri);
        _store = choice.Store;
        var query = QueryHelpers.ParseQuery(new Uri(uri).Query);
        _period = query.TryGetValue(PeriodKey, out var period) && period.ToString() == MonthPeriod ? MonthPeriod : WeekPeriod;
        DateOnly? at = query.TryGetValue(AtKey, out var value) && DateOnly.TryParseExact(value.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : null;
        _report = _store is null ? null : await Reports.ForAsync(_store, RangeOf(_period, at, _store.Yesterday(Clock), _store.Thresholds.WeekStartsOn));
    }

    protected override void OnLoadFailed() => _report = null;

    /// <summary>The week or month holding <paramref name="at"/>, or the last complete one up to <paramref name="yesterday"/>.</summary>
    public static DateRange RangeOf(string period, DateOnly? at, DateOnly yesterday, DayOfWeek weekStartsOn)
    {
        if (period == MonthPeriod)
        {
            var day = at ?? (yesterday.AddDays(1).Day == 1 ? yesterday : new DateOnly(yesterday.Year, yesterday.Month, 1).AddDays(-1));
            var first = new DateOnly(day.Year, day.Month, 1);
            return new DateRange(first, first.AddMonths(1).AddDays(-1));
        }

        return at is { } d ? CalendarPeriods.WeekOf(d, weekStartsOn) : CalendarPeriods.LastCompleteWeek(yesterday, weekStartsOn);
    }

    private string Link(string period, DateOnly at) =>
        $"{Routing.DashboardUrls.PromotionReportPath}?{DashboardQuery.StoreKey}={Uri.EscapeDataString(_store?.Code ?? string.Empty)}&{PeriodKey}={period}&{AtKey}={Iso(at)}";

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task PrintAsync() => await Js.InvokeVoidAsync("print");

    /// <summary>The report's scenes and plans as one sheet: what the .xlsx / CSV export holds.</summary>
    private ExportTable Export()
    {
        var report = _report!;
        var rows = report.Scenes.Select(r => (Level: L["Level_scene"].Value, Row: r))
            .Concat(report.Plans.Select(r => (Level: L["Level_plan"].Value, Row: r)))
            .Select(x => (IReadOnlyList<object?>)
            [
                x.Level, x.Row.Current.Scene, x.Row.Current.Plan, x.Row.Current.Window, x.Row.Current.Totals.Cost, x.Row.Current.Totals.Amount, x.Row.Current.Totals.Orders,
                Catalogue.AdRoi.Of(x.Row.Current.Totals), x.Row.Previous?.Cost, x.Row.Previous?.Amount, x.Row.Previous is { } p ? Catalogue.AdRoi.Of(p) : null,
                Change.Relative(x.Row.Current.Totals.Cost, x.Row.Previous?.Cost), Change.Relative(x.Row.Current.Totals.Amount, x.Row.Previous?.Amount),
            ])
            .ToList();
        return new ExportTable(
            $"promotion-{_period}-{Iso(report.Range.From)}",
            [L["ReportLevel"], L["ColScene"], L["ColPlan"], L["ColWindow"], L["ColCost"], L["ColAmount"], L["ColOrders"], L["ColRoi"],
             L["ReportCostBefore"], L["ReportAmountBefore"], L["ReportRoiBefore"], L["ReportCostChange"], L["ReportAmountChange"]],
            rows)
        {
            Currency = _store?.Currency,
            Kinds =
            [
                ExportKind.Auto, ExportKind.Auto, ExportKind.Auto, ExportKind.Auto, ExportKind.Money, ExportKind.Money, ExportKind.Auto, ExportKind.Auto,
                ExportKind.Money, ExportKind.Money, ExportKind.Auto, ExportKind.Rate, ExportKind.Rate,
            ],
        };
    }
}
