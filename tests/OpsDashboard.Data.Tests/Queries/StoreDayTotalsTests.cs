using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Reports;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Queries;

/// <summary>
/// The meeting wall's rotation total reads each store's own yesterday (time zones differ) in one query, whatever the
/// number of stores, and each store's figures equal its single-store totals of that day, on both providers.
/// </summary>
public sealed class StoreDayTotalsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Each_store_gets_its_own_day_from_one_query(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var shanghai = await db.CreateStoreAsync("shanghai");
        var newYork = await db.CreateStoreAsync("new-york", "USD");
        var quiet = await db.CreateStoreAsync("quiet");
        const string Days = "date,visitors,paying_buyers,payment_amount\n2026-11-16,1000,30,6000.00\n2026-11-17,2000,60,12000.50\n";
        await ImportAsync(db, shanghai, Days);
        await ImportAsync(db, newYork, Days);
        var dayOf = new Dictionary<int, DateOnly> { [shanghai] = new(2026, 11, 17), [newYork] = new(2026, 11, 16), [quiet] = new(2026, 11, 17) };

        var counter = new CommandCounter();
        await using var services = new ServiceCollection()
            .AddOpsDashboardDatabase(new OpsDbContextFactory(db.Provider, db.ConnectionString, counter), db.Options)
            .AddOpsDashboardData()
            .BuildServiceProvider();
        var totals = await services.GetRequiredService<KpiQueries>().StoreDayTotalsAsync(dayOf);

        Assert.Single(counter.Commands);
        Assert.Equal((12000.50m, 2000L), (totals[shanghai].PaymentAmount, totals[shanghai].Visitors));
        Assert.Equal((6000.00m, 1000L), (totals[newYork].PaymentAmount, totals[newYork].Visitors));
        Assert.Same(StoreTotals.Empty, totals[quiet]);
        foreach (var (store, day) in dayOf)
        {
            var single = await db.Queries.StoreTotalsAsync(store, new DateRange(day, day));
            Assert.Equal(single.PaymentAmount, totals[store].PaymentAmount);
            Assert.Equal(Catalogue.ConversionRate.Of(single), Catalogue.ConversionRate.Of(totals[store]));
        }
    }

    private static async Task ImportAsync(TestDatabase db, int store, string csv) =>
        Assert.True((await db.Imports.ImportAsync(store, ImportKind.StoreDaily, Encoding.UTF8.GetBytes(csv), null)).Succeeded);
}
