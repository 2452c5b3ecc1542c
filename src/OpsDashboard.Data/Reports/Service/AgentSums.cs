using System.Linq.Expressions;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.Reports.Service;

/// <summary>
/// The sums of a group of agent days (by agent, by day, by store and agent): every count null-aware — a column no file
/// reported in the group stays null, never 0 — as one projection the database evaluates in its GROUP BY.
/// </summary>
internal sealed class AgentSums<TKey>
{
    public required TKey Key { get; init; }
    public long? Consulted { get; init; }
    public long? Received { get; init; }
    public long? Inquirers { get; init; }
    public long? InquiryPayingBuyers { get; init; }
    public long? SalesAmountMinor { get; init; }
    public long? ResponseMilliseconds { get; init; }
    public long? ResponseReceived { get; init; }
    public long? Unanswered { get; init; }
    public long? Refunds { get; init; }

    /// <summary>Days of the group that have a row.</summary>
    public int Days { get; init; }

    /// <summary>Days of the group on or after the first immature day.</summary>
    public int ImmatureDays { get; init; }

    public AgentTotals ToTotals() => new()
    {
        Consulted = Consulted,
        Received = Received,
        Inquirers = Inquirers,
        InquiryPayingBuyers = InquiryPayingBuyers,
        SalesAmount = SalesAmountMinor is { } sales ? Money.FromMinorUnits(sales) : null,
        ResponseSecondsTotal = ResponseMilliseconds is { } ms ? ms / 1000m : null,
        ResponseReceived = ResponseReceived,
        Unanswered = Unanswered,
        Refunds = Refunds,
    };
}

internal static class AgentSumsQuery
{
    /// <summary>Each group's <see cref="AgentSums{TKey}"/>; days on or after <paramref name="immatureFrom"/> are counted as immature.</summary>
    public static IQueryable<AgentSums<TKey>> SelectAgentSums<TKey>(this IQueryable<IGrouping<TKey, AgentDay>> groups, DateOnly immatureFrom) =>
        groups.Select(SumsOf<TKey>(immatureFrom));

    /// <summary>The one projection of agent-day sums (as <c>KpiQueries.Sums</c> is for store days).</summary>
    private static Expression<Func<IGrouping<TKey, AgentDay>, AgentSums<TKey>>> SumsOf<TKey>(DateOnly immatureFrom) => g => new AgentSums<TKey>
    {
        Key = g.Key,
        Consulted = g.Max(d => d.Consulted) == null ? null : g.Sum(d => d.Consulted),
        Received = g.Max(d => d.Received) == null ? null : g.Sum(d => d.Received),
        Inquirers = g.Max(d => d.Inquirers) == null ? null : g.Sum(d => d.Inquirers),
        InquiryPayingBuyers = g.Max(d => d.InquiryPayingBuyers) == null ? null : g.Sum(d => d.InquiryPayingBuyers),
        SalesAmountMinor = g.Max(d => d.SalesAmountMinor) == null ? null : g.Sum(d => d.SalesAmountMinor),
        ResponseMilliseconds = g.Max(d => d.ResponseMillisecondsTotal) == null ? null : g.Sum(d => d.ResponseMillisecondsTotal),
        ResponseReceived = g.Max(d => d.ResponseMillisecondsTotal) == null ? null : g.Sum(d => d.ResponseMillisecondsTotal != null ? d.Received : 0),
        Unanswered = g.Max(d => d.Unanswered) == null ? null : g.Sum(d => d.Unanswered),
        Refunds = g.Max(d => d.Refunds) == null ? null : g.Sum(d => d.Refunds),
        Days = g.Count(),
        ImmatureDays = g.Count(d => d.Date >= immatureFrom),
    };
}
