using System.Globalization;
using OpsDashboard.Core.Periods;

namespace OpsDashboard.Web.Api;

/// <summary>Turns query strings into a date range, or a message that says what is wrong.</summary>
public static class RequestParsing
{
    public static bool TryParseRange(string? from, string? to, out DateRange range, out string error)
    {
        range = null!;
        if (!TryParseDate(from, "from", out var start, out error) || !TryParseDate(to, "to", out var end, out error))
        {
            return false;
        }

        if (start > end)
        {
            error = $"'from' ({from}) is after 'to' ({to}).";
            return false;
        }

        range = new DateRange(start, end);
        return true;
    }

    private static bool TryParseDate(string? value, string name, out DateOnly date, out string error)
    {
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(value))
        {
            date = default;
            error = $"'{name}' is required, as a date in the form yyyy-MM-dd.";
            return false;
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            error = $"'{name}' = '{value}' is not a date in the form yyyy-MM-dd.";
            return false;
        }

        return true;
    }
}
