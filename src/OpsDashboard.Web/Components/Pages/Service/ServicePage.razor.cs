using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.Localization;
using OpsDashboard.Data.Reports.Service;
using OpsDashboard.Data.Stores;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Components.Pages.Service;

/// <summary>
/// The customer-service screen (DOMAIN §7, issue 12): per-agent inquiry conversion against the 50%
/// line with the immature last days flagged, the store total and trend, DSR with its change, and
/// refunds by reason and by SKU. Store and range live in the URL (<see cref="DashboardQuery"/>,
/// resolved by <see cref="ScopeResolver"/>); the page reloads when the URL changes and after an outage.
/// </summary>
public sealed partial class ServicePage
{
    private IReadOnlyList<StoreInfo> _stores = [];
    private ServiceData? _data;
    private bool _loading = true;
    private string? _error;
    private string? _loadedUri;

    [Inject] public required ScopeResolver Scopes { get; init; }
    [Inject] public required ServiceReports Reports { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required IStringLocalizer<Resources.Service> L { get; init; }
    [Inject] public required ILogger<ServicePage> Logger { get; init; }

    protected override async Task OnInitializedAsync()
    {
        Navigation.LocationChanged += OnLocationChanged;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var uri = _loadedUri = Navigation.Uri;
        _loading = true;
        try
        {
            var (choice, scope) = await Scopes.ResolveAsync(uri);
            _stores = choice.Stores;
            _data = scope is null ? null : await ServiceData.LoadAsync(Reports, scope, CancellationToken.None);
            _error = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "The service screen failed to load {Uri}", uri);
            _data = null;
            _error = L["DatabaseDown"];
            await ReportFailureAsync(ex);
        }
        finally
        {
            _loading = false;
        }
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        if (e.Location != _loadedUri && Navigation.ToBaseRelativePath(e.Location).Split('?', '#')[0] == Routing.DashboardUrls.ServicePath.TrimStart('/'))
        {
            RunOnRenderer(LoadAsync);
        }
    }

    protected override Task ReloadAfterOutageAsync() => LoadAsync();

    protected override void OnDisposing() => Navigation.LocationChanged -= OnLocationChanged;
}
