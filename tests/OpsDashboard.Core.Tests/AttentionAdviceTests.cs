using OpsDashboard.Core.Attention;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Targets;
using OpsDashboard.Core.Thresholds;

namespace OpsDashboard.Core.Tests;

/// <summary>Advice that is true: a missed day's real reason, fair baselines, no floods, unknown is not zero.</summary>
public sealed class AttentionAdviceTests
{
    // Thursday 2026-11-12, the day after 双11.
    private static readonly DateOnly Day = new(2026, 11, 12);

    private static AttentionFacts Quiet() => new()
    {
        Day = Day,
        Thresholds = StoreThresholds.Defaults,
        DayTotals = new StoreTotals { Visitors = 1000, PayingBuyers = 30, PaymentAmount = 3000m },
        PreviousDayTotals = new StoreTotals { Visitors = 1000, PayingBuyers = 30, PaymentAmount = 3000m },
        LastSevenDays = new StoreTotals { Visitors = 7000, PayingBuyers = 210, PaymentAmount = 21000m, Inquirers = 100, InquiryPayingBuyers = 50 },
        Sources = [],
        Skus = [],
    };

    private static List<DayTotals> Days(params (string Date, long Visitors, long Buyers, decimal Sales)[] days) =>
        days.Select(d => new DayTotals(DateOnly.Parse(d.Date, System.Globalization.CultureInfo.InvariantCulture),
            new StoreTotals { Visitors = d.Visitors, PayingBuyers = d.Buyers, PaymentAmount = d.Sales })).ToList();

    /// <summary>
    /// The day: sales rose 33% over the day before (3000 → 4000) and beat the usual Thursday
    /// (3000), but an even target in a month with 双11 asked 5000. Not "chase AOV": the target is
    /// 5000 ÷ 3000 − 1 = +66.7% above the store's pace; the rest of the month needs
    /// (150,000 − 60,000) ÷ 18 = 5,000 a day, and the day needed 5000 ÷ 4000 − 1 = +25% more of any driver.
    /// </summary>
    [Fact]
    public void ADayThatBeatItsUsualWeekday_AndMissed_SaysTheTargetIsAboveThePace_AndNamesNoDriver()
    {
        var target = MonthlyTarget.Break(Day, 150_000m, TargetShape.Even); // 5,000 a day over 30 days
        var usual = RunRate.SameWeekday(Day, Days(("2026-11-05", 1000, 30, 3000m), ("2026-10-29", 1000, 30, 3000m)), new HashSet<DateOnly>());
        var facts = Quiet() with
        {
            DayTotals = new StoreTotals { Visitors = 1000, PayingBuyers = 32, PaymentAmount = 4000m }, // AOV 125
            PreviousDayTotals = new StoreTotals { Visitors = 1000, PayingBuyers = 20, PaymentAmount = 3000m }, // AOV 150: AOV "fell" vs the day before
            Target = TargetProgress.Of(target, Day, 4000m, 60_000m),
            WeekdayRunRate = usual,
        };

        var item = Assert.Single(AttentionEngine.Evaluate(facts));

        Assert.Equal((AttentionRules.TargetMissed, "abovePace"), (item.Rule, item.Variant));
        Assert.Null(item.Subject);
        Assert.Equal(3000m, item.Figure("runRateSales"));
        Assert.Equal(2m, item.Figure("runRateDays"));
        Assert.Equal(5000m / 3000m - 1m, item.Figure("targetVsRunRate"));
        Assert.Equal(4000m / 3000m - 1m, item.Figure("salesVsRunRate"));
        Assert.Equal(18m, item.Figure("remainingDays"));
        Assert.Equal(5000m, item.Figure("neededDailySales"));
        Assert.Equal(0.25m, item.Figure("liftToCloseDay"));
    }

