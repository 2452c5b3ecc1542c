using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Reports;

namespace OpsDashboard.Web.Model;

/// <summary>
/// What every screen shows, as it stands in the URL (?store=&amp;from=&amp;to=&amp;compare=previous|yoy),
/// so any view can be bookmarked and shared. Missing or unreadable parts are null and the page
/// fills them with its defaults.
/// </summary>
public sealed record DashboardQuery(string? Store, DateOnly? From, DateOnly? To, Comparison Compare)
{
    public const string StoreKey = "store";
    public const string FromKey = "from";
    public const string ToKey = "to";
    public const string CompareKey = "compare";

    public static DashboardQuery FromUri(string uri)
    {
        var query = QueryHelpers.ParseQuery(new Uri(uri).Query);
        string? Get(string key) => query.TryGetValue(key, out var value) ? value.ToString() : null;
        var from = ParseDate(Get(FromKey));
        var to = ParseDate(Get(ToKey));
        if (from is { } f && to is { } t && f > t)
        {
            (from, to) = (null, null);
        }

        var compare = string.Equals(Get(CompareKey), "yoy", StringComparison.OrdinalIgnoreCase) ? Comparison.YearOverYear : Comparison.Previous;
        var store = Get(StoreKey);
        return new DashboardQuery(string.IsNullOrWhiteSpace(store) ? null : store, from, to, compare);
    }

    /// <summary>The range in the URL, else the 7 days ending on <paramref name="lastDay"/>.</summary>
    public DateRange RangeOr(DateOnly lastDay) =>
        From is { } f && To is { } t ? new DateRange(f, t) : new DateRange(lastDay.AddDays(-6), lastDay);

    /// <summary>The URL parameters for this query, to merge into a link.</summary>
    public IReadOnlyDictionary<string, object?> ToParameters() => new Dictionary<string, object?>
    {
        [StoreKey] = Store,
        [FromKey] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [ToKey] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [CompareKey] = Compare == Comparison.YearOverYear ? "yoy" : "previous",
    };

    /// <summary>A path with this query, e.g. for links between screens that keep store and range.</summary>
    public string Link(string path) =>
        QueryHelpers.AddQueryString(path, ToParameters().Where(p => p.Value is not null).ToDictionary(p => p.Key, p => (string?)p.Value!.ToString()));

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}

/// <summary>Links of a resolved <see cref="DashboardScope"/>.</summary>
public static class DashboardScopeLinks
{
    /// <summary>This scope written out in full, for links and bookmarks.</summary>
    public static DashboardQuery ToQuery(this DashboardScope scope) => new(scope.Store.Code, scope.Range.From, scope.Range.To, scope.Compare);
}
