using OpsDashboard.Core.Metrics;

namespace OpsDashboard.Core.PageHealth;

/// <summary>Where a SKU's figure stands against the store's average for the same week.</summary>
public enum VersusStore
{
    /// <summary>Either figure is unknown (no visitors, or a column never imported).</summary>
    Unknown,
    Below,
    Equal,
    Above,
}

/// <summary>
/// One SKU's page health in a week (DOMAIN §1: "per store (and per SKU)"). A single product page is
/// not judged by the store's pass/fail lines: those lines are set for a whole store's traffic (a
/// product page's depth of 2.1 is normal for a page people land on from search), so a SKU's bounce
/// and depth are shown against the store's own average for the week instead — above or below it,
/// with the average beside. The SKU's AOV against the store's is information only.
/// </summary>
public sealed record SkuPageHealth(
    SkuTotals Sku,
    VersusStore Bounce,
    VersusStore Depth,
    decimal? StoreBounceRate,
    decimal? StoreVisitDepth,
    decimal? StoreAovRatio,
    bool IsFlagship)
{
    /// <summary>
    /// Store AOV ÷ this SKU's AOV: the AOV ratio the store would have with this SKU as its flagship.
    /// </summary>
    public static decimal? StoreAovOver(SkuTotals sku, decimal? storeAov) => Catalogue.AovRatio.Of(storeAov, Catalogue.AverageOrderValue.Of(sku));

    /// <summary>Above, below or equal to the store's average; unknown when either is unknown.</summary>
    public static VersusStore Against(decimal? sku, decimal? store) => sku is { } s && store is { } a
        ? s > a ? VersusStore.Above : s < a ? VersusStore.Below : VersusStore.Equal
        : VersusStore.Unknown;

    public static SkuPageHealth Evaluate(SkuTotals sku, PageHealthReport store) => new(
        sku,
        Against(Catalogue.BounceRate.Of(sku), store.BounceRate),
        Against(Catalogue.VisitDepth.Of(sku), store.VisitDepth),
        store.BounceRate,
        store.VisitDepth,
        StoreAovOver(sku, store.StoreAov),
        string.Equals(sku.Sku, store.FlagshipSku, StringComparison.Ordinal));
}
