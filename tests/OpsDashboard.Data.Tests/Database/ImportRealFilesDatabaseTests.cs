using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Tests.Import.Parsing;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Database;

/// <summary>
/// Real operators' files end to end on real SQLite and real PostgreSQL: the columns that used to
/// be read and ignored, one-day exports dated by their title or name, future days refused in the
/// store's own time zone, and messages in the reader's language.
/// </summary>
public sealed class ImportRealFilesDatabaseTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Stay_favourites_carts_units_and_refunds_are_stored_and_read_back(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        var storeFile = ImportFiles.Gb18030(ImportFiles.Lines(
            "店铺概况",
            "统计日期：2026-11-01~2026-11-02",
            "统计日期,访客数,平均停留时长,加购人数,收藏人数,支付件数,支付买家数,支付金额",
            "2026-11-01,1000,32.155,80,45,130,100,\"¥10,000.00\"",
            "2026-11-02,900,-,70,40,110,90,9000"));
        var skuFile = ImportFiles.Gb18030(ImportFiles.Lines(
            "统计日期,商品ID,商品访客数,商品平均停留时长,商品加购人数,商品收藏人数,商品支付件数,成功退款金额",
            "2026-11-01,=\"680512345678901234\",500,12.5,30,18,40,\"1,234.50\""));

        Assert.True((await db.Imports.ImportAsync(store, ImportKind.StoreDaily, storeFile, "store.csv")).Succeeded);
        Assert.True((await db.Imports.ImportAsync(store, ImportKind.SkuDaily, skuFile, "sku.csv")).Succeeded);

        await using var context = db.CreateContext();
        var days = await context.StoreDays.AsNoTracking().Where(d => d.StoreId == store).OrderBy(d => d.Date).ToListAsync();
        Assert.Equal((32155L, 80L, 45L, 130L), (days[0].AverageStayMilliseconds, days[0].AddToCartBuyers, days[0].FavoriteBuyers, days[0].Units));
        Assert.Null(days[1].AverageStayMilliseconds);
        Assert.Equal((40L, 110L), (days[1].FavoriteBuyers, days[1].Units));
        var sku = await context.SkuDays.AsNoTracking().SingleAsync(d => d.StoreId == store);
        Assert.Equal((12500L, 30L, 18L, 40L, 123450L), (sku.AverageStayMilliseconds, sku.AddToCartBuyers, sku.FavoriteBuyers, sku.Units, sku.RefundAmountMinor));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_later_file_without_the_new_columns_keeps_them(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();

        await db.Imports.ImportAsync(store, ImportKind.StoreDaily, ImportFiles.Utf8("日期,访客数,平均停留时长,收藏人数\n2026-11-01,100,20,7\n"), null);
        await db.Imports.ImportAsync(store, ImportKind.StoreDaily, ImportFiles.Utf8("日期,访客数,支付买家数\n2026-11-01,120,6\n"), null);

        await using var context = db.CreateContext();
        var day = await context.StoreDays.AsNoTracking().SingleAsync(d => d.StoreId == store);
        Assert.Equal((120L, 6L, 20000L, 7L), (day.Visitors, day.PayingBuyers, day.AverageStayMilliseconds, day.FavoriteBuyers));
        Assert.Null(day.Units);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_one_day_product_ranking_is_imported_on_the_day_its_title_or_name_gives(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        var titled = ImportFiles.Gb18030(ImportFiles.Lines(
            "商品排行", "统计日期：2026-11-30~2026-11-30", "", "商品ID,商品名称,商品访客数,商品支付买家数,商品支付金额", "=\"680512345678901234\",羊毛大衣 女,1000,32,7616"));
        var named = ImportFiles.Xlsx(["商品排行"], ["商品ID", "商品名称", "商品访客数", "商品支付买家数", "商品支付金额"], ["680512345678901235", "羊绒围巾", 400, 10, 1200]);

        var first = await db.Imports.ImportFileAsync(store, ImportKind.SkuDaily, titled, new ImportFileContext { FileName = "export.csv" });
        var second = await db.Imports.ImportFileAsync(store, ImportKind.SkuDaily, named, new ImportFileContext { FileName = "【生意参谋平台】商品_全部_2026-11-29_2026-11-29.xlsx" });

        Assert.True(first.Succeeded, string.Join("; ", first.Errors.Select(e => e.Message)));
        Assert.True(second.Succeeded, string.Join("; ", second.Errors.Select(e => e.Message)));
        Assert.Equal((new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 30)), (first.FirstDate, first.LastDate));
        await using var context = db.CreateContext();
        var days = await context.SkuDays.AsNoTracking().Where(d => d.StoreId == store).OrderBy(d => d.Date).Select(d => new { d.Date, d.Visitors }).ToListAsync();
        Assert.Equal([(new DateOnly(2026, 11, 29), 400L), (new DateOnly(2026, 11, 30), 1000L)], days.Select(d => (d.Date, d.Visitors!.Value)));
        var batch = await context.ImportBatches.AsNoTracking().Where(b => b.StoreId == store).OrderBy(b => b.Id).LastAsync();
        Assert.Equal("【生意参谋平台】商品_全部_2026-11-29_2026-11-29.xlsx", batch.FileName);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_multi_day_total_without_a_date_column_writes_nothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        var week = ImportFiles.Gb18030(ImportFiles.Lines("商品排行", "统计日期：2026-11-24~2026-11-30", "商品ID,商品访客数,商品支付买家数", "A1,1000,30"));

        var result = await db.Imports.ImportFileAsync(store, ImportKind.SkuDaily, week, new ImportFileContext { FileName = "【生意参谋平台】商品_全部_2026-11-24_2026-11-30.xls", Culture = ImportCultures.Chinese });

        Assert.False(result.Succeeded);
        Assert.StartsWith("文件覆盖 2026-11-24 至 2026-11-30（见标题）", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        await using var context = db.CreateContext();
        Assert.Equal(0, await context.SkuDays.CountAsync());
        Assert.Equal(0, await context.ImportBatches.CountAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_day_after_the_stores_own_today_is_refused_in_its_time_zone(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var shanghai = await db.CreateStoreAsync("shanghai");
        var losAngeles = await db.CreateStoreAsync("los-angeles");
        await using (var context = db.CreateContext())
        {
            (await context.Stores.SingleAsync(s => s.Id == losAngeles)).TimeZone = "America/Los_Angeles";
            await context.SaveChangesAsync();
        }

        // 2026-12-01 02:00 in Shanghai is still 2026-11-30 10:00 in Los Angeles.
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 30, 18, 0, 0, TimeSpan.Zero));
        var imports = new ImportService(db.Factory, db.Options, clock, NullLogger<ImportService>.Instance);
        var file = ImportFiles.Utf8("日期,访客数\n2026-11-30,100\n2026-12-01,50\n");

        var inShanghai = await imports.ImportAsync(shanghai, ImportKind.StoreDaily, file, "days.csv");
        var inLosAngeles = await imports.ImportAsync(losAngeles, ImportKind.StoreDaily, file, "days.csv");

        Assert.True(inShanghai.Succeeded);
        Assert.Equal(
            [new ImportIssue(3, "日期", "Row 3: 2026-12-01 is after the store's today (2026-11-30); a day that has not ended cannot be imported")],
            inLosAngeles.Errors);
        await using var check = db.CreateContext();
        Assert.Equal(0, await check.StoreDays.CountAsync(d => d.StoreId == losAngeles));
        Assert.Equal(2, await check.StoreDays.CountAsync(d => d.StoreId == shanghai));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
