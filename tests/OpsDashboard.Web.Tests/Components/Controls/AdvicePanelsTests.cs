using Bunit;
using OpsDashboard.Core.Attention;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Targets;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Stores;
using OpsDashboard.Web.Components.Controls;

namespace OpsDashboard.Web.Tests.Components.Controls;

/// <summary>The target panel's reason and the attention list's words: true reasons, "N more", the judged ranges in links.</summary>
[UseCulture("en")]
public sealed class AdvicePanelsTests : ComponentTestContext
{
    private static readonly StoreInfo Store = new(1, "shop", "Shop", "tmall", "CNY", null, new StoreThresholds());
    private static readonly DateOnly Day = new(2026, 11, 12);

    private static AttentionFacts Facts(StoreTotals day, TargetProgress target, RunRate? usual) => new()
    {
        Day = Day,
        Thresholds = StoreThresholds.Defaults,
        DayTotals = day,
        PreviousDayTotals = new StoreTotals { Visitors = 1000, PayingBuyers = 20, PaymentAmount = 3000m },
        LastSevenDays = new StoreTotals { Visitors = 7000, PayingBuyers = 210, PaymentAmount = 21000m },
        Target = target,
        WeekdayRunRate = usual,
        Sources = [],
        Skus = [],
    };

    /// <summary>
    /// Sales 4,000 rose 33% over the day before and beat the usual Thursday (3,000), but the even
    /// target asked 5,000: the panel says the target is +66.7% above the store's pace and what would
    /// close it — never "chase AOV" (AOV fell from 150 to 125 against the day before).
    /// </summary>
    [Fact]
    public void AMissedDayAboveTheStoresPace_SaysSo_AndWhatWouldCloseIt_NotADriver()
    {
        var target = TargetProgress.Of(MonthlyTarget.Break(Day, 150_000m, TargetShape.Even), Day, 4000m, 60_000m);
        var usual = new RunRate([Day.AddDays(-7), Day.AddDays(-14)], 2000m, 60m, 6000m);
        var missed = AttentionEngine.Evaluate(Facts(new StoreTotals { Visitors = 1000, PayingBuyers = 32, PaymentAmount = 4000m }, target, usual)).Single();

        var panel = RenderWithProviders<TargetPanel>(p => p.Add(x => x.Store, Store).Add(x => x.Day, Day).Add(x => x.Progress, target).Add(x => x.Missed, missed));

        var reason = panel.Find("[data-testid='missed-reason']");
        Assert.Equal(("abovePace", ""), (reason.GetAttribute("data-reason"), reason.GetAttribute("data-driver")));
        Assert.Equal(
            "Sales ¥4,000.00 beat the store's usual same weekday (¥3,000.00, +33.3%; 2 of the last 4, promotion days left out) but missed the day's target ¥5,000.00 by ¥1,000.00: the target is +66.7% above the store's pace." +
            "No driver fell. To close it: ¥5,000.00 a day for the remaining 18 days, or traffic, conversion or AOV +25.0% on a day like this. Check whether the target's spread fits the month's promotions.",
            reason.TextContent.Trim().Replace("\n", "", StringComparison.Ordinal).Replace("    ", "", StringComparison.Ordinal));
        Assert.DoesNotContain("average order value", reason.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AMissedDayBelowItsUsualWeekday_NamesTheDriverThatFellAgainstIt()
    {
        var target = TargetProgress.Of(MonthlyTarget.Break(Day, 150_000m, TargetShape.Even), Day, 2200m, 60_000m);
        var usual = new RunRate([Day.AddDays(-7)], 1000m, 30m, 3000m);
        var missed = AttentionEngine.Evaluate(Facts(new StoreTotals { Visitors = 1000, PayingBuyers = 20, PaymentAmount = 2200m }, target, usual)).Single();

        var panel = RenderWithProviders<TargetPanel>(p => p.Add(x => x.Store, Store).Add(x => x.Day, Day).Add(x => x.Progress, target).Add(x => x.Missed, missed));

        var reason = panel.Find("[data-testid='missed-reason']");
        Assert.Equal(("driverFell", "conversion"), (reason.GetAttribute("data-reason"), reason.GetAttribute("data-driver")));
        Assert.Contains("traffic 0.0%, conversion −33.3%, AOV +10.0%", reason.TextContent, StringComparison.Ordinal);
        Assert.Contains("Chase conversion first: it fell most against the usual same weekday.", reason.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ALastYearShapedTarget_WithoutLastYear_SaysItFellBackToEvenDays()
    {
        var target = TargetProgress.Of(MonthlyTarget.Break(Day, 150_000m, TargetShape.LastYear, new Dictionary<DateOnly, decimal>()), Day, 6000m, 60_000m);

        var panel = RenderWithProviders<TargetPanel>(p => p.Add(x => x.Store, Store).Add(x => x.Day, Day).Add(x => x.Progress, target));

        Assert.Equal("This target follows last year's shape, but the store sold nothing in this month last year: its days are even.", panel.Find("[data-testid='shape-fell-back']").TextContent.Trim());
    }

    /// <summary>Eight sources dropping read as three items, the third saying "+5 more like this".</summary>
    [Fact]
    public void AttentionList_SaysNMore_InsteadOfRepeatingARule()
    {
        var sources = Enumerable.Range(1, 8)
            .Select(i => new SourceFacts(new SourceTotals { Source = $"s{i}", Visitors = 10 }, 100m, new SourceTotals { Source = $"s{i}", Visitors = 700 }))
            .ToList();
        var items = AttentionEngine.Evaluate(Facts(new StoreTotals { Visitors = 1000, PayingBuyers = 30, PaymentAmount = 3000m }, TargetProgress.Of(MonthlyTarget.Break(Day, 0m, TargetShape.Even), Day, 0m, 0m), null) with { Sources = sources });

        var list = RenderWithProviders<AttentionList>(p => p.Add(x => x.Store, Store).Add(x => x.Day, Day).Add(x => x.Items, items));

        var drops = list.FindAll("[data-attention-rule='sourceDrop']");
        Assert.Equal(3, drops.Count);
        Assert.EndsWith("(+5 more like this)", drops[2].QuerySelector(".mud-typography-body1")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("more like this", drops[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AttentionList_LinksOpenTheJudgedWeek_AndTheSku()
    {
        var week = new Core.Periods.DateRange(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 8));
        var items = new[]
        {
            new AttentionItem(AttentionRules.FixPagesFirst, Severity.High, Teams.Design, null, [], DetailScreen.PageHealth) { DetailRange = week },
            new AttentionItem(AttentionRules.LowStock, Severity.High, Teams.Operations, "S1", [], DetailScreen.MorningReview) { DetailDays = 7, DetailSku = "S1" },
            new AttentionItem(AttentionRules.InquiryConversionLow, Severity.Medium, Teams.CustomerService, null, [], DetailScreen.MorningReview) { DetailDays = 7 },
        };

        var list = RenderWithProviders<AttentionList>(p => p.Add(x => x.Store, Store).Add(x => x.Day, Day).Add(x => x.Items, items));

        Assert.Equal(
            ["/page-health?store=shop&from=2026-11-02&to=2026-11-08", "/?store=shop&from=2026-11-06&to=2026-11-12&sku=S1", "/?store=shop&from=2026-11-06&to=2026-11-12"],
            list.FindAll("[data-testid='attention-link']").Select(a => a.GetAttribute("href")));
    }
}
