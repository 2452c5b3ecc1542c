using OpsDashboard.Core.Thresholds;

namespace OpsDashboard.Core.Metrics;

/// <summary>
/// One traffic source in a period beside the same source in the comparison period, with its
/// share of the sources' visitors and its two flags: ROI below the store's minimum (paid sources)
/// and visitors down by more than <see cref="StoreThresholds.SourceDropAlert"/>.
/// </summary>
public sealed record SourceComparison
{
    public required SourceTotals Current { get; init; }

    /// <summary>The same source in the comparison period; null when it had no rows then.</summary>
    public SourceTotals? Comparison { get; init; }

    /// <summary>This source's visitors ÷ Σ visitors of all sources in the period (visitor-days).</summary>
    public decimal? Share { get; init; }

    /// <summary>
    /// Relative change of visitors vs the comparison period; null when it had none, or when the
    /// source is not in the current period's files at all (absent is not −100%).
    /// </summary>
    public decimal? VisitorChange => Current.Absent ? null : Change.Relative(Current.Visitors, Comparison?.Visitors ?? 0);

    public required CheckStatus RoiStatus { get; init; }

    public required CheckStatus DropStatus { get; init; }

    /// <summary>
    /// Every source of the period, plus the sources that had visitors in the comparison period
    /// and no row now, marked <see cref="SourceTotals.Absent"/>: platform exports leave a source
    /// out of a day's file, so its absence is "not in the file", never a −100% drop. Ordered by visitors
    /// (most first), then by comparison visitors, then by name.
    /// </summary>
    public static IReadOnlyList<SourceComparison> Build(
        IReadOnlyList<SourceTotals> current, IReadOnlyList<SourceTotals> comparison, StoreThresholds thresholds)
    {
        var before = comparison.ToDictionary(s => s.Source, StringComparer.Ordinal);
        var vanished = comparison
            .Where(s => s.Visitors > 0 && current.All(c => c.Source != s.Source))
            .Select(s => new SourceTotals { Source = s.Source, Kind = s.Kind, Absent = true });
        var all = current.Concat(vanished).ToList();
        var totalVisitors = all.Sum(s => s.Visitors);
        return all
            .Select(s =>
            {
                var then = before.GetValueOrDefault(s.Source);
                return new SourceComparison
                {
                    Current = s,
                    Comparison = then,
                    Share = Ratio.Of(s.Visitors, totalVisitors),
                    RoiStatus = SourceVerdicts.Roi(s, thresholds),
                    DropStatus = s.Absent ? CheckStatus.NoData : Verdicts.SourceVisitorDrop(s.Visitors, then?.Visitors ?? 0, thresholds),
                };
            })
            .OrderByDescending(r => r.Current.Visitors)
            .ThenByDescending(r => r.Comparison?.Visitors ?? 0)
            .ThenBy(r => r.Current.Source, StringComparer.Ordinal)
            .ToList();
    }
}
