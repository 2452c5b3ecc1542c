using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OpsDashboard.Testing;
using static OpsDashboard.E2E.Screens;

namespace OpsDashboard.E2E;

/// <summary>The promotion person opens /promotion in Chromium and sees the figures GET …/ads gives, then drills from a scene into its plans.</summary>
public sealed class PromotionTests(SharedApp shared) : BrowserTests(shared), IClassFixture<SharedApp>
{
    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public async Task ThePromotionScreen_ShowsTheApiFigures_AndDrillsIntoPlans(string culture)
    {
        await OnceAsync("promo", async app =>
        {
            using var api = app.CreateApiClient();
            await CreateStoreAsync(api, "promo", "Promotion store");
            await ImportAsync(api, "promo", "ads", PromotionFiles.SceneReport.Csv());
            await ImportAsync(api, "promo", "ads", PromotionFiles.PlanReport.Csv());
        });
        using var client = App.CreateApiClient();
        var scenes = await client.GetFromJsonAsync<JsonElement>("/api/v1/stores/promo/ads?from=2026-11-01&to=2026-11-30&by=scene");
        var plans = await client.GetFromJsonAsync<JsonElement>("/api/v1/stores/promo/ads?from=2026-11-01&to=2026-11-30&by=plan");

        var page = await OpenAsync(Chromium, App, culture, "/promotion?store=promo&from=2026-11-01&to=2026-11-30");
        await Assertions.Expect(page.Locator(".promo-table tbody tr")).ToHaveCountAsync(scenes.GetArrayLength());
        foreach (var scene in scenes.EnumerateArray())
        {
            var row = page.Locator($".promo-table tbody tr[data-row='{scene.GetProperty("scene").GetString()}'][data-window='{scene.GetProperty("window").GetInt32()}']");
            Assert.Equal(scene.GetProperty("cost").GetDecimal(), await DecimalAsync(row.Locator("[data-kpi='cost']")));
            Assert.Equal(scene.GetProperty("roi").GetDecimal(), await DecimalAsync(row.Locator("[data-kpi='roi']")));
            Assert.Equal(scene.GetProperty("ctr").GetDecimal(), await DecimalAsync(row.Locator("[data-kpi='ctr']")));
        }

        await WaitUntilInteractiveAsync(page);
        await page.Locator(".promo-table a[data-drill='关键词推广']").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("by=plan"));
        var keywordPlans = plans.EnumerateArray().Where(p => p.GetProperty("scene").GetString() == "关键词推广").ToList();
        await Assertions.Expect(page.Locator(".promo-table tbody tr")).ToHaveCountAsync(keywordPlans.Count);
        foreach (var plan in keywordPlans)
        {
            var row = page.Locator($".promo-table tbody tr[data-row='{plan.GetProperty("plan").GetString()}']");
            Assert.Equal(plan.GetProperty("cost").GetDecimal(), await DecimalAsync(row.Locator("[data-kpi='cost']")));
            Assert.Equal(plan.GetProperty("roi").GetDecimal(), await DecimalAsync(row.Locator("[data-kpi='roi']")));
            Assert.Equal(plan.GetProperty("action").GetString(), await row.GetAttributeAsync("data-action"));
        }
    }
}
