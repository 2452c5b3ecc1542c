using OpsDashboard.Core.Thresholds;

namespace OpsDashboard.Web.Model;

/// <summary>One editable threshold: how to read it, how to change it, and whether it is a share shown as a percentage.</summary>
public sealed record ThresholdField(string Name, bool IsRate, Func<StoreThresholds, decimal> Get, Func<StoreThresholds, decimal, StoreThresholds> Set)
{
    /// <summary>A count (days, SKUs): a fraction is refused, never silently cut off.</summary>
    public bool IsWhole { get; init; }
}

/// <summary>The settings form's fields, in the order of DOMAIN §4 and then the attention rules.</summary>
public static class ThresholdFields
{
    public static readonly IReadOnlyList<ThresholdField> All =
    [
        new("aovRatioPass", false, t => t.AovRatioPass, (t, v) => t with { AovRatioPass = v }),
        new("bounceFail", true, t => t.BounceFail, (t, v) => t with { BounceFail = v }),
        new("bouncePass", true, t => t.BouncePass, (t, v) => t with { BouncePass = v }),
        new("bouncePassReturningHeavy", true, t => t.BouncePassReturningHeavy, (t, v) => t with { BouncePassReturningHeavy = v }),
        new("depthFail", false, t => t.DepthFail, (t, v) => t with { DepthFail = v }),
        new("depthPass", false, t => t.DepthPass, (t, v) => t with { DepthPass = v }),
        new("depthPassReturningHeavy", false, t => t.DepthPassReturningHeavy, (t, v) => t with { DepthPassReturningHeavy = v }),
        new("returningHeavyShare", true, t => t.ReturningHeavyShare, (t, v) => t with { ReturningHeavyShare = v }),
        new("inquiryConversionMin", true, t => t.InquiryConversionMin, (t, v) => t with { InquiryConversionMin = v }),
        new("paidRoiMin", false, t => t.PaidRoiMin, (t, v) => t with { PaidRoiMin = v }),
        new("sourceDropAlert", true, t => t.SourceDropAlert, (t, v) => t with { SourceDropAlert = v }),
        new("stockCoverDays", false, t => t.StockCoverDays, (t, v) => t with { StockCoverDays = v }),
        new("conversionTrendDays", false, t => t.ConversionTrendDays, (t, v) => t with { ConversionTrendDays = (int)v }) { IsWhole = true },
        new("topSkuCount", false, t => t.TopSkuCount, (t, v) => t with { TopSkuCount = (int)v }) { IsWhole = true },
        new("adsAttributionWindowDays", false, t => t.AdsAttributionWindowDays, (t, v) => t with { AdsAttributionWindowDays = (int)v }) { IsWhole = true },
        new("keywordSpendNoDealMin", false, t => t.KeywordSpendNoDealMin, (t, v) => t with { KeywordSpendNoDealMin = v }),
        new("refundRateLine", true, t => t.RefundRateLine, (t, v) => t with { RefundRateLine = v }),
    ];

    /// <summary>What the form shows: rates as percentages (0.70 → 70).</summary>
    public static decimal Shown(ThresholdField field, StoreThresholds t) => field.IsRate ? field.Get(t) * 100m : field.Get(t);

    /// <summary>False for a fraction typed into a whole-number field.</summary>
    public static bool Accepts(ThresholdField field, decimal shown) => !field.IsWhole || shown == decimal.Truncate(shown);

    /// <summary>Back from the form: 70 → 0.70 for rates.</summary>
    public static StoreThresholds Apply(ThresholdField field, StoreThresholds t, decimal shown) => field.Set(t, field.IsRate ? shown / 100m : shown);
}
