using System.Text;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Reports;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Queries;

/// <summary>The weekly page-health series is grouped in the database and agrees with the per-range report, on both providers.</summary>
public sealed class PageHealthSeriesTests
{
    private static readonly DateOnly FirstMonday = new(2026, 10, 26);

    // Week 0 (26 Oct–1 Nov): two days; week 1 (2–8 Nov): one day; week 2 (9–15 Nov): nothing.
    // 25 Oct and 16 Nov lie outside the three weeks and must not be counted.
    private const string StoreDaily =
        "date,visitors,page_views,bounced_visitors,returning_visitors,paying_buyers,payment_amount\n" +
        "2026-10-25,999,999,999,0,9,999\n" +
        "2026-10-26,1000,3000,700,100,20,2600\n" +
        "2026-11-01,1000,2000,700,100,20,2600\n" +
        "2026-11-02,500,2000,200,300,10,1500\n" +
        "2026-11-16,999,999,999,0,9,999\n";

    // Week 0: A sells 2000 (AOV 100), B sells 600 (AOV 300) ⇒ A is the best seller, store AOV 130 ⇒ ratio 1.3.
    // Week 1: B sells 1200 (AOV 120) and A 300 (AOV 100) ⇒ B is the best seller, store AOV 150 ⇒ ratio 1.25.
    private const string SkuDaily =
        "date,sku_code,sku_name,visitors,page_views,bounced_visitors,order_buyers,paying_buyers,payment_amount\n" +
        "2026-10-26,A,Coat,600,1800,300,12,10,1000\n" +
        "2026-11-01,A,Coat,600,1800,300,12,10,1000\n" +
        "2026-10-26,B,Boots,100,300,50,2,2,600\n" +
        "2026-11-02,B,Boots,300,900,100,12,10,1200\n" +
        "2026-11-02,A,Coat,100,300,50,3,3,300\n";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task WeeklySeries_GroupsByWeekInTheDatabase_AndKeepsEmptyWeeks(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await SeedAsync(db);

        var weeks = await db.Queries.WeeklySeriesAsync(store, FirstMonday, 3);

        Assert.Equal(
            [new DateRange(new(2026, 10, 26), new(2026, 11, 1)), new DateRange(new(2026, 11, 2), new(2026, 11, 8)), new DateRange(new(2026, 11, 9), new(2026, 11, 15))],
            weeks.Select(w => w.Week));
        Assert.Equal((2000L, 5000L, 1400L, 200L, 40L, 5200m), Sums(weeks[0].Store));
        Assert.Equal((500L, 2000L, 200L, 300L, 10L, 1500m), Sums(weeks[1].Store));
        Assert.Same(StoreTotals.Empty, weeks[2].Store);
        Assert.Empty(weeks[2].Skus);

        var a0 = Assert.Single(weeks[0].Skus, s => s.Sku == "A");
        Assert.Equal((1200L, 3600L, 600L, 24L, 20L, 2000m, "Coat"), (a0.Visitors, a0.PageViews, a0.BouncedVisitors, a0.OrderBuyers, a0.PayingBuyers, a0.PaymentAmount, a0.Name));
        var b1 = Assert.Single(weeks[1].Skus, s => s.Sku == "B");
        Assert.Equal((300L, 10L, 1200m), (b1.Visitors, b1.PayingBuyers, b1.PaymentAmount));

        foreach (var week in weeks)
        {
            Assert.Equal(await db.Queries.StoreTotalsAsync(store, week.Week), week.Store);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Trend_JudgesEachWeekAsThePageHealthReportDoes_WithThatWeeksBestSeller(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await SeedAsync(db);
        var info = (await db.Stores.FindAsync("weekly"))!;

        var trend = await new PageHealthTrends(db.Queries).WeeksEndingAsync(info, new DateRange(new(2026, 11, 9), new(2026, 11, 15)), weeks: 3);

        Assert.Equal(3, trend.Count);
        Assert.Equal(("A", 1.3m, CheckStatus.Pass), (trend[0].Report.FlagshipSku, trend[0].Report.AovRatio, trend[0].Report.Checks[0].Status));
        Assert.Equal(("B", 1.25m, CheckStatus.Fail), (trend[1].Report.FlagshipSku, trend[1].Report.AovRatio, trend[1].Report.Checks[0].Status));
        Assert.Null(trend[2].Report.BounceRate);
        foreach (var week in trend)
        {
            var expected = await db.Reports.PageHealthAsync(info, week.Week);
            Assert.Equal(expected.Checks, week.Report.Checks);
            Assert.Equal((expected.FlagshipSku, expected.StoreAov, expected.FlagshipAov, expected.ReturningHeavy),
                (week.Report.FlagshipSku, week.Report.StoreAov, week.Report.FlagshipAov, week.Report.ReturningHeavy));
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DataFreshness_IsTheLatestImportAndTheNewestStoreDay(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var empty = await db.CreateStoreAsync("empty");
        Assert.Equal(new DataFreshness(null, null), await db.Queries.DataFreshnessAsync(empty));

        var before = DateTimeOffset.UtcNow;
        var store = await SeedAsync(db);
        var freshness = await db.Queries.DataFreshnessAsync(store);

        Assert.Equal(new DateOnly(2026, 11, 16), freshness.NewestDay);
        Assert.NotNull(freshness.LastImportAt);
        Assert.InRange(freshness.LastImportAt.Value, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
    }

    private static (long, long, long, long, long, decimal) Sums(StoreTotals t) =>
        (t.Visitors, t.PageViews, t.BouncedVisitors, t.ReturningVisitors, t.PayingBuyers, t.PaymentAmount);

    private static async Task<int> SeedAsync(TestDatabase db)
    {
        var store = await db.CreateStoreAsync("weekly");
        Assert.True((await db.Imports.ImportAsync(store, ImportKind.StoreDaily, Encoding.UTF8.GetBytes(StoreDaily), null)).Succeeded);
        Assert.True((await db.Imports.ImportAsync(store, ImportKind.SkuDaily, Encoding.UTF8.GetBytes(SkuDaily), null)).Succeeded);
        return store;
    }
}
