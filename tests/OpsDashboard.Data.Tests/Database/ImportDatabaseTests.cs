using OpsDashboard.Core.Metrics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Import;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Database;

/// <summary>The import pipeline end to end on real SQLite and real PostgreSQL.</summary>
public sealed class ImportDatabaseTests
{
    private static readonly DateRange November = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

    private const string Traffic =
        "日期,访客数,浏览量,跳失人数,支付买家数,支付金额,同行同层平均支付转化率\n" +
        "2026-11-01,1000,3000,600,40,\"¥4,000.00\",3.00%\n" +
        "2026/11/2,3000,7500,2400,90,9000.50,5.00%\n";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Reimport_SameFile_UpdatesAndNeverDuplicates(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();

        var first = await db.Imports.ImportAsync(store, ImportKind.StoreDaily, Utf8(Traffic), "traffic.csv");
        var second = await db.Imports.ImportAsync(store, ImportKind.StoreDaily, Utf8(Traffic), "traffic.csv");

        Assert.True(first.Succeeded);
        Assert.Equal((2, 2, 0), (first.RowsRead, first.RowsInserted, first.RowsUpdated));
        Assert.Equal((2, 0, 2), (second.RowsRead, second.RowsInserted, second.RowsUpdated));
        await using var context = db.CreateContext();
        Assert.Equal(2, await context.StoreDays.CountAsync());
        var totals = await db.Queries.StoreTotalsAsync(store, November);
        Assert.Equal(4000, totals.Visitors);
        Assert.Equal(13000.50m, totals.PaymentAmount);
        Assert.Equal(0.0325m, Catalogue.ConversionRate.Of(totals));
        Assert.Equal(0.045m, Catalogue.PeerConversionRate.Of(totals));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SeveralExportsOfOneDay_Merge_WithoutBlankingEachOther(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        const string customerService = "统计日期,咨询人数,询单成交人数\n2026-11-01,80,36\n";

        Assert.True((await db.Imports.ImportAsync(store, ImportKind.StoreDaily, Utf8(Traffic), null)).Succeeded);
        var merge = await db.Imports.ImportAsync(store, ImportKind.StoreDaily, Utf8(customerService), null);

        Assert.Equal((0, 1), (merge.RowsInserted, merge.RowsUpdated));
        var day = await db.Queries.StoreTotalsAsync(store, new DateRange(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 1)));
        Assert.Equal(1000, day.Visitors);
        Assert.Equal(4000m, day.PaymentAmount);
        Assert.Equal(80, day.Inquirers);
        Assert.Equal(0.45m, Catalogue.InquiryConversion.Of(day));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task FileWithOneBadRow_WritesNothingAtAll(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        const string skus =
            "date,sku_code,visitors,paying_buyers,payment_amount\n" +
            "2026-11-01,A1,100,5,500\n" +
            "2026-11-01,A2,100,-1,500\n";

        var result = await db.Imports.ImportAsync(store, ImportKind.SkuDaily, Utf8(skus), null);

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Row);
        Assert.Equal("paying_buyers", error.Column);
        await using var context = db.CreateContext();
        Assert.Equal(0, await context.SkuDays.CountAsync());
        Assert.Equal(0, await context.Skus.CountAsync());
        Assert.Equal(0, await context.ImportBatches.CountAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task OldAndNewNameOfOneSourceOnOneDay_IsRejected_AndRolledBack(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        const string sources =
            "date,source,visitors,cost\n" +
            "2026-11-01,手淘搜索,700,0\n" +
            "2026-11-01,直通车,300,500\n" +
            "2026-11-01,关键词推广,200,250\n";

        var result = await db.Imports.ImportAsync(store, ImportKind.SourceDaily, Utf8(sources), null);

        var error = Assert.Single(result.Errors);
        Assert.Equal(4, error.Row);
        Assert.Contains("row 3", error.Message, StringComparison.Ordinal);
        await using var context = db.CreateContext();
        Assert.Equal(0, await context.SourceDays.CountAsync());
        Assert.Equal(0, await context.TrafficSources.CountAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RenamedSource_KeepsOneSeries_UnderItsCurrentName(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        await db.Imports.ImportAsync(store, ImportKind.SourceDaily, Utf8("流量来源,日期,访客数,花费\n直通车,2026-11-01,300,500\n"), null);
        await db.Imports.ImportAsync(store, ImportKind.SourceDaily, Utf8("流量来源,日期,访客数,花费\n关键词推广,2026-11-02,200,250\n"), null);

        var source = Assert.Single(await db.Queries.SourceTotalsAsync(store, November));
        Assert.Equal("关键词推广", source.Source);
        Assert.Equal("paid", source.Kind);
        Assert.Equal(500, source.Visitors);
        Assert.Equal(750m, source.Cost);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task TenConcurrentImportsOfOneFile_GiveTheTotalsOfOne(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        var file = Utf8(SkuFile(days: 30, skus: 20));

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => db.Imports.ImportAsync(store, ImportKind.SkuDaily, file, null))));

        Assert.All(results, r => Assert.True(r.Succeeded, string.Join("; ", r.Errors.Select(e => e.Message))));
        await using var context = db.CreateContext();
        Assert.Equal(600, await context.SkuDays.CountAsync());
        Assert.Equal(20, await context.Skus.CountAsync());
        var skus = await db.Queries.SkuTotalsAsync(store, November);
        Assert.Equal(20, skus.Count);
        Assert.Equal(Enumerable.Range(1, 30).Sum(d => 100L + d) * 20, skus.Sum(s => s.Visitors));
        Assert.Equal(Enumerable.Range(1, 30).Sum(d => 10.01m * d) * 20, skus.Sum(s => s.PaymentAmount));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Money_SumsExactlyInTheDatabase(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        var csv = new StringBuilder("date,visitors,paying_buyers,payment_amount\n");
        var day = new DateOnly(2024, 1, 1);
        for (var i = 0; i < 1000; i++)
        {
            csv.Append(day.AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append(",10,1,0.10\n");
        }

        Assert.True((await db.Imports.ImportAsync(store, ImportKind.StoreDaily, Utf8(csv.ToString()), null)).Succeeded);
        var totals = await db.Queries.StoreTotalsAsync(store, new DateRange(day, day.AddDays(999)));
        Assert.Equal(100.00m, totals.PaymentAmount);
        Assert.Equal(0.1m, Catalogue.AverageOrderValue.Of(totals));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task StockAndItemIds_UnknownStaysNull_IdsStayText(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        const string withStock =
            "商品ID,商品名称,日期,商品访客数,库存\n" +
            "680512345678901234,大衣,2026-11-01,50,12\n" +
            "680512345678901235,围巾,2026-11-01,40,\n" +
            "680512345678901234,大衣,2026-11-02,60,9\n";
        const string withoutStock = "商品ID,日期,商品访客数\n680512345678909999,2026-11-01,10\n";

        Assert.True((await db.Imports.ImportAsync(store, ImportKind.SkuDaily, Utf8(withStock), null)).Succeeded);
        Assert.True((await db.Imports.ImportAsync(store, ImportKind.SkuDaily, Utf8(withoutStock), null)).Succeeded);

        var skus = (await db.Queries.SkuTotalsAsync(store, November)).ToDictionary(s => s.Sku);
        Assert.Equal(9, skus["680512345678901234"].StockOnHand);
        Assert.Equal("大衣", skus["680512345678901234"].Name);
        Assert.Null(skus["680512345678901235"].StockOnHand);
        Assert.Null(skus["680512345678909999"].StockOnHand);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "store-daily.xlsx", ImportKind.StoreDaily)]
    [InlineData(DatabaseProvider.Postgres, "store-daily.xlsx", ImportKind.StoreDaily)]
    [InlineData(DatabaseProvider.Sqlite, "sku-daily-sycm.xls", ImportKind.SkuDaily)]
    [InlineData(DatabaseProvider.Postgres, "sku-daily-sycm.xls", ImportKind.SkuDaily)]
    [InlineData(DatabaseProvider.Sqlite, "source-daily.xlsx", ImportKind.SourceDaily)]
    [InlineData(DatabaseProvider.Postgres, "source-daily.xlsx", ImportKind.SourceDaily)]
    public async Task ExcelExports_LandWithTheTotalsTheParserRead(DatabaseProvider provider, string fixture, ImportKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        var bytes = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture));
        var parsed = Data.Import.Parsing.ImportParser.Parse(kind, bytes);
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors.Select(e => e.Message)));

        var result = await db.Imports.ImportAsync(store, kind, bytes, fixture);

        Assert.True(result.Succeeded);
        Assert.Equal(parsed.Rows.Count, result.RowsInserted);
        var range = new DateRange(parsed.Rows.Min(r => r.Date), parsed.Rows.Max(r => r.Date));
        var expectedVisitors = parsed.Rows.Sum(r => (long)r.Values["visitors"]!);
        var expectedMoney = parsed.Rows.Sum(r => (long)r.Values["payment_amount_minor"]!) / 100m;
        var (visitors, money) = await StoredTotalsAsync(db, store, kind, range);
        Assert.Equal(expectedVisitors, visitors);
        Assert.Equal(expectedMoney, money);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Gb18030AndUtf8WithBom_ImportTheSameFigures(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var gbStore = await db.CreateStoreAsync("gb");
        var bomStore = await db.CreateStoreAsync("bom");
        var gb18030 = CodePagesEncoding.Gb18030.GetBytes(Traffic);
        var bom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Traffic)).ToArray();

