using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Thresholds;

namespace OpsDashboard.Core.PageHealth;

public sealed record PageHealthCheck(string Metric, decimal? Value, CheckStatus Status, decimal Threshold, decimal PassThreshold);

/// <summary>The weekly page-health check (DOMAIN §1, §4): AOV ratio, bounce rate and visit depth with verdicts.</summary>
public sealed record PageHealthReport
{
    // The checks' metric keys are the catalogue's (the API field and data-kpi names).
    public static readonly string AovRatioMetric = Catalogue.AovRatio.Key;
    public static readonly string BounceRateMetric = Catalogue.BounceRate.Key;
    public static readonly string VisitDepthMetric = Catalogue.VisitDepth.Key;

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
        var flagshipAov = flagship is null ? null : Catalogue.AverageOrderValue.Of(flagship);
        var storeAov = Catalogue.AverageOrderValue.Of(store);
        var aovRatio = Catalogue.AovRatio.Of(storeAov, flagshipAov);
        var bounceRate = Catalogue.BounceRate.Of(store);
        var visitDepth = Catalogue.VisitDepth.Of(store);
        var returningShare = Catalogue.ReturningShare.Of(store);
        var returningHeavy = Verdicts.IsReturningHeavy(returningShare, thresholds);

        return new PageHealthReport
        {
            StoreAov = storeAov,
            FlagshipSku = flagship?.Sku ?? NullIfBlank(chosenFlagship),
            FlagshipChosen = !string.IsNullOrWhiteSpace(chosenFlagship),
            FlagshipAov = flagshipAov,
            AovRatio = aovRatio,
            BounceRate = bounceRate,
            VisitDepth = visitDepth,
            ReturningShare = returningShare,
            ReturningHeavy = returningHeavy,
            AverageStaySeconds = Catalogue.AverageStaySeconds.Of(store),
            Checks =
            [
                new(AovRatioMetric, aovRatio, Verdicts.AovRatio(aovRatio, thresholds), thresholds.AovRatioPass, thresholds.AovRatioPass),
                new(BounceRateMetric, bounceRate, Verdicts.BounceRate(bounceRate, returningHeavy, thresholds),
                    thresholds.BounceFail, Verdicts.BouncePassLine(returningHeavy, thresholds)),
                new(VisitDepthMetric, visitDepth, Verdicts.VisitDepth(visitDepth, returningHeavy, thresholds),
                    thresholds.DepthFail, Verdicts.DepthPassLine(returningHeavy, thresholds)),
            ],
        };
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