    /// <summary>A driver is named only when it fell against the usual weekday, not against the day before.</summary>
    [Fact]
    public void ADayBelowItsUsualWeekday_NamesTheDriverThatFellAgainstIt()
    {
        var target = MonthlyTarget.Break(Day, 150_000m, TargetShape.Even);
        // Usual Thursday: 1000 visitors, 3% conversion, AOV 100. The day: 1000 visitors, 2% conversion, AOV 110.
        var usual = RunRate.SameWeekday(Day, Days(("2026-11-05", 1000, 30, 3000m)), new HashSet<DateOnly>());
        var facts = Quiet() with
        {
            DayTotals = new StoreTotals { Visitors = 1000, PayingBuyers = 20, PaymentAmount = 2200m },
            PreviousDayTotals = new StoreTotals { Visitors = 2000, PayingBuyers = 40, PaymentAmount = 4400m }, // traffic "fell" vs the day before
            Target = TargetProgress.Of(target, Day, 2200m, 60_000m),
            WeekdayRunRate = usual,
        };

        var item = Assert.Single(AttentionEngine.Evaluate(facts));

        Assert.Equal(("driverFell", "conversion"), (item.Variant, item.Subject));
        Assert.Equal(-1m / 3m, decimal.Round(item.Figure("conversionVsRunRate")!.Value, 20), 10);
        Assert.Equal(0m, item.Figure("trafficVsRunRate"));
        Assert.Equal(0.1m, decimal.Round(item.Figure("aovVsRunRate")!.Value, 10));
    }

    [Fact]
    public void WithoutAUsualWeekday_NoDriverIsNamed()
    {
        var target = MonthlyTarget.Break(Day, 150_000m, TargetShape.Even);
        var facts = Quiet() with
        {
            DayTotals = new StoreTotals { Visitors = 700, PayingBuyers = 21, PaymentAmount = 2100m },
            Target = TargetProgress.Of(target, Day, 2100m, 60_000m),
        };

        var item = Assert.Single(AttentionEngine.Evaluate(facts));

        Assert.Equal(("noBaseline", (string?)null), (item.Variant, item.Subject));
        Assert.Null(item.Figure("runRateSales"));
    }

    /// <summary>双11 (≥ 3× the median day) and days without data are left out of the usual weekday.</summary>
    [Fact]
    public void TheUsualWeekday_LeavesOutPromotionDays()
    {
        var history = Days(
            ("2026-11-05", 1000, 30, 3000m), ("2026-11-06", 1000, 30, 3000m), ("2026-11-07", 1000, 30, 3000m),
            ("2026-11-08", 1000, 30, 3000m), ("2026-11-09", 1000, 30, 3000m), ("2026-11-10", 1000, 30, 3000m),
            ("2026-11-11", 9000, 300, 30000m), ("2026-10-29", 1000, 30, 2000m));
        var promotions = RunRate.PromotionDays(history);
        Assert.Equal([new DateOnly(2026, 11, 11)], promotions);

        // Wednesday 11-18's usual day: 11-11 is 双11, 11-04 and 10-28 have no data: none is left.
        Assert.Null(RunRate.SameWeekday(new DateOnly(2026, 11, 18), history, promotions));
        var thursday = RunRate.SameWeekday(Day, history, promotions)!;
        Assert.Equal([new DateOnly(2026, 10, 29), new DateOnly(2026, 11, 5)], thursday.Days);
        Assert.Equal(2500m, thursday.SalesPerDay);
    }

    [Fact]
    public void AnUnknownFigureOnAUsualDay_MakesTheUsualFigureUnknown_NotSmaller()
    {
        var rate = new RunRate([Day.AddDays(-7)], null, 30m, 3000m);
        Assert.Null(rate.VisitorsPerDay);
        Assert.Null(rate.ConversionRate);
        Assert.Equal(100m, rate.AverageOrderValue);
    }

    /// <summary>A source missing from the day's file is "not in that day's file", never −100%.</summary>
    [Fact]
    public void ASourceAbsentFromTheDaysFile_IsNotADrop()
    {
        var absent = new SourceFacts(null, 100m, new SourceTotals { Source = "直通车", Visitors = 600 });
        Assert.DoesNotContain(AttentionEngine.Evaluate(Quiet() with { Sources = [absent] }), i => i.Rule == AttentionRules.SourceDrop);
    }

