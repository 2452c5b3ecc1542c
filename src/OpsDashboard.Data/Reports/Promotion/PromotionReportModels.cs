using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Promotion;
using OpsDashboard.Core.Thresholds;

namespace OpsDashboard.Data.Reports.Promotion;

/// <summary>
/// One row of the ads report for a range (DOMAIN §7): a scene, plan, item, keyword or crowd within
/// one attribution window, summed over one report level per day (never two), with its mature-day
/// totals for the verdicts.
/// </summary>
public sealed record AdReportRow
{
    public string Scene { get; init; } = string.Empty;
    public string Plan { get; init; } = string.Empty;
    public string Item { get; init; } = string.Empty;
    public string? ItemName { get; init; }
    public string Keyword { get; init; } = string.Empty;
    public string Crowd { get; init; } = string.Empty;
    public required int Window { get; init; }

    /// <summary>The report levels the totals were taken from (one per day; a day reported at several levels counts once).</summary>
    public required IReadOnlyList<AdLevel> Levels { get; init; }
    public required AdTotals Totals { get; init; }

    /// <summary>The totals of the days older than (newest day − window), whose deals are all in.</summary>
    public required AdTotals Mature { get; init; }

    /// <summary>Days of the row later than (newest day − window): their deals may still grow.</summary>
    public required int ImmatureDays { get; init; }

    public required CheckStatus RoiStatus { get; init; }
    public required AdAction Action { get; init; }
}

/// <summary>One day of the ads totals (scene level, one window), for the trends.</summary>
public sealed record AdDayTotals(DateOnly Date, int Window, AdTotals Totals, bool Immature);

/// <summary>The ads report for a range: its rows, the days for the trends, and the newest day any ads file reported.</summary>
public sealed record AdsReport(IReadOnlyList<AdReportRow> Rows, IReadOnlyList<AdDayTotals> Days, DateOnly? NewestDay);
