using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Thresholds;

namespace OpsDashboard.Core.PageHealth;

/// <summary>
/// One SKU's page health in a week (DOMAIN §1: "per store (and per SKU)"). Bounce and depth get
/// verdicts on the store's tier: a SKU has no returning share of its own, and the page a shopper
/// lands on belongs to the store's audience. The SKU's AOV against the store's is information only.
/// </summary>
public sealed record SkuPageHealth(
    SkuTotals Sku,
    CheckStatus Bounce,
    CheckStatus Depth,
    decimal? StoreAovRatio,
    bool IsFlagship)
{
    /// <summary>
    /// Store AOV ÷ this SKU's AOV: the AOV ratio the store would have with this SKU as its flagship.
    /// </summary>
    public static decimal? StoreAovOver(SkuTotals sku, decimal? storeAov) => Ratio.Of(storeAov, sku.AverageOrderValue);

    public static SkuPageHealth Evaluate(SkuTotals sku, PageHealthReport store, StoreThresholds thresholds) => new(
        sku,
        Verdicts.BounceRate(sku.BounceRate, store.ReturningHeavy, thresholds),
        Verdicts.VisitDepth(sku.VisitDepth, store.ReturningHeavy, thresholds),
        StoreAovOver(sku, store.StoreAov),
        string.Equals(sku.Sku, store.FlagshipSku, StringComparison.Ordinal));
}
