using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static OpsDashboard.E2E.Screens;

namespace OpsDashboard.E2E;

/// <summary>The portfolio has the same date range and comparison controls as the other screens, kept in the URL.</summary>
public sealed class PortfolioFilterTests(SharedApp shared) : BrowserTests(shared), IClassFixture<SharedApp>
{
    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public async Task A_preset_and_year_on_year_go_into_the_url_and_the_table_follows_and_survives_a_reload(string culture)
    {
        var app = App;
        var yesterday = Yesterday(app);

        // The portfolio shows every store: this class's app holds only these two, seeded once and only read.
        await OnceAsync("north-south", async app =>
        {
            using var api = app.CreateApiClient();
            await CreateStoreAsync(api, "north", "North flagship");
            await CreateStoreAsync(api, "south", "South outlet");
            await ImportAsync(api, "north", "store-daily", StoreDaily(yesterday.AddDays(-9), yesterday, 1000m, yesterdayAmount: 1234.5m));
            await ImportAsync(api, "south", "store-daily", StoreDaily(yesterday.AddDays(-9), yesterday, 2000m, yesterdayAmount: 2222m));
        });

        var browser = Chromium;
        var page = await OpenAsync(browser, app, culture, "/portfolio");
        await WaitUntilInteractiveAsync(page);
        var bar = page.Locator("[data-testid='filter-bar']");
        await Assertions.Expect(bar).ToHaveAttributeAsync("data-to", Day(yesterday));
        await Assertions.Expect(page.Locator("[data-testid='store-picker']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("tr[data-store='north'] [data-kpi='paymentAmount']")).ToHaveAttributeAsync("data-value", Value((6 * 1000m) + 1234.5m));

        await page.Locator("[data-preset='yesterday']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/portfolio\\?from={Day(yesterday)}&to={Day(yesterday)}$"));
        await Assertions.Expect(page.Locator("tr[data-store='north'] [data-kpi='paymentAmount']")).ToHaveAttributeAsync("data-value", Value(1234.5m));
        await Assertions.Expect(page.Locator("tr[data-store='south'] [data-kpi='paymentAmount']")).ToHaveAttributeAsync("data-value", Value(2222m));

        await page.Locator("button[data-compare='yoy']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/portfolio\\?from={Day(yesterday)}&to={Day(yesterday)}&compare=yoy$"));
        await Assertions.Expect(page.Locator("th[data-compare]")).ToHaveAttributeAsync("data-compare", "yoy");

        // The URL is the state: opened again, the page shows the same range and comparison.
        await page.ReloadAsync();
        await WaitUntilInteractiveAsync(page);
        await Assertions.Expect(bar).ToHaveAttributeAsync("data-from", Day(yesterday));
        await Assertions.Expect(bar).ToHaveAttributeAsync("data-compare", "yoy");
        await Assertions.Expect(page.Locator("[data-preset='yesterday']")).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(page.Locator("tr[data-store='north'] [data-kpi='paymentAmount']")).ToHaveAttributeAsync("data-value", Value(1234.5m));
    }

    /// <summary>One row a day: <paramref name="amount"/> paid, <paramref name="yesterdayAmount"/> on the last day.</summary>
    private static string StoreDaily(DateOnly from, DateOnly to, decimal amount, decimal yesterdayAmount)
    {
        var csv = new StringBuilder("date,visitors,page_views,bounced_visitors,paying_buyers,payment_amount\n");
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            csv.Append(CultureInfo.InvariantCulture, $"{Day(day)},1000,3000,500,30,{(day == to ? yesterdayAmount : amount)}\n");
        }

        return csv.ToString();
    }
}
