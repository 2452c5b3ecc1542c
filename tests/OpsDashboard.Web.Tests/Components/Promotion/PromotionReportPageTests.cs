using System.Text;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Promotion;
using OpsDashboard.Web.Components.Pages.Promotion;

namespace OpsDashboard.Web.Tests.Components.Promotion;

/// <summary>
/// The weekly/monthly promotion report over a real SQLite database, hand-computed. Week 11-09..11-15 against 11-02..11-08:
/// 核心词 spends ¥400/day both weeks, deals ¥1,600/day this week and ¥1,200/day before; 测款 ¥100/day with ¥150/day.
/// Keywords (this week): 爆款词 ¥300/day → ¥1,500/day, 测款词 ¥20/day without a deal.
/// </summary>
public sealed class PromotionReportPageTests : ComponentTestContext
{
    [Fact]
    public async Task TheWeeklyReport_ShowsScenesPlansAndKeywords_BesideTheWeekBefore()
    {
        await SeedAsync();

        var page = Open<PromotionReportPage>("/promotion/report?store=shop&period=week&at=2026-11-12");
        page.WaitForElement("[data-testid='report-plans'] [data-row='核心词']", Patience);

        var title = page.Find("[data-testid='report-title']");
        Assert.Equal(("week", "2026-11-09", "2026-11-15"), (title.GetAttribute("data-period"), title.GetAttribute("data-from"), title.GetAttribute("data-to")));

        // The scene: ¥3,500 spend both weeks; deals 7 × (1,600 + 150) = ¥12,250 against 7 × (1,200 + 150) = ¥9,450.
        var scene = page.Find("[data-testid='report-scenes'] [data-row='关键词推广']");
        Assert.Equal(3500m, Value(scene.QuerySelector("[data-kpi='cost']")!));
        Assert.Equal(0m, Value(scene.QuerySelector("[data-kpi='costChange']")!));
        Assert.Equal(12250m, Value(scene.QuerySelector("[data-kpi='amount']")!));
        Assert.Equal(3.5m, Value(scene.QuerySelector("[data-kpi='roi']")!));
        Assert.Equal(2.7m, Value(scene.QuerySelector("[data-kpi='previousRoi']")!));

        var core = page.Find("[data-testid='report-plans'] [data-row='核心词']");
        Assert.Equal(4m, Value(core.QuerySelector("[data-kpi='roi']")!));
        Assert.Equal(1m / 3m, Value(core.QuerySelector("[data-kpi='amountChange']")!)!.Value, 6);
        Assert.Equal(1.5m, Value(page.Find("[data-testid='report-plans'] [data-row='测款'] [data-kpi='roi']")!));

        Assert.Equal(["爆款词"], page.FindAll("[data-testid='report-top-keywords'] [data-keyword]").Select(k => k.GetAttribute("data-keyword")));
        var bottom = page.Find("[data-testid='report-bottom-keywords'] [data-keyword='测款词']");
        Assert.Equal((140m, 0m), (Value(bottom.QuerySelector("[data-kpi='cost']")!), Value(bottom.QuerySelector("[data-kpi='roi']")!)));
    }

    [Theory]
    [InlineData("week", null, "2026-11-09", "2026-11-15")]
    [InlineData("month", null, "2026-10-01", "2026-10-31")]
    [InlineData("month", "2026-11-12", "2026-11-01", "2026-11-30")]
    [InlineData("week", "2026-11-18", "2026-11-16", "2026-11-22")]
    public void ThePeriod_IsTheOneHoldingAt_OrTheLastCompleteOne(string period, string? at, string from, string to)
    {
        // Yesterday 2026-11-17 (a Tuesday): the last complete week is 11-09..11-15 and the last complete month October.
        var range = PromotionReportPage.RangeOf(period, at is null ? null : DateOnly.Parse(at, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 11, 17), DayOfWeek.Monday);
        Assert.Equal(new DateRange(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), range);
    }

    private async Task SeedAsync()
    {
        await CreateStoreAsync("shop");
        await Stores.SaveThresholdsAsync("shop", StoreThresholds.Defaults with { AdsAttributionWindowDays = 1 });
        var store = (await Stores.FindAsync("shop"))!;
        var plans = new StringBuilder("日期,场景名字,计划名字,展现量,点击量,花费,总成交金额,总成交笔数\n");
        var keywords = new StringBuilder("日期,词类型,词名字/词包名字,计划名字,场景名字,花费,总成交金额,展现量,点击量,总成交笔数\n");
        for (var day = new DateOnly(2026, 11, 2); day <= new DateOnly(2026, 11, 15); day = day.AddDays(1))
        {
            var d = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var thisWeek = day >= new DateOnly(2026, 11, 9);
            plans.Append(System.Globalization.CultureInfo.InvariantCulture, $"{d},关键词推广,核心词,10000,400,400,{(thisWeek ? 1600 : 1200)},8\n");
            plans.Append(System.Globalization.CultureInfo.InvariantCulture, $"{d},关键词推广,测款,5000,50,100,150,1\n");
            if (thisWeek)
            {
                keywords.Append(System.Globalization.CultureInfo.InvariantCulture, $"{d},关键词,爆款词,核心词,关键词推广,300,1500,8000,300,7\n");
                keywords.Append(System.Globalization.CultureInfo.InvariantCulture, $"{d},关键词,测款词,测款,关键词推广,20,0,1000,10,0\n");
            }
        }

        var imports = Services.GetRequiredService<PromotionImportService>();
        foreach (var file in new[] { plans, keywords })
        {
            var result = await imports.ImportAsync(store, ImportKind.Ads, Encoding.UTF8.GetBytes(file.ToString()), new ImportFileContext());
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        }
    }
}
