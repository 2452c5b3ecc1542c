using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.Localization;
using OpsDashboard.Data.Reports;
using OpsDashboard.Data.Stores;
using OpsDashboard.Web.Model;
using OpsDashboard.Web.Resources;

namespace OpsDashboard.Web.Components.Pages.MorningReview;

/// <summary>
/// The operator's morning review (DOMAIN §1): yesterday's (or the chosen range's) KPIs against the
/// comparison, which driver moved sales, the traffic sources and the top SKUs. Store, range and
/// comparison live in the URL (<see cref="DashboardQuery"/>); the page reloads when the URL
/// changes and when the database answers again after an outage.
/// </summary>
public sealed partial class MorningReview
{
    private IReadOnlyList<StoreInfo> _stores = [];
    private MorningReviewReport? _data;
    private LoadState _state = LoadState.Loading;
    private CancellationTokenSource? _loading;
    private string? _loadedUri;

    /// <summary>This load's resolution of the URL, handed to the filter bar so it is read once.</summary>
    private ScopeResolution? _resolution;

    private enum LoadState
    {
        Loading,
        Ready,
        DatabaseDown,
        Failed,
    }

    [Inject] public required StoreCatalog Stores { get; init; }
    [Inject] public required MorningReviewReports Reader { get; init; }
    [Inject] public required ScopeResolver Scopes { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required TimeProvider Time { get; init; }
    [Inject] public required IStringLocalizer<Strings> L { get; init; }
    [Inject] public required IStringLocalizer<Resources.MorningReview> T { get; init; }
    [Inject] public required ILogger<MorningReview> Logger { get; init; }

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    protected override async Task OnInitializedAsync()
    {
        Navigation.LocationChanged += OnLocationChanged;
        HandPrerenderedToCircuit(() => (_loadedUri ?? Navigation.Uri, _state == LoadState.Ready && _resolution?.Resolved is { IsCompletedSuccessfully: true } resolved
            ? new Prerendered(_stores, _data, resolved.Result)
            : null));
        if (TakePrerendered<Prerendered>(Navigation.Uri) is { } shown)
        {
            // The circuit shows what the prerender read (the page already carries it) instead of reading it again.
            (_stores, _data, _loadedUri, _state) = (shown.Stores, shown.Data, Navigation.Uri, LoadState.Ready);
            _resolution = new ScopeResolution(Navigation.Uri, Task.FromResult(shown.Resolved));
            return;
        }

        await LoadAsync();
    }

    /// <summary>What a load read, as the prerender hands it to the circuit.</summary>
    private sealed record Prerendered(IReadOnlyList<StoreInfo> Stores, MorningReviewReport? Data, (StoreChoice Choice, DashboardScope? Scope) Resolved);

    private async Task LoadAsync()
    {
        _loading?.Cancel();
        _loading?.Dispose();
        var cts = _loading = new CancellationTokenSource();
        var uri = _loadedUri = Navigation.Uri;
        _state = LoadState.Loading;
        try
        {
            _resolution = new ScopeResolution(uri, Scopes.ResolveAsync(uri, null, cts.Token));
            var (choice, scope) = await _resolution.Resolved;
            _stores = choice.Stores;
            var data = scope is null ? null : await Reader.LoadAsync(scope, HighlightedSku(uri), cts.Token);
            if (!cts.IsCancellationRequested)
            {
                _data = data;
                _state = LoadState.Ready;
            }
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            // A newer load took over.
        }
        catch (Exception ex)
        {
            Logger.LogError(ex, "Morning review failed to load {Uri}", uri);
            _data = null;
            _state = await ReportFailureAsync(ex) ? LoadState.DatabaseDown : LoadState.Failed;
        }
    }

    private static string ImportLink(MorningReviewReport d) => Routing.DashboardUrls.Import(d.Scope.Store.Code);

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        // Only a change of this page's query reloads it; leaving the page disposes it.
        if (e.Location != _loadedUri && Navigation.ToBaseRelativePath(e.Location).Split('?', '#')[0].Length == 0)
        {
            RunOnRenderer(LoadAsync);
        }
    }

    protected override Task ReloadAfterOutageAsync() => LoadAsync();

    protected override void OnDisposing()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        _loading?.Cancel();
        _loading?.Dispose();
    }

    /// <summary>The SKU an attention item's link asks to show (?sku=): kept in the SKU table and highlighted.</summary>
    private static string? HighlightedSku(string uri)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(uri).Query);
        return query.TryGetValue(AttentionLinks.SkuKey, out var sku) && !string.IsNullOrWhiteSpace(sku.ToString()) ? sku.ToString() : null;
    }
}