        Assert.True((await db.Imports.ImportAsync(gbStore, ImportKind.StoreDaily, gb18030, null)).Succeeded);
        Assert.True((await db.Imports.ImportAsync(bomStore, ImportKind.StoreDaily, bom, null)).Succeeded);

        Assert.Equal(await db.Queries.StoreTotalsAsync(bomStore, November), await db.Queries.StoreTotalsAsync(gbStore, November));
        Assert.Equal(4000, (await db.Queries.StoreTotalsAsync(gbStore, November)).Visitors);
    }

    private static async Task<(long Visitors, decimal Money)> StoredTotalsAsync(TestDatabase db, int store, ImportKind kind, DateRange range)
    {
        switch (kind)
        {
            case ImportKind.SkuDaily:
                var skus = await db.Queries.SkuTotalsAsync(store, range);
                return (skus.Sum(s => s.Visitors), skus.Sum(s => s.PaymentAmount));
            case ImportKind.SourceDaily:
                var sources = await db.Queries.SourceTotalsAsync(store, range);
                return (sources.Sum(s => s.Visitors), sources.Sum(s => s.PaymentAmount));
            default:
                var totals = await db.Queries.StoreTotalsAsync(store, range);
                return (totals.Visitors, totals.PaymentAmount);
        }
    }

    internal static string SkuFile(int days, int skus)
    {
        var csv = new StringBuilder("date,sku_code,sku_name,visitors,page_views,paying_buyers,payment_amount\n");
        for (var d = 1; d <= days; d++)
        {
            for (var s = 1; s <= skus; s++)
            {
                csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"2026-11-{d:00},SKU{s:000},Item {s},{100 + d},{300 + d},{d % 7},{10.01m * d}\n");
            }
        }

        return csv.ToString();
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}

