using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Promotion;
using OpsDashboard.Data.Demo;
using OpsDashboard.Data.Import.Promotion;
using OpsDashboard.Data.Reports.Promotion;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Promotion;

/// <summary>The demo stores get 万相台 reports and search keywords that fill the promotion screen, verdicts included.</summary>
public sealed class DemoAdsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DemoAds_FillThePromotionScreen_WithEveryVerdict(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var profile = DemoStores.All[0];
        await db.CreateStoreAsync(profile.Code);
        var store = (await db.Stores.FindAsync(profile.Code))!;
        var last = new DateOnly(2026, 11, 30);
        var days = DemoDataGenerator.Generate(profile, last.AddDays(-89), last, DemoDataGenerator.SeedFor(profile, last)).Select(d => d.Store).ToList();

        var (ads, keywords) = DemoAds.Build(profile, days);
        var imports = db.Services.GetRequiredService<PromotionImportService>();
        Assert.True((await imports.WriteAdsAsync(store.Id, ads, "demo-ads")).Succeeded);
        Assert.True((await imports.WriteSearchKeywordsAsync(store.Id, keywords, "demo-keywords")).Succeeded);

        var reports = db.Services.GetRequiredService<PromotionReports>();
        var range = new DateRange(last.AddDays(-59), last);
        var plans = (await reports.AdsAsync(store, range, AdLevel.Plan)).Rows;
        Assert.Equal(6, plans.Count);
        Assert.All(plans, p => Assert.Equal([AdLevel.Plan], p.Levels));
        Assert.Contains(plans, p => p.Action == AdAction.PauseOrMoveBudget);
        Assert.Contains(plans, p => p.ImmatureDays == 15);
        Assert.Contains((await reports.AdsAsync(store, range, AdLevel.Keyword)).Rows, k => k.Action == AdAction.CutOrLowerBid);
        Assert.Contains(await reports.SearchKeywordsAsync(store.Id, range), k => k.PayingBuyers > 0);
    }
}
