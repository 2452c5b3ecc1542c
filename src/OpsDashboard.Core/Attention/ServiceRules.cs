using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Thresholds;

namespace OpsDashboard.Core.Attention;

/// <summary>One agent's sums over the mature week the agent rule judges, and how many of its days had a row.</summary>
public sealed record AgentWeekFacts(string Agent, AgentTotals Totals, int Days);

/// <summary>
/// One SKU's successful refunds (counted on completion) against its own sales, over the last 7 days and the 7 days
/// before. A side whose sales no file reported has a null <see cref="RefundTotals.PaymentAmount"/>: its rate is unknown.
/// </summary>
public sealed record SkuRefundFacts(string Sku, RefundTotals Week, RefundTotals WeekBefore)
{
    public decimal? Rate => Catalogue.RefundRateOfSales.Of(Week);
    public decimal? RateBefore => Catalogue.RefundRateOfSales.Of(WeekBefore);
}

/// <summary>A DSR score (description / service / logistics): its last reported value in the last 7 days and in the 7 days before.</summary>
public sealed record DsrScoreFacts(string Score, decimal? Now, decimal? WeekBefore)
{
    public const string Description = "description";
    public const string Service = "service";
    public const string Logistics = "logistics";

    /// <summary>The change in score points (4.80 → 4.77 is −0.03); unknown when either side was not reported.</summary>
    public decimal? Change => Now is { } now && WeekBefore is { } before ? now - before : null;
}

/// <summary>A rival customers are lost to: its mean 流失指数 over the last 7 days and over the 7 days before (days with a value).</summary>
public sealed record RivalLossFacts(string Rival, string Kind, decimal? Week, decimal? WeekBefore)
{
    public decimal? Change => CompetitorIndices.ChangeOf(Week, WeekBefore);
}

/// <summary>
/// The customer-service, refund, DSR and competitor facts around a day (DOMAIN §7, issue 12), summed in the database.
/// Weeks end on the day (the 7 days before it are the comparison) except the agents' week, which ends on the last
/// day whose 询单->最终付款 has settled.
/// </summary>
public sealed record ServiceAttentionFacts
{
    public static readonly ServiceAttentionFacts None = new() { AgentWeek = null };

    /// <summary>The 7 mature days the agents are judged on; null when the facts were not read.</summary>
    public required DateRange? AgentWeek { get; init; }
    public IReadOnlyList<AgentWeekFacts> Agents { get; init; } = [];
    public IReadOnlyList<SkuRefundFacts> Refunds { get; init; } = [];
    public IReadOnlyList<DsrScoreFacts> Dsr { get; init; } = [];
    public IReadOnlyList<RivalLossFacts> Losses { get; init; } = [];

    /// <summary>
    /// The day's successful refunds (completed that day) and the day's sales, when a refunds file reaching the day was
    /// imported; null when none was (unknown, never a refund rate of 0).
    /// </summary>
    public RefundTotals? RefundsOnDay { get; init; }

    /// <summary>Promotion days (sales ≥ 3× the median day, or annotated campaigns) in the 7 days before the last 7: that week is no baseline.</summary>
    public bool WeekBeforeHadPromotion { get; init; }

    /// <summary>Promotion days in the last 7 days: refunds of the promotion's orders complete now, against ordinary sales.</summary>
    public bool WeekHadPromotion { get; init; }
}

/// <summary>
/// The attention rules of issue 12 / DOMAIN §7: an agent below the inquiry-conversion line over 7 mature days, a top
/// SKU's refund rate at or above the store's line or doubled against the week before, a DSR score down by 0.02 or
/// more in 7 days, and a rival whose weekly loss index rose by 30% or more. Unknown never fires a rule: a figure no
/// file reported gives no item, and a week with a promotion is not a baseline to compare with.
/// </summary>
public static class ServiceRules
{
    public const string AgentBelowLine = "agentBelowLine";
    public const string RefundRateJump = "refundRateJump";
    public const string DsrDrop = "dsrDrop";
    public const string RivalLossRise = "rivalLossRise";

    /// <summary>The rules of this file, in the order they rank within one severity (appended to <see cref="AttentionRules.All"/>).</summary>
    public static readonly IReadOnlyList<string> All = [RefundRateJump, DsrDrop, AgentBelowLine, RivalLossRise];

    /// <summary>A DSR score that fell by at least this many points in 7 days is an item for customer service.</summary>
    public const decimal DsrDropPoints = 0.02m;

    public static IEnumerable<AttentionItem> Evaluate(AttentionFacts facts)
    {
        if (facts.Service is not { } service)
        {
            return [];
        }

        var topSkus = facts.Skus.Where(s => s.TrafficRank <= facts.Thresholds.TopSkuCount).ToDictionary(s => s.LastSevenDays.Sku, StringComparer.Ordinal);
        return AgentsBelowLine(service, facts.Thresholds)
            .Concat(RefundJumps(service, topSkus, facts.Thresholds))
            .Concat(DsrDrops(service))
            .Concat(LossRises(service));
    }

