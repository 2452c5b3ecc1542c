using System.Globalization;
using System.Text;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Planning;
using OpsDashboard.Data.Reports;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Reports;

/// <summary>Bugs that followed from each screen reading its own copy of a store's scope (issue 9).</summary>
public sealed class ScopeReaderBugTests
{
    /// <summary>
    /// Two stores with the same (empty) attention list and page health: "a-dip" sold 1000 a day and now 900
    /// (−10%); "z-zero" sold 1000 a day and now nothing (−100%, its cell says so). The larger fall ranks first.
    /// </summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Portfolio_RanksAStoreWhoseSalesFellToZero_AsA100PercentFall_NotAsNoChange(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await ImportDaysAsync(db, await db.CreateStoreAsync("a-dip"), before: 1000, now: 900, nowPaying: 9);
        await ImportDaysAsync(db, await db.CreateStoreAsync("z-zero"), before: 1000, now: 0, nowPaying: 0);
        var range = new DateRange(new(2026, 11, 3), new(2026, 11, 4));

        var ranked = await new PortfolioService(db.Stores, db.Scopes).RankAsync(range);

        Assert.All(ranked, e => Assert.Equal((0, 0, 0), (e.HighItems, e.PageHealthFails, e.Attention.Count)));
        Assert.Equal(["z-zero", "a-dip"], ranked.Select(e => e.Store.Code));
    }

    /// <summary>
    /// A store whose weeks start on Sunday: on Wednesday 2026-11-11 its last complete week is Sunday 11-01 to
    /// Saturday 11-07 (a Monday-start store's would be 11-02 to 11-08), and the page-health item opens that week.
    /// </summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Attention_JudgesLastWeekInTheStoresOwnWeekStart(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var storeId = await db.CreateStoreAsync("sunday");
        await db.Stores.SaveThresholdsAsync("sunday", StoreThresholds.Defaults with { WeekStartsOn = DayOfWeek.Sunday });
        var csv = new StringBuilder("date,visitors,page_views,bounced_visitors,paying_buyers,payment_amount\n");
        for (var date = new DateOnly(2026, 10, 25); date <= new DateOnly(2026, 11, 11); date = date.AddDays(1))
        {
            // Saturday 11-07 is the only day with pages that fail both bounce (90%) and depth (1.1): only the Sunday week sees it at its worst.
            var bad = date == new DateOnly(2026, 11, 7);
            csv.Append(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd},1000,{(bad ? 1100 : 4000)},{(bad ? 900 : 300)},30,3000\n");
        }

        Assert.True((await db.Imports.ImportAsync(storeId, ImportKind.StoreDaily, Encoding.UTF8.GetBytes(csv.ToString()), null)).Succeeded);
        var store = (await db.Stores.FindAsync("sunday"))!;

        var facts = await db.Attention.FactsAsync(store, new DateOnly(2026, 11, 11));

        Assert.Equal(new DateRange(new(2026, 11, 1), new(2026, 11, 7)), facts.LastWeek);
        var week = await db.Reports.PageHealthAsync(store, new DateRange(new(2026, 11, 1), new(2026, 11, 7)));
        Assert.Equal(week.Checks.Select(c => (c.Metric, c.Status)), facts.LastWeekPageHealth!.Checks.Select(c => (c.Metric, c.Status)));
    }

    private static async Task ImportDaysAsync(TestDatabase db, int storeId, int before, int now, int nowPaying)
    {
        var csv = new StringBuilder("date,visitors,page_views,bounced_visitors,paying_buyers,payment_amount\n");
        foreach (var (date, sales, paying) in new[] { ("2026-11-01", before, 10), ("2026-11-02", before, 10), ("2026-11-03", now, nowPaying), ("2026-11-04", now, nowPaying) })
        {
            csv.Append(CultureInfo.InvariantCulture, $"{date},1000,4000,300,{paying},{sales}\n");
        }

        Assert.True((await db.Imports.ImportAsync(storeId, ImportKind.StoreDaily, Encoding.UTF8.GetBytes(csv.ToString()), null)).Succeeded);
    }
}
