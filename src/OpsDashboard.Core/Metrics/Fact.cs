namespace OpsDashboard.Core.Metrics;

/// <summary>What one unit of a fact is.</summary>
public enum FactUnit
{
    /// <summary>People, views, units, clicks: a whole number.</summary>
    Count,

    /// <summary>An amount in the store's currency (stored in minor units).</summary>
    Money,

    /// <summary>A duration in seconds, summed weighted by visitors.</summary>
    Seconds,

    /// <summary>A platform-given rate, summed weighted by visitors.</summary>
    Rate,
}

/// <summary>The rows a fact is reported on (a store-day, a SKU-day, a source-day).</summary>
[Flags]
public enum FactGrain
{
    StoreDay = 1,
    SkuDay = 2,
    SourceDay = 4,

    /// <summary>A row of an ads report (万相台/直通车: scene, plan, item, keyword or crowd of a day).</summary>
    AdDay = 8,

    /// <summary>A search keyword of a day (生意参谋 搜索词 / 成交关键词).</summary>
    KeywordDay = 16,

    /// <summary>A customer-service agent's day (service-agents import).</summary>
    AgentDay = 64,

    /// <summary>One refund (refunds import), counted on its completion day.</summary>
    Refund = 128,
}

/// <summary>
/// One additive fact of the catalogue (DOMAIN §2): what the totals records sum. <see cref="Column"/>
/// is the fact's database column (and the import's name for it).
/// </summary>
public sealed record Fact(string Key, FactUnit Unit, FactGrain Grain, string Column)
{
    /// <summary>Whether more of it is good news (visitors, sales) or bad news (bounced visitors, refunds, cost).</summary>
    public MetricDirection Direction { get; init; } = MetricDirection.HigherIsBetter;
}

/// <summary>The closed list of facts the metrics of <see cref="Catalogue"/> are ratios of.</summary>
public static partial class Facts
{
    private const FactGrain StoreAndSku = FactGrain.StoreDay | FactGrain.SkuDay;
    private const FactGrain Everywhere = FactGrain.StoreDay | FactGrain.SkuDay | FactGrain.SourceDay;

    public static readonly Fact Visitors = new("visitors", FactUnit.Count, Everywhere, "visitors");
    public static readonly Fact PageViews = new("pageViews", FactUnit.Count, StoreAndSku, "page_views");
    public static readonly Fact BouncedVisitors = new("bouncedVisitors", FactUnit.Count, StoreAndSku, "bounced_visitors") { Direction = MetricDirection.LowerIsBetter };
    public static readonly Fact ReturningVisitors = new("returningVisitors", FactUnit.Count, FactGrain.StoreDay, "returning_visitors");
    public static readonly Fact AddToCartBuyers = new("addToCartBuyers", FactUnit.Count, StoreAndSku, "add_to_cart_buyers");
    public static readonly Fact FavoriteBuyers = new("favoriteBuyers", FactUnit.Count, StoreAndSku, "favorite_buyers");
    public static readonly Fact OrderBuyers = new("orderBuyers", FactUnit.Count, Everywhere, "order_buyers");
    public static readonly Fact PayingBuyers = new("payingBuyers", FactUnit.Count, Everywhere, "paying_buyers");
    public static readonly Fact Units = new("units", FactUnit.Count, StoreAndSku, "units");
    public static readonly Fact PaymentAmount = new("paymentAmount", FactUnit.Money, Everywhere, "payment_amount_minor");
    public static readonly Fact RefundAmount = new("refundAmount", FactUnit.Money, StoreAndSku, "refund_amount_minor") { Direction = MetricDirection.LowerIsBetter };
    public static readonly Fact Inquirers = new("inquirers", FactUnit.Count, FactGrain.StoreDay, "inquirers");
    public static readonly Fact InquiryPayingBuyers = new("inquiryPayingBuyers", FactUnit.Count, FactGrain.StoreDay, "inquiry_paying_buyers");

    /// <summary>Average stay × visitors: the numerator of the visitor-weighted average stay.</summary>
    public static readonly Fact StaySecondsTimesVisitors = new("staySecondsTimesVisitors", FactUnit.Seconds, StoreAndSku, "average_stay_milliseconds");

    /// <summary>Peer-tier conversion × visitors: the numerator of the visitor-weighted peer conversion.</summary>
    public static readonly Fact PeerRateTimesVisitors = new("peerRateTimesVisitors", FactUnit.Rate, FactGrain.StoreDay, "peer_conversion_rate_units");

    /// <summary>Visitors of the days whose peer rate is known: the weight of the peer average.</summary>
    public static readonly Fact PeerRateVisitors = new("peerRateVisitors", FactUnit.Count, FactGrain.StoreDay, "visitors");

    public static readonly Fact Impressions = new("impressions", FactUnit.Count, FactGrain.SourceDay, "impressions");
    public static readonly Fact Clicks = new("clicks", FactUnit.Count, FactGrain.SourceDay, "clicks");
    public static readonly Fact Cost = new("cost", FactUnit.Money, FactGrain.SourceDay, "cost_minor") { Direction = MetricDirection.LowerIsBetter };

    public static readonly IReadOnlyList<Fact> All =
    [
        Visitors, PageViews, BouncedVisitors, ReturningVisitors, AddToCartBuyers, FavoriteBuyers, OrderBuyers, PayingBuyers,
        Units, PaymentAmount, RefundAmount, Inquirers, InquiryPayingBuyers, StaySecondsTimesVisitors, PeerRateTimesVisitors,
        PeerRateVisitors, Impressions, Clicks, Cost,
    ];
}
