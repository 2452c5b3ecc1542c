namespace OpsDashboard.Core.Metrics;

/// <summary>
/// Additive sums of one customer-service agent's days (or of every agent: the store's service
/// total) over a range (DOMAIN §7, service-agents). A sum is null when no imported row reported
/// that column: unknown is never zero. Every rate over them is a metric of <see cref="Catalogue"/>.
/// </summary>
public sealed record AgentTotals
{
    public static readonly AgentTotals Empty = new();

    /// <summary>Σ 咨询人数 (received + forwarded).</summary>
    public long? Consulted { get; init; }

    /// <summary>Σ 接待人数.</summary>
    public long? Received { get; init; }

    /// <summary>Σ 询单人数.</summary>
    public long? Inquirers { get; init; }

    /// <summary>Σ 询单->最终付款人数.</summary>
    public long? InquiryPayingBuyers { get; init; }

    /// <summary>Σ 客服销售额, in currency units.</summary>
    public decimal? SalesAmount { get; init; }

    /// <summary>Σ (average response × received), in seconds, over the days that report a response time.</summary>
    public decimal? ResponseSecondsTotal { get; init; }

    /// <summary>Σ received over the days that report a response time (the weight of the average response).</summary>
    public long? ResponseReceived { get; init; }

    /// <summary>Σ 未回复人数.</summary>
    public long? Unanswered { get; init; }

    /// <summary>Σ 退款笔数 as the service report counts them.</summary>
    public long? Refunds { get; init; }
}

/// <summary>Refunded money of a scope (the store, a SKU, a reason, a day) and the sales it is measured against.</summary>
/// <param name="Refunds">Refunds completed successfully in the range.</param>
/// <param name="Amount">Σ 买家退款金额 of those refunds, in currency units.</param>
/// <param name="PaymentAmount">Σ payment_amount of the same range and scope; null when no file reported sales for it.</param>
public sealed record RefundTotals(long Refunds, decimal Amount, decimal? PaymentAmount);
