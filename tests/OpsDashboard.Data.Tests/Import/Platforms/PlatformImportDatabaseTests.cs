using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Stores;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Import.Platforms;

/// <summary>
/// Every platform's export imported unedited on real SQLite and real PostgreSQL, with the period's
/// figures worked out by hand in <see cref="PlatformExportFiles"/>: what the platform gives is
/// exact, what it does not give stays unknown (null), never 0.
/// </summary>
public sealed class PlatformImportDatabaseTests
{
    private static readonly DateRange TwoDays = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 2));

    private static async Task<int> StoreAsync(TestDatabase db, string platform, string currency = "CNY") =>
        (await db.Stores.CreateAsync(new NewStore(platform + "-store", platform + " store", platform, currency))).Id;

    private static async Task ImportAsync(TestDatabase db, int store, ImportKind kind, byte[] content)
    {
        var result = await db.Imports.ImportAsync(store, kind, content, "export.csv");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_jd_store_and_sku_export_give_exact_figures_and_no_bounce(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreAsync(db, StorePlatformsJd);

        await ImportAsync(db, store, ImportKind.StoreDaily, PlatformExportFiles.Gb18030(PlatformExportFiles.JdStore));
        await ImportAsync(db, store, ImportKind.SkuDaily, PlatformExportFiles.Gb18030(PlatformExportFiles.JdSku));

        var totals = await db.Queries.StoreTotalsAsync(store, TwoDays);
        Assert.Equal((7000L, 21000L, 210L, 31950.00m), (totals.Visitors, totals.PageViews, totals.PayingBuyers, totals.PaymentAmount));
        Assert.Equal(0.03m, Catalogue.ConversionRate.Of(totals));
        Assert.Equal(31950m / 210m, Catalogue.AverageOrderValue.Of(totals));
        Assert.Equal(3.0m, Catalogue.VisitDepth.Of(totals));
        Assert.Null(Catalogue.BounceRate.Of(totals));
        await using var context = db.CreateContext();
        var days = await context.StoreDays.AsNoTracking().Where(d => d.StoreId == store).OrderBy(d => d.Date).ToListAsync();
        Assert.All(days, day => Assert.Null(day.BouncedVisitors));
        Assert.All(days, day => Assert.Null(day.Units));
        var sku = await context.SkuDays.AsNoTracking().SingleAsync(d => d.StoreId == store);
        Assert.Equal((800L, 2400L, 24L, 957_600L, 26L), (sku.Visitors, sku.PageViews, sku.PayingBuyers, sku.PaymentAmountMinor, sku.Units));
        Assert.Null(sku.BouncedVisitors);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_douyin_export_pays_with_user_payment_and_gives_no_bounce_or_depth(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreAsync(db, "douyin");

        await ImportAsync(db, store, ImportKind.StoreDaily, PlatformExportFiles.Utf8WithBom(PlatformExportFiles.DouyinStore));

        var totals = await db.Queries.StoreTotalsAsync(store, TwoDays);
        Assert.Equal((6000L, 166L, 20620.40m, 1360.00m), (totals.Visitors, totals.PayingBuyers, totals.PaymentAmount, totals.RefundAmount));
        Assert.Equal(166m / 6000m, Catalogue.ConversionRate.Of(totals));
        Assert.Equal(20620.40m / 166m, Catalogue.AverageOrderValue.Of(totals));
        Assert.Null(Catalogue.BounceRate.Of(totals));
        Assert.Null(Catalogue.VisitDepth.Of(totals));
        await using var context = db.CreateContext();
        Assert.All(await context.StoreDays.AsNoTracking().Where(d => d.StoreId == store).ToListAsync(), day =>
        {
            Assert.Null(day.BouncedVisitors);
            Assert.Null(day.PageViews);
        });
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_pinduoduo_export_reads_the_store_columns_and_gives_no_bounce(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreAsync(db, "pinduoduo");

        await ImportAsync(db, store, ImportKind.StoreDaily, PlatformExportFiles.Gb18030(PlatformExportFiles.PinduoduoStore));
        await ImportAsync(db, store, ImportKind.SkuDaily, PlatformExportFiles.Gb18030(PlatformExportFiles.PinduoduoSku));

        var totals = await db.Queries.StoreTotalsAsync(store, TwoDays);
        Assert.Equal((9000L, 19800L, 250L, 12300.00m, 300.00m), (totals.Visitors, totals.PageViews, totals.PayingBuyers, totals.PaymentAmount, totals.RefundAmount));
        Assert.Equal(250m / 9000m, Catalogue.ConversionRate.Of(totals));
        Assert.Equal(49.2m, Catalogue.AverageOrderValue.Of(totals));
        Assert.Equal(2.2m, Catalogue.VisitDepth.Of(totals));
        Assert.Null(Catalogue.BounceRate.Of(totals));
        var sku = Assert.Single(await db.Queries.SkuTotalsAsync(store, TwoDays));
        Assert.Equal((1200L, 36L, 2880.00m), (sku.Visitors, sku.PayingBuyers, sku.PaymentAmount));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_shopify_sessions_and_sales_export_merge_into_one_day(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await StoreAsync(db, "shopify", "USD");

        // The sales report first: its Orders stand in for buyers until the sessions report brings checkouts.
        await ImportAsync(db, store, ImportKind.StoreDaily, PlatformExportFiles.Utf8(PlatformExportFiles.ShopifySales));
        await ImportAsync(db, store, ImportKind.StoreDaily, PlatformExportFiles.Utf8(PlatformExportFiles.ShopifySessions));

        var totals = await db.Queries.StoreTotalsAsync(store, TwoDays);
        Assert.Equal((4500L, 110L, 9758.50m), (totals.Visitors, totals.PayingBuyers, totals.PaymentAmount));
        Assert.Equal(330L, totals.AddToCartBuyers);
        Assert.Equal(110m / 4500m, Catalogue.ConversionRate.Of(totals));
        Assert.Equal(9758.50m / 110m, Catalogue.AverageOrderValue.Of(totals));
        Assert.Null(Catalogue.BounceRate.Of(totals));
        Assert.Null(Catalogue.VisitDepth.Of(totals));
    }

    private const string StorePlatformsJd = "jd";
}
