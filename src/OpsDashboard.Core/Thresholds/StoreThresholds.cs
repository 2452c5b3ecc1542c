namespace OpsDashboard.Core.Thresholds;

/// <summary>
/// Every threshold of DOMAIN §4. The defaults are the documented ones; each is a per-store setting.
/// Rates are fractions (0.70 = 70%).
/// </summary>
public sealed record StoreThresholds
{
    public static readonly StoreThresholds Defaults = new();

    /// <summary>Store AOV ÷ flagship AOV passes at or above this.</summary>
    public decimal AovRatioPass { get; init; } = 1.3m;

    /// <summary>Bounce rate fails at or above this.</summary>
    public decimal BounceFail { get; init; } = 0.70m;

    /// <summary>Bounce rate passes strictly below this (otherwise warns, until it fails).</summary>
    public decimal BouncePass { get; init; } = 0.60m;

    /// <summary>Bounce rate pass line for a returning-heavy store.</summary>
    public decimal BouncePassReturningHeavy { get; init; } = 0.50m;

    /// <summary>Visit depth fails strictly below this.</summary>
    public decimal DepthFail { get; init; } = 2.5m;

    /// <summary>Visit depth passes strictly above this (2.5 ≤ x ≤ 3.5 warns).</summary>
    public decimal DepthPass { get; init; } = 3.5m;

    /// <summary>Visit depth passes at or above this for a returning-heavy store.</summary>
    public decimal DepthPassReturningHeavy { get; init; } = 4.0m;

    /// <summary>A store is returning-heavy when its returning share is at or above this.</summary>
    public decimal ReturningHeavyShare { get; init; } = 0.50m;

    /// <summary>Inquiry conversion below this calls for customer-service training.</summary>
    public decimal InquiryConversionMin { get; init; } = 0.50m;

    /// <summary>A paid source with ROI below this should be paused or have budget moved.</summary>
    public decimal PaidRoiMin { get; init; } = 2.0m;

    /// <summary>A traffic source whose visitors fall by more than this share (vs its previous 7-day average, or the comparison period) is flagged.</summary>
    public decimal SourceDropAlert { get; init; } = 0.20m;

    /// <summary>Stock that covers fewer days than this at the last 7 days' sales pace is flagged.</summary>
    public decimal StockCoverDays { get; init; } = 7m;

    /// <summary>A SKU whose judged conversion rises (or falls) this many days running is flagged.</summary>
    public int ConversionTrendDays { get; init; } = 3;

    /// <summary>How many SKUs by traffic count as the "top" ones watched for negative reviews.</summary>
    public int TopSkuCount { get; init; } = 5;

    /// <summary>The first day of a page-health week.</summary>
    public DayOfWeek WeekStartsOn { get; init; } = DayOfWeek.Monday;

    /// <summary>The ads reports' attribution window in days (1/3/7/15/30) when a file does not say its own (DOMAIN §7).</summary>
    public int AdsAttributionWindowDays { get; init; } = 15;

    /// <summary>A keyword that spent at least this much over mature days with no deal should be cut or bid lower (DOMAIN §7).</summary>
    public decimal KeywordSpendNoDealMin { get; init; } = 100m;

    /// <summary>A top SKU whose refund rate over 7 days is at or above this share calls for a quality check (issue 12, default 10%).</summary>
    public decimal RefundRateLine { get; init; } = Metrics.RefundJumps.RateLine;
}
