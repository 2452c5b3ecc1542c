using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using OpsDashboard.Core.Currency;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Accounts;
using OpsDashboard.Data.Currency;
using OpsDashboard.Data.Planning;
using OpsDashboard.Data.Reports;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Components.Pages.Portfolio;

/// <summary>
/// An agency's stores at a glance, ranked by need; each row opens that store's morning review. The range
/// and comparison come from the URL (?from&amp;to&amp;compare), set with the same filter bar as the other
/// screens (without its store picker: every store is shown); a change of them reloads the table in place.
/// </summary>
public partial class AgencyPortfolio
{
    private bool _loading = true;
    private IReadOnlyList<PortfolioEntry> _entries = [];
    private DateRange _range = new(DateOnly.MinValue, DateOnly.MinValue);
    private Comparison _compare = Comparison.Previous;
    private string? _loadedUri;
    private IReadOnlyList<DatedRate> _rates = [];
    private bool _isOwner;

    /// <summary>This load's read of the store list, handed to the filter bar so it is read once.</summary>
    private ScopeResolution? _resolution;

    [Inject] public required PortfolioService Portfolio { get; init; }
    [Inject] public required ScopeResolver Scopes { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }
    [Inject] public required ExchangeRateService ExchangeRates { get; init; }
    [Inject] public required ICallerSource Callers { get; init; }

    /// <summary>Each store's sales in its own currency, summed per currency, converted only with the owner's rates (DOMAIN §9).</summary>
    private CurrencyTotals Totals => CurrencyTotals.Of(
        _entries.Select(e => new CurrencyAmount(e.Store.Currency, e.Overview.Current.PaymentAmount)),
        CurrencyTotals.TargetFor(_entries.Select(e => e.Store.Currency)),
        _rates,
        _range.To);

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    private string MeetingLink => Routing.DashboardUrls.Meeting(_entries.Select(e => e.Store.Code));

    protected override async Task OnInitializedAsync()
    {
        Navigation.LocationChanged += OnLocationChanged;
        HandPrerenderedToCircuit(() => (_loadedUri ?? Navigation.Uri, !_loading && _resolution?.Resolved is { IsCompletedSuccessfully: true } resolved
            ? new Prerendered(_range, _compare, _entries, _rates, _isOwner, resolved.Result)
            : null));
        if (TakePrerendered<Prerendered>(Navigation.Uri) is { } shown)
        {
            // The circuit shows what the prerender read (the page already carries it) instead of reading it again.
            (_range, _compare, _entries, _rates, _isOwner, _loadedUri, _loading) =
                (shown.Range, shown.Compare, shown.Entries, shown.Rates, shown.IsOwner, Navigation.Uri, false);
            _resolution = new ScopeResolution(Navigation.Uri, Task.FromResult(shown.Resolved));
            return;
        }

        await LoadAsync();
    }

    /// <summary>What a load read, as the prerender hands it to the circuit.</summary>
    private sealed record Prerendered(
        DateRange Range,
        Comparison Compare,
        IReadOnlyList<PortfolioEntry> Entries,
        IReadOnlyList<DatedRate> Rates,
        bool IsOwner,
        (StoreChoice Choice, DashboardScope? Scope) Resolved);

    private async Task LoadAsync()
    {
        _loading = true;
        var uri = _loadedUri = Navigation.Uri;
        var query = DashboardQuery.FromUri(uri);
        var range = query.RangeOr(StoreClock.Yesterday(Clock, StoreClock.DefaultTimeZone));
        _resolution = new ScopeResolution(uri, ResolveAsync(uri, range, query.Compare));
        var (choice, _) = await _resolution.Resolved;
        var entries = await Portfolio.RankAsync(range, choice.Stores);
        var rates = await ExchangeRates.ListAsync();
        var isOwner = (await Callers.CurrentAsync(default)).Role == Roles.Owner;
        if (uri == _loadedUri)
        {
            (_range, _compare, _entries, _rates, _isOwner) = (range, query.Compare, entries, rates, isOwner);
            _loading = false;
        }
    }

    /// <summary>The store list (every store is shown) and the range over all stores, as the filter bar shows them.</summary>
    private async Task<(StoreChoice, DashboardScope?)> ResolveAsync(string uri, DateRange range, Comparison compare)
    {
        var choice = await Scopes.StoreAsync(uri);
        return (choice, choice.Store is { } first ? new DashboardScope(first, range, compare) : null);
    }

    /// <summary>Only a change of this page's query (the filter bar's range or comparison) reloads it.</summary>
    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        if (e.Location != _loadedUri && Navigation.ToBaseRelativePath(e.Location).Split('?', '#')[0] == Routing.DashboardUrls.PortfolioPath.TrimStart('/'))
        {
            RunOnRenderer(LoadAsync);
        }
    }

    /// <summary>The sales change against the comparison the URL asks for (?compare=previous|yoy).</summary>
    private decimal? SalesChange(PortfolioEntry entry) =>
        (_compare == Comparison.YearOverYear ? entry.Overview.ChangeVsYearAgo : entry.Overview.ChangeVsPrevious)?.SalesChange;

    private decimal ComparisonSales(PortfolioEntry entry) =>
        (_compare == Comparison.YearOverYear ? entry.Overview.YearAgo : entry.Overview.Previous).PaymentAmount;

    private string StoreLink(string code) =>
        (DashboardQuery.FromUri(Navigation.Uri) with { Store = code, From = _range.From, To = _range.To }).Link(Routing.DashboardUrls.MorningReviewPath);

    protected override Task ReloadAfterOutageAsync() => LoadAsync();

    /// <summary>After the owner enters a rate: the rates again, the totals follow.</summary>
    private async Task ReloadRatesAsync() => _rates = await ExchangeRates.ListAsync();

    protected override void OnDisposing()
    {
        Navigation.LocationChanged -= OnLocationChanged;
    }
}
