using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Data.Reports;

/// <summary>
/// What a screen shows once the URL's gaps are filled: the store (the URL's, else the remembered
/// one, else the first by code), the range (the URL's, else the 7 days ending on the store's last
/// day with data, else ending yesterday) and the comparison. The filter bar and the pages resolve
/// it the same way (the web's ScopeResolver), so they always agree.
/// </summary>
public sealed record DashboardScope(StoreInfo Store, DateRange Range, Comparison Compare)
{
    /// <summary>The comparison period: the previous period or the same dates a year earlier.</summary>
    public DateRange ComparisonRange => Range.Compare(Compare);
}
