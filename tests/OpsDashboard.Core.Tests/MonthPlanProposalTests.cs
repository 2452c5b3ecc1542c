using OpsDashboard.Core.Promotion;
using OpsDashboard.Core.Targets;

namespace OpsDashboard.Core.Tests;

/// <summary>The monthly plan's two proposals (seed 003 part 二 月计划), hand-computed: next month's sales target and the budget per scene.</summary>
public sealed class MonthPlanProposalTests
{
    private static Dictionary<DateOnly, decimal> Days(DateOnly from, DateOnly to, decimal perDay, Dictionary<DateOnly, decimal>? into = null)
    {
        var days = into ?? [];
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            days[day] = perDay;
        }

        return days;
    }

    /// <summary>
    /// History from 2025-06-01 at ¥1,000 a day; 2026 sells ¥5,000 a day in January–May (no last year to compare with)
    /// and ¥1,200 a day from June, and 2026-07-04 has no file. December 2025: 31 × ¥1,000 = ¥31,000.
    /// </summary>
    private static Dictionary<DateOnly, decimal> History()
    {
        var days = Days(new DateOnly(2025, 6, 1), new DateOnly(2025, 12, 31), 1_000m);
        Days(new DateOnly(2026, 1, 1), new DateOnly(2026, 5, 31), 5_000m, days);
        Days(new DateOnly(2026, 6, 1), new DateOnly(2026, 11, 30), 1_200m, days);
        days.Remove(new DateOnly(2026, 7, 4));
        return days;
    }

    [Fact]
    public void GrowthSoFar_ComparesOnlyTheDaysKnownInBothYears_AsARatioOfSums()
    {
        var growth = SalesGrowth.Of(History(), new DateOnly(2026, 11, 30));

        // June 1 – November 30 is 183 days, less 2026-07-04: 182 days at ¥1,200 against ¥1,000. January–May has no last year.
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 30)), (growth.Range.From, growth.Range.To));
        Assert.Equal(182, growth.ComparedDays);
        Assert.Equal(218_400m, growth.ThisYear);
        Assert.Equal(182_000m, growth.LastYear);
        Assert.Equal(1.2m, growth.Factor);
    }

    [Fact]
    public void TheProposedTarget_IsTheSameMonthLastYear_TimesTheGrowthSoFar()
    {
        var history = History();
        var december = MonthSales.Of(new DateOnly(2025, 12, 1), history);
        var proposal = TargetProposal.Propose(new DateOnly(2026, 12, 15), december, SalesGrowth.Of(history, new DateOnly(2026, 11, 30)));

        Assert.Equal((31, 31, 31_000m), (december.Days, december.ReportedDays, december.Amount));
        Assert.Equal(new DateOnly(2026, 12, 1), proposal.Month);
        Assert.Equal(TargetProposalGap.None, proposal.Gap);
        Assert.Equal(37_200m, proposal.Amount);
    }

    [Fact]
    public void TheProposedTarget_IsRoundedToAWholeUnit_HalvesAwayFromZero()
    {
        // Last year's month ¥10,000.50 (31 days); growth 30 days ¥3,300 ÷ ¥3,000 = 1.1 → ¥11,000.55 → ¥11,001.
        var history = Days(new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 30), 100m);
        Days(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), 110m, history);
        Days(new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 31), 0m, history);
        history[new DateOnly(2025, 12, 31)] = 10_000.50m;
        var growth = SalesGrowth.Of(history, new DateOnly(2026, 11, 30));
        Assert.Equal(1.1m, growth.Factor);
        Assert.Equal(11_001m, TargetProposal.Propose(new DateOnly(2026, 12, 1), MonthSales.Of(new DateOnly(2025, 12, 1), history), growth).Amount);
    }

    [Fact]
    public void NoLastYear_NoTarget_SaysWhy()
    {
        // A store whose files start in 2026: December 2025 reported no day; nothing compares either.
        var history = Days(new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 30), 1_000m);
        var december = MonthSales.Of(new DateOnly(2025, 12, 1), history);
        var growth = SalesGrowth.Of(history, new DateOnly(2026, 11, 30));
        var proposal = TargetProposal.Propose(new DateOnly(2026, 12, 1), december, growth);

        Assert.Null(december.Amount);
        Assert.Equal(0, growth.ComparedDays);
        Assert.Null(growth.Factor);
        Assert.Null(proposal.Amount);
        Assert.Equal(TargetProposalGap.NoSameMonthLastYear, proposal.Gap);
    }

    [Fact]
    public void AMonthMissingADay_IsUnknown_NotASmallerSum()
    {
        var history = History();
        history.Remove(new DateOnly(2025, 12, 25));
        var december = MonthSales.Of(new DateOnly(2025, 12, 1), history);
        var proposal = TargetProposal.Propose(new DateOnly(2026, 12, 1), december, SalesGrowth.Of(history, new DateOnly(2026, 11, 30)));

        Assert.Equal((30, 30_000m), (december.ReportedDays, december.Reported));
        Assert.Null(december.Amount);
        Assert.Null(proposal.Amount);
        Assert.Equal(TargetProposalGap.NoSameMonthLastYear, proposal.Gap);
    }

    [Fact]
    public void TooFewComparedDays_NoGrowth_NoTarget()
    {
        // Last year from 2025-11-04: only 2026-11-04..11-30 (27 days) compare.
        var history = Days(new DateOnly(2025, 11, 4), new DateOnly(2025, 12, 31), 1_000m);
        Days(new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 30), 1_000m, history);
        var growth = SalesGrowth.Of(history, new DateOnly(2026, 11, 30));
        var proposal = TargetProposal.Propose(new DateOnly(2026, 12, 1), MonthSales.Of(new DateOnly(2025, 12, 1), history), growth);

        Assert.Equal(27, growth.ComparedDays);
        Assert.Null(growth.Factor);
        Assert.Null(proposal.Amount);
        Assert.Equal(TargetProposalGap.TooFewComparedDays, proposal.Gap);
    }

    [Fact]
    public void NoSalesLastYearSoFar_NoGrowth_NoTarget()
    {
        var history = Days(new DateOnly(2025, 1, 1), new DateOnly(2025, 11, 30), 0m);
        Days(new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 31), 500m, history);
        Days(new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 30), 1_000m, history);
        var proposal = TargetProposal.Propose(new DateOnly(2026, 12, 1), MonthSales.Of(new DateOnly(2025, 12, 1), history), SalesGrowth.Of(history, new DateOnly(2026, 11, 30)));

        Assert.Null(proposal.Amount);
        Assert.Equal(TargetProposalGap.NoSalesLastYearSoFar, proposal.Gap);
    }

    [Fact]
    public void TheTwentyNinthOfFebruary_HasNoSameDateLastYear_AndIsLeftOut()
    {
        var history = new Dictionary<DateOnly, decimal>
        {
            [new DateOnly(2027, 2, 28)] = 100m,
            [new DateOnly(2028, 2, 28)] = 150m,
            [new DateOnly(2028, 2, 29)] = 1_000m,
        };
        var growth = SalesGrowth.Of(history, new DateOnly(2028, 2, 29));
        Assert.Equal((1, 150m, 100m), (growth.ComparedDays, growth.ThisYear, growth.LastYear));
    }

    [Fact]
    public void BudgetPerScene_KeepsTheDailySpendAtOrAboveTheRoiLine_AndScalesDownBelowIt()
    {
        // November (30 days, every day reported) into December (31 days), paidRoiMin 2.
        var proposals = BudgetProposal.Propose(
            [
                new SceneSpend("货品全站推广", 9_000m, 3.0m),
                new SceneSpend("关键词推广", 6_000m, 1.5m),
                new SceneSpend("精准人群推广", 3_000m, null),
                new SceneSpend("内容营销", 1_500m, 0m),
                new SceneSpend("品牌专区", 600m, 2.0m),
            ],
            reportedDays: 30,
            daysInNextMonth: 31,
            paidRoiMin: 2.0m)!;

        var byScene = proposals.ToDictionary(p => p.Scene);

        // ¥300 a day × 31 = ¥9,300, kept.
        Assert.Equal((9_300m, 1m, SceneBudgetBasis.Kept), (byScene["货品全站推广"].Amount, byScene["货品全站推广"].Factor, byScene["货品全站推广"].Basis));

        // ¥200 a day × 31 × (1.5 ÷ 2 = 0.75) = ¥4,650.
        Assert.Equal((4_650m, 0.75m, SceneBudgetBasis.ScaledDown), (byScene["关键词推广"].Amount, byScene["关键词推广"].Factor, byScene["关键词推广"].Basis));

        // No mature ROI: nothing proposed (unknown is not 0 and not "keep").
        Assert.Equal((null, null, SceneBudgetBasis.RoiUnknown), (byScene["精准人群推广"].Amount, byScene["精准人群推广"].Factor, byScene["精准人群推广"].Basis));

        // ROI 0: pause.
        Assert.Equal((0m, SceneBudgetBasis.ScaledDown), (byScene["内容营销"].Amount, byScene["内容营销"].Basis));

        // Exactly on the line: kept, ¥20 × 31 = ¥620.
        Assert.Equal((620m, SceneBudgetBasis.Kept), (byScene["品牌专区"].Amount, byScene["品牌专区"].Basis));
    }

    [Fact]
    public void BudgetPerScene_UsesTheDaysWithAnAdsReport_AndRoundsToAWholeUnit()
    {
        // ¥1,000 over 30 reported days into 31: 1,033.33… → ¥1,033; ¥100 over 8 reported days into 30: ¥375; ¥1 over 2 days into 1: 0.5 → ¥1.
        Assert.Equal(1_033m, BudgetProposal.Propose([new SceneSpend("a", 1_000m, 5m)], 30, 31, 2m)![0].Amount);
        Assert.Equal(375m, BudgetProposal.Propose([new SceneSpend("a", 100m, 5m)], 8, 30, 2m)![0].Amount);
        Assert.Equal(1m, BudgetProposal.Propose([new SceneSpend("a", 1m, 5m)], 2, 1, 2m)![0].Amount);
    }

    [Fact]
    public void NoAdsReport_NoBudgetProposal()
    {
        Assert.Null(BudgetProposal.Propose([], 0, 31, 2m));
        Assert.Null(BudgetProposal.Propose([], 30, 31, 2m));
        Assert.Null(BudgetProposal.Propose([new SceneSpend("a", 100m, 3m)], 0, 31, 2m));
    }
}
