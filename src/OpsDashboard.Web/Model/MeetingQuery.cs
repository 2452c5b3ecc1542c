using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace OpsDashboard.Web.Model;

/// <summary>
/// The meeting screen's own URL parameters, beside <see cref="DashboardQuery"/> (?store=, ?compare=):
/// ?stores=a,b,c (stores to rotate through, in that order), ?refresh= and ?rotate= (seconds).
/// Unreadable values are null and the screen uses its settings.
/// </summary>
public sealed record MeetingQuery(IReadOnlyList<string> Stores, int? RefreshSeconds, int? RotateSeconds)
{
    public const string StoresKey = "stores";
    public const string RefreshKey = "refresh";
    public const string RotateKey = "rotate";

    public static MeetingQuery FromUri(string uri)
    {
        var query = QueryHelpers.ParseQuery(new Uri(uri).Query);
        string? Get(string key) => query.TryGetValue(key, out var value) ? value.ToString() : null;
        var stores = (Get(StoresKey) ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new MeetingQuery(stores, Seconds(Get(RefreshKey)), Seconds(Get(RotateKey)));
    }

    private static int? Seconds(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 ? seconds : null;
}
