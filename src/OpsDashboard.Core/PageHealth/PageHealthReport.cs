using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Thresholds;

namespace OpsDashboard.Core.PageHealth;

public sealed record PageHealthCheck(string Metric, decimal? Value, CheckStatus Status, decimal Threshold, decimal PassThreshold);

/// <summary>The weekly page-health check (DOMAIN §1, §4): AOV ratio, bounce rate and visit depth with verdicts.</summary>
public sealed record PageHealthReport
{
    public const string AovRatioMetric = "aovRatio";
    public const string BounceRateMetric = "bounceRate";
    public const string VisitDepthMetric = "visitDepth";

    public required decimal? StoreAov { get; init; }
    public required string? FlagshipSku { get; init; }
    public required bool FlagshipChosen { get; init; }
    public required decimal? FlagshipAov { get; init; }
    public required decimal? AovRatio { get; init; }
    public required decimal? BounceRate { get; init; }
    public required decimal? VisitDepth { get; init; }
    public required decimal? ReturningShare { get; init; }
    public required bool ReturningHeavy { get; init; }
    public required IReadOnlyList<PageHealthCheck> Checks { get; init; }

    /// <summary>平均停留时长 weighted by visitors, shown beside visit depth; null when no file reported it.</summary>
    public decimal? AverageStaySeconds { get; init; }

    /// <summary>Bounce and depth both fail: fix the pages before buying more traffic (seed 003 part 一).</summary>
    public bool FixPagesBeforePromotion =>
        Checks.Any(c => c.Metric == BounceRateMetric && c.Status == CheckStatus.Fail)
        && Checks.Any(c => c.Metric == VisitDepthMetric && c.Status == CheckStatus.Fail);

    public static PageHealthReport Evaluate(
        StoreTotals store,
        IReadOnlyCollection<SkuTotals> skus,
        string? chosenFlagship,
        StoreThresholds thresholds)
    {
        var flagship = Flagship.Select(chosenFlagship, skus);
        var flagshipAov = flagship?.AverageOrderValue;
        var storeAov = store.AverageOrderValue;
        var aovRatio = Ratio.Of(storeAov, flagshipAov);
        var returningHeavy = Verdicts.IsReturningHeavy(store.ReturningShare, thresholds);

        return new PageHealthReport
        {
            StoreAov = storeAov,
            FlagshipSku = flagship?.Sku ?? NullIfBlank(chosenFlagship),
            FlagshipChosen = !string.IsNullOrWhiteSpace(chosenFlagship),
            FlagshipAov = flagshipAov,
            AovRatio = aovRatio,
            BounceRate = store.BounceRate,
            VisitDepth = store.VisitDepth,
            ReturningShare = store.ReturningShare,
            ReturningHeavy = returningHeavy,
            AverageStaySeconds = store.AverageStaySeconds,
            Checks =
            [
                new(AovRatioMetric, aovRatio, Verdicts.AovRatio(aovRatio, thresholds), thresholds.AovRatioPass, thresholds.AovRatioPass),
                new(BounceRateMetric, store.BounceRate, Verdicts.BounceRate(store.BounceRate, returningHeavy, thresholds),
                    thresholds.BounceFail, Verdicts.BouncePassLine(returningHeavy, thresholds)),
                new(VisitDepthMetric, store.VisitDepth, Verdicts.VisitDepth(store.VisitDepth, returningHeavy, thresholds),
                    thresholds.DepthFail, Verdicts.DepthPassLine(returningHeavy, thresholds)),
            ],
        };
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
