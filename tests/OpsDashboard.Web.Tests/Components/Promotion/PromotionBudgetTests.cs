using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Core.Attention;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Promotion;
using OpsDashboard.Data.Planning;
using OpsDashboard.Testing;
using OpsDashboard.Web.Components.Pages.Settings;
using OpsDashboard.Web.Model;
using PromotionPage = OpsDashboard.Web.Components.Pages.Promotion.PromotionPage;

namespace OpsDashboard.Web.Tests.Components.Promotion;

/// <summary>
/// Budgets per scene (issue 11): set on the settings page, paced on the promotion screen, and an attention item's
/// Details link opening the exact row there. Today is 2026-11-18 (the test context's clock).
/// </summary>
public sealed class PromotionBudgetTests : ComponentTestContext
{
    [Fact]
    public async Task TheSettingsPage_SavesAScenesBudgetForTheMonth()
    {
        var shop = await SeedAsync();
        var page = Open<StoreSettings>("/settings?store=shop");
        page.WaitForElement("input[data-budget='关键词推广']", Patience);
        Assert.Equal("2026-11", page.Find("[data-testid='budget-month']").TextContent.Trim());

        await page.Find("input[data-budget='关键词推广']").ChangeAsync(new ChangeEventArgs { Value = "24000" });
        await page.Find("[data-testid='save-budgets']").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Equal("Budgets for 2026-11 saved.", page.Find("[data-testid='budgets-message']").TextContent.Trim()), Patience);
        Assert.Equal([new SceneBudget("关键词推广", 24000m)], await Services.GetRequiredService<PromotionBudgetService>().ListAsync(shop, new DateOnly(2026, 11, 1)));
    }

    /// <summary>
    /// The plan report of 11-01 spent ¥600 + ¥200 in 关键词推广; with ¥24,000 for November the line expects
    /// ¥24,000 × 1 ÷ 30 = ¥800 by 11-01: pace 100%, ¥24,000 at that pace — one day is too few to judge.
    /// </summary>
    [Fact]
    public async Task ThePromotionScreen_PacesEachBudgetedScene()
    {
        var shop = await SeedAsync();
        await Services.GetRequiredService<PromotionBudgetService>().SetAsync(shop, new DateOnly(2026, 11, 1), [new SceneBudget("关键词推广", 24000m)]);

        var page = Open<PromotionPage>("/promotion?store=shop&from=2026-11-01&to=2026-11-17");
        page.WaitForElement("[data-testid='budget-pacing'] [data-scene='关键词推广']", Patience);

        var row = page.Find("[data-testid='budget-pacing'] [data-scene='关键词推广']");
        Assert.Equal(24000m, Value(row.QuerySelector("[data-kpi='budget']")!));
        Assert.Equal(800m, Value(row.QuerySelector("[data-kpi='spent']")!));
        Assert.Equal(800m, Value(row.QuerySelector("[data-kpi='expected']")!));
        Assert.Equal(1m, Value(row.QuerySelector("[data-kpi='pace']")!));
        Assert.Equal(24000m, Value(row.QuerySelector("[data-kpi='projected']")!));
        Assert.Equal("unknown", row.GetAttribute("data-pace"));
    }

    /// <summary>An item about plan 清仓 links to the plans of 关键词推广 over the days it was judged on, 清仓 highlighted.</summary>
    [Fact]
    public async Task AnItemsDetailsLink_OpensThePlansOfItsScene_WithTheRowHighlighted()
    {
        await SeedAsync();
        var item = new AttentionItem(AttentionRules.AdRoiLow, Severity.Medium, Teams.Promotion, "清仓", [], DetailScreen.Promotion)
        {
            DetailRange = new DateRange(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 7)),
            DetailQuery = new Dictionary<string, string> { ["by"] = "plan", ["scene"] = "关键词推广", ["highlight"] = "清仓" },
        };
        var link = AttentionLinks.For(item, "shop", new DateOnly(2026, 11, 17));
        Assert.StartsWith("/promotion?store=shop&from=2026-11-01&to=2026-11-07&by=plan&highlight=", link, StringComparison.Ordinal);

        var page = Open<PromotionPage>(link);
        page.WaitForElement(".promo-table [data-row='清仓']", Patience);

        Assert.Equal("plan", page.Find("[data-testid='ads-drilldown']").GetAttribute("data-by"));
        Assert.Equal("true", page.Find(".promo-table [data-row='清仓']").GetAttribute("data-highlighted"));
        Assert.Null(page.Find(".promo-table [data-row='春季上新']").GetAttribute("data-highlighted"));
    }

    private async Task<int> SeedAsync()
    {
        var shop = await CreateStoreAsync("shop");
        await Stores.SaveThresholdsAsync("shop", StoreThresholds.Defaults with { AdsAttributionWindowDays = 7 });
        var store = (await Stores.FindAsync("shop"))!;
        var result = await Services.GetRequiredService<PromotionImportService>().ImportAsync(store, ImportKind.Ads, PromotionFiles.PlanReport.Utf8(), new ImportFileContext { FileName = PromotionFiles.PlanReport.FileName });
        Assert.True(result.Succeeded);
        return shop;
    }
}
