using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using OpsDashboard.Data;

namespace OpsDashboard.E2E;

/// <summary>A store operator opens the overview in Chromium and sees the same numbers the API gives.</summary>
public sealed class OverviewPageTests
{
    private const string Traffic =
        "date,visitors,page_views,bounced_visitors,order_buyers,paying_buyers,payment_amount\n" +
        "2026-11-01,1000,3000,600,50,40,\"¥4,000.00\"\n" +
        "2026-11-02,3000,7500,2400,120,90,9000.50\n" +
        "2026-10-30,2000,6000,1000,60,50,5000\n" +
        "2026-10-31,2000,6000,1000,60,50,5000\n";

    [Theory]
    [InlineData("en", "Store overview")]
    [InlineData("zh-CN", "店铺概览")]
    public async Task Overview_ShowsTheApiFigures_InBothLanguages(string culture, string heading)
    {
        await using var app = await RunningApp.StartAsync(DatabaseProvider.Sqlite);
        using var api = app.CreateApiClient();
        (await api.PostAsJsonAsync("/api/v1/stores", new { code = "demo", name = "Demo store", platform = "tmall", currency = "CNY" })).EnsureSuccessStatusCode();
        (await api.PostAsync("/api/v1/stores/demo/imports/store-daily", new ByteArrayContent(Encoding.UTF8.GetBytes(Traffic)))).EnsureSuccessStatusCode();
        var expected = await api.GetFromJsonAsync<JsonElement>("/api/v1/stores/demo/overview?from=2026-11-01&to=2026-11-02");

        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = culture, ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
            var page = await context.NewPageAsync();
            await page.GotoAsync($"{app.BaseUrl}/culture/{culture}?returnUrl=%2F%3Fstore%3Ddemo%26from%3D2026-11-01%26to%3D2026-11-02");
            await Assertions.Expect(page.Locator("h4", new() { HasText = heading })).ToBeVisibleAsync();

            foreach (var field in new[] { "paymentAmount", "visitors", "conversionRate", "averageOrderValue", "bounceRate", "visitDepth", "orderConversionRate", "payingBuyers" })
            {
                var card = page.Locator($"[data-kpi='{field}']");
                await Assertions.Expect(card).ToBeVisibleAsync();
                var shown = decimal.Parse(await card.GetAttributeAsync("data-value") ?? string.Empty, CultureInfo.InvariantCulture);
                Assert.Equal(expected.GetProperty(field).GetDecimal(), shown);
            }

            await Assertions.Expect(page.Locator("[data-testid='what-moved']")).ToContainTextAsync(culture == "en" ? "Sales +30.0%" : "销售额 +30.0%");
            Directory.CreateDirectory(ScreenshotFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"overview-{culture}.png"), FullPage = true });
        }
    }

    private static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");
}
