using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.Localization;
using OpsDashboard.Core.PageHealth;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Planning;
using OpsDashboard.Data.Reports;
using OpsDashboard.Data.Stores;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Components.Pages.PageHealth;

/// <summary>
/// The weekly page-health check (DOMAIN §1): the three checks for one store and week, their 8-week
/// trend and the week's SKUs, with the flagship choice. Store and week live in the URL
/// (?store=&amp;from=&amp;to=, <see cref="DashboardQuery"/>): the week shown is the one containing
/// <c>from</c>; without it, the last complete week with data.
/// </summary>
public partial class PageHealth
{
    private string? _loadedUri;
    private bool _loading = true;
    private bool _saving;
    private string? _error;
    private IReadOnlyList<StoreInfo> _stores = [];
    private StoreInfo? _store;

    /// <summary>A store code in the URL that no store has: said out loud (<see cref="ScopeResolver"/>).</summary>
    private string? _unknownStore;
    private DashboardQuery _query = new(null, null, null, Comparison.Previous);
    private DateRange? _week;
    private DateOnly _latestDay;
    private PageHealthReport? _report;
    private IReadOnlyList<WeeklyPageHealth> _trend = [];
    private IReadOnlyList<AnnotationInfo> _notes = [];
    private List<SkuPageHealth> _skus = [];

    [Inject] public required StoreCatalog Stores { get; init; }
    [Inject] public required ScopeResolver Scopes { get; init; }
    [Inject] public required StoreScopeReader Reads { get; init; }
    [Inject] public required KpiQueries Queries { get; init; }
    [Inject] public required PageHealthTrends Trends { get; init; }
    [Inject] public required AnnotationService Annotations { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }
    [Inject] public required IStringLocalizer<Resources.PageHealth> L { get; init; }
    [Inject] public required ILogger<PageHealth> Logger { get; init; }

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    private bool HasNextWeek => _week is { } w && w.To < _latestDay;

    private bool WeekHasData => _trend.Count > 0 && (_trend[^1].Totals.Visitors > 0 || _skus.Count > 0);

    protected override void OnInitialized()
    {
        Navigation.LocationChanged += OnLocationChanged;
        HandPrerenderedToCircuit(() => (_loadedUri ?? Navigation.Uri, _loading || _error is not null
            ? null
            : new Prerendered(_query, _stores, _store, _unknownStore, _week, _latestDay, _report, _trend, _notes, _skus)));
        if (TakePrerendered<Prerendered>(Navigation.Uri) is { } shown)
        {
            // The circuit shows what the prerender read (the page already carries it); OnParametersSetAsync sees the URL loaded.
            (_query, _stores, _store, _unknownStore, _week, _latestDay, _report, _trend, _notes, _skus) =
                (shown.Query, shown.Stores, shown.Store, shown.UnknownStore, shown.Week, shown.LatestDay, shown.Report, shown.Trend, shown.Notes, shown.Skus);
            (_loadedUri, _loading) = (Navigation.Uri, false);
        }
    }

    /// <summary>What a load read, as the prerender hands it to the circuit.</summary>
    private sealed record Prerendered(
        DashboardQuery Query,
        IReadOnlyList<StoreInfo> Stores,
        StoreInfo? Store,
        string? UnknownStore,
        DateRange? Week,
        DateOnly LatestDay,
        PageHealthReport? Report,
        IReadOnlyList<WeeklyPageHealth> Trend,
        IReadOnlyList<AnnotationInfo> Notes,
        List<SkuPageHealth> Skus);

    /// <summary>The router sets parameters again when only the query changes; reload then.</summary>
    protected override Task OnParametersSetAsync() => LoadIfMovedAsync();

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => RunOnRenderer(LoadIfMovedAsync);

    protected override Task ReloadAfterOutageAsync() => LoadAsync();

    private Task LoadIfMovedAsync() => Navigation.Uri == _loadedUri ? Task.CompletedTask : LoadAsync();

    private async Task LoadAsync()
    {
        _loadedUri = Navigation.Uri;
        _loading = true;
        try
        {
            var choice = await Scopes.StoreAsync(Navigation.Uri);
            (_query, _stores, _store, _unknownStore) = (choice.Query, choice.Stores, choice.Store, choice.UnknownStore);
            if (_store is null)
            {
                return;
            }

            var startsOn = _store.Thresholds.WeekStartsOn;
            var span = await Queries.StoreDataSpanAsync(_store.Id);
            var yesterday = _store.Yesterday(Clock);
            _latestDay = span is { } s && s.To > yesterday ? s.To : yesterday;
            _week = (_query.From ?? _query.To) is { } day ? CalendarPeriods.WeekOf(day, startsOn) : DefaultWeek(span, yesterday, startsOn);
            await LoadWeekAsync(_store, _week);
            _error = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Page health failed to load for {Uri}", Navigation.Uri);
            _error = L["DatabaseDown"];
            await ReportFailureAsync(ex);
        }
        finally
        {
            _loading = false;
        }
    }

    /// <summary>The last complete week with data; a store whose data does not fill a week yet gets the week of its newest day.</summary>
    private static DateRange DefaultWeek(DateRange? span, DateOnly yesterday, DayOfWeek startsOn)
    {
        if (span is null)
        {
            return CalendarPeriods.LastCompleteWeek(yesterday, startsOn);
        }

        var complete = CalendarPeriods.LastCompleteWeek(span.To, startsOn);
        return complete.To < span.From ? CalendarPeriods.WeekOf(span.To, startsOn) : complete;
    }

    private async Task LoadWeekAsync(StoreInfo store, DateRange week)
    {
        // One read of the week: its totals and SKUs are read and its report judged once, for the checks, the trend's last week and the SKU table.
        var read = Reads.Open(store, [week]);
        var report = await read.PageHealthAsync(week);
        _trend = await Trends.WeeksEndingAsync(read, week);
        _notes = _trend.Count == 0 ? [] : await Annotations.ListAsync(store.Id, new DateRange(_trend[0].Week.From, _trend[^1].Week.To));
        var skus = await read.SkusAsync(week);
        _skus = skus.Select(s => SkuPageHealth.Evaluate(s, report)).ToList();
        _report = report;
    }

    private void OnStoreChanged(string code) => Go(code, null);

    private void GoToWeek(int offset)
    {
        if (_week is { } week)
        {
            Go(_store?.Code, CalendarPeriods.Shift(week, offset));
        }
    }

    private void Go(string? store, DateRange? week) =>
        Navigation.NavigateTo((_query with { Store = store, From = week?.From, To = week?.To }).Link(Routing.DashboardUrls.PageHealthPath));

    private Task ChooseFlagshipAsync(string sku) => ChangeFlagshipAsync(new StoreChanges(null, null, null, sku));

    private Task UseBestSellerAsync() => ChangeFlagshipAsync(new StoreChanges(null, null, null, null, ClearFlagship: true));

    private async Task ChangeFlagshipAsync(StoreChanges changes)
    {
        if (_store is null || _week is null)
        {
            return;
        }

        _saving = true;
        try
        {
            _store = await Stores.UpdateAsync(_store.Code, changes) ?? _store;
            await LoadWeekAsync(_store, _week);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Changing the flagship of {StoreCode} failed", _store.Code);
            _error = L["DatabaseDown"];
            await ReportFailureAsync(ex);
        }
        finally
        {
            _saving = false;
        }
    }

    private string WeekText(DateRange week) =>
        string.Format(Culture, L["WeekLabel"], week.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), week.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    protected override void OnDisposing()
    {
        Navigation.LocationChanged -= OnLocationChanged;
    }
}
