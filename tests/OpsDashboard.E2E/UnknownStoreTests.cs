using Microsoft.Playwright;
using OpsDashboard.Data;
using static OpsDashboard.E2E.Screens;

namespace OpsDashboard.E2E;

/// <summary>
/// A bookmark with a store code that no longer exists: every one-store screen of the running app says
/// so in the same words and shows the first store, instead of silently switching.
/// </summary>
public sealed class UnknownStoreTests
{
    [Fact]
    public async Task Every_screen_says_an_unknown_store_code_out_loud_and_shows_the_first_store()
    {
        await using var app = await RunningApp.StartAsync(DatabaseProvider.Sqlite);
        using var api = app.CreateApiClient();
        await CreateStoreAsync(api, "alpha", "Alpha store");
        await CreateStoreAsync(api, "beta", "Beta store");

        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            foreach (var path in new[] { "/", "/page-health", "/import", "/settings", "/meeting" })
            {
                var page = await OpenAsync(browser, app, "en", path + "?store=gone");
                // The message is there from the first (prerendered) paint: no need to wait for the circuit.
                await Assertions.Expect(page.Locator("[data-testid='unknown-store']"))
                    .ToHaveTextAsync("No store has the code 'gone'; showing Alpha store instead. Pick a store below.", new() { Timeout = 30_000 });
                await page.CloseAsync();
            }
        }
    }
}
