using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Demo;
using OpsDashboard.Data.Reports.Service;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Service;

/// <summary>A fresh demo fills /service and /competitors: agents (one under the line), refunds with rates, rivals beside the store, a rising loss.</summary>
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

        foreach (var store in await database.Stores.ListAsync())
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
    }
}
