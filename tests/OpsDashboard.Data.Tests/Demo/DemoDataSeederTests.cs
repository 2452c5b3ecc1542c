using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Targets;
using OpsDashboard.Data;
using OpsDashboard.Data.Demo;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Demo;

/// <summary>The demo a fresh <c>dotnet run</c> shows: the three stores (Tmall, JD, Shopify in USD), their facts, targets and notes, seeded once.</summary>
public sealed class DemoDataSeederTests
{
    private static readonly DateOnly LastDay = new(2026, 11, 22);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AnEmptyDatabase_GetsEveryDemoStore_JdAndShopifyThroughTheirOwnExports_WithLastYearShapedTargets_AndDatedNotes_AndIsSeededOnlyOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seeder = database.Services.GetRequiredService<DemoDataSeeder>();

        Assert.True(await seeder.SeedIfEmptyAsync(LastDay, CancellationToken.None));

        var stores = await database.Stores.ListAsync();
        Assert.Equal(DemoStores.All.Select(p => p.Code).Order(), stores.Select(s => s.Code).Order());
        foreach (var store in stores)
        {
            // November, October and September, each 115% of the same month last year rounded to thousands.
            var targets = await database.Targets.ListAsync(store.Id);
            Assert.Equal([new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 1)], targets.Select(t => t.Start).Order());
            Assert.All(targets, t => Assert.Equal((TargetPeriodKind.Month, TargetShape.LastYear), (t.Kind, t.Shape)));
            var november = targets.Single(t => t.Start.Month == 11);
            var lastNovember = await database.Queries.StoreTotalsAsync(store.Id, new DateRange(new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 30)));
            Assert.True(lastNovember.PaymentAmount > 0m);
            Assert.Equal(decimal.Round(lastNovember.PaymentAmount * 1.15m / 1000m) * 1000m, november.Amount);

            // Yesterday is judged against its share of the month: the target panel has something to say.
            var plan = await database.Targets.MonthAsync(store.Id, LastDay, LastDay);
            Assert.NotNull(plan?.Progress);
            Assert.True(plan.Progress.DayTarget > 0m);

            var notes = await database.Annotations.ListAsync(store.Id, new DateRange(LastDay.AddDays(-29), LastDay));
            Assert.Contains(notes, n => n.Date == new DateOnly(2026, 11, 11));
            Assert.Contains(notes, n => n.Date == LastDay.AddDays(-6) && n.Text.Contains("main image changed", StringComparison.Ordinal));
        }

        // A mixed portfolio: the JD store came in through 京东商智 files (bounce from their 跳失率), the Shopify
        // store in US dollars through its sales and sessions reports, counting sessions, with no bounce and no peer rate.
        var lastMonth = new DateRange(LastDay.AddDays(-29), LastDay);
        var jd = stores.Single(s => s.Code == "jd-home");
        var shopify = stores.Single(s => s.Code == "shopify-outdoor");
        Assert.Equal(("shopify", "USD", true), (shopify.Platform, shopify.Currency, shopify.VisitorsAreSessions));
        Assert.Equal(("jd", "CNY", false), (jd.Platform, jd.Currency, jd.VisitorsAreSessions));
        await using (var db = database.CreateContext())
        {
            var files = db.ImportBatches.Where(b => b.StoreId == jd.Id || b.StoreId == shopify.Id).Select(b => b.FileName!).ToList();
            Assert.Contains(files, f => f.StartsWith("demo-jd-home-store-jd-funnel-", StringComparison.Ordinal));
            Assert.Contains(files, f => f.StartsWith("demo-jd-home-sku-jd-detail-", StringComparison.Ordinal));
            Assert.Contains(files, f => f.StartsWith("demo-shopify-outdoor-store-shopify-sessions-", StringComparison.Ordinal));
        }

        var jdTotals = await database.Queries.StoreTotalsAsync(jd.Id, lastMonth);
        Assert.True(OpsDashboard.Core.Metrics.Catalogue.BounceRate.Of(jdTotals) > 0.70m, "jd-home keeps its failing bounce");
        var shopifyTotals = await database.Queries.StoreTotalsAsync(shopify.Id, lastMonth);
        Assert.True(shopifyTotals.Visitors > 0 && shopifyTotals.PaymentAmount > 0m);
        Assert.Null(OpsDashboard.Core.Metrics.Catalogue.BounceRate.Of(shopifyTotals));
        Assert.Null(OpsDashboard.Core.Metrics.Catalogue.PeerConversionRate.Of(shopifyTotals));
        Assert.NotNull(OpsDashboard.Core.Metrics.Catalogue.VisitDepth.Of(shopifyTotals));

        Assert.False(await seeder.SeedIfEmptyAsync(LastDay, CancellationToken.None));
        Assert.Equal(3, (await database.Targets.ListAsync(stores[0].Id)).Count);
    }
}
