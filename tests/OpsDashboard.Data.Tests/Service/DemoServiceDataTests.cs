using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Demo;
using OpsDashboard.Data.Reports.Service;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Service;

/// <summary>
/// A fresh demo fills /service and /competitors for its Tmall and JD stores: agents (one under the line), refunds with
/// rates, rivals beside the store, a rising loss; the Shopify store, whose platform exports none of that, has none.
/// </summary>
public sealed class DemoServiceDataTests
{
    private static readonly DateOnly LastDay = new(2026, 11, 22);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task TheDemo_HasAgentsRefundsRivalsAndLosses_ConsistentWithItsStoreDays(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.True(await database.Services.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync(LastDay, CancellationToken.None));
        var reports = new ServiceReports(database.Factory, new FixedClock(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero)));
        var week = new DateRange(LastDay.AddDays(-6), LastDay);

        var stores = await database.Stores.ListAsync();
        foreach (var store in stores.Where(s => s.Platform != "shopify"))
        {
            var service = await reports.ServiceAsync(store, week);
            Assert.Equal(4, service.Agents.Count);
            Assert.Contains(service.Agents, a => a.Status == CheckStatus.Fail);
            Assert.Contains(service.Agents, a => a.Status == CheckStatus.Pass);
            var storeTotals = await database.Queries.StoreTotalsAsync(store.Id, week);
            Assert.Equal(storeTotals.Inquirers, service.Total.Totals.Inquirers);
            Assert.True(service.Total.ImmatureDays > 0);

            var refunds = await reports.RefundsAsync(store.Id, week, RefundGrouping.Sku);
            Assert.NotEmpty(refunds);
            Assert.All(refunds, r => Assert.NotNull(r.RefundRate));

            var rivals = await reports.CompetitorsAsync(store.Id, week);
            Assert.Single(rivals, r => r.IsSelf);
            Assert.All(rivals.Where(r => !r.IsSelf), r => Assert.NotNull(r.TradeIndexVsSelf));

            var losses = await reports.LostCustomersAsync(store.Id, week);
            Assert.Equal(3, losses.Count);
            Assert.True(losses.Single(l => l.Rival == "潮流女装旗舰店").Rising);
        }

        // The Shopify demo store has no 千牛/赤兔 or 生意参谋 competitor exports: nothing, not zeros.
        var shopify = stores.Single(s => s.Platform == "shopify");
        Assert.Empty((await reports.ServiceAsync(shopify, week)).Agents);
        Assert.Null((await database.Queries.StoreTotalsAsync(shopify.Id, week)).Inquirers);
        Assert.Empty(await reports.RefundsAsync(shopify.Id, week, RefundGrouping.Sku));
        Assert.Empty(await reports.CompetitorsAsync(shopify.Id, week));
    }
}
