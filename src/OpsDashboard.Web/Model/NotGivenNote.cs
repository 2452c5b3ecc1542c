using System.Globalization;
using Microsoft.Extensions.Localization;
using OpsDashboard.Core.Metrics;

namespace OpsDashboard.Web.Model;

/// <summary>
/// The words beside a figure that is unknown because the store's platform never exports it ("not given by
/// 抖店", DOMAIN §9), on every screen that shows the figure; null when the figure is known or unknown for
/// another reason (then the bare "—" is right).
/// </summary>
public static class NotGivenNote
{
    public static string? For(IStringLocalizer<Resources.Platforms> words, string? platform, string metricKey, decimal? value)
    {
        ArgumentNullException.ThrowIfNull(words);
        return PlatformFigures.NotGivenBy(platform, metricKey, value) is { } code
            ? string.Format(CultureInfo.CurrentCulture, words["NotGivenBy"], words["Name_" + code])
            : null;
    }
}
