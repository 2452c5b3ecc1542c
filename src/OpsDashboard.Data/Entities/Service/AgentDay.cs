namespace OpsDashboard.Data.Entities;

/// <summary>
/// One customer-service agent's day (赤兔/千牛/生意参谋 客服绩效, DOMAIN §7). Every count is nullable:
/// null means no imported file reported it, never 0.
/// </summary>
public sealed class AgentDay
{
    public int StoreId { get; set; }

    /// <summary>The agent's 旺旺 / sub-account name, as exported.</summary>
    public string Agent { get; set; } = string.Empty;
    public DateOnly Date { get; set; }
    public long? Consulted { get; set; }
    public long? Received { get; set; }
    public long? Inquirers { get; set; }
    public long? InquiryPayingBuyers { get; set; }
    public long? SalesAmountMinor { get; set; }

    /// <summary>Average response (seconds) × received, in milliseconds: the numerator of the weighted average response.</summary>
    public long? ResponseMillisecondsTotal { get; set; }
    public long? Unanswered { get; set; }
    public long? Refunds { get; set; }
}
