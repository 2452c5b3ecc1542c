using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OpsDashboard.Data;
using static OpsDashboard.E2E.Screens;

namespace OpsDashboard.E2E;

/// <summary>
/// Screenshots of the screens over the demo stores, in both languages, at laptop size and (for the
/// wall screen) at full-HD and 4K, saved as docs/screenshots/&lt;page&gt;-&lt;culture&gt;-&lt;w&gt;x&lt;h&gt;.png. Each is
/// taken once the page is interactive and shows the figures the API gives.
/// </summary>
public sealed class ScreenshotTests
{
    private const string Store = "tmall-flagship";

    private static readonly (int Width, int Height) Laptop = (1440, 900);

    private static readonly (int Width, int Height)[] WallScreens = [Laptop, (1920, 1080), (3840, 2160)];

    [Fact]
    public async Task Screenshots_of_page_health_meeting_portfolio_and_settings_over_demo_data_in_both_languages()
    {
        await using var app = await RunningApp.StartAsync(DatabaseProvider.Sqlite);
        await SeedDemoAsync(app);
        using var api = app.CreateApiClient();
        var stores = await api.GetFromJsonAsync<JsonElement>("/api/v1/stores");

        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            foreach (var culture in Cultures)
            {
                await ShootAsync(browser, app, culture, $"/page-health?store={Store}", "page-health", Laptop, async page =>
                {
                    var week = page.Locator("[data-testid='week']");
                    await Assertions.Expect(page.Locator("[data-testid='check-aovRatio'] [data-check]")).ToBeVisibleAsync();
                    var health = await api.GetFromJsonAsync<JsonElement>(
                        $"/api/v1/stores/{Store}/page-health?from={await week.GetAttributeAsync("data-from")}&to={await week.GetAttributeAsync("data-to")}");
                    foreach (var check in health.GetProperty("checks").EnumerateArray())
                    {
                        var metric = check.GetProperty("metric").GetString();
                        await Assertions.Expect(page.Locator($"[data-testid='check-{metric}'] [data-check='{metric}']"))
                            .ToHaveAttributeAsync("data-status", check.GetProperty("status").GetString()!);
                    }
                });

                foreach (var size in WallScreens)
                {
                    await ShootAsync(browser, app, culture, $"/meeting?store={Store}", "meeting", size, async page =>
                    {
                        var screen = page.Locator("[data-testid='meeting']");
                        await Assertions.Expect(screen).ToHaveAttributeAsync("data-store", Store);
                        await Assertions.Expect(page.Locator("[data-testid='stale-warning']")).ToHaveCountAsync(0);
                        var day = await screen.GetAttributeAsync("data-day");
                        var overview = await api.GetFromJsonAsync<JsonElement>($"/api/v1/stores/{Store}/overview?from={day}&to={day}");
                        await Assertions.Expect(page.Locator("[data-period='day'] [data-kpi='paymentAmount']"))
                            .ToHaveAttributeAsync("data-value", Value(overview.GetProperty("paymentAmount").GetDecimal()));
                    });
                }

                await ShootAsync(browser, app, culture, "/portfolio", "portfolio", Laptop, page =>
                    Assertions.Expect(page.Locator("[data-testid='portfolio'] tbody tr[data-store]")).ToHaveCountAsync(stores.GetArrayLength()));

                await ShootAsync(browser, app, culture, $"/settings?store={Store}", "settings", Laptop, async page =>
                {
                    await Assertions.Expect(page.Locator("[data-testid='thresholds']")).ToBeVisibleAsync();
                    await Assertions.Expect(page.Locator("[data-testid='targets']")).ToBeVisibleAsync();
                });
            }
        }
    }

    /// <summary>Opens <paramref name="path"/>, waits for the page to be interactive and <paramref name="ready"/>, then saves the viewport.</summary>
    private static async Task ShootAsync(IBrowser browser, RunningApp app, string culture, string path, string name, (int Width, int Height) size, Func<IPage, Task> ready)
    {
        var page = await OpenAsync(browser, app, culture, path, size.Width, size.Height);
        await using var context = page.Context;
        await WaitUntilInteractiveAsync(page);
        await ready(page);
        var file = await SaveScreenshotAsync(page, name, culture);
        Assert.Equal(size, PngSize(file));
    }
}
