using Microsoft.Extensions.Localization;
using OpsDashboard.Core.Thresholds;

namespace OpsDashboard.Web.Components.Controls;

/// <summary>A verdict in the reader's language, from a page's resources (keys StatusPass, StatusWarn, StatusFail, StatusNoData).</summary>
public static class StatusLabels
{
    public static string Of(CheckStatus status, IStringLocalizer localizer) => status switch
    {
        CheckStatus.Pass => localizer["StatusPass"],
        CheckStatus.Warn => localizer["StatusWarn"],
        CheckStatus.Fail => localizer["StatusFail"],
        _ => localizer["StatusNoData"],
    };
}
