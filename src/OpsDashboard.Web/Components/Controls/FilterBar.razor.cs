using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Reports;
using OpsDashboard.Data.Stores;
using OpsDashboard.Web.Model;
using OpsDashboard.Web.Resources;

namespace OpsDashboard.Web.Components.Controls;

/// <summary>
/// The filter bar a screen puts at its top: <c>&lt;FilterBar /&gt;</c>. It needs no parameters:
/// it reads the store, range and comparison from the URL (<see cref="DashboardQuery"/>:
/// ?store=&amp;from=&amp;to=&amp;compare=previous|yoy) and writes every change back to the URL of
/// the current page, so the page (which reads the same URL through
/// <see cref="ScopeResolver"/>) reloads and any view can be bookmarked. A page that cascades its own
/// <see cref="ScopeResolution"/> has the bar show what the page resolved (read once per load); the bar then reloads
/// with the page instead of on its own.
/// <list type="bullet">
/// <item>Store picker; the last store viewed is remembered in the cookie <c>opsdash.store</c> and
/// used when the URL names no store (the URL is then completed with it).</item>
/// <item>Date presets (<see cref="DatePresets"/>, "today" from <see cref="TimeProvider"/>) and
/// custom from/to pickers; with no range in the URL it shows the page's default range.</item>
/// <item>Comparison: previous period or same period last year (hide with <see cref="ShowComparison"/>).</item>
/// </list>
/// </summary>
public sealed partial class FilterBar
{
    private ScopeResolution? _shown;
    private bool _loaded;

    /// <summary>The cookie that remembers the last store viewed.</summary>
    public const string StoreCookie = "opsdash.store";

    private IReadOnlyList<StoreInfo> _stores = [];
    private DashboardScope? _scope;
    private DatePreset? _activePreset;

    /// <summary>A store code in the URL that no store has: said out loud, never silently swapped.</summary>
    private string? _unknownStore;

    /// <summary>A "from" after "to" in the URL: said out loud (the page shows its default range instead).</summary>
    private (string From, string To)? _reversedRange;
    private string? _rememberedStore;
    private bool _cookieRead;
    private string? _cookieWritten;

    [Inject] public required ScopeResolver Scopes { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required TimeProvider Time { get; init; }
    [Inject] public required IJSRuntime JS { get; init; }
    [Inject] public required IStringLocalizer<Strings> L { get; init; }
    [Inject] public required ILogger<FilterBar> Logger { get; init; }

    /// <summary>The page's resolution of its URL, when the page hands it over (see <see cref="ScopeResolution"/>).</summary>
    [CascadingParameter] public ScopeResolution? Resolution { get; set; }

    /// <summary>Shows the previous-period / same-period-last-year switch (default true).</summary>
    [Parameter] public bool ShowComparison { get; set; } = true;

    /// <summary>
    /// Shows the store picker and keeps the store in the URL (default true). A screen over all stores (the
    /// portfolio) turns it off: only the range and the comparison are shown and written to the URL, and
    /// with no range in the URL the bar shows the 7 days to yesterday.
    /// </summary>
    [Parameter] public bool ShowStore { get; set; } = true;

    protected override void OnInitialized() => Navigation.LocationChanged += OnLocationChanged;

    /// <summary>Loads on first show, and again when the page hands over a new resolution (its own reload).</summary>
    protected override async Task OnParametersSetAsync()
    {
        if (!_loaded || (Resolution is not null && Resolution != _shown))
        {
            _loaded = true;
            await LoadAsync();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!ShowStore)
        {
            return;
        }

        if (!_cookieRead && _scope is not null)
        {
            _cookieRead = true;
            _rememberedStore = await JS.InvokeAsync<string?>("opsDashboard.getCookie", StoreCookie);
            var query = DashboardQuery.FromUri(Navigation.Uri);
            if (query.Store is null && _rememberedStore is { } remembered && remembered != _scope?.Store.Code
                && _stores.Any(s => s.Code == remembered))
            {
                // The URL names no store: show the remembered one, and say so in the URL.
                Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(DashboardQuery.StoreKey, remembered), replace: true);
                return;
            }
        }

        if (_scope?.Store.Code is { } code && code != _cookieWritten)
        {
            _cookieWritten = code;
            if (code != _rememberedStore)
            {
                await JS.InvokeVoidAsync("opsDashboard.setCookie", StoreCookie, code);
            }
        }
    }

