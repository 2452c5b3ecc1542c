namespace OpsDashboard.Core.Metrics;

/// <summary>The facts of the ads and search-keyword reports (DOMAIN §7).</summary>
public static partial class Facts
{
    public static readonly Fact AdImpressions = new("impressions", FactUnit.Count, FactGrain.AdDay, "impressions");
    public static readonly Fact AdClicks = new("clicks", FactUnit.Count, FactGrain.AdDay, "clicks");
    public static readonly Fact AdCost = new("cost", FactUnit.Money, FactGrain.AdDay, "cost_minor") { Direction = MetricDirection.LowerIsBetter };

    /// <summary>Cost × 1000: the numerator of CPM.</summary>
    public static readonly Fact AdCostPerMille = new("costTimesThousand", FactUnit.Money, FactGrain.AdDay, "cost_minor") { Direction = MetricDirection.LowerIsBetter };

    /// <summary>总成交金额 = 直接 + 间接.</summary>
    public static readonly Fact AdAmount = new("amount", FactUnit.Money, FactGrain.AdDay, "direct_amount_minor");

    /// <summary>总成交笔数.</summary>
    public static readonly Fact AdOrders = new("orders", FactUnit.Count, FactGrain.AdDay, "orders");

    public static readonly Fact KeywordVisitors = new("visitors", FactUnit.Count, FactGrain.KeywordDay, "visitors");
    public static readonly Fact KeywordPayingBuyers = new("payingBuyers", FactUnit.Count, FactGrain.KeywordDay, "paying_buyers");

    /// <summary>The store's visitors over the same range: the denominator of a keyword's share.</summary>
    public static readonly Fact StoreVisitors = new("storeVisitors", FactUnit.Count, FactGrain.StoreDay, "visitors");

    /// <summary>The facts of <see cref="Catalogue.Promotion"/>.</summary>
    public static readonly IReadOnlyList<Fact> Promotion =
    [
        AdImpressions, AdClicks, AdCost, AdCostPerMille, AdAmount, AdOrders, KeywordVisitors, KeywordPayingBuyers, StoreVisitors,
    ];
}

/// <summary>The ads and search-keyword metrics (DOMAIN §7): ratios of sums, null on a zero denominator.</summary>
public static partial class Catalogue
{
    private const decimal Thousand = 1000m;

    /// <summary>点击率 = Σ clicks ÷ Σ impressions.</summary>
    public static readonly Metric<AdTotals> AdClickThroughRate = new(
        "ctr", Facts.AdClicks, Facts.AdImpressions, MetricScale.Rate, Higher, t => t.Clicks, t => t.Impressions, _ => null);

    /// <summary>平均点击花费 = Σ cost ÷ Σ clicks.</summary>
    public static readonly Metric<AdTotals> AdCostPerClick = new(
        "cpc", Facts.AdCost, Facts.AdClicks, MetricScale.Money, Lower, t => t.Cost, t => t.Clicks, _ => null);

    /// <summary>千次展现花费 = Σ cost ÷ Σ impressions × 1000.</summary>
    public static readonly Metric<AdTotals> AdCostPerMille = new(
        "cpm", Facts.AdCostPerMille, Facts.AdImpressions, MetricScale.Money, Lower, t => t.Cost * Thousand, t => t.Impressions, _ => null);

    /// <summary>点击转化率 = Σ orders ÷ Σ clicks, the clicks of the rows that reported orders.</summary>
    public static readonly Metric<AdTotals> AdConversionRate = new(
        "cvr", Facts.AdOrders, Facts.AdClicks, MetricScale.Rate, Higher, t => t.Orders, t => t.Clicks,
        t => t.ClicksWithOrders is { } clicks ? new RateSums(t.Orders ?? 0, clicks) : null);

    /// <summary>投入产出比 = Σ (direct + indirect) ÷ Σ cost, the cost of the rows that reported a deal amount.</summary>
    public static readonly Metric<AdTotals> AdRoi = new(
        "roi", Facts.AdAmount, Facts.AdCost, MetricScale.Ratio, Higher, t => t.Amount, t => t.Cost,
        t => t.CostWithAmount is { } cost ? new RateSums(t.Amount ?? 0m, cost) : null);

    /// <summary>总成交成本 = Σ cost ÷ Σ orders, the cost of the rows that reported orders.</summary>
    public static readonly Metric<AdTotals> AdCostPerOrder = new(
        "costPerOrder", Facts.AdCost, Facts.AdOrders, MetricScale.Money, Lower, t => t.Cost, t => t.Orders ?? 0,
        t => t.CostWithOrders is { } cost ? new RateSums(cost, t.Orders ?? 0) : null);

    /// <summary>A search keyword's conversion = Σ paying buyers ÷ Σ visitors.</summary>
    public static readonly Metric<KeywordTotals> KeywordConversionRate = new(
        "conversionRate", Facts.KeywordPayingBuyers, Facts.KeywordVisitors, MetricScale.Rate, Higher, t => t.PayingBuyers, t => t.Visitors, _ => null);

    /// <summary>A search keyword's share = keyword visitors ÷ store visitors over the same range.</summary>
    public static readonly Metric<KeywordTotals> KeywordShare = new(
        "share", Facts.KeywordVisitors, Facts.StoreVisitors, MetricScale.Rate, Higher, t => t.Visitors, t => t.StoreVisitors, _ => null);

    /// <summary>The ads and search-keyword metrics, keys unique within each totals kind.</summary>
    public static readonly IReadOnlyList<Metric> Promotion =
    [
        AdClickThroughRate, AdCostPerClick, AdCostPerMille, AdConversionRate, AdRoi, AdCostPerOrder, KeywordConversionRate, KeywordShare,
    ];
}
