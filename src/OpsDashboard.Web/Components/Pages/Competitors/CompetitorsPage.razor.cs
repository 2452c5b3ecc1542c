using Microsoft.AspNetCore.Components;
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

    [Inject] public required ScopeResolver Scopes { get; init; }
    [Inject] public required ServiceReports Reports { get; init; }
    [Inject] public required IStringLocalizer<Resources.Service> L { get; init; }
    [Inject] public required ILogger<CompetitorsPage> Logger { get; init; }

    protected override string ScreenPath => Routing.DashboardUrls.CompetitorsPath;

    protected override string FailureMessage => L["DatabaseDown"];

    protected override ILogger Log => Logger;

    protected override async Task LoadFromAsync(string uri)
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
    }

    protected override void OnLoadFailed() => (_rivals, _losses) = (null, null);
}
