using System.Globalization;

namespace OpsDashboard.Web.Components.Pages.Admin;

/// <summary>What the access pages share: how a time is shown, the expiry field, whether a key or link still works.</summary>
internal static class AdminText
{
    public static CultureInfo Culture => CultureInfo.CurrentCulture;

    /// <summary>A moment as the reader sees it: UTC, to the minute (the audit trail and keys are kept in UTC).</summary>
    public static string When(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string When(DateTime utc) => When(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    /// <summary>An optional expiry date (yyyy-MM-dd): the key or link works until the end of that day, UTC. False for text that is no date.</summary>
    public static bool TryExpiry(string? text, out DateTimeOffset? expiresAt)
    {
        expiresAt = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return false;
        }

        expiresAt = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return true;
    }

    public static bool IsLive(DateTimeOffset? revokedAt, DateTimeOffset? expiresAt, TimeProvider clock) =>
        revokedAt is null && (expiresAt is not { } expires || expires > clock.GetUtcNow());
}
