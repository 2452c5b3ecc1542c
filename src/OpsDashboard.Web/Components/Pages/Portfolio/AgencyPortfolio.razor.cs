using System.Globalization;
using Microsoft.AspNetCore.Components;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Planning;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Components.Pages.Portfolio;

/// <summary>An agency's stores at a glance, ranked by need; each row opens that store's morning review.</summary>
public partial class AgencyPortfolio
{
    private bool _loading = true;
    private IReadOnlyList<PortfolioEntry> _entries = [];
    private DateRange _range = new(DateOnly.MinValue, DateOnly.MinValue);

    [Inject] public required PortfolioService Portfolio { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    private string MeetingLink => "/meeting?stores=" + string.Join(',', _entries.Select(e => Uri.EscapeDataString(e.Store.Code)));

    protected override async Task OnParametersSetAsync()
    {
        _loading = true;
        var query = DashboardQuery.FromUri(Navigation.Uri);
        _range = query.RangeOr(DateOnly.FromDateTime(Clock.GetLocalNow().DateTime).AddDays(-1));
        _entries = await Portfolio.RankAsync(_range);
        _loading = false;
    }

    private string StoreLink(string code) =>
        (DashboardQuery.FromUri(Navigation.Uri) with { Store = code, From = _range.From, To = _range.To }).Link("/");
}
