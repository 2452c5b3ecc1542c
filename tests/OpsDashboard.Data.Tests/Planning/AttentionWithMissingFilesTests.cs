using System.Globalization;
using System.Text;
using OpsDashboard.Core.Attention;
using OpsDashboard.Core.Targets;
using OpsDashboard.Data.Import;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Planning;

/// <summary>
/// A store with gaps: no source file for 11-08, 双11 on 11-11, and source B missing from 11-12's file.
/// Its sources are judged against their ordinary days only, and B is "not in that day's file", not −100%.
/// </summary>
public sealed class AttentionWithMissingFilesTests
{
    private static readonly DateOnly Day = new(2026, 11, 12);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ASourceAbsentFromTheDay_AndBaselinesWithPromotionsOrMissingFiles_RaiseNoSourceDrop(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var storeId = await db.CreateStoreAsync();
        var storeDaily = new StringBuilder("date,visitors,paying_buyers,payment_amount\n");
        var sourceDaily = new StringBuilder("date,source,visitors,paying_buyers,payment_amount\n");
        for (var date = new DateOnly(2026, 10, 8); date <= Day; date = date.AddDays(1))
        {
            var promotion = date == new DateOnly(2026, 11, 11);
            storeDaily.Append(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd},{(promotion ? 10_000 : 1000)},{(promotion ? 300 : 30)},{(promotion ? 30_000 : 3000)}\n");
            if (date == new DateOnly(2026, 11, 8))
            {
                continue; // no source file that day
            }

            var visitors = promotion ? 5000 : date == Day ? 450 : 500;
            sourceDaily.Append(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd},A,{visitors},15,1500\n");
            if (date != Day)
            {
                sourceDaily.Append(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd},B,{visitors},15,1500\n");
            }
        }

        Assert.True((await db.Imports.ImportAsync(storeId, ImportKind.StoreDaily, Encoding.UTF8.GetBytes(storeDaily.ToString()), null)).Succeeded);
        Assert.True((await db.Imports.ImportAsync(storeId, ImportKind.SourceDaily, Encoding.UTF8.GetBytes(sourceDaily.ToString()), null)).Succeeded);
        var store = (await db.Stores.ListAsync()).Single(s => s.Id == storeId);

        var facts = await db.Attention.FactsAsync(store, Day);

        var a = facts.Sources.Single(s => s.LastSevenDays.Source == "A");
        var b = facts.Sources.Single(s => s.LastSevenDays.Source == "B");
        Assert.Equal(500m, a.PreviousSevenDayAverageVisitors); // 11-05..11-10 without 11-08 (no file) and 11-11 (双11)
        Assert.Null(b.Day);
        Assert.DoesNotContain(AttentionEngine.Evaluate(facts), i => i.Rule == AttentionRules.SourceDrop);
        Assert.Equal(4, facts.WeekdayRunRate!.Days.Count);
        Assert.Equal(3000m, facts.WeekdayRunRate.SalesPerDay);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ALastYearShapedTarget_ForAStoreWithNoLastYear_SaysItFellBackToEvenDays(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var storeId = await db.CreateStoreAsync();
        await db.Targets.SetAsync(storeId, new TargetPeriod(TargetPeriodKind.Month, new DateOnly(2026, 11, 1), 30_000m, TargetShape.LastYear));

        var plan = await db.Targets.MonthAsync(storeId, Day, Day);

        Assert.True(plan!.Target.FellBackToEven);
        Assert.True(plan.Progress!.FellBackToEven);
        Assert.All(plan.Target.Daily.Values, v => Assert.Equal(1000m, v));
    }
}
