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
    /// <summary>At most this many items of one rule stand; the last of them says how many more there are.</summary>
    public const int MaxPerRule = 3;

    public static IReadOnlyList<AttentionItem> Evaluate(AttentionFacts facts)
    {
        var items = new List<AttentionItem>();
        items.AddRange(TargetMissed(facts));
        items.AddRange(facts.Sources.SelectMany(s => SourceRules(s, facts.Thresholds)));
        items.AddRange(ConversionBelowPeer(facts));
        items.AddRange(facts.Skus.SelectMany(s => SkuRules(s, facts.Thresholds).Select(i => i with { SubjectName = s.LastSevenDays.Name, DetailSku = s.LastSevenDays.Sku })));
        items.AddRange(InquiryConversionLow(facts));
        items.AddRange(FixPagesFirst(facts));
        items.AddRange(ServiceRules.Evaluate(facts));
        items.AddRange(PromotionRules.Evaluate(facts.Promotion, facts.Thresholds));

        var ranked = WithoutContradictions(items)
            .OrderBy(i => i.Severity)
            .ThenBy(i => IndexOf(i.Rule))
            .ThenBy(i => i.Subject, StringComparer.Ordinal)
            .ToList();
        return CapPerRule(ranked, MaxPerRule);
    }

    /// <summary>A SKU whose conversion is said to rise and to fall at once has no trend: neither item stands.</summary>
    public static IEnumerable<AttentionItem> WithoutContradictions(IEnumerable<AttentionItem> items)
    {
        var list = items.ToList();
        var rising = list.Where(i => i.Rule == AttentionRules.SkuConversionRising).Select(i => i.Subject).ToHashSet(StringComparer.Ordinal);
        var falling = list.Where(i => i.Rule == AttentionRules.SkuConversionFalling).Select(i => i.Subject).ToHashSet(StringComparer.Ordinal);
        rising.IntersectWith(falling);
        return list.Where(i => !(i.Rule is AttentionRules.SkuConversionRising or AttentionRules.SkuConversionFalling && rising.Contains(i.Subject)));
    }

    /// <summary>Keeps the first <paramref name="max"/> items of each rule (in rank order); the last kept one carries the count of the rest.</summary>
    public static IReadOnlyList<AttentionItem> CapPerRule(IReadOnlyList<AttentionItem> ranked, int max)
    {
        var counts = ranked.GroupBy(i => i.Rule).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<AttentionItem>();
        foreach (var item in ranked)
        {
            var n = seen[item.Rule] = seen.GetValueOrDefault(item.Rule) + 1;
            if (n < max || (n == max && counts[item.Rule] == max))
            {
                kept.Add(item);
            }
            else if (n == max)
            {
                kept.Add(item with { More = counts[item.Rule] - max });
            }
        }

        return kept;
    }

    private static int IndexOf(string rule) => AttentionRules.All.ToList().IndexOf(rule);

    private static IEnumerable<AttentionItem> TargetMissed(AttentionFacts f)
    {
        if (f.Target is not { } target || target.DayMet)
        {
            yield break;
        }

        // The day before is kept as figures for the record; the reason is judged on the usual same weekday.
        var change = GmvDecomposition.Between(f.PreviousDayTotals, f.DayTotals);
        var reason = MissedDayReason.Of(target, f.DayTotals, f.WeekdayRunRate);
        yield return new AttentionItem(AttentionRules.TargetMissed, Severity.High, Teams.Operations, reason.Driver?.ToApiName(),
        [
            new("dayActual", target.DayActual, FigureKind.Money),
            new("dayTarget", target.DayTarget, FigureKind.Money),
            new("dayGap", target.DayGap, FigureKind.Money),
            new("dayShortfall", -target.DayGap, FigureKind.Money),
            new("trafficChange", change?.TrafficChange, FigureKind.Change),
            new("conversionChange", change?.ConversionChange, FigureKind.Change),
            new("aovChange", change?.AovChange, FigureKind.Change),
            new("runRateSales", reason.RunRateSales, FigureKind.Money),
            new("runRateDays", reason.RunRateDays, FigureKind.Count),
            new("salesVsRunRate", reason.SalesVsRunRate, FigureKind.Change),
            new("targetVsRunRate", reason.TargetVsRunRate, FigureKind.Change),
            new("trafficVsRunRate", reason.TrafficVsRunRate, FigureKind.Change),
            new("conversionVsRunRate", reason.ConversionVsRunRate, FigureKind.Change),
            new("aovVsRunRate", reason.AovVsRunRate, FigureKind.Change),
            new("liftToCloseDay", reason.LiftToCloseDay, FigureKind.Change),
            new("neededDailySales", target.NeededDailySales, FigureKind.Money),
            new("remainingDays", target.RemainingDays, FigureKind.Days),
        ], DetailScreen.MorningReview) { Variant = VariantOf(reason) };
    }

    /// <summary>The wording of a missed day: above the store's pace, a driver that fell, below pace with no clear driver, or no usual day to judge by.</summary>
    public static string VariantOf(MissedDayReason reason) => reason.Kind switch
    {
        MissedReasonKind.AbovePace => "abovePace",
        MissedReasonKind.DriverFell when reason.Driver is not null => "driverFell",
        MissedReasonKind.DriverFell => "belowPace",
        _ => "noBaseline",
    };

    private static IEnumerable<AttentionItem> SourceRules(SourceFacts s, StoreThresholds t)
    {
        // A source not in the day's file is unknown that day, not −100%: only a source the day reported is judged.
        if (s.Day is { } day && s.PreviousSevenDayAverageVisitors is { } average && average > 0m)
        {
            decimal visitors = day.Visitors;
            var change = Change.Relative(visitors, average)!.Value;
            if (change < -t.SourceDropAlert)
            {
                yield return new AttentionItem(AttentionRules.SourceDrop, Severity.Medium, Teams.Promotion, day.Source,
                [
                    new("visitors", visitors, FigureKind.Count),
                    new("averageVisitors", average, FigureKind.Count),
                    new("change", change, FigureKind.Change),
                ], DetailScreen.MorningReview);
            }
        }

        var week = s.LastSevenDays;
        if (SourceVerdicts.Roi(week, t) == CheckStatus.Fail)
        {
            yield return new AttentionItem(AttentionRules.PaidRoiLow, Severity.Medium, Teams.Promotion, week.Source,
            [
                new("roi", Catalogue.ReturnOnInvestment.Of(week), FigureKind.Ratio),
                new("cost", week.Cost, FigureKind.Money),
                new("sales", week.PaymentAmount, FigureKind.Money),
                new("threshold", t.PaidRoiMin, FigureKind.Ratio),
            ], DetailScreen.MorningReview) { DetailDays = 7 };
        }
    }

    private static IEnumerable<AttentionItem> ConversionBelowPeer(AttentionFacts f)
    {
        var week = f.LastSevenDays;
        if (Verdicts.ConversionVsPeer(Catalogue.ConversionRate.Of(week), Catalogue.PeerConversionRate.Of(week)) == CheckStatus.Fail)
        {
            yield return new AttentionItem(AttentionRules.ConversionBelowPeer, Severity.Medium, Teams.Operations, null,
            [
                new("conversionRate", Catalogue.ConversionRate.Of(week), FigureKind.Rate),
                new("peerConversionRate", Catalogue.PeerConversionRate.Of(week), FigureKind.Rate),
            ], DetailScreen.MorningReview) { DetailDays = 7 };
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
            yield return new AttentionItem(AttentionRules.SkuConversionRising, Severity.Low, Teams.Promotion, sku.Sku, conversionFigures, DetailScreen.MorningReview);
        }
        else if (trend < 0)
        {
            yield return new AttentionItem(AttentionRules.SkuConversionFalling, Severity.Medium, Teams.Design, sku.Sku, conversionFigures, DetailScreen.MorningReview);
        }

        if (sku.Presale)
        {
            yield return new AttentionItem(AttentionRules.PresaleSku, Severity.Low, Teams.Operations, sku.Sku,
            [
                new("orderConversionRate", Catalogue.OrderConversionRate.Of(sku), FigureKind.Rate),
                new("conversionRate", Catalogue.ConversionRate.Of(sku), FigureKind.Rate),
            ], DetailScreen.MorningReview) { DetailDays = 7 };
        }

        if (s.TrafficRank <= t.TopSkuCount && s.NegativeReviewsOnDay > 0)
        {
            yield return new AttentionItem(AttentionRules.NegativeReviews, Severity.High, Teams.CustomerService, sku.Sku,
            [
                new("negativeReviews", s.NegativeReviewsOnDay, FigureKind.Count),
                new("rank", s.TrafficRank, FigureKind.Count),
            ], DetailScreen.MorningReview);
        }

        if (StockCoverDays(sku) is { } cover && cover < t.StockCoverDays)
        {
            yield return new AttentionItem(AttentionRules.LowStock, Severity.High, Teams.Operations, sku.Sku,
            [
                new("stockOnHand", sku.StockOnHand, FigureKind.Count),
                new("dailyUnits", StockCover.DailyUnits(sku), FigureKind.Count),
                new("coverDays", cover, FigureKind.Days),
                new("threshold", t.StockCoverDays, FigureKind.Days),
            ], DetailScreen.MorningReview) { DetailDays = 7 };
        }
    }

    /// <summary>Days of stock at the last 7 days' pace; unknown stock or no sales gives none (never "out of stock").</summary>
    public static decimal? StockCoverDays(SkuTotals lastSevenDays) => StockCover.Days(lastSevenDays);

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
        if (Verdicts.InquiryConversion(Catalogue.InquiryConversion.Of(week), f.Thresholds) == CheckStatus.Fail)
        {
            yield return new AttentionItem(AttentionRules.InquiryConversionLow, Severity.Medium, Teams.CustomerService, null,
            [
                new("inquiryConversion", Catalogue.InquiryConversion.Of(week), FigureKind.Rate),
                new("threshold", f.Thresholds.InquiryConversionMin, FigureKind.Rate),
            ], DetailScreen.MorningReview) { DetailDays = 7 };
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
            ], DetailScreen.PageHealth) { DetailRange = f.LastWeek };
        }
    }
}
