using OpsDashboard.Core.Promotion;
using OpsDashboard.Core.Targets;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Planning;
using OpsDashboard.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace OpsDashboard.Data.Tests.Planning;

/// <summary>The monthly plan's reader (月计划) on real SQLite and PostgreSQL, with the hand-computed figures of <see cref="MonthPlanFiles"/>.</summary>
public sealed class MonthReviewDatabaseTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task November_ReadsSalesConversionSpendAndTheProposals(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.CreateStoreAsync("plan");
        var store = await MonthPlanFiles.SeedAsync(db.Services, "plan");

        var review = await db.Services.GetRequiredService<MonthReviewService>().ReadAsync(store, new DateOnly(2026, 11, 20));

        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1)), (review.Month, review.NextMonth));
        Assert.Equal((45_000m, 30_000m), (review.Sales.Amount, review.SalesLastYear.Amount));
        Assert.Equal(0.5m, review.SalesChangeVsLastYear);
        Assert.Equal((50_000m, TargetPeriodKind.Month), (review.Target, review.TargetSetFor));
        Assert.Equal(0.9m, review.TargetAttainment);

        Assert.Equal(0.02m, review.ConversionRate);
        Assert.Equal(0.03m, review.PeerConversionRate);
        Assert.Equal(CheckStatus.Fail, review.ConversionVsPeer);

        Assert.Equal(30, review.AdDays);
        Assert.Equal(new DateOnly(2026, 11, 30), review.NewestAdDay);
        Assert.Equal(["关键词推广", "精准人群推广", "货品全站推广"], review.Scenes.Select(s => s.Scene));
        var keyword = review.Scenes[0];
        Assert.Equal((7, 9_000m, 6_900m, 7), (keyword.Window, keyword.Totals.Cost, keyword.Mature.Cost, keyword.ImmatureDays));
        Assert.Equal(3m, keyword.MatureRoi);
        Assert.Equal((6_000m, 1.5m), (review.Scenes[1].Totals.Cost, review.Scenes[1].MatureRoi));
        Assert.Equal((700m, (decimal?)null), (review.Scenes[2].Totals.Cost, review.Scenes[2].MatureRoi));
        Assert.Equal(15_700m, review.Spend);

        // December: 31,000 × 228,600 ÷ 183,000 over 183 compared days.
        Assert.Equal(TargetProposalGap.None, review.TargetProposal.Gap);
        Assert.Equal((183, 228_600m, 183_000m), (review.TargetProposal.Growth.ComparedDays, review.TargetProposal.Growth.ThisYear, review.TargetProposal.Growth.LastYear));
        Assert.Equal(31_000m, review.TargetProposal.SameMonthLastYear.Amount);
        Assert.Equal(MonthPlanFiles.ProposedTarget, review.TargetProposal.Amount);
        Assert.Null(review.NextMonthTarget);

        var budgets = review.BudgetProposal!.ToDictionary(b => b.Scene);
        Assert.Equal((9_300m, SceneBudgetBasis.Kept), (budgets["关键词推广"].Amount, budgets["关键词推广"].Basis));
        Assert.Equal((4_650m, SceneBudgetBasis.ScaledDown), (budgets["精准人群推广"].Amount, budgets["精准人群推广"].Basis));
        Assert.Equal((null, SceneBudgetBasis.RoiUnknown), (budgets["货品全站推广"].Amount, budgets["货品全站推广"].Basis));
        Assert.Empty(review.NextMonthBudgets);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AStoreWithoutLastYearOrAds_KeepsTheUnknownsUnknown(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.CreateStoreAsync("new");
        var store = await MonthPlanFiles.SeedNewStoreAsync(db.Services, "new");

        var review = await db.Services.GetRequiredService<MonthReviewService>().ReadAsync(store, new DateOnly(2026, 11, 1));

        Assert.Equal(45_000m, review.Sales.Amount);
        Assert.Equal((0, (decimal?)null), (review.SalesLastYear.ReportedDays, review.SalesLastYear.Amount));
        Assert.Null(review.SalesChangeVsLastYear);
        Assert.Null(review.Target);
        Assert.Null(review.TargetAttainment);
        Assert.Equal(0.02m, review.ConversionRate);
        Assert.Equal(0.03m, review.PeerConversionRate);
        Assert.Empty(review.Scenes);
        Assert.Equal(0, review.AdDays);
        Assert.Null(review.TargetProposal.Amount);
        Assert.Equal(TargetProposalGap.NoSameMonthLastYear, review.TargetProposal.Gap);
        Assert.Null(review.BudgetProposal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ProposalsSaved_ThroughTheTargetsAndBudgetsServices_AreReadBackAsNextMonthsPlan(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.CreateStoreAsync("plan");
        var store = await MonthPlanFiles.SeedAsync(db.Services, "plan");
        var reviews = db.Services.GetRequiredService<MonthReviewService>();

        await db.Targets.SetAsync(store.Id, new TargetPeriod(TargetPeriodKind.Month, new DateOnly(2026, 12, 1), 40_000m, TargetShape.LastYear));
        await db.Services.GetRequiredService<PromotionBudgetService>().SetAsync(store.Id, new DateOnly(2026, 12, 1), [new SceneBudget("关键词推广", 9_300m)]);

        var review = await reviews.ReadAsync(store, new DateOnly(2026, 11, 1));
        Assert.Equal((40_000m, TargetPeriodKind.Month, TargetShape.LastYear), (review.NextMonthTarget, review.NextMonthTargetSetFor, review.NextMonthTargetShape));
        Assert.Equal([new SceneBudget("关键词推广", 9_300m)], review.NextMonthBudgets);
    }
}
