using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Promotion;
using OpsDashboard.Testing;
using PromotionPage = OpsDashboard.Web.Components.Pages.Promotion.PromotionPage;

namespace OpsDashboard.Web.Tests.Components.Promotion;

/// <summary>The promotion screen over generated 万相台 reports in a real SQLite database, with hand-computed figures.</summary>
public sealed class PromotionPageTests() : ComponentTestContext(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero))
{
    private const string November = "?store=shop&from=2026-11-01&to=2026-11-30";

    /// <summary>
    /// Window 7 days (store setting; the plan report says 7 too). By scene, 11-01 comes from the scene
    /// report (关键词推广 800 + 货品全站推广 1,200) and 11-02 from the product report (人群推广 500):
    /// spend 2,500, deals 1,600 + 3,000 + 400 = 5,000, ROI 2.0. Newest day 11-02: both days immature.
    /// </summary>
    [Fact]
    public async Task Summary_Trend_AndDrillDown_ShowTheReportsFigures()
    {
        await SeedAsync(window: 7, PromotionFiles.SceneReport, PromotionFiles.PlanReport, PromotionFiles.KeywordReport, PromotionFiles.ProductReport);

        var page = Open<PromotionPage>("/promotion" + November);
        page.WaitForElement("[data-testid='ads-summary']", Patience);

        var window = page.Find("[data-window='7']");
        Assert.Equal(2500m, Value(window.QuerySelector("[data-kpi='cost']")!));
        Assert.Equal(5000m, Value(window.QuerySelector("[data-kpi='amount']")!));
        Assert.Equal(2m, Value(window.QuerySelector("[data-kpi='roi']")!));
        Assert.Equal(["true", "true"], page.FindAll(".promo-trend tbody tr").Select(r => r.GetAttribute("data-immature")));
        Assert.Equal(2, page.FindAll(".promo-trend tr.immature").Count);

        var scenes = page.FindAll(".promo-table tbody tr");
        Assert.Equal(["货品全站推广", "关键词推广", "人群推广"], scenes.Select(r => r.GetAttribute("data-row")));
        Navigation.NavigateTo(page.Find("[data-drill='关键词推广']").GetAttribute("href")!);

        page.WaitForAssertion(() => Assert.Equal("plan", page.Find("[data-testid='ads-drilldown']").GetAttribute("data-by")), Patience);
        Assert.Contains("by=plan", Navigation.Uri, StringComparison.Ordinal);
        Assert.Contains("scene=", Navigation.Uri, StringComparison.Ordinal);
        var plans = page.FindAll(".promo-table tbody tr");
        Assert.Equal(["春季上新", "清仓"], plans.Select(r => r.GetAttribute("data-row")));
        Assert.Equal(0.5m, Value(plans[1].QuerySelector("[data-kpi='roi']")!));
        Assert.Equal(0.01m, Value(plans[1].QuerySelector("[data-kpi='ctr']")!));

        page.Find("[data-sort='roi']").Click();
        Assert.Equal(["春季上新", "清仓"], page.FindAll(".promo-table tbody tr").Select(r => r.GetAttribute("data-row")));
        page.Find("[data-sort='roi']").Click();
        Assert.Equal(["清仓", "春季上新"], page.FindAll(".promo-table tbody tr").Select(r => r.GetAttribute("data-row")));
    }

    /// <summary>Window 1 day: 11-03 is immature; the plan's mature ROI is 300 ÷ 200 = 1.5 &lt; 2 → pause or move budget.</summary>
    [Fact]
    public async Task APlanBelowTheRoiLine_OverMatureDays_SaysPauseOrMoveBudget()
    {
        var store = await CreateStoreAsync("shop");
        var csv = "日期,场景名字,计划名字,归因周期,展现量,点击量,花费,总成交金额,总成交笔数\n" +
                  "2026-11-01,关键词推广,A,1天,1000,50,100,100,1\n2026-11-02,关键词推广,A,1天,1000,50,100,200,2\n2026-11-03,关键词推广,A,1天,1000,50,100,3000,30\n";
        var info = (await Stores.FindAsync("shop"))!;
        Assert.True((await Services.GetRequiredService<PromotionImportService>().ImportAsync(info, ImportKind.Ads, System.Text.Encoding.UTF8.GetBytes(csv), new ImportFileContext())).Succeeded);
        Assert.True(store > 0);

        var page = Open<PromotionPage>("/promotion" + November + "&by=plan");
        page.WaitForElement("[data-row='A']", Patience);

        var row = page.Find("[data-row='A']");
        Assert.Equal("pauseOrMoveBudget", row.GetAttribute("data-action"));
        Assert.Equal("fail", row.QuerySelector("[data-status]")!.GetAttribute("data-status"));
        Assert.Equal(["false", "false", "true"], page.FindAll(".promo-trend tbody tr").Select(r => r.GetAttribute("data-immature")));
    }

    [Fact]
    public async Task DealKeywords_ShowConversionAndShare_AndAStoreWithoutAdsSaysHowToFillIt()
    {
        var store = await CreateStoreAsync("shop");
        await ImportAsync(store, ImportKind.StoreDaily, "日期,访客数\n2026-11-01,800\n2026-11-02,1200\n");
        var info = (await Stores.FindAsync("shop"))!;
        Assert.True((await Services.GetRequiredService<PromotionImportService>().ImportAsync(info, ImportKind.SearchKeywords, PromotionFiles.SearchTerms.Utf8(), new ImportFileContext())).Succeeded);

        var page = Open<PromotionPage>("/promotion" + November);
        page.WaitForElement("[data-testid='deal-keywords'] [data-keyword]", Patience);

        page.Find("[data-testid='no-ads']");
        var coat = Assert.Single(page.FindAll("[data-testid='deal-keywords'] [data-keyword]"));
        Assert.Equal("羊毛大衣女", coat.GetAttribute("data-keyword"));
        Assert.Equal(0.044m, Value(coat.QuerySelector("[data-kpi='conversionRate']")!));
        Assert.Equal(0.25m, Value(coat.QuerySelector("[data-kpi='share']")!));
    }

    private async Task SeedAsync(int window, params PromotionFile[] files)
    {
        await CreateStoreAsync("shop");
        await Stores.SaveThresholdsAsync("shop", StoreThresholds.Defaults with { AdsAttributionWindowDays = window });
        var store = (await Stores.FindAsync("shop"))!;
        var imports = Services.GetRequiredService<PromotionImportService>();
        foreach (var file in files)
        {
            var result = await imports.ImportAsync(store, ImportKind.Ads, file.Utf8(), new ImportFileContext { FileName = file.FileName });
            Assert.True(result.Succeeded, file.Name + ": " + string.Join("; ", result.Errors.Select(e => e.Message)));
        }
    }
}
