using OpsDashboard.Core.Metrics;

namespace OpsDashboard.Core.PageHealth;

/// <summary>Which SKU is the flagship (主力款) for a period (DOMAIN §3).</summary>
public static class Flagship
{
    /// <summary>
    /// The store's chosen flagship when one is set (even if it sold nothing in the period);
    /// otherwise the SKU with the highest payment amount, ties to the lowest SKU code.
    /// </summary>
    public static SkuTotals? Select(string? chosenSku, IEnumerable<SkuTotals> skus)
    {
        if (!string.IsNullOrWhiteSpace(chosenSku))
        {
            var code = chosenSku.Trim();
            return skus.FirstOrDefault(s => string.Equals(s.Sku, code, StringComparison.Ordinal))
                ?? new SkuTotals { Sku = code };
        }

        return skus
            .OrderByDescending(s => s.PaymentAmount)
            .ThenBy(s => s.Sku, SkuCodeOrder.Instance)
            .FirstOrDefault();
    }
}
