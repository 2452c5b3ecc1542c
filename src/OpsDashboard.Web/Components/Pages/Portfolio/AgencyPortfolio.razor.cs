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
    private Comparison _compare = Comparison.Previous;

    [Inject] public required PortfolioService Portfolio { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    private string MeetingLink => "/meeting?stores=" + string.Join(',', _entries.Select(e => Uri.EscapeDataString(e.Store.Code)));

    protected override async Task OnParametersSetAsync()
    {
        _loading = true;
        var query = DashboardQuery.FromUri(Navigation.Uri);
        _range = query.RangeOr(StoreClock.Yesterday(Clock, StoreClock.DefaultTimeZone));
        _compare = query.Compare;
        _entries = await Portfolio.RankAsync(_range);
        _loading = false;
    }

    /// <summary>The sales change against the comparison the URL asks for (?compare=previous|yoy).</summary>
    private decimal? SalesChange(PortfolioEntry entry) =>
        (_compare == Comparison.YearOverYear ? entry.Overview.ChangeVsYearAgo : entry.Overview.ChangeVsPrevious)?.SalesChange;

    private decimal ComparisonSales(PortfolioEntry entry) =>
        (_compare == Comparison.YearOverYear ? entry.Overview.YearAgo : entry.Overview.Previous).PaymentAmount;

    private string StoreLink(string code) =>
        (DashboardQuery.FromUri(Navigation.Uri) with { Store = code, From = _range.From, To = _range.To }).Link("/");
}