/// <summary>GB18030 lives in the code-pages provider, which .NET registers on request.</summary>
internal static class CodePagesEncoding
{
    /// <summary>From the provider itself, never registered globally (that would hide an importer that forgets to).</summary>
    public static Encoding Gb18030 => CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!;
}

/// <summary>Trend and span queries group by day in the database on both providers.</summary>
public sealed class KpiQueryTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DailySeries_HasOneRowPerDayWithData_AndSpanCoversThem(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        const string csv = "date,visitors,paying_buyers,payment_amount\n2026-11-03,200,10,1000\n2026-11-01,100,4,400\n";
        Assert.True((await db.Imports.ImportAsync(store, ImportKind.StoreDaily, Encoding.UTF8.GetBytes(csv), null)).Succeeded);

        var series = await db.Queries.StoreDailySeriesAsync(store, new DateRange(new DateOnly(2026, 10, 30), new DateOnly(2026, 11, 30)));

        Assert.Equal([new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 3)], series.Select(d => d.Date));
        Assert.Equal([0.04m, 0.05m], series.Select(d => Catalogue.ConversionRate.Of(d.Totals)!.Value));
        Assert.Equal(new DateRange(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 3)), await db.Queries.StoreDataSpanAsync(store));
        Assert.Null(await db.Queries.StoreDataSpanAsync(await db.CreateStoreAsync("empty")));
    }
}
