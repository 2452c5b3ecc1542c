using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Reports.Service;

namespace OpsDashboard.Web.Api;

// The v1 extension of DOMAIN §7 for customer service, refunds, competitors and lost customers.

/// <summary>One agent's figures over a range; in <c>total</c> the store's agents together (agent null).</summary>
public sealed record ServiceAgentDto(
    string? Agent,
    long? Consulted,
    long? Received,
    long? Inquirers,
    long? InquiryPayingBuyers,
    decimal? InquiryConversionRate,
    decimal? SalesAmount,
    decimal? AverageOrderValue,
    decimal? AverageResponseSeconds,
    long? Unanswered,
    string Status,
    int ImmatureDays)
{
    public static ServiceAgentDto From(AgentReport a) => new(
        a.Agent.Length == 0 ? null : a.Agent,
        a.Totals.Consulted, a.Totals.Received, a.Totals.Inquirers, a.Totals.InquiryPayingBuyers, a.InquiryConversionRate,
        a.Totals.SalesAmount, a.AverageOrderValue, a.AverageResponseSeconds is { } seconds ? decimal.Round(seconds, 2, MidpointRounding.AwayFromZero) : null,
        a.Totals.Unanswered, a.Status.ToApiName(), a.ImmatureDays);
}

public sealed record ServiceDto(IReadOnlyList<ServiceAgentDto> Agents, ServiceAgentDto Total)
{
    public static ServiceDto From(ServiceReport r) => new(r.Agents.Select(ServiceAgentDto.From).ToList(), ServiceAgentDto.From(r.Total));
}

public sealed record RefundGroupDto(string Key, long Refunds, decimal Amount, decimal? RefundRate)
{
    public static RefundGroupDto From(RefundGroup g) => new(g.Key, g.Totals.Refunds, g.Totals.Amount, g.RefundRate);
}

public sealed record CompetitorDto(
    string Rival,
    string Kind,
    bool IsSelf,
    decimal? TradeIndex,
    decimal? TrafficIndex,
    decimal? SearchPopularity,
    decimal? FavoritePopularity,
    decimal? CartPopularity,
    decimal? ConversionIndex,
    decimal? CustomerIndex,
    decimal? TradeIndexVsSelf)
{
    public static CompetitorDto From(RivalReport r) => new(
        r.Rival, r.Kind, r.IsSelf, r.TradeIndex, r.TrafficIndex, r.SearchPopularity, r.FavoritePopularity, r.CartPopularity,
        r.ConversionIndex, r.CustomerIndex, r.TradeIndexVsSelf);
}

public sealed record LostCustomerDto(string Rival, string Kind, decimal? LossIndex, decimal? LossPopularity, decimal? Change)
{
    public static LostCustomerDto From(LostCustomerReport r) => new(r.Rival, r.Kind, r.LossIndex, r.LossPopularity, r.Change);
}
