namespace OpsDashboard.Core.Periods;

/// <summary>
/// A store's calendar: "today" and "yesterday" are the store's, in its IANA time zone, never the
/// server's — a server in UTC must not show a Beijing operator the wrong day before 08:00.
/// </summary>
public static class StoreClock
{
    public const string DefaultTimeZone = "Asia/Shanghai";

    public static DateOnly Today(TimeProvider time, string? timeZoneId) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Resolve(timeZoneId)).DateTime);

    public static DateOnly Yesterday(TimeProvider time, string? timeZoneId) => Today(time, timeZoneId).AddDays(-1);

    /// <summary>True when the id names a time zone this machine knows (IANA names, e.g. Asia/Shanghai).</summary>
    public static bool IsKnown(string? timeZoneId) =>
        !string.IsNullOrWhiteSpace(timeZoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId.Trim(), out _);

    /// <summary>The zone for an id; an empty or unknown id falls back to the default zone.</summary>
    public static TimeZoneInfo Resolve(string? timeZoneId) =>
        !string.IsNullOrWhiteSpace(timeZoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId.Trim(), out var zone)
            ? zone
            : TimeZoneInfo.FindSystemTimeZoneById(DefaultTimeZone);
}
