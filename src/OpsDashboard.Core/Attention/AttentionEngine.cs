using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Thresholds;

namespace OpsDashboard.Core.Attention;

/// <summary>
/// Today's attention list (seed 003 parts 一, 二 and 四): each rule reads the day's facts against the
/// store's thresholds and yields items, ranked by severity and then by the rule order of
/// <see cref="AttentionRules.All"/>.
/// </summary>
public static class AttentionEngine
{
    public static IReadOnlyList<AttentionItem> Evaluate(AttentionFacts facts)
    {
        var items = new List<AttentionItem>();
        items.AddRange(TargetMissed(facts));
        items.AddRange(facts.Sources.SelectMany(s => SourceRules(s, facts.Thresholds)));
        items.AddRange(ConversionBelowPeer(facts));
        items.AddRange(facts.Skus.SelectMany(s => SkuRules(s, facts.Thresholds).Select(i => i with { SubjectName = s.LastSevenDays.Name })));
        items.AddRange(InquiryConversionLow(facts));
        items.AddRange(FixPagesFirst(facts));

        return items
            .OrderBy(i => i.Severity)
            .ThenBy(i => IndexOf(i.Rule))
            .ThenBy(i => i.Subject, StringComparer.Ordinal)
            .ToList();
    }

    private static int IndexOf(string rule) => AttentionRules.All.ToList().IndexOf(rule);

    private static IEnumerable<AttentionItem> TargetMissed(AttentionFacts f)
    {
        if (f.Target is not { } target || target.DayMet)
        {
            yield break;
        }

        var change = GmvDecomposition.Between(f.PreviousDayTotals, f.DayTotals);
        var driver = change?.WeakestDriver.ToApiName();
        yield return new AttentionItem(AttentionRules.TargetMissed, Severity.High, Teams.Operations, driver,
        [
            new("dayActual", target.DayActual, FigureKind.Money),
            new("dayTarget", target.DayTarget, FigureKind.Money),
            new("dayGap", target.DayGap, FigureKind.Money),
            new("dayShortfall", -target.DayGap, FigureKind.Money),
            new("trafficChange", change?.TrafficChange, FigureKind.Change),
            new("conversionChange", change?.ConversionChange, FigureKind.Change),
            new("aovChange", change?.AovChange, FigureKind.Change),
        ], "/");
    }

    private static IEnumerable<AttentionItem> SourceRules(SourceFacts s, StoreThresholds t)
    {
        if (s.PreviousSevenDayAverageVisitors is { } average && average > 0m)
        {
            var change = (s.Day.Visitors - average) / average;
            if (change < -t.SourceDropAlert)
            {
                yield return new AttentionItem(AttentionRules.SourceDrop, Severity.Medium, Teams.Promotion, s.Day.Source,
                [
                    new("visitors", s.Day.Visitors, FigureKind.Count),
                    new("averageVisitors", average, FigureKind.Count),
                    new("change", change, FigureKind.Change),
                ], "/");
            }
        }

        var week = s.LastSevenDays;
        var paid = week.Kind == SourceKinds.Paid || week.Cost > 0m;
        if (paid && Verdicts.PaidSourceRoi(week.ReturnOnInvestment, t) == CheckStatus.Fail)
        {
            yield return new AttentionItem(AttentionRules.PaidRoiLow, Severity.Medium, Teams.Promotion, week.Source,
            [
                new("roi", week.ReturnOnInvestment, FigureKind.Ratio),
                new("cost", week.Cost, FigureKind.Money),
                new("sales", week.PaymentAmount, FigureKind.Money),
                new("threshold", t.PaidRoiMin, FigureKind.Ratio),
            ], "/") { DetailDays = 7 };
        }
    }

    private static IEnumerable<AttentionItem> ConversionBelowPeer(AttentionFacts f)
    {
        var week = f.LastSevenDays;
        if (Verdicts.ConversionVsPeer(week.ConversionRate, week.PeerConversionRate) == CheckStatus.Fail)
        {
            yield return new AttentionItem(AttentionRules.ConversionBelowPeer, Severity.Medium, Teams.Operations, null,
            [
                new("conversionRate", week.ConversionRate, FigureKind.Rate),
                new("peerConversionRate", week.PeerConversionRate, FigureKind.Rate),
            ], "/") { DetailDays = 7 };
        }
    }

