using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Promotion;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Promotion;
using OpsDashboard.Data.Reports.Promotion;
using OpsDashboard.Data.Stores;
using OpsDashboard.Data.Tests.Import.Parsing;
using OpsDashboard.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace OpsDashboard.Data.Tests.Promotion;

/// <summary>The ads and search-keyword imports and reads end to end on real SQLite and real PostgreSQL (DOMAIN §7).</summary>
public sealed class PromotionDatabaseTests
{
    private static readonly DateRange November = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "utf8")]
    [InlineData(DatabaseProvider.Sqlite, "gb18030")]
    [InlineData(DatabaseProvider.Postgres, "xlsx")]
    [InlineData(DatabaseProvider.Postgres, "utf8")]
    public async Task EveryShape_Imports_AndReimportUpdatesWithoutDuplicates(DatabaseProvider provider, string encoding)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreAsync(db);
        var imports = db.Services.GetRequiredService<PromotionImportService>();
        var expected = 0;
        foreach (var file in PromotionFiles.AdsShapes)
        {
            var bytes = PromotionParserTests.Bytes(file, encoding);
            var first = await imports.ImportAsync(store, ImportKind.Ads, bytes, new ImportFileContext { FileName = file.FileName });
            var again = await imports.ImportAsync(store, ImportKind.Ads, bytes, new ImportFileContext { FileName = file.FileName });
            var rows = file.Rows.Count - PromotionFiles.HeaderIndex(file) - 1;
            Assert.True(first.Succeeded, file.Name + ": " + string.Join("; ", first.Errors.Select(e => e.Message)));
            Assert.Equal((rows, rows, 0), (first.RowsRead, first.RowsInserted, first.RowsUpdated));
            Assert.Equal((rows, 0, rows), (again.RowsRead, again.RowsInserted, again.RowsUpdated));
            expected += rows;
        }

        foreach (var file in PromotionFiles.KeywordShapes)
        {
            var result = await imports.ImportAsync(store, ImportKind.SearchKeywords, PromotionParserTests.Bytes(file, encoding), new ImportFileContext { FileName = file.FileName });
            Assert.True(result.Succeeded, file.Name + ": " + string.Join("; ", result.Errors.Select(e => e.Message)));
        }

        await using var context = db.CreateContext();
        Assert.Equal(expected, await context.AdDays.CountAsync());
        Assert.Equal(5, await context.SearchKeywordDays.CountAsync());
        var keyword = await context.AdDays.SingleAsync(d => d.Keyword == "羊毛大衣女");
        Assert.Equal(("keyword", "680512345678901234", 15, 35000L), (keyword.Level, keyword.Item, keyword.WindowDays, keyword.CostMinor));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ABadFile_WritesNothing_AndNamesRowAndColumn(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreAsync(db);
        var csv = PromotionFiles.KeywordReport.Csv() + "2026-11-01,关键词,坏词,680512345678901234,羊毛大衣,90001,春季上新,关键词推广,abc,0,10,1,0,1\r\n";

        var result = await db.Services.GetRequiredService<PromotionImportService>().ImportAsync(store, ImportKind.Ads, ImportFiles.Utf8(csv), new ImportFileContext());

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal((4, "花费"), (error.Row, error.Column));
        await using var context = db.CreateContext();
        Assert.Equal(0, await context.AdDays.CountAsync());
        Assert.Equal(0, await context.ImportBatches.CountAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AReimportWithFewerColumns_MergesInsteadOfBlanking(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreAsync(db);
        var imports = db.Services.GetRequiredService<PromotionImportService>();
        await imports.ImportAsync(store, ImportKind.Ads, ImportFiles.Utf8("日期,场景名字,展现量,点击量,花费,总购物车数\n2026-11-01,关键词推广,1000,40,80,7\n"), new ImportFileContext());
        var update = await imports.ImportAsync(store, ImportKind.Ads, ImportFiles.Utf8("日期,场景名字,花费,总成交金额,总成交笔数\n2026-11-01,关键词推广,90,270,3\n"), new ImportFileContext());

        Assert.Equal((0, 1), (update.RowsInserted, update.RowsUpdated));
        await using var context = db.CreateContext();
        var row = await context.AdDays.SingleAsync();
        Assert.Equal((1000L, 40L, 9000L, 27000L, 3L, 7L), (row.Impressions!.Value, row.Clicks!.Value, row.CostMinor!.Value, row.DirectAmountMinor!.Value, row.Orders!.Value, row.Carts!.Value));
        Assert.Null(row.IndirectAmountMinor);
    }

    /// <summary>
    /// 11-01 came as a scene report, a plan report and a keyword report, all with a 7-day window: the
    /// scene totals come from the scene report only (800, not 800 + 800 + 600), the plans from the plan
    /// report only (春季上新 600, not 600 + 600 of its keywords).
    /// </summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ADayReportedAtSeveralLevels_IsCountedOnce(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreAsync(db, window: 7);
        await ImportAsync(db, store, PromotionFiles.SceneReport, PromotionFiles.PlanReport, PromotionFiles.KeywordReport);
        var reports = db.Services.GetRequiredService<PromotionReports>();

        var scenes = (await reports.AdsAsync(store, November, AdLevel.Scene)).Rows;
        var keywordScene = Assert.Single(scenes, r => r.Scene == "关键词推广");
        Assert.Equal((15000L, 450L, 800m, 1600m, 11L), (keywordScene.Totals.Impressions, keywordScene.Totals.Clicks, keywordScene.Totals.Cost, keywordScene.Totals.Amount, keywordScene.Totals.Orders));
        Assert.Equal([AdLevel.Scene], keywordScene.Levels);

        var plans = (await reports.AdsAsync(store, November, AdLevel.Plan)).Rows;
        var spring = Assert.Single(plans, r => r.Plan == "春季上新");
        Assert.Equal((600m, 1500m, 1000m, 500m), (spring.Totals.Cost, spring.Totals.Amount, spring.Totals.DirectAmount, spring.Totals.IndirectAmount));
        Assert.Equal([AdLevel.Plan], spring.Levels);
        Assert.Equal(2.5m, Catalogue.AdRoi.Of(spring.Totals));
        Assert.Equal(0.04m, Catalogue.AdClickThroughRate.Of(spring.Totals));
        Assert.Equal(1.5m, Catalogue.AdCostPerClick.Of(spring.Totals));
        Assert.Equal(60m, Catalogue.AdCostPerMille.Of(spring.Totals));
        Assert.Equal(0.025m, Catalogue.AdConversionRate.Of(spring.Totals));
        Assert.Equal(60m, Catalogue.AdCostPerOrder.Of(spring.Totals));

        var keywords = (await reports.AdsAsync(store, November, AdLevel.Keyword)).Rows;
        Assert.Equal(["羊毛大衣女", "大衣 冬"], keywords.Select(k => k.Keyword));
    }

    /// <summary>The product report says nothing (store setting 15 days), the plan report says 7 days: the same scene comes back twice, never summed.</summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RowsOfDifferentWindows_AreKeptApart(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreAsync(db);
        await ImportAsync(db, store, PromotionFiles.ProductReport, PromotionFiles.PlanReport);

        var rows = (await db.Services.GetRequiredService<PromotionReports>().AdsAsync(store, November, AdLevel.Scene)).Rows
            .Where(r => r.Scene == "关键词推广").OrderBy(r => r.Window).ToList();

        Assert.Equal([7, 15], rows.Select(r => r.Window));
        Assert.Equal([800m, 600m], rows.Select(r => r.Totals.Cost));
        Assert.Equal([AdLevel.Plan], rows[0].Levels);
        Assert.Equal([AdLevel.Item], rows[1].Levels);
    }

    /// <summary>
    /// Window 1 day, newest day 11-03: 11-03 is immature. The verdict uses 11-01 and 11-02 only
    /// (cost 200, deals 300 → ROI 1.5 → fail), while the figures cover all three days (ROI 3300 ÷ 300 = 11).
    /// </summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ImmatureDays_AreFlagged_AndVerdictsUseMatureDaysOnly(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreAsync(db);
        var csv = ImportFiles.Lines(
            "日期,场景名字,计划名字,归因周期,展现量,点击量,花费,总成交金额,总成交笔数",
            "2026-11-01,关键词推广,A,1天,1000,50,100,100,1",
            "2026-11-02,关键词推广,A,1天,1000,50,100,200,2",
            "2026-11-03,关键词推广,A,1天,1000,50,100,3000,30");
        Assert.True((await db.Services.GetRequiredService<PromotionImportService>().ImportAsync(store, ImportKind.Ads, ImportFiles.Utf8(csv), new ImportFileContext())).Succeeded);

        var report = await db.Services.GetRequiredService<PromotionReports>().AdsAsync(store, November, AdLevel.Plan);
        var plan = Assert.Single(report.Rows);

        Assert.Equal(new DateOnly(2026, 11, 3), report.NewestDay);
        Assert.Equal(1, plan.ImmatureDays);
        Assert.Equal(11m, Catalogue.AdRoi.Of(plan.Totals));
        Assert.Equal(1.5m, Catalogue.AdRoi.Of(plan.Mature));
        Assert.Equal(CheckStatus.Fail, plan.RoiStatus);
        Assert.Equal(AdAction.PauseOrMoveBudget, plan.Action);
        Assert.Equal([false, false, true], report.Days.Select(d => d.Immature));
    }

    /// <summary>A keyword that spent 250 with no deal over mature days (≥ keywordSpendNoDealMin 100) is to be cut; one that sold is not.</summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AKeywordThatSpentWithoutADeal_IsToBeCut(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreAsync(db, window: 1);
        await ImportAsync(db, store, PromotionFiles.KeywordReport, PromotionFiles.CrowdReport);

        var keywords = (await db.Services.GetRequiredService<PromotionReports>().AdsAsync(store, November, AdLevel.Keyword)).Rows;

        Assert.Equal(AdAction.CutOrLowerBid, Assert.Single(keywords, k => k.Keyword == "大衣 冬").Action);
        Assert.Equal(AdAction.None, Assert.Single(keywords, k => k.Keyword == "羊毛大衣女").Action);
    }

    /// <summary>
    /// 羊毛大衣女: 11-01 store-wide 200 visitors and per-item 150 + 40 (the store-wide row wins), 11-02
    /// 300 → 500 visitors, 22 buyers (conversion 0.044); store visitors 2,000 → share 0.25.
    /// </summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SearchKeywords_ConversionAndShare_WithoutDoubleCounting(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreAsync(db);
        await db.Imports.ImportAsync(store.Id, ImportKind.StoreDaily, ImportFiles.Utf8("日期,访客数\n2026-11-01,800\n2026-11-02,1200\n"), null);
        var imports = db.Services.GetRequiredService<PromotionImportService>();
        foreach (var file in PromotionFiles.KeywordShapes)
        {
            Assert.True((await imports.ImportAsync(store, ImportKind.SearchKeywords, file.Utf8(), new ImportFileContext { FileName = file.FileName })).Succeeded);
        }

        var keywords = await db.Services.GetRequiredService<PromotionReports>().SearchKeywordsAsync(store.Id, November);

        var coat = keywords[0];
        Assert.Equal(("羊毛大衣女", 500L, 22L, 5236m), (coat.Keyword, coat.Visitors, coat.PayingBuyers, coat.PaymentAmount));
        Assert.Equal(0.044m, Catalogue.KeywordConversionRate.Of(coat));
        Assert.Equal(0.25m, Catalogue.KeywordShare.Of(coat));
        var scarf = keywords[1];
        Assert.Equal(0m, Catalogue.KeywordConversionRate.Of(scarf));
        Assert.Null(Catalogue.KeywordShare.Of(scarf with { StoreVisitors = 0 }));
    }

    private static async Task<StoreInfo> StoreAsync(TestDatabase db, int window = 15)
    {
        await db.CreateStoreAsync("ads");
        if (window != 15)
        {
            await db.Stores.SaveThresholdsAsync("ads", StoreThresholds.Defaults with { AdsAttributionWindowDays = window });
        }

        return (await db.Stores.FindAsync("ads"))!;
    }

    private static async Task ImportAsync(TestDatabase db, StoreInfo store, params PromotionFile[] files)
    {
        var imports = db.Services.GetRequiredService<PromotionImportService>();
        foreach (var file in files)
        {
            var result = await imports.ImportAsync(store, ImportKind.Ads, file.Utf8(), new ImportFileContext { FileName = file.FileName });
            Assert.True(result.Succeeded, file.Name + ": " + string.Join("; ", result.Errors.Select(e => e.Message)));
        }
    }
}
