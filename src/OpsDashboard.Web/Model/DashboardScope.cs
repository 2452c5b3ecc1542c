using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Reports;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Web.Model;

/// <summary>
/// What a screen shows once the URL's gaps are filled: the store (the URL's, else the remembered
/// one, else the first by code), the range (the URL's, else the 7 days ending on the store's last
/// day with data, else ending yesterday) and the comparison. The filter bar and the pages resolve
/// it the same way, so they always agree.
/// </summary>
public sealed record DashboardScope(StoreInfo Store, DateRange Range, Comparison Compare)
{
    /// <summary>The comparison period: the previous period or the same dates a year earlier.</summary>
    public DateRange ComparisonRange => Range.Compare(Compare);

    /// <summary>This scope written out in full, for links and bookmarks.</summary>
    public DashboardQuery ToQuery() => new(Store.Code, Range.From, Range.To, Compare);

    /// <summary>Null when there are no stores (see <see cref="ScopeResolver"/>, which also says which asked store is unknown).</summary>
    public static async Task<DashboardScope?> ResolveAsync(
        DashboardQuery query, IReadOnlyList<StoreInfo> stores, string? rememberedStore, KpiQueries queries, TimeProvider time, CancellationToken ct = default) =>
        ScopeResolver.Pick(query.Store, stores, rememberedStore) is { } store ? await ForStoreAsync(store, query, queries, time, ct) : null;

    /// <summary>The scope of a chosen store: the query's range, else the default one ending on its last day with data.</summary>
    public static async Task<DashboardScope> ForStoreAsync(StoreInfo store, DashboardQuery query, KpiQueries queries, TimeProvider time, CancellationToken ct = default)
    {
        if (query.From is { } from && query.To is { } to)
        {
            return new DashboardScope(store, new DateRange(from, to), query.Compare);
        }

        // The default range ends on the newest day with data, but never on the store's today: today is still being sold.
        var yesterday = store.Yesterday(time);
        var span = await queries.StoreDataSpanAsync(store.Id, ct);
        var lastDay = span?.To is { } newest && newest < yesterday ? newest : yesterday;
        return new DashboardScope(store, query.RangeOr(lastDay), query.Compare);
    }
}