    [Fact]
    public void UnknownFigures_FireNoRule()
    {
        var facts = Quiet() with
        {
            LastSevenDays = new StoreTotals { Visitors = 7000, PayingBuyers = 210, PaymentAmount = 21000m }, // no inquiries, no peer rate imported
            Skus = [new SkuFacts(new SkuTotals { Sku = "S1", Visitors = 100, Units = 70, StockOnHand = null }, [null, null, null, null], 0, 1)],
        };
        Assert.Empty(AttentionEngine.Evaluate(facts));
    }

    /// <summary>Eight sources dropping give three items; the third says "5 more" instead of repeating.</summary>
    [Fact]
    public void OneRule_SaysNMore_RatherThanRepeating()
    {
        var sources = Enumerable.Range(1, 8)
            .Select(i => new SourceFacts(new SourceTotals { Source = $"s{i}", Visitors = 10 }, 100m, new SourceTotals { Source = $"s{i}", Visitors = 700 }))
            .ToList();

        var drops = AttentionEngine.Evaluate(Quiet() with { Sources = sources }).Where(i => i.Rule == AttentionRules.SourceDrop).ToList();

        Assert.Equal(AttentionEngine.MaxPerRule, drops.Count);
        Assert.Equal([0, 0, 5], drops.Select(d => d.More));
    }

    [Fact]
    public void ExactlyTheCap_HasNoMore()
    {
        var sources = Enumerable.Range(1, 3)
            .Select(i => new SourceFacts(new SourceTotals { Source = $"s{i}", Visitors = 10 }, 100m, new SourceTotals { Source = $"s{i}", Visitors = 700 }))
            .ToList();
        Assert.All(AttentionEngine.Evaluate(Quiet() with { Sources = sources }), i => Assert.Equal(0, i.More));
    }

    [Fact]
    public void ARisingAndAFallingConversionItem_ForOneSku_NeverBothStand()
    {
        var rising = new AttentionItem(AttentionRules.SkuConversionRising, Severity.Low, Teams.Promotion, "A", [], DetailScreen.MorningReview);
        var falling = new AttentionItem(AttentionRules.SkuConversionFalling, Severity.Medium, Teams.Design, "A", [], DetailScreen.MorningReview);
        var other = new AttentionItem(AttentionRules.SkuConversionFalling, Severity.Medium, Teams.Design, "B", [], DetailScreen.MorningReview);

        Assert.Equal([other], AttentionEngine.WithoutContradictions([rising, falling, other]));
    }

    /// <summary>Last week's page health opens the judged week, in the store's own week start.</summary>
    [Fact]
    public void FixPagesFirst_CarriesTheJudgedWeek()
    {
        var week = CalendarPeriods.LastCompleteWeek(Day, DayOfWeek.Monday);
        var store = new StoreTotals { Visitors = 1000, PageViews = 1500, BouncedVisitors = 800 };
        var health = PageHealth.PageHealthReport.Evaluate(store, [], null, StoreThresholds.Defaults);
        var item = Assert.Single(AttentionEngine.Evaluate(Quiet() with { LastWeekPageHealth = health, LastWeek = week }));

        Assert.Equal(new DateRange(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 8)), item.DetailRange);
    }

    [Fact]
    public void ALastYearShapedTarget_ForAStoreWithNoLastYear_SaysItFellBackToEvenDays()
    {
        var fellBack = MonthlyTarget.Break(Day, 300_000m, TargetShape.LastYear, new Dictionary<DateOnly, decimal>());
        var shaped = MonthlyTarget.Break(Day, 300_000m, TargetShape.LastYear, new Dictionary<DateOnly, decimal> { [new DateOnly(2025, 11, 11)] = 1000m, [new DateOnly(2025, 11, 12)] = 100m });
        var even = MonthlyTarget.Break(Day, 300_000m, TargetShape.Even);

        Assert.True(fellBack.FellBackToEven);
        Assert.All(fellBack.Daily.Values, v => Assert.Equal(10_000m, v));
        Assert.True(TargetProgress.Of(fellBack, Day, 0m, 0m).FellBackToEven);
        Assert.False(shaped.FellBackToEven);
        Assert.False(even.FellBackToEven);
    }
}