    private static IEnumerable<AttentionItem> SkuRules(SkuFacts s, StoreThresholds t)
    {
        var sku = s.LastSevenDays;
        var trend = Trend(s.DailyJudgedConversion, t.ConversionTrendDays);
        var conversionFigures = new List<AttentionFigure>
        {
            new("conversionRate", s.DailyJudgedConversion.Count > 0 ? s.DailyJudgedConversion[^1] : null, FigureKind.Rate),
            new("firstConversionRate", s.DailyJudgedConversion.Count > t.ConversionTrendDays ? s.DailyJudgedConversion[^(t.ConversionTrendDays + 1)] : null, FigureKind.Rate),
            new("days", t.ConversionTrendDays, FigureKind.Days),
        };
        if (trend > 0)
        {
            yield return new AttentionItem(AttentionRules.SkuConversionRising, Severity.Low, Teams.Promotion, sku.Sku, conversionFigures, "/page-health");
        }
        else if (trend < 0)
        {
            yield return new AttentionItem(AttentionRules.SkuConversionFalling, Severity.Medium, Teams.Design, sku.Sku, conversionFigures, "/page-health");
        }

        if (sku.Presale)
        {
            yield return new AttentionItem(AttentionRules.PresaleSku, Severity.Low, Teams.Operations, sku.Sku,
            [
                new("orderConversionRate", sku.OrderConversionRate, FigureKind.Rate),
                new("conversionRate", sku.ConversionRate, FigureKind.Rate),
            ], "/page-health");
        }

        if (s.TrafficRank <= t.TopSkuCount && s.NegativeReviewsOnDay > 0)
        {
            yield return new AttentionItem(AttentionRules.NegativeReviews, Severity.High, Teams.CustomerService, sku.Sku,
            [
                new("negativeReviews", s.NegativeReviewsOnDay, FigureKind.Count),
                new("rank", s.TrafficRank, FigureKind.Count),
            ], "/");
        }

        if (StockCoverDays(sku) is { } cover && cover < t.StockCoverDays)
        {
            yield return new AttentionItem(AttentionRules.LowStock, Severity.High, Teams.Operations, sku.Sku,
            [
                new("stockOnHand", sku.StockOnHand, FigureKind.Count),
                new("dailyUnits", sku.Units / 7m, FigureKind.Count),
                new("coverDays", cover, FigureKind.Days),
                new("threshold", t.StockCoverDays, FigureKind.Days),
            ], "/") { DetailDays = 7 };
        }
    }

    /// <summary>Days of stock at the last 7 days' pace; unknown stock or no sales gives none (never "out of stock").</summary>
    public static decimal? StockCoverDays(SkuTotals lastSevenDays) =>
        lastSevenDays.StockOnHand is { } stock && lastSevenDays.Units > 0 ? stock / (lastSevenDays.Units / 7m) : null;

    /// <summary>+1 when the last <paramref name="days"/> day-over-day changes all rise, −1 when all fall, else 0.</summary>
    public static int Trend(IReadOnlyList<decimal?> daily, int days)
    {
        if (days < 1 || daily.Count < days + 1)
        {
            return 0;
        }

        var recent = daily.Skip(daily.Count - days - 1).ToList();
        if (recent.Any(v => v is null))
        {
            return 0;
        }

        var pairs = recent.Zip(recent.Skip(1), (a, b) => b!.Value.CompareTo(a!.Value)).ToList();
        return pairs.All(p => p > 0) ? 1 : pairs.All(p => p < 0) ? -1 : 0;
    }

    private static IEnumerable<AttentionItem> InquiryConversionLow(AttentionFacts f)
    {
        var week = f.LastSevenDays;
        if (Verdicts.InquiryConversion(week.InquiryConversion, f.Thresholds) == CheckStatus.Fail)
        {
            yield return new AttentionItem(AttentionRules.InquiryConversionLow, Severity.Medium, Teams.CustomerService, null,
            [
                new("inquiryConversion", week.InquiryConversion, FigureKind.Rate),
                new("threshold", f.Thresholds.InquiryConversionMin, FigureKind.Rate),
            ], "/meeting") { DetailDays = 7 };
        }
    }

    private static IEnumerable<AttentionItem> FixPagesFirst(AttentionFacts f)
    {
        if (f.LastWeekPageHealth is { FixPagesBeforePromotion: true } health)
        {
            yield return new AttentionItem(AttentionRules.FixPagesFirst, Severity.High, Teams.Design, null,
            [
                new("bounceRate", health.BounceRate, FigureKind.Rate),
                new("visitDepth", health.VisitDepth, FigureKind.Ratio),
            ], "/page-health");
        }
    }
}