    /// <summary>Shows the store's data; the range and comparison stay.</summary>
    internal void SelectStore(string code) => Go(new Dictionary<string, object?> { [DashboardQuery.StoreKey] = code });

    internal void SelectPreset(DatePreset preset) => GoTo(DatePresets.For(preset, DatePresets.Today(Time, _scope?.Store)));

    internal void SelectComparison(Comparison compare) =>
        Go(new Dictionary<string, object?> { [DashboardQuery.CompareKey] = compare == Comparison.YearOverYear ? "yoy" : "previous" });

    /// <summary>A custom day: a "from" after "to" (or a "to" before "from") moves the other end with it.</summary>
    internal void SelectDay(DateTime? date, bool isFrom)
    {
        if (date is not { } d || _scope is not { } scope)
        {
            return;
        }

        var day = DateOnly.FromDateTime(d);
        var (from, to) = isFrom ? (day, day > scope.Range.To ? day : scope.Range.To) : (day < scope.Range.From ? day : scope.Range.From, day);
        GoTo(new DateRange(from, to));
    }

    private void GoTo(DateRange range) => Go(new Dictionary<string, object?>
    {
        [DashboardQuery.FromKey] = range.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        [DashboardQuery.ToKey] = range.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    });

    /// <summary>Writes the change into the current page's URL, completing the store so the link stays valid.</summary>
    private void Go(Dictionary<string, object?> changes)
    {
        if (ShowStore && _scope is { } scope && !changes.ContainsKey(DashboardQuery.StoreKey))
        {
            changes[DashboardQuery.StoreKey] = scope.Store.Code;
        }

        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(changes));
    }

    /// <param name="ownRead">Resolve the URL itself even when the page handed over its resolution (after an outage that one failed).</param>
    private async Task LoadAsync(bool ownRead = false)
    {
        try
        {
            var resolution = Resolution;
            var uri = Navigation.Uri;
            var (choice, scope) = !ownRead && resolution is not null && resolution.Uri == uri && _rememberedStore is null
                ? await resolution.Resolved
                : await Scopes.ResolveAsync(uri, _rememberedStore);
            _shown = resolution;
            var query = choice.Query;
            _stores = choice.Stores;
            _unknownStore = choice.UnknownStore;
            _reversedRange = choice.ReversedRange;
            _scope = scope;
            if (!ShowStore && _scope is { } all)
            {
                // Over all stores no one store's newest day decides: the default range ends yesterday
                // (on the default store clock; each store's own figures still follow its own).
                _scope = all with { Range = query.RangeOr(DatePresets.Today(Time, null).AddDays(-1)) };
            }

            _activePreset = _scope is null ? null : DatePresets.Match(_scope.Range, DatePresets.Today(Time, ShowStore ? _scope.Store : null));
        }
        catch (OperationCanceledException)
        {
            // The page started a newer load; its resolution comes with it.
        }
        catch (Exception ex)
        {
            // Said like the screens say it: the database-status banner, and a reload when the database answers.
            Logger.LogError(ex, "Filter bar could not load the stores for {Uri}", Navigation.Uri);
            _scope = null;
            await ReportFailureAsync(ex);
        }
    }

    /// <summary>A page that hands over its resolution reloads the bar with it; otherwise the bar follows the URL itself.</summary>
    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        if (Resolution is null)
        {
            RunOnRenderer(() => LoadAsync());
        }
    }

    protected override Task ReloadAfterOutageAsync() => LoadAsync(ownRead: true);

    private static DateTime? ToDateTime(DateOnly day) => day.ToDateTime(TimeOnly.MinValue);

    protected override void OnDisposing() => Navigation.LocationChanged -= OnLocationChanged;
}
