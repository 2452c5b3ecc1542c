using System.Globalization;
using System.Text;
using OpsDashboard.Core.Targets;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Planning;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Database;

/// <summary>Targets shaped by last year's sales read from the database, on both providers.</summary>
public sealed class TargetServiceTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task LastYearShapedNovember_KeepsTheSinglesDaySpike_AndAddsUp(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        var csv = new StringBuilder("date,visitors,paying_buyers,payment_amount\n");
        for (var day = 1; day <= 30; day++)
        {
            var sales = day == 11 ? 10_000 : 1_000;
            csv.Append(CultureInfo.InvariantCulture, $"2025-11-{day:00},100,10,{sales}\n");
        }

        Assert.True((await db.Imports.ImportAsync(store, ImportKind.StoreDaily, Encoding.UTF8.GetBytes(csv.ToString()), null)).Succeeded);
        var targets = db.Targets;
        await targets.SetAsync(store, new TargetPeriod(TargetPeriodKind.Month, new DateOnly(2026, 11, 1), 78_000m, TargetShape.LastYear));

        var plan = await targets.MonthAsync(store, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 11));

        Assert.NotNull(plan);
        Assert.Equal(78_000m, plan.Target.Daily.Values.Sum());
        // 29 ordinary days weigh 1,000 each and 11-11 weighs 10,000: 39,000 in all, so 2 per unit of weight.
        Assert.Equal(20_000m, plan.Target.For(new DateOnly(2026, 11, 11)));
        Assert.Equal(2_000m, plan.Target.For(new DateOnly(2026, 11, 12)));
        Assert.Equal(40_000m, plan.Progress!.MonthToDateTarget);
        Assert.Equal(0m, plan.Progress.MonthToDateActual);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task YearTarget_GivesFebruaryItsShareOfDays(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        var targets = db.Targets;
        await targets.SetAsync(store, new TargetPeriod(TargetPeriodKind.Year, new DateOnly(2026, 6, 15), 365_000m, TargetShape.LastYear));

        var february = await targets.MonthAsync(store, new DateOnly(2026, 2, 1), null);

        Assert.Equal(TargetPeriodKind.Year, february!.SetFor);
        Assert.Equal(28_000m, february.Target.Amount);
        Assert.All(february.Target.Daily.Values, v => Assert.Equal(1_000m, v));
        Assert.Null(february.Progress);
        Assert.Null(await targets.MonthAsync(store, new DateOnly(2027, 1, 1), null));
    }
}
