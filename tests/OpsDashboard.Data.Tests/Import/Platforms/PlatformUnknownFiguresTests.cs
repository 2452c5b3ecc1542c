using OpsDashboard.Core.Attention;
using OpsDashboard.Core.PageHealth;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Stores;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Import.Platforms;

/// <summary>
/// A figure a platform does not give stays unknown through the weekly check and the attention rules
/// (DOMAIN §9): on a 抖店 or 拼多多 store the page-health verdict is nodata and no page rule fires,
/// on real SQLite and real PostgreSQL.
/// </summary>
public sealed class PlatformUnknownFiguresTests
{
    private static readonly DateRange TwoDays = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 2));

    private static async Task<StoreInfo> ImportedStoreAsync(TestDatabase db, string platform, byte[] storeDaily)
    {
        await db.Stores.CreateAsync(new NewStore(platform + "-store", platform + " store", platform, "CNY"));
        var store = (await db.Stores.ListAsync()).Single(s => s.Code == platform + "-store");
        var result = await db.Imports.ImportAsync(store.Id, ImportKind.StoreDaily, storeDaily, "export.csv");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return store;
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_douyin_store_has_no_bounce_or_depth_verdict_and_no_page_rule_fires(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await ImportedStoreAsync(db, "douyin", PlatformExportFiles.Utf8WithBom(PlatformExportFiles.DouyinStore));

        var health = await db.Reports.PageHealthAsync(store, TwoDays);

        Assert.Equal(CheckStatus.NoData, Check(health, PageHealthReport.BounceRateMetric).Status);
        Assert.Equal(CheckStatus.NoData, Check(health, PageHealthReport.VisitDepthMetric).Status);
        Assert.Null(Check(health, PageHealthReport.BounceRateMetric).Value);
        Assert.Null(Check(health, PageHealthReport.VisitDepthMetric).Value);
        Assert.False(health.FixPagesBeforePromotion);
        await AssertNoPageRuleAsync(db, store);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_pinduoduo_store_failing_depth_has_no_bounce_verdict_so_fix_pages_first_stays_quiet(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await ImportedStoreAsync(db, "pinduoduo", PlatformExportFiles.Gb18030(PlatformExportFiles.PinduoduoStore));

        var health = await db.Reports.PageHealthAsync(store, TwoDays);

        // 19,800 views ÷ 9,000 visitors = 2.2, under the default 2.5 line: depth fails, bounce is unknown.
        Assert.Equal((2.2m, CheckStatus.Fail), (Check(health, PageHealthReport.VisitDepthMetric).Value, Check(health, PageHealthReport.VisitDepthMetric).Status));
        Assert.Equal((null, CheckStatus.NoData), (Check(health, PageHealthReport.BounceRateMetric).Value, Check(health, PageHealthReport.BounceRateMetric).Status));
        Assert.False(health.FixPagesBeforePromotion);
        await AssertNoPageRuleAsync(db, store);
    }

    private static PageHealthCheck Check(PageHealthReport report, string metric) => report.Checks.Single(c => c.Metric == metric);

    /// <summary>Neither day's attention list has a page item, nor an item carrying a bounce figure.</summary>
    private static async Task AssertNoPageRuleAsync(TestDatabase db, StoreInfo store)
    {
        foreach (var day in new[] { TwoDays.From, TwoDays.To, TwoDays.To.AddDays(1) })
        {
            var items = await db.Attention.ForDayAsync(store, day);
            Assert.DoesNotContain(items, i => i.Rule == AttentionRules.FixPagesFirst);
            Assert.DoesNotContain(items, i => i.Figures.Any(f => f.Name == "bounceRate"));
        }
    }
}
