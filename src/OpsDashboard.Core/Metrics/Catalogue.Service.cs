namespace OpsDashboard.Core.Metrics;

/// <summary>The facts of the customer-service, refund and competitor imports (DOMAIN §7).</summary>
public static class ServiceFacts
{
    public static readonly Fact Inquirers = new("inquirers", FactUnit.Count, FactGrain.AgentDay, "inquirers");
    public static readonly Fact InquiryPayingBuyers = new("inquiryPayingBuyers", FactUnit.Count, FactGrain.AgentDay, "inquiry_paying_buyers");
    public static readonly Fact SalesAmount = new("salesAmount", FactUnit.Money, FactGrain.AgentDay, "sales_amount_minor");
    public static readonly Fact ResponseSecondsTotal = new("responseSecondsTotal", FactUnit.Seconds, FactGrain.AgentDay, "response_milliseconds_total") { Direction = MetricDirection.LowerIsBetter };
    public static readonly Fact Received = new("received", FactUnit.Count, FactGrain.AgentDay, "received");
    public static readonly Fact RefundedAmount = new("refundedAmount", FactUnit.Money, FactGrain.Refund, "refund_amount_minor") { Direction = MetricDirection.LowerIsBetter };

    public static readonly IReadOnlyList<Fact> All = [Inquirers, InquiryPayingBuyers, SalesAmount, ResponseSecondsTotal, Received, RefundedAmount];
}

/// <summary>The customer-service, refund and competitor metrics (DOMAIN §7): ratios of sums, null on a zero denominator.</summary>
public static partial class Catalogue
{
    /// <summary>询单转化率 of an agent or the store's agents: Σ 询单->最终付款人数 ÷ Σ 询单人数 (below 50% → that agent's training).</summary>
    public static readonly Metric<AgentTotals> AgentInquiryConversion = new(
        "inquiryConversionRate", ServiceFacts.InquiryPayingBuyers, ServiceFacts.Inquirers, MetricScale.Rate, Higher,
        t => t.InquiryPayingBuyers, t => t.Inquirers ?? 0, _ => null);

    /// <summary>An agent's AOV: Σ 客服销售额 ÷ Σ 询单->最终付款人数.</summary>
    public static readonly Metric<AgentTotals> AgentAverageOrderValue = new(
        "averageOrderValue", ServiceFacts.SalesAmount, ServiceFacts.InquiryPayingBuyers, MetricScale.Money, Higher,
        t => t.SalesAmount, t => t.InquiryPayingBuyers ?? 0, _ => null);

    /// <summary>Average first response in seconds, weighted by the people received: Σ response_seconds_total ÷ Σ received.</summary>
    public static readonly Metric<AgentTotals> AverageResponseSeconds = new(
        "averageResponseSeconds", ServiceFacts.ResponseSecondsTotal, ServiceFacts.Received, MetricScale.Seconds, Lower,
        t => t.ResponseSecondsTotal, t => t.ResponseReceived ?? 0, _ => null);

    /// <summary>Refund rate of a scope: Σ refunded amount ÷ Σ payment_amount over the same range and scope (unknown sales: no value).</summary>
    public static readonly Metric<RefundTotals> RefundRateOfSales = new(
        "refundRate", ServiceFacts.RefundedAmount, Facts.PaymentAmount, MetricScale.Rate, Lower,
        t => t.PaymentAmount is null ? null : t.Amount, t => t.PaymentAmount ?? 0, _ => null);

    /// <summary>The customer-service and refund metrics (keys unique among themselves).</summary>
    public static readonly IReadOnlyList<Metric> Service = [AgentInquiryConversion, AgentAverageOrderValue, AverageResponseSeconds, RefundRateOfSales];
}

/// <summary>
/// Competitor indices (生意参谋 交易指数, 流量指数…) are platform-transformed, non-linear levels: never
/// money, never summed across rivals. A range shows the mean of the days that have a value (taken
/// in the database), its ratio to the store's own index, and its change against the period before.
/// </summary>
public static class CompetitorIndices
{
    /// <summary>A rival's index ÷ the store's own; null when either is unknown or the store's is zero.</summary>
    public static decimal? VersusSelf(decimal? rival, decimal? self) => Ratio.Of(rival, self);

    /// <summary>The relative change of a mean index against the period before (0.3 = +30%).</summary>
    public static decimal? ChangeOf(decimal? current, decimal? previous) => Change.Relative(current, previous);

    /// <summary>A rival whose loss index rose at least this much over the week before is worth a look (DOMAIN §7).</summary>
    public const decimal LossRiseAttention = 0.30m;
}
