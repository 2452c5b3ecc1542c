using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Reports;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Web.Model;

/// <summary>
/// What the URL asks for, read once: the query (<see cref="DashboardQuery"/>), the stores, the store
/// shown, and what the URL asked for that could not be shown as asked — a store code no store has
/// (<see cref="UnknownStore"/>) and a "from" after "to" (<see cref="ReversedRange"/>). Every screen
/// says both out loud instead of silently showing something else.
/// </summary>
public sealed record StoreChoice(
    IReadOnlyList<StoreInfo> Stores, DashboardQuery Query, StoreInfo? Store, string? UnknownStore, (string From, string To)? ReversedRange);

/// <summary>
/// The one scope resolver: store, range and comparison from the URL, used by the filter bar and every
/// page. The store is the URL's, else the remembered one (the filter bar's cookie), else the first by
/// code; a code in the URL that no store has is kept in <see cref="StoreChoice.UnknownStore"/> so the
/// page can say so (<c>UnknownStoreAlert</c>). The range is the URL's, else the 7 days ending on the
/// store's last day with data (never its today).
/// </summary>
public sealed class ScopeResolver(StoreCatalog stores, KpiQueries queries, TimeProvider time)
{
    /// <summary>The stores and the store the URL asks for (no range: for screens that read no range).</summary>
    public async Task<StoreChoice> StoreAsync(string uri, string? rememberedStore = null, CancellationToken ct = default) =>
        Choose(uri, await stores.ListAsync(ct), rememberedStore);

    /// <summary>The store choice and the full scope (null when there are no stores).</summary>
    public async Task<(StoreChoice Choice, DashboardScope? Scope)> ResolveAsync(string uri, string? rememberedStore = null, CancellationToken ct = default)
    {
        var choice = await StoreAsync(uri, rememberedStore, ct);
        return (choice, await ScopeAsync(choice, ct));
    }

    /// <summary>The scope of a choice already made: its store, the URL's range or the default one, the comparison.</summary>
    public async Task<DashboardScope?> ScopeAsync(StoreChoice choice, CancellationToken ct = default)
    {
        if (choice.Store is not { } store)
        {
            return null;
        }

        var query = choice.Query;
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

    /// <summary>Reads the URL against the store list; no database.</summary>
    public static StoreChoice Choose(string uri, IReadOnlyList<StoreInfo> stores, string? rememberedStore)
    {
        var query = DashboardQuery.FromUri(uri);
        var store = Pick(query.Store, stores, rememberedStore);
        return new StoreChoice(stores, query, store, Unknown(query.Store, stores), ReversedRange(uri));
    }

    /// <summary>The asked store, else the remembered one, else the first; null when there are no stores.</summary>
    public static StoreInfo? Pick(string? asked, IReadOnlyList<StoreInfo> stores, string? rememberedStore) =>
        stores.FirstOrDefault(s => s.Code == asked)
            ?? stores.FirstOrDefault(s => s.Code == rememberedStore)
            ?? (stores.Count > 0 ? stores[0] : null);

    /// <summary>The first of <paramref name="codes"/> that no store has; null when all are known (or none given).</summary>
    public static string? Unknown(IEnumerable<string?> codes, IReadOnlyList<StoreInfo> stores) =>
        codes.FirstOrDefault(code => code is not null && stores.All(s => s.Code != code));

    /// <summary>The code when no store has it; null when it is known or not given.</summary>
    public static string? Unknown(string? code, IReadOnlyList<StoreInfo> stores) => Unknown([code], stores);

    /// <summary>The URL's from and to when both are dates and from is after to; else null.</summary>
    public static (string From, string To)? ReversedRange(string uri)
    {
        var query = QueryHelpers.ParseQuery(new Uri(uri).Query);
        string? Get(string key) => query.TryGetValue(key, out var value) ? value.ToString() : null;
        return DateOnly.TryParseExact(Get(DashboardQuery.FromKey), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && DateOnly.TryParseExact(Get(DashboardQuery.ToKey), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            && from > to
                ? (Get(DashboardQuery.FromKey)!, Get(DashboardQuery.ToKey)!)
                : null;
    }
}

/// <summary>
/// A page's resolution of its URL, handed to its filter bar (a cascading value) so the bar shows the scope the page
/// resolved instead of reading the store list and the data span again.
/// </summary>
public sealed record ScopeResolution(string Uri, Task<(StoreChoice Choice, DashboardScope? Scope)> Resolved);
