using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Reports;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Queries;

/// <summary>
/// A screen's SKU stock is each SKU's own latest day with stock in the range. The stock read once joined the latest
/// days back to sku_days on the date alone (EF Core dropped the store and SKU of a record group key), which paired
/// every SKU's row with every SKU's latest date: quadratic in the SKUs, and a SKU with rows after its last stock day
/// (a later file without its stock cell) was shown another SKU's later date, on which its own stock is unknown.
/// </summary>
public sealed class SkuStockJoinTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Each_sku_gets_its_own_latest_stock_from_a_join_on_the_whole_key(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var storeId = await db.CreateStoreAsync("stock");
        var csv = new StringBuilder("date,sku_code,visitors,paying_buyers,payment_amount,stock_on_hand\n");
        var first = new DateOnly(2026, 11, 1);
        for (var day = 0; day < 5; day++)
        {
            var date = first.AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture, $"{date},A,10,1,5.00,{100 + day}\n");
            // B reports stock on the first three days only; its last two rows leave the cell empty (unknown).
            csv.Append(CultureInfo.InvariantCulture, $"{date},B,10,1,5.00,{(day < 3 ? (200 + day).ToString(CultureInfo.InvariantCulture) : string.Empty)}\n");
            // C never reports stock.
            csv.Append(CultureInfo.InvariantCulture, $"{date},C,10,1,5.00,\n");
        }

        Assert.True((await db.Imports.ImportAsync(storeId, ImportKind.SkuDaily, Encoding.UTF8.GetBytes(csv.ToString()), null)).Succeeded);
        var counter = new CommandCounter();
        await using var services = new ServiceCollection()
            .AddOpsDashboardDatabase(new OpsDbContextFactory(db.Provider, db.ConnectionString, counter), db.Options)
            .AddOpsDashboardData()
            .BuildServiceProvider();
        var store = (await db.Stores.FindAsync("stock"))!;
        var range = new DateRange(first, first.AddDays(4));

        var skus = (await services.GetRequiredService<StoreScopeReader>().Open(store, [range]).SkusAsync(range)).ToDictionary(s => s.Sku);

        Assert.Equal(104L, skus["A"].StockOnHand);
        Assert.Equal(202L, skus["B"].StockOnHand);
        Assert.Null(skus["C"].StockOnHand);
        var stockRead = Assert.Single(counter.Commands, c => c.Contains("MAX(", StringComparison.OrdinalIgnoreCase) && c.Contains("JOIN", StringComparison.OrdinalIgnoreCase) && c.Contains("stock_on_hand", StringComparison.Ordinal));
        var on = stockRead[stockRead.LastIndexOf(" ON ", StringComparison.OrdinalIgnoreCase)..];
        Assert.Contains("store_id", on, StringComparison.Ordinal);
        Assert.Contains("sku_id", on, StringComparison.Ordinal);

        // The single-store read agrees.
        var plain = (await db.Queries.SkuTotalsAsync(storeId, range)).ToDictionary(s => s.Sku);
        Assert.Equal([104L, 202L, null], new[] { plain["A"].StockOnHand, plain["B"].StockOnHand, plain["C"].StockOnHand });
    }
}
