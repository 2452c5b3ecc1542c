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
}
