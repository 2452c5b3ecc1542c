using Microsoft.AspNetCore.Components;
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

    [Inject] public required ScopeResolver Scopes { get; init; }
    [Inject] public required ServiceReports Reports { get; init; }
    [Inject] public required IStringLocalizer<Resources.Service> L { get; init; }
    [Inject] public required ILogger<ServicePage> Logger { get; init; }

    protected override string ScreenPath => Routing.DashboardUrls.ServicePath;

    protected override string FailureMessage => L["DatabaseDown"];

    protected override ILogger Log => Logger;

    protected override async Task LoadFromAsync(string uri)
    {
        var (choice, scope) = await Scopes.ResolveAsync(uri);
        _stores = choice.Stores;
        _data = scope is null ? null : await ServiceData.LoadAsync(Reports, scope, CancellationToken.None);
    }

    protected override void OnLoadFailed() => _data = null;
}
