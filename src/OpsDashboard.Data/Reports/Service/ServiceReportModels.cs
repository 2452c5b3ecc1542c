using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Thresholds;

namespace OpsDashboard.Data.Reports.Service;

/// <summary>One agent's (or, with an empty name, all agents') sums over a range and what they mean.</summary>
/// <param name="ImmatureDays">Days in the range newer than the 4 days 询单->最终付款 takes to settle that have rows.</param>
public sealed record AgentReport(string Agent, AgentTotals Totals, CheckStatus Status, int ImmatureDays)
{
    public decimal? InquiryConversionRate => Catalogue.AgentInquiryConversion.Of(Totals);
    public decimal? AverageOrderValue => Catalogue.AgentAverageOrderValue.Of(Totals);
    public decimal? AverageResponseSeconds => Catalogue.AverageResponseSeconds.Of(Totals);
}

/// <summary>The store's agents' total of one day (the trend).</summary>
public sealed record AgentDayTotals(DateOnly Date, AgentTotals Totals, bool Immature)
{
    public decimal? InquiryConversionRate => Catalogue.AgentInquiryConversion.Of(Totals);
}

/// <summary>The DSR scores a store-day file reported (描述/服务/物流, 0–5); null = not reported.</summary>
public sealed record DsrDay(DateOnly Date, decimal? Description, decimal? Service, decimal? Logistics);

/// <summary>A DSR score's first and last reported value in a range, and the change between them.</summary>
public sealed record DsrChange(decimal? First, decimal? Last)
{
    public decimal? Change => Core.Metrics.Change.Points(Last, First);
}

/// <summary>The customer-service report of a range (DOMAIN §7): agents, their total, the daily trend and DSR.</summary>
public sealed record ServiceReport(
    DateRange Range,
    IReadOnlyList<AgentReport> Agents,
    AgentReport Total,
    IReadOnlyList<AgentDayTotals> Daily,
    DateOnly ImmatureFrom,
    IReadOnlyList<DsrDay> Dsr)
{
    public DsrChange Description => ChangeOf(d => d.Description);
    public DsrChange ServiceScore => ChangeOf(d => d.Service);
    public DsrChange Logistics => ChangeOf(d => d.Logistics);

    private DsrChange ChangeOf(Func<DsrDay, decimal?> score)
    {
        var known = Dsr.Where(d => score(d) is not null).ToList();
        return known.Count == 0 ? new DsrChange(null, null) : new DsrChange(score(known[0]), score(known[^1]));
    }
}

/// <summary>How refunds are grouped.</summary>
public enum RefundGrouping
{
    Reason,
    Sku,
    Day,
}

/// <summary>Refunds of one reason, SKU or completion day, with the refund rate of that scope.</summary>
public sealed record RefundGroup(string Key, string? Name, RefundTotals Totals)
{
    public decimal? RefundRate => Catalogue.RefundRateOfSales.Of(Totals);
}

/// <summary>A rival's (or the store's own) mean indices over a range.</summary>
public sealed record RivalReport(string Rival, string Kind, bool IsSelf, string? RivalId)
{
    public decimal? TradeIndex { get; init; }
    public decimal? TrafficIndex { get; init; }
    public decimal? SearchPopularity { get; init; }
    public decimal? FavoritePopularity { get; init; }
    public decimal? CartPopularity { get; init; }
    public decimal? ConversionIndex { get; init; }
    public decimal? CustomerIndex { get; init; }

    /// <summary>This rival's trade index ÷ the store's own (same kind), null when either is unknown.</summary>
    public decimal? TradeIndexVsSelf { get; init; }

    /// <summary>The trade index's change against the period before.</summary>
    public decimal? TradeIndexChange { get; init; }
}

/// <summary>A rival's mean loss index and popularity over a range, and the loss index's change against the period before.</summary>
public sealed record LostCustomerReport(string Rival, string Kind, string? RivalShop, decimal? LossIndex, decimal? LossPopularity, decimal? PreviousLossIndex)
{
    public decimal? Change => CompetitorIndices.ChangeOf(LossIndex, PreviousLossIndex);

    /// <summary>Rose by at least 30% over the period before (DOMAIN §7: an attention item for operations).</summary>
    public bool Rising => Change >= CompetitorIndices.LossRiseAttention;
}
