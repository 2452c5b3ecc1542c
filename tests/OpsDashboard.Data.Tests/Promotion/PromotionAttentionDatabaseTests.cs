using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Core.Attention;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Promotion;
using OpsDashboard.Data.Planning;
using OpsDashboard.Data.Stores;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Promotion;

/// <summary>
/// The promotion attention rules and budget pacing read from real SQLite and PostgreSQL (issue 11), on November 2026
/// with a 7-day attribution window, reviewed on 11-20 (mature days 11-07..11-13). Every day: plan 核心词 10,000
/// impressions, 400 clicks, ¥400 spend, ¥1,600 deals, 8 orders; plan 测款 5,000 / 50 / ¥100 / ¥150 / 1 — and its keyword
/// report: 测款词A ¥20 with no deal, 测款词B ¥80 with the plan's deals. Budget for 关键词推广: ¥15,000.
/// The promotion spike: 11-18 (immature) 核心词 spent ¥5,000 whose deals are not in yet; on immature days 测款 sold ¥500
/// and 测款词A found a deal. Neither may change a verdict: immature days never count. The spend counts for pacing.
/// </summary>
public sealed class PromotionAttentionDatabaseTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);

    private static IEnumerable<DateOnly> November(int lastDay) =>
        Enumerable.Range(1, lastDay).Select(d => new DateOnly(2026, 11, d));

    /// <summary>The plan report and the keyword report of the days, as an operator downloads them (no window column: the store's 7 days).</summary>
    private static (byte[] Plans, byte[] Keywords) Files(IEnumerable<DateOnly> days)
    {
        var plans = new StringBuilder("日期,场景名字,计划名字,展现量,点击量,花费,总成交金额,总成交笔数\n");
        var keywords = new StringBuilder("日期,词类型,词名字/词包名字,计划名字,场景名字,花费,总成交金额,展现量,点击量,总成交笔数\n");
        foreach (var date in days)
        {
            var d = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var immature = date > Day.AddDays(-7);
            var spike = date == new DateOnly(2026, 11, 18);
            plans.Append(CultureInfo.InvariantCulture, $"{d},关键词推广,核心词,10000,400,{(spike ? 5400 : 400)},{(spike ? 1600 : 1600)},8\n");
            plans.Append(CultureInfo.InvariantCulture, $"{d},关键词推广,测款,5000,50,100,{(immature ? 500 : 150)},{(immature ? 3 : 1)}\n");
            keywords.Append(CultureInfo.InvariantCulture, $"{d},关键词,测款词A,测款,关键词推广,20,{(immature ? 100 : 0)},1000,10,{(immature ? 1 : 0)}\n");
            keywords.Append(CultureInfo.InvariantCulture, $"{d},关键词,测款词B,测款,关键词推广,80,{(immature ? 400 : 150)},4000,40,{(immature ? 2 : 1)}\n");
        }

        return (Encoding.UTF8.GetBytes(plans.ToString()), Encoding.UTF8.GetBytes(keywords.ToString()));
    }

    private static async Task<StoreInfo> StoreWithAdsAsync(TestDatabase db, IEnumerable<DateOnly> days, decimal? budget = 15_000m)
    {
        await db.CreateStoreAsync("ads");
        await db.Stores.SaveThresholdsAsync("ads", StoreThresholds.Defaults with { AdsAttributionWindowDays = 7 });
        var store = (await db.Stores.FindAsync("ads"))!;
        var imports = db.Services.GetRequiredService<PromotionImportService>();
        var (plans, keywords) = Files(days);
        foreach (var file in new[] { plans, keywords })
        {
            var result = await imports.ImportAsync(store, ImportKind.Ads, file, new ImportFileContext());
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Row} {e.Column} {e.Message}")));
        }

        if (budget is { } amount)
        {
            await db.Services.GetRequiredService<PromotionBudgetService>().SetAsync(store.Id, Day, [new SceneBudget("关键词推广", amount)]);
        }

        return store;
    }

    private static async Task<List<AttentionItem>> PromotionItemsAsync(TestDatabase db, StoreInfo store) =>
        (await db.Attention.ForDayAsync(store, Day)).Where(i => i.Screen == DetailScreen.Promotion).ToList();

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AMonthWithASpike_JudgesMatureDaysOnly_AndPacesTheSpendAgainstTheBudget(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreWithAdsAsync(db, November(20));

        var items = await PromotionItemsAsync(db, store);

        // 测款 over 11-07..11-13: ¥700 spend, ¥1,050 deals → ROI 1.5 (its immature ¥500 days do not rescue it).
        var roi = Assert.Single(items, i => i.Rule == AttentionRules.AdRoiLow);
        Assert.Equal(("测款", "plan"), (roi.Subject, roi.Variant));
        Assert.Equal((1.5m, 700m, 1050m, 7m), (roi.Figure("roi"), roi.Figure("cost"), roi.Figure("amount"), roi.Figure("days")));
        Assert.Equal(new Core.Periods.DateRange(new DateOnly(2026, 11, 7), new DateOnly(2026, 11, 13)), roi.DetailRange);

        // 测款词A: ¥20 × 7 mature days = ¥140, 70 clicks, no deal (its immature deal does not count).
        var keyword = Assert.Single(items, i => i.Rule == AttentionRules.KeywordNoDeal);
        Assert.Equal(("测款词A", 140m, 70m), (keyword.Subject, keyword.Figure("cost"), keyword.Figure("clicks")));
        Assert.Equal(("keyword", "关键词推广", "测款"), (keyword.DetailQuery!["by"], keyword.DetailQuery["scene"], keyword.DetailQuery["plan"]));

        // 测款 CTR 350 ÷ 35,000 = 1% against the scene's 3,150 ÷ 105,000 = 3%.
        var ctr = Assert.Single(items, i => i.Rule == AttentionRules.AdCtrLow);
        Assert.Equal(("测款", 0.01m, 0.03m), (ctr.Subject, ctr.Figure("ctr"), ctr.Figure("sceneCtr")));

        // Spend 11-01..11-20: 20 × ¥500 + the ¥5,000 spike = ¥15,000 against ¥15,000 × 20 ÷ 30 = ¥10,000: +50%, ¥22,500 at this pace.
        var pace = Assert.Single(items, i => i.Rule == AttentionRules.BudgetOverPace);
        Assert.Equal(("关键词推广", 15_000m, 10_000m, 0.5m, 22_500m, 20m),
            (pace.Subject, pace.Figure("spent"), pace.Figure("expected"), pace.Figure("pace"), pace.Figure("projected"), pace.Figure("days")));

        // The scene (¥3,500 → ¥12,250, ROI 3.5) and 核心词 (ROI 4, the spike immature) are fine: nothing else.
        Assert.Equal(4, items.Count);
    }

    /// <summary>
    /// 11-10's ads files are missing: the spend of the month is unknown (no pace is said), and the mature week sums the
    /// days that came — 测款词A ¥120 over 6 days, never a missing day read as ¥0 or as a day of deals.
    /// </summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AStoreWithMissingFiles_SaysNoPace_AndJudgesTheDaysThatCame(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreWithAdsAsync(db, November(20).Where(d => d.Day != 10));

        var items = await PromotionItemsAsync(db, store);
        var pacing = await db.Services.GetRequiredService<PromotionBudgetService>().PacingAsync(store, Day);

        Assert.DoesNotContain(items, i => i.Rule is AttentionRules.BudgetOverPace or AttentionRules.BudgetUnderPace);
        var scene = Assert.Single(pacing);
        Assert.Null(scene.Spent);
        Assert.Equal(PaceStatus.Unknown, scene.Status);
        var keyword = Assert.Single(items, i => i.Rule == AttentionRules.KeywordNoDeal);
        Assert.Equal(120m, keyword.Figure("cost"));
        Assert.Equal(1.5m, Assert.Single(items, i => i.Rule == AttentionRules.AdRoiLow).Figure("roi"));
    }

    /// <summary>A store with budgets but no ads file at all, and one without budgets: no promotion item, no pace.</summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task NoAdsFiles_OrNoBudget_SayNothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var storeId = await db.CreateStoreAsync("empty");
        var empty = (await db.Stores.FindAsync("empty"))!;
        var budgets = db.Services.GetRequiredService<PromotionBudgetService>();
        await budgets.SetAsync(storeId, Day, [new SceneBudget("关键词推广", 9000m)]);

        Assert.Empty(await PromotionItemsAsync(db, empty));
        Assert.Null(Assert.Single(await budgets.PacingAsync(empty, Day)).Spent);

        var unbudgeted = await StoreWithAdsAsync(db, November(20), budget: null);
        Assert.Empty(await budgets.PacingAsync(unbudgeted, Day));
        Assert.DoesNotContain(await PromotionItemsAsync(db, unbudgeted), i => i.Rule is AttentionRules.BudgetOverPace or AttentionRules.BudgetUnderPace);
    }

    /// <summary>Saving a month replaces its list; a bad list names the line and scene and saves nothing.</summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Budgets_ReplaceTheMonth_AndABadListSavesNothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var storeId = await db.CreateStoreAsync("b");
        var budgets = db.Services.GetRequiredService<PromotionBudgetService>();
        await budgets.SetAsync(storeId, new DateOnly(2026, 11, 15), [new SceneBudget("关键词推广", 9000m), new SceneBudget("精准人群推广", 3000.5m)]);
        await budgets.SetAsync(storeId, new DateOnly(2026, 12, 1), [new SceneBudget("关键词推广", 1m)]);

        var bad = await Assert.ThrowsAsync<BudgetRejectedException>(() =>
            budgets.SetAsync(storeId, new DateOnly(2026, 11, 1), [new SceneBudget("货品全站推广", -5m), new SceneBudget(" ", 1m), new SceneBudget("关键词推广", 1m), new SceneBudget("关键词推广", 2m)]));
        Assert.Equal(3, bad.Problems.Count);
        Assert.Contains("Budget 1 (货品全站推广)", bad.Problems[0], StringComparison.Ordinal);
        Assert.Contains("Budget 2", bad.Problems[1], StringComparison.Ordinal);
        Assert.Contains("named twice", bad.Problems[2], StringComparison.Ordinal);

        Assert.Equal([new SceneBudget("关键词推广", 9000m), new SceneBudget("精准人群推广", 3000.5m)], await budgets.ListAsync(storeId, new DateOnly(2026, 11, 30)));
        await budgets.SetAsync(storeId, new DateOnly(2026, 11, 1), [new SceneBudget("关键词推广", 0m), new SceneBudget("货品全站推广", 500m)]);
        Assert.Equal([new SceneBudget("货品全站推广", 500m)], await budgets.ListAsync(storeId, new DateOnly(2026, 11, 1)));
        Assert.Equal([new SceneBudget("关键词推广", 1m)], await budgets.ListAsync(storeId, new DateOnly(2026, 12, 1)));
        Assert.Equal(["关键词推广", "货品全站推广"], await budgets.ScenesAsync(storeId));
    }
}
