using System.Globalization;

namespace OpsDashboard.Web.Components.Pages.Meeting.Components;

/// <summary>How the wall writes dates and money: read from across a room, so whole currency units only.</summary>
internal static class WallFormats
{
    /// <summary>ISO date and the culture's short weekday ("2026-11-22 Sun", "2026-11-22 周日").</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd ddd", CultureInfo.CurrentCulture);

    /// <summary>Money in the store's currency without minor units ("¥81,251"); the exact figure is in data-value.</summary>
    public static string Money(decimal? amount, string currency) =>
        amount is { } a ? Core.Metrics.Money.Symbol(currency) + decimal.Round(a, 0, MidpointRounding.AwayFromZero).ToString("#,##0", CultureInfo.CurrentCulture) : Model.Formats.NoValue;

    /// <summary>
    /// <paramref name="text"/> cut to at most <paramref name="width"/> half-width columns (a Chinese character
    /// counts two), ending in "…" when cut: the wall never lets CSS clip a name, so the markup carries the
    /// full text in a title tooltip whenever <see cref="IsCut"/> says it was shortened.
    /// </summary>
    public static string Shorten(string text, int width)
    {
        if (Columns(text) <= width)
        {
            return text;
        }

        var used = 1;
        var cut = new System.Text.StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var w = Columns(rune);
            if (used + w > width)
            {
                break;
            }

            cut.Append(rune.ToString());
            used += w;
        }

        return cut.ToString().TrimEnd() + "…";
    }

    /// <summary>True when <see cref="Shorten"/> would cut <paramref name="text"/>.</summary>
    public static bool IsCut(string text, int width) => Columns(text) > width;

    private static int Columns(string text)
    {
        var total = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            total += Columns(rune);
        }

        return total;
    }

    /// <summary>East Asian wide and full-width characters take two columns, everything else one.</summary>
    private static int Columns(System.Text.Rune rune) => rune.Value switch
    {
        >= 0x1100 and <= 0x115F => 2,
        >= 0x2E80 and <= 0xA4CF => 2,
        >= 0xAC00 and <= 0xD7A3 => 2,
        >= 0xF900 and <= 0xFAFF => 2,
        >= 0xFE30 and <= 0xFE4F => 2,
        >= 0xFF00 and <= 0xFF60 => 2,
        >= 0xFFE0 and <= 0xFFE6 => 2,
        >= 0x20000 and <= 0x3FFFD => 2,
        _ => 1,
    };
}
