namespace OpsDashboard.Core.Thresholds;

/// <summary>The one place each threshold of DOMAIN §4 turns a value into a verdict.</summary>
public static class Verdicts
{
    /// <summary>Returning-heavy = returning share ≥ the setting; an unknown share is not returning-heavy.</summary>
    public static bool IsReturningHeavy(decimal? returningShare, StoreThresholds t) =>
        returningShare is { } share && share >= t.ReturningHeavyShare;

    public static CheckStatus AovRatio(decimal? ratio, StoreThresholds t) => ratio switch
    {
        null => CheckStatus.NoData,
        var r when r < t.AovRatioPass => CheckStatus.Fail,
        _ => CheckStatus.Pass,
    };

    public static CheckStatus BounceRate(decimal? rate, bool returningHeavy, StoreThresholds t) => rate switch
    {
        null => CheckStatus.NoData,
        var r when r >= t.BounceFail => CheckStatus.Fail,
        var r when r < BouncePassLine(returningHeavy, t) => CheckStatus.Pass,
        _ => CheckStatus.Warn,
    };

    public static decimal BouncePassLine(bool returningHeavy, StoreThresholds t) =>
        returningHeavy ? t.BouncePassReturningHeavy : t.BouncePass;

    public static CheckStatus VisitDepth(decimal? depth, bool returningHeavy, StoreThresholds t)
    {
        if (depth is not { } d)
        {
            return CheckStatus.NoData;
        }

        if (d < t.DepthFail)
        {
            return CheckStatus.Fail;
        }

        // The ordinary pass line is strict (> 3.5); the returning-heavy one is inclusive (≥ 4.0).
        var passes = returningHeavy ? d >= t.DepthPassReturningHeavy : d > t.DepthPass;
        return passes ? CheckStatus.Pass : CheckStatus.Warn;
    }

    public static decimal DepthPassLine(bool returningHeavy, StoreThresholds t) =>
        returningHeavy ? t.DepthPassReturningHeavy : t.DepthPass;

    /// <summary>Conversion at or above the visitor-weighted peer-tier average passes.</summary>
    public static CheckStatus ConversionVsPeer(decimal? conversion, decimal? peer) =>
        conversion is null || peer is null ? CheckStatus.NoData
        : conversion < peer ? CheckStatus.Fail
        : CheckStatus.Pass;

    public static CheckStatus InquiryConversion(decimal? rate, StoreThresholds t) => rate switch
    {
        null => CheckStatus.NoData,
        var r when r < t.InquiryConversionMin => CheckStatus.Fail,
        _ => CheckStatus.Pass,
    };

    public static CheckStatus PaidSourceRoi(decimal? roi, StoreThresholds t) => roi switch
    {
        null => CheckStatus.NoData,
        var r when r < t.PaidRoiMin => CheckStatus.Fail,
        _ => CheckStatus.Pass,
    };

    /// <summary>
    /// Warns when a source's visitors fell by more than <see cref="StoreThresholds.SourceDropAlert"/>
    /// vs the comparison period. No comparison visitors: no verdict.
    /// </summary>
    public static CheckStatus SourceVisitorDrop(long visitors, long comparisonVisitors, StoreThresholds t)
    {
        if (comparisonVisitors <= 0)
        {
            return CheckStatus.NoData;
        }

        // Compared as integers scaled by the threshold, so exactly 20% is exact (no rounding).
        var drop = comparisonVisitors - visitors;
        return drop > t.SourceDropAlert * comparisonVisitors ? CheckStatus.Warn : CheckStatus.Pass;
    }
}
