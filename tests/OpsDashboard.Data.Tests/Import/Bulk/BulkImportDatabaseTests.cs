using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpsDashboard.Data.Import;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Import.Bulk;

/// <summary>
/// Issue 10's bulk path (rows validated as read, staged in a temporary table, merged by one
/// INSERT … ON CONFLICT) on real SQLite and real PostgreSQL: what it writes, never how fast.
/// </summary>
public sealed class BulkImportDatabaseTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_second_file_updates_only_the_columns_it_carries_and_leaves_the_rest_unknown_on_new_rows(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        const string traffic =
            "date,sku_code,sku_name,visitors,paying_buyers,payment_amount,presale\n" +
            "2026-11-01,A1,Teapot,100,5,500.00,yes\n" +
            "2026-11-02,A1,Teapot,120,6,600.00,yes\n";
        const string stock =
            "date,sku_code,stock_on_hand\n" +
            "2026-11-02,A1,40\n" +
            "2026-11-03,A1,35\n";

        Assert.True((await db.Imports.ImportAsync(store, ImportKind.SkuDaily, Utf8(traffic), null)).Succeeded);
        var merge = await db.Imports.ImportAsync(store, ImportKind.SkuDaily, Utf8(stock), null);

        Assert.Equal((2, 1, 1), (merge.RowsRead, merge.RowsInserted, merge.RowsUpdated));
        await using var context = db.CreateContext();
        var days = await context.SkuDays.AsNoTracking().OrderBy(d => d.Date).ToListAsync();
        Assert.Equal(3, days.Count);
        Assert.Equal((100L, (long?)null, true), (days[0].Visitors!.Value, days[0].StockOnHand, days[0].Presale));
        Assert.Equal((120L, 6L, 60_000L, 40L, true), (days[1].Visitors!.Value, days[1].PayingBuyers!.Value, days[1].PaymentAmountMinor!.Value, days[1].StockOnHand!.Value, days[1].Presale));
        // A day only the stock file reported: its traffic is unknown, not zero; a flag the file lacks is false.
        Assert.Equal(((long?)null, (long?)null, 35L, false), (days[2].Visitors, days[2].PaymentAmountMinor, days[2].StockOnHand!.Value, days[2].Presale));
        var sku = await context.Skus.AsNoTracking().SingleAsync();
        Assert.Equal(("A1", "Teapot", true), (sku.Code, sku.Name, sku.Presale));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_bad_row_after_thousands_of_staged_rows_writes_nothing_and_names_its_row_and_field(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        Assert.True((await db.Imports.ImportAsync(store, ImportKind.SkuDaily, Utf8(SkuFile(days: 10, skus: 300, visitorsBase: 100)), null)).Succeeded);
        var before = await SnapshotAsync(db);

        // The same 3,000 keys with other values (all of them staged before the bad row is read), then one impossible row.
        var bad = SkuFile(days: 10, skus: 300, visitorsBase: 900) + "2026-11-10,Z9,10,11,1.00\n";
        var result = await db.Imports.ImportAsync(store, ImportKind.SkuDaily, Utf8(bad), null);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(3_002, error.Row);
        Assert.Equal("paying_buyers", error.Column);
        Assert.Equal(3_001, result.RowsRead);
        Assert.Equal(before, await SnapshotAsync(db));
        await using var context = db.CreateContext();
        Assert.Equal(1, await context.ImportBatches.CountAsync());
        Assert.False(await context.Skus.AnyAsync(s => s.Code == "Z9"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Every_bad_row_is_listed_even_after_writing_stopped_at_the_first(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        var lines = SkuFile(days: 5, skus: 100, visitorsBase: 100).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        lines[2] = "2026-11-01,S0001,ten,1,1.00";
        lines[400] = "2026-11-04,S0099,50,1,-3.00";

        var result = await db.Imports.ImportAsync(store, ImportKind.SkuDaily, Utf8(string.Join('\n', lines) + "\n"), null);

        Assert.Equal([(3, "visitors"), (401, "payment_amount")], result.Errors.Select(e => (e.Row!.Value, e.Column!)).ToList());
        Assert.Equal(2, result.ErrorRowCount);
        await using var context = db.CreateContext();
        Assert.Equal(0, await context.SkuDays.CountAsync());
        Assert.Equal(0, await context.Skus.CountAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Importing_the_same_file_again_changes_nothing_and_counts_every_row_as_an_update(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        var file = Utf8(SkuFile(days: 7, skus: 50, visitorsBase: 200));

        var first = await db.Imports.ImportAsync(store, ImportKind.SkuDaily, file, null);
        var once = await SnapshotAsync(db);
        var second = await db.Imports.ImportAsync(store, ImportKind.SkuDaily, file, null);

        Assert.Equal((350, 350, 0), (first.RowsRead, first.RowsInserted, first.RowsUpdated));
        Assert.Equal((350, 0, 350), (second.RowsRead, second.RowsInserted, second.RowsUpdated));
        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 7)), (second.FirstDate!.Value, second.LastDate!.Value));
        Assert.Equal(once, await SnapshotAsync(db));
        await using var context = db.CreateContext();
        Assert.Equal(50, await context.Skus.CountAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_staging_table_is_gone_after_a_failed_import_and_the_next_import_succeeds(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        var bad = SkuFile(days: 3, skus: 100, visitorsBase: 100) + "2026-11-03,Z9,10,11,1.00\n";

        Assert.False((await db.Imports.ImportAsync(store, ImportKind.SkuDaily, Utf8(bad), null)).Succeeded);

        Assert.Equal(0, await StagingTablesAsync(db));
        var next = await db.Imports.ImportAsync(store, ImportKind.SkuDaily, Utf8(SkuFile(days: 3, skus: 100, visitorsBase: 100)), null);
        Assert.True(next.Succeeded, string.Join("; ", next.Errors.Select(e => e.Message)));
        Assert.Equal(300, next.RowsInserted);
        Assert.Equal(0, await StagingTablesAsync(db));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_store_daily_file_goes_the_same_way_and_keeps_columns_it_lacks(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        await db.Imports.ImportAsync(store, ImportKind.StoreDaily, Utf8("date,visitors,paying_buyers,payment_amount,dsr_service\n2026-11-01,1000,40,4000.00,4.80\n"), null);

        var merge = await db.Imports.ImportAsync(store, ImportKind.StoreDaily, Utf8("date,inquirers,inquiry_paying_buyers\n2026-11-01,80,36\n2026-11-02,50,20\n"), null);

        Assert.Equal((1, 1), (merge.RowsInserted, merge.RowsUpdated));
        await using var context = db.CreateContext();
        var days = await context.StoreDays.AsNoTracking().OrderBy(d => d.Date).ToListAsync();
        Assert.Equal((1000L, 400_000L, 4.80m, 80L), (days[0].Visitors!.Value, days[0].PaymentAmountMinor!.Value, days[0].DsrService!.Value, days[0].Inquirers!.Value));
        Assert.Equal(((long?)null, (decimal?)null, 50L), (days[1].Visitors, days[1].DsrService, days[1].Inquirers!.Value));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_csv_longer_than_the_sheet_row_cap_imports_and_one_past_the_text_cap_is_refused(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        var file = Utf8(SkuFile(days: 5, skus: 10, visitorsBase: 100));

        var imported = await db.Imports.ImportFileAsync(store, ImportKind.SkuDaily, file, new ImportFileContext { Limits = new ImportLimits { MaxRows = 20 } });
        var refused = await db.Imports.ImportFileAsync(store, ImportKind.SkuDaily, file, new ImportFileContext { Limits = new ImportLimits { MaxTextRows = 20 } });

        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors.Select(e => e.Message)));
        Assert.Equal(50, imported.RowsInserted);
        Assert.Equal(ImportLimit.TextRows, refused.ExceededLimit);
        Assert.Contains("Import:Limits:MaxTextRows = 20", Assert.Single(refused.Errors).Message, StringComparison.Ordinal);
        await using var context = db.CreateContext();
        Assert.Equal(50, await context.SkuDays.CountAsync());
        Assert.Equal(1, await context.ImportBatches.CountAsync());
    }

    /// <summary>sku-daily rows for Nov 1… of <paramref name="skus"/> SKUs (S0000…), visitors from <paramref name="visitorsBase"/>.</summary>
    private static string SkuFile(int days, int skus, int visitorsBase)
    {
        var csv = new StringBuilder("date,sku_code,visitors,paying_buyers,payment_amount\n");
        for (var d = 0; d < days; d++)
        {
            for (var s = 0; s < skus; s++)
            {
                var visitors = visitorsBase + s + d;
                csv.Append(CultureInfo.InvariantCulture, $"2026-11-{d + 1:00},S{s:0000},{visitors},{visitors / 10},{visitors * 1.25m:0.00}\n");
            }
        }

        return csv.ToString();
    }

    /// <summary>Every SKU day as text, in key order, for comparing the whole table before and after.</summary>
    private static async Task<string> SnapshotAsync(TestDatabase db)
    {
        await using var context = db.CreateContext();
        var rows = await context.SkuDays.AsNoTracking()
            .Join(context.Skus, d => d.SkuId, s => s.Id, (d, s) => new { s.Code, d.Date, d.Visitors, d.PayingBuyers, d.PaymentAmountMinor, d.StockOnHand, d.Presale })
            .ToListAsync();
        return string.Join('\n', rows
            .OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Date)
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Code} {r.Date:yyyy-MM-dd} {r.Visitors} {r.PayingBuyers} {r.PaymentAmountMinor} {r.StockOnHand} {r.Presale}")));
    }

    /// <summary>Staging tables left anywhere: PostgreSQL's catalogue sees every session's temporary tables; SQLite's pooled connection its own.</summary>
    private static async Task<int> StagingTablesAsync(TestDatabase db)
    {
        await using var context = db.CreateContext();
        var sql = db.Provider == DatabaseProvider.Postgres
            ? "SELECT COUNT(*)::int AS \"Value\" FROM pg_class WHERE relname = 'import_stage'"
            : "SELECT COUNT(*) AS \"Value\" FROM sqlite_temp_master WHERE name = 'import_stage'";
        return await context.Database.SqlQueryRaw<int>(sql).SingleAsync();
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
