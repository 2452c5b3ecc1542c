using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpsDashboard.Data;
using static OpsDashboard.E2E.Screens;

namespace OpsDashboard.E2E;

/// <summary>
/// An operator opens an empty OpsDashboard for the first time and gets to a morning review without
/// the API: create the store on the stores screen → go to its import → see the review, which then
/// remembers the store between visits (a ?store= in the URL still wins).
/// </summary>
public sealed class FirstRunTests
{
    [Fact]
    public async Task EmptyApp_CreateStoreInTheBrowser_ImportLink_ThenTheReviewRemembersTheStore()
    {
        await using var app = await RunningApp.StartAsync(DatabaseProvider.Sqlite);
        using var api = app.CreateApiClient();

        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await OpenAsync(browser, app, "en", "/");
            await Assertions.Expect(page.Locator("[data-testid='first-run']")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-testid='first-run'] [data-step]")).ToHaveCountAsync(3);

            // Clicked as soon as it shows, before the circuit is live: the link must still open the stores screen
            // (Blazor's router alone changed the URL and lost the page, dotnet/aspnetcore#68562; app.js loads it).
            await page.ClickAsync("[data-testid='first-run-create']");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/stores$"));
            await WaitUntilInteractiveAsync(page);
            await FillAsync(page, "store-code", "my-shop");
            await FillAsync(page, "store-name", "My first shop");
            await Assertions.Expect(page.Locator("input[data-testid='store-timezone']")).ToHaveValueAsync("Asia/Shanghai");
            await page.ClickAsync("[data-testid='save-store']");

            await Assertions.Expect(page.Locator("tr[data-store='my-shop']")).ToBeVisibleAsync();
            await page.ClickAsync("[data-testid='next-import']");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/import\?store=my-shop$"));
            await Assertions.Expect(page.Locator("[data-testid='import-page']")).ToBeVisibleAsync();

            // Another store sorts first; the review still opens the one the operator just created.
            await CreateStoreAsync(api, "aaa-other", "Another store");
            var yesterday = Yesterday(app).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await ImportAsync(api, "my-shop", "store-daily", $"date,visitors,paying_buyers,payment_amount\n{yesterday},1234,37,3700\n");

            await page.GotoAsync(app.BaseUrl + "/");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"store=my-shop"));
            await Assertions.Expect(page.Locator(".kpi-card[data-kpi='visitors']")).ToHaveAttributeAsync("data-value", "1234");

            await page.GotoAsync(app.BaseUrl + "/?store=aaa-other");
            await Assertions.Expect(page.Locator("[data-testid='no-data']")).ToBeVisibleAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"store=aaa-other"));
        }
    }

    /// <summary>Types into a MudTextField and leaves it, so its change reaches the server.</summary>
    private static async Task FillAsync(IPage page, string testId, string value)
    {
        var input = page.Locator($"input[data-testid='{testId}']");
        await input.FillAsync(value);
        await input.PressAsync("Tab");
    }
}
