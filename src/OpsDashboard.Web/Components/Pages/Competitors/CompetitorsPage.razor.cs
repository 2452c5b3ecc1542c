using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.Localization;
using OpsDashboard.Data.Reports.Service;
using OpsDashboard.Data.Stores;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Components.Pages.Competitors;

/// <summary>
/// The competitors screen (DOMAIN §7, issue 12): the store's own 生意参谋 indices beside each rival's
/// (means of the days with a value, the trade index relative to the store's own, its trend), and the
/// lost-customers ranking with the change against the period before. Indices are never money.
/// Store and range live in the URL.
/// </summary>
public sealed partial class CompetitorsPage
{
    private IReadOnlyList<StoreInfo> _stores = [];
    private IReadOnlyList<RivalReport>? _rivals;
    private IReadOnlyList<LostCustomerReport>? _losses;
    private bool _loading = true;
    private string? _error;
    private string? _loadedUri;

    [Inject] public required ScopeResolver Scopes { get; init; }
    [Inject] public required ServiceReports Reports { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required IStringLocalizer<Resources.Service> L { get; init; }
    [Inject] public required ILogger<CompetitorsPage> Logger { get; init; }

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
            if (scope is null)
            {
                (_rivals, _losses) = (null, null);
            }
            else
            {
                _rivals = await Reports.CompetitorsAsync(scope.Store.Id, scope.Range);
                _losses = await Reports.LostCustomersAsync(scope.Store.Id, scope.Range);
            }

            _error = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "The competitors screen failed to load {Uri}", uri);
            (_rivals, _losses) = (null, null);
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
        if (e.Location != _loadedUri && Navigation.ToBaseRelativePath(e.Location).Split('?', '#')[0] == Routing.DashboardUrls.CompetitorsPath.TrimStart('/'))
        {
            RunOnRenderer(LoadAsync);
        }
    }

    protected override Task ReloadAfterOutageAsync() => LoadAsync();

    protected override void OnDisposing() => Navigation.LocationChanged -= OnLocationChanged;
}
