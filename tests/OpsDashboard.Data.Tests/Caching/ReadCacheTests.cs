using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Reports;
using OpsDashboard.Data.Stores;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Caching;

/// <summary>
/// Issue 10's read cache on real SQLite and real PostgreSQL: a store's figures are kept under its data version, so
/// a repeated read asks the database only for the version, and after any import (a re-import, a file that carries one
/// column of one day, a store deleted and made again) every cached figure equals the raw facts summed afresh.
/// </summary>
public sealed class ReadCacheTests
{
    private static readonly DateRange Range = new(new(2026, 11, 1), new(2026, 11, 3));

    private const string SkuDaily =
        "date,sku_code,sku_name,visitors,page_views,bounced_visitors,paying_buyers,payment_amount,stock_on_hand\n" +
        "2026-11-01,A1,Teapot,100,250,40,5,500.00,30\n" +
        "2026-11-02,A1,Teapot,120,300,50,6,600.00,28\n" +
        "2026-11-03,A1,Teapot,90,200,45,3,300.00,25\n" +
        "2026-11-01,B2,Cup,50,80,30,1,40.00,\n" +
        "2026-11-02,B2,Cup,60,90,20,2,80.00,\n";

    private const string StoreDaily =
        "date,visitors,page_views,bounced_visitors,paying_buyers,payment_amount\n" +
        "2026-11-01,1000,3000,600,40,4000.00\n" +
        "2026-11-02,1100,3300,500,44,4400.00\n" +
        "2026-11-03,900,2500,450,30,3000.00\n";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_repeated_read_asks_only_for_the_version_and_every_import_is_seen_exactly(DatabaseProvider provider)
    {
        var counter = new CommandCounter();
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var services = Instance(db, counter);
        var storeId = await db.CreateStoreAsync("cached");
        await ImportAsync(db, storeId, ImportKind.SkuDaily, SkuDaily);
        await ImportAsync(db, storeId, ImportKind.StoreDaily, StoreDaily);
        var store = (await db.Stores.FindAsync("cached"))!;

        var first = await ReadAsync(services, store);
        await AssertEqualsRawAsync(db, store, first);

        counter.Reset();
        var again = await ReadAsync(services, store);
        Assert.Single(counter.Commands); // the store's data version, nothing else
        Assert.Equal(Print(first), Print(again));

        // A re-import of one day with other values.
        await ImportAsync(db, storeId, ImportKind.SkuDaily, "date,sku_code,visitors,paying_buyers,payment_amount\n2026-11-02,A1,200,10,999.99\n");
        var reimported = await ReadAsync(services, store);
        await AssertEqualsRawAsync(db, store, reimported);
        Assert.NotEqual(Print(first), Print(reimported));

        // A file that carries one column of one day (stock only) and a SKU seen for the first time.
        await ImportAsync(db, storeId, ImportKind.SkuDaily, "date,sku_code,stock_on_hand\n2026-11-03,A1,7\n2026-11-03,C3,12\n");
        var partial = await ReadAsync(services, store);
        await AssertEqualsRawAsync(db, store, partial);
        Assert.Contains(partial.Skus, s => s.Sku == "C3" && s.StockOnHand == 12 && s.Visitors == 0);

        // The store's own day totals re-imported for one day.
        await ImportAsync(db, storeId, ImportKind.StoreDaily, "date,visitors,paying_buyers,payment_amount\n2026-11-03,5000,100,10000.00\n");
        await AssertEqualsRawAsync(db, store, await ReadAsync(services, store));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_store_deleted_and_made_again_under_its_code_never_shows_the_old_figures(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var services = Instance(db, new CommandCounter());
        var oldId = await db.CreateStoreAsync("again");
        await ImportAsync(db, oldId, ImportKind.SkuDaily, SkuDaily);
        await ImportAsync(db, oldId, ImportKind.StoreDaily, StoreDaily);
        var old = await ReadAsync(services, (await db.Stores.FindAsync("again"))!);
        Assert.NotEmpty(old.Skus);

        Assert.True(await db.Stores.DeleteAsync("again"));
        var newId = await db.CreateStoreAsync("again");
        await ImportAsync(db, newId, ImportKind.SkuDaily, "date,sku_code,visitors,paying_buyers,payment_amount\n2026-11-02,Z9,7,1,10.00\n");
        var store = (await db.Stores.FindAsync("again"))!;

        var fresh = await ReadAsync(services, store);
        await AssertEqualsRawAsync(db, store, fresh);
        Assert.Equal(["Z9"], fresh.Skus.Select(s => s.Sku));
        Assert.Equal(StoreTotals.Empty, fresh.Totals);
    }

    /// <summary>
    /// Two app instances on one database, each with its own read cache: instance B has the store's figures cached,
    /// an import goes through instance A, and B's next read shows it (the version B reads is the one A's import bumped).
    /// </summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task An_import_through_instance_A_is_seen_by_the_next_read_of_instance_B(DatabaseProvider provider)
    {
        var counterB = new CommandCounter();
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var instanceA = Instance(db, new CommandCounter());
        await using var instanceB = Instance(db, counterB);
        var storeId = await db.CreateStoreAsync("shared");
        await ImportAsync(db, storeId, ImportKind.SkuDaily, SkuDaily);
        var store = (await db.Stores.FindAsync("shared"))!;
        var before = await ReadAsync(instanceB, store);
        counterB.Reset();
        Assert.Equal(Print(before), Print(await ReadAsync(instanceB, store)));
        Assert.Single(counterB.Commands); // B answers from its cache

        var result = await instanceA.GetRequiredService<ImportService>().ImportAsync(
            storeId, ImportKind.SkuDaily, Encoding.UTF8.GetBytes("date,sku_code,visitors,paying_buyers,payment_amount\n2026-11-01,A1,1000,50,5000.00\n"), null);
        Assert.True(result.Succeeded);

        var after = await ReadAsync(instanceB, store);
        Assert.Equal(310, before.Skus.Single(s => s.Sku == "A1").Visitors);
        Assert.Equal(1000 + 120 + 90, after.Skus.Single(s => s.Sku == "A1").Visitors);
        await AssertEqualsRawAsync(db, store, after);
    }

    /// <summary>An app instance of its own on the test database: its own singletons, so its own read cache.</summary>
    private static ServiceProvider Instance(TestDatabase db, CommandCounter counter) =>
        new ServiceCollection()
            .AddOpsDashboardDatabase(new OpsDbContextFactory(db.Provider, db.ConnectionString, counter), db.Options)
            .AddOpsDashboardData()
            .BuildServiceProvider();

    private static async Task<Read> ReadAsync(IServiceProvider services, StoreInfo store)
    {
        var scope = services.GetRequiredService<StoreScopeReader>().Open(store, [Range]);
        return new Read(await scope.TotalsAsync(Range), await scope.SkusAsync(Range), await scope.SkuDailyAsync(Range), await scope.DailyAsync(Range));
    }

    /// <summary>The cached figures equal the facts summed by the plain queries (no cache, no segments).</summary>
    private static async Task AssertEqualsRawAsync(TestDatabase db, StoreInfo store, Read read)
    {
        Assert.Equal(await db.Queries.StoreTotalsAsync(store.Id, Range), read.Totals);
        Assert.Equal(await db.Queries.SkuTotalsAsync(store.Id, Range), read.Skus);
        Assert.Equal(
            (await db.Queries.SkuDailySeriesAsync(store.Id, Range)).Select(d => (d.Sku, d.Date, d.Totals)),
            read.SkuDaily.Select(d => (d.Sku, d.Date, d.Totals)));
        Assert.Equal(
            (await db.Queries.StoreDailySeriesAsync(store.Id, Range)).Select(d => (d.Date, d.Totals)),
            read.Daily.Select(d => (d.Date, d.Totals)));
    }

    private static async Task ImportAsync(TestDatabase db, int storeId, ImportKind kind, string csv)
    {
        var result = await db.Imports.ImportAsync(storeId, kind, Encoding.UTF8.GetBytes(csv), null);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Row} {e.Column} {e.Message}")));
    }

    private static string Print(Read read) =>
        string.Join('\n', [read.Totals.ToString(), .. read.Skus.Select(s => s.ToString()), .. read.SkuDaily.Select(d => d.ToString()), .. read.Daily.Select(d => d.ToString())]);

    private sealed record Read(StoreTotals Totals, IReadOnlyList<SkuTotals> Skus, IReadOnlyList<DailySkuTotals> SkuDaily, IReadOnlyList<DailyStoreTotals> Daily);
}
