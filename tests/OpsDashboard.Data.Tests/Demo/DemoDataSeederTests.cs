using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Targets;
using OpsDashboard.Data;
using OpsDashboard.Data.Demo;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Demo;

/// <summary>The demo a fresh <c>dotnet run</c> shows: both stores, their facts, targets and notes, seeded once.</summary>
public sealed class DemoDataSeederTests
{
    private static readonly DateOnly LastDay = new(2026, 11, 22);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AnEmptyDatabase_GetsBothStores_WithLastYearShapedTargets_AndDatedNotes_AndIsSeededOnlyOnce(DatabaseProvider provider)
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

        Assert.False(await seeder.SeedIfEmptyAsync(LastDay, CancellationToken.None));
        Assert.Equal(3, (await database.Targets.ListAsync(stores[0].Id)).Count);
    }
}