    /// <summary>询单转化率 &lt; the line over the mature week → customer service: train that agent (seed 003 part 二).</summary>
    public static IEnumerable<AttentionItem> AgentsBelowLine(ServiceAttentionFacts service, StoreThresholds thresholds)
    {
        foreach (var agent in service.Agents)
        {
            var rate = Catalogue.AgentInquiryConversion.Of(agent.Totals);
            if (Verdicts.InquiryConversion(rate, thresholds) != CheckStatus.Fail)
            {
                continue;
            }

            yield return new AttentionItem(AgentBelowLine, Severity.Medium, Teams.CustomerService, agent.Agent,
            [
                new("inquiryConversion", rate, FigureKind.Rate),
                new("threshold", thresholds.InquiryConversionMin, FigureKind.Rate),
                new("inquirers", agent.Totals.Inquirers, FigureKind.Count),
                new("inquiryPayingBuyers", agent.Totals.InquiryPayingBuyers, FigureKind.Count),
                new("days", agent.Days, FigureKind.Days),
            ], DetailScreen.Service)
            {
                DetailRange = service.AgentWeek,
                DetailQuery = DetailKeys.HighlightOnly(agent.Agent),
            };
        }
    }

    /// <summary>
    /// A top SKU (by traffic) whose refund rate over the last 7 days is at or above the store's line, or at least double
    /// the 7 days before → operations and customer service: check quality, size chart and description. The doubling is
    /// not judged against a week with a promotion (its huge sales make any rate after it look doubled).
    /// </summary>
    public static IEnumerable<AttentionItem> RefundJumps(ServiceAttentionFacts service, IReadOnlyDictionary<string, SkuFacts> topSkus, StoreThresholds thresholds)
    {
        foreach (var sku in service.Refunds)
        {
            if (!topSkus.TryGetValue(sku.Sku, out var top) || sku.Rate is not { } rate)
            {
                continue;
            }

            var atLine = rate >= thresholds.RefundRateLine;
            var doubled = !service.WeekBeforeHadPromotion && sku.RateBefore is > 0m and var before && rate >= 2m * before;
            if (!atLine && !doubled)
            {
                continue;
            }

            yield return new AttentionItem(RefundRateJump, Severity.High, Teams.Operations, sku.Sku,
            [
                new("refundRate", rate, FigureKind.Rate),
                new("refundRateBefore", sku.RateBefore, FigureKind.Rate),
                new("threshold", thresholds.RefundRateLine, FigureKind.Rate),
                new("refundAmount", sku.Week.Amount, FigureKind.Money),
                new("sales", sku.Week.PaymentAmount, FigureKind.Money),
                new("refunds", sku.Week.Refunds, FigureKind.Count),
            ], DetailScreen.Service)
            {
                DetailDays = 7,
                DetailQuery = DetailKeys.HighlightOnly(sku.Sku),
                SubjectName = top.LastSevenDays.Name,
                Variant = !atLine ? "doubled" : service.WeekHadPromotion || service.WeekBeforeHadPromotion ? "afterPromotion" : "atLine",
            };
        }
    }

    /// <summary>A DSR score down by at least 0.02 points against the week before → customer service.</summary>
    public static IEnumerable<AttentionItem> DsrDrops(ServiceAttentionFacts service)
    {
        foreach (var score in service.Dsr)
        {
            if (score.Change is not { } change || change > -DsrDropPoints)
            {
                continue;
            }

            yield return new AttentionItem(DsrDrop, Severity.Medium, Teams.CustomerService, score.Score,
            [
                new("score", score.Now, FigureKind.Ratio),
                new("scoreBefore", score.WeekBefore, FigureKind.Ratio),
                new("change", change, FigureKind.Ratio),
            ], DetailScreen.Service)
            {
                DetailDays = 14,
                DetailQuery = DetailKeys.HighlightOnly("dsr-" + score.Score),
                Variant = score.Score,
            };
        }
    }

    /// <summary>
    /// A rival whose mean weekly loss index rose by at least 30% → operations: compare price, main image and reviews with
    /// that rival (seed 003 part 二). A week before with the store's own promotion is no baseline.
    /// </summary>
    public static IEnumerable<AttentionItem> LossRises(ServiceAttentionFacts service)
    {
        if (service.WeekBeforeHadPromotion)
        {
            yield break;
        }

        foreach (var rival in service.Losses)
        {
            if (rival.Change is not { } change || change < CompetitorIndices.LossRiseAttention)
            {
                continue;
            }

            yield return new AttentionItem(RivalLossRise, Severity.Medium, Teams.Operations, rival.Rival,
            [
                new("lossIndex", rival.Week, FigureKind.Count),
                new("lossIndexBefore", rival.WeekBefore, FigureKind.Count),
                new("change", change, FigureKind.Change),
                new("threshold", CompetitorIndices.LossRiseAttention, FigureKind.Rate),
            ], DetailScreen.Competitors)
            {
                DetailDays = 7,
                DetailQuery = DetailKeys.HighlightOnly(rival.Rival),
            };
        }
    }
}
