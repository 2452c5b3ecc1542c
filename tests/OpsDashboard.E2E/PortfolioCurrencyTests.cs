using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Playwright;
using static OpsDashboard.E2E.Screens;

namespace OpsDashboard.E2E;

/// <summary>
/// A portfolio of a ¥ store and a $ store in the real app (DOMAIN §9): no sum across currencies until
/// the owner enters a dated rate on the portfolio, then a converted total that names the rate.
/// </summary>
public sealed class PortfolioCurrencyTests(SharedApp shared) : BrowserTests(shared), IClassFixture<SharedApp>
{
    [Fact]
    public async Task Two_currencies_are_never_added_until_the_owner_enters_a_rate_and_then_the_total_names_it()
    {
        var app = App;
        var yesterday = Yesterday(app);
        await OnceAsync("yuan-dollar", async app =>
        {
            using var api = app.CreateApiClient();
            await CreateStoreAsync(api, "yuan", "Yuan store");
            using (var created = await api.PostAsJsonAsync("/api/v1/stores", new { code = "dollar", name = "Dollar store", platform = "shopify", currency = "USD" }))
            {
                created.EnsureSuccessStatusCode();
            }

            await ImportAsync(api, "yuan", "store-daily", OneDay(yesterday, 10000m));
            await ImportAsync(api, "dollar", "store-daily", OneDay(yesterday, 3600m));
        });

        var page = await OpenAsync(Chromium, app, "en", "/portfolio");
        await WaitUntilInteractiveAsync(page);

        await Assertions.Expect(page.Locator("[data-testid='currency-total'][data-currency='CNY']")).ToHaveAttributeAsync("data-value", Value(10000m));
        await Assertions.Expect(page.Locator("[data-testid='currency-total'][data-currency='USD']")).ToHaveAttributeAsync("data-value", Value(3600m));
        await Assertions.Expect(page.Locator("[data-testid='no-cross-currency-total']")).ToContainTextAsync("USD → CNY");
        await Assertions.Expect(page.Locator("[data-testid='converted-total']")).ToHaveCountAsync(0);

        // The bootstrap owner enters 1 USD = 7.1 CNY for yesterday: 10,000 + 3,600 × 7.1 = 35,560.
        await page.Locator("[data-testid='rate-from'] input, input[data-testid='rate-from']").First.FillAsync("USD");
        await page.Locator("[data-testid='rate-to'] input, input[data-testid='rate-to']").First.FillAsync("CNY");
        await page.Locator("[data-testid='rate-value'] input, input[data-testid='rate-value']").First.FillAsync("7.1");
        await page.Locator("[data-testid='rate-date'] input, input[data-testid='rate-date']").First.FillAsync(Day(yesterday));
        await page.Locator("[data-testid='rate-add']").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid='converted-total']")).ToHaveAttributeAsync("data-value", Value(35560m));
        await Assertions.Expect(page.Locator("[data-testid='rate-used']")).ToContainTextAsync("1 USD = 7.1 CNY");
        await Assertions.Expect(page.Locator("[data-testid='rate-used']")).ToContainTextAsync(Day(yesterday));
        await Assertions.Expect(page.Locator("[data-testid='no-cross-currency-total']")).ToHaveCountAsync(0);
    }

    private static string OneDay(DateOnly day, decimal amount) =>
        new StringBuilder("date,visitors,paying_buyers,payment_amount\n")
            .Append(CultureInfo.InvariantCulture, $"{Day(day)},1000,30,{amount}\n")
            .ToString();
}
