using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using OpsDashboard.Web.Configuration;
using static OpsDashboard.E2E.Screens;

namespace OpsDashboard.E2E;

/// <summary>
/// The manager leaves the meeting screen up on the wall: it picks up new imports and rotates between
/// stores by itself, in place, in English and in Chinese. The tests share one app: the import test
/// uses a store per language (it adds a day), the rotation test reads two stores seeded once.
/// </summary>
public sealed class MeetingScreenTests(SharedApp shared) : BrowserTests(shared), IClassFixture<SharedApp>
{
    /// <summary>Long enough for a slow refresh to finish on a busy machine; the screen itself updates within seconds.</summary>
    private static readonly LocatorAssertionsToHaveAttributeOptions Patiently = new() { Timeout = 30_000 };

    [Theory]
    [InlineData("en", "Yesterday ·")]
    [InlineData("zh-CN", "昨日 ·")]
    public async Task A_day_imported_while_the_screen_is_up_appears_without_a_page_reload(string culture, string yesterdayLabel)
    {
        var app = App;
        var store = "demo-" + culture;
        using var api = app.CreateApiClient();
        var yesterday = Yesterday(app);
        var before = yesterday.AddDays(-1);
        await CreateStoreAsync(api, store, "Demo store");
        await ImportAsync(api, store, "store-daily", StoreDaily(before.AddDays(-6), before, paymentAmount: 3000m));

        var browser = Chromium;
        var page = await OpenAsync(browser, app, culture, $"/meeting?store={store}&refresh={MeetingOptions.MinimumSeconds}", 1920, 1080);
        var screen = page.Locator("[data-testid='meeting']");
        var dayPayment = page.Locator("[data-period='day'] [data-kpi='paymentAmount']");

        // Yesterday has no data yet: the screen shows the day before and says the data is stale.
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-day", Day(before));
        await Assertions.Expect(dayPayment).ToHaveAttributeAsync("data-value", Value(3000m));
        await Assertions.Expect(page.Locator("[data-testid='stale-warning']")).ToBeVisibleAsync();
        await WaitUntilInteractiveAsync(page);
        await page.EvaluateAsync("() => { window.__noReload = 1; }");

        var imported = await ImportAsync(api, store, "store-daily", StoreDaily(yesterday, yesterday, paymentAmount: 4321.5m));
        Assert.Equal(1, imported.GetProperty("rowsInserted").GetInt32());
        var overview = await api.GetFromJsonAsync<JsonElement>($"/api/v1/stores/{store}/overview?from={Day(yesterday)}&to={Day(yesterday)}");
        Assert.Equal(4321.5m, overview.GetProperty("paymentAmount").GetDecimal());

        await Assertions.Expect(screen).ToHaveAttributeAsync("data-day", Day(yesterday), Patiently);
        await Assertions.Expect(dayPayment).ToHaveAttributeAsync("data-value", Value(overview.GetProperty("paymentAmount").GetDecimal()));
        await Assertions.Expect(page.Locator("[data-testid='newest-day']")).ToHaveAttributeAsync("data-value", Day(yesterday));
        await Assertions.Expect(page.Locator("[data-testid='stale-warning']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".wall-day")).ToContainTextAsync(yesterdayLabel);
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.__noReload"));
    }

    [Theory]
    [InlineData("en", "Store 1 of 2", "Store 2 of 2")]
    [InlineData("zh-CN", "第 1/2 家店", "第 2/2 家店")]
    public async Task Rotating_through_two_stores_switches_the_shown_store_in_place(string culture, string first, string second)
    {
        var app = App;
        await OnceAsync("north-south", async app =>
        {
            using var api = app.CreateApiClient();
            var yesterday = Yesterday(app);
            await CreateStoreAsync(api, "north", "North flagship");
            await CreateStoreAsync(api, "south", "South outlet");
            await ImportAsync(api, "north", "store-daily", StoreDaily(yesterday.AddDays(-2), yesterday, paymentAmount: 1111m));
            await ImportAsync(api, "south", "store-daily", StoreDaily(yesterday.AddDays(-2), yesterday, paymentAmount: 2222m));
        });

        var browser = Chromium;
        var page = await OpenAsync(browser, app, culture, $"/meeting?stores=south,north&rotate={MeetingOptions.MinimumSeconds}&refresh=600", 1920, 1080);
        var screen = page.Locator("[data-testid='meeting']");
        var dayPayment = page.Locator("[data-period='day'] [data-kpi='paymentAmount']");
        var rotation = page.Locator("[data-testid='rotation']");

        // The order of ?stores= is the order on the wall.
        await Assertions.Expect(screen).ToHaveAttributeAsync("data-store", "south");
        await Assertions.Expect(rotation).ToHaveAttributeAsync("data-count", "2");
        await WaitUntilInteractiveAsync(page);
        await page.EvaluateAsync("() => { window.__noReload = 1; }");

        await Assertions.Expect(screen).ToHaveAttributeAsync("data-store", "north", Patiently);
        await Assertions.Expect(page.Locator("[data-testid='store-name']")).ToHaveTextAsync("North flagship");
        await Assertions.Expect(dayPayment).ToHaveAttributeAsync("data-value", Value(1111m));
        await Assertions.Expect(rotation).ToContainTextAsync(second);

        await Assertions.Expect(screen).ToHaveAttributeAsync("data-store", "south", Patiently);
        await Assertions.Expect(page.Locator("[data-testid='store-name']")).ToHaveTextAsync("South outlet");
        await Assertions.Expect(dayPayment).ToHaveAttributeAsync("data-value", Value(2222m));
        await Assertions.Expect(rotation).ToContainTextAsync(first);
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.__noReload"));
    }

    /// <summary>One row a day from <paramref name="from"/> to <paramref name="to"/>: 1,000 visitors, 30 buyers, <paramref name="paymentAmount"/> paid.</summary>
    private static string StoreDaily(DateOnly from, DateOnly to, decimal paymentAmount)
    {
        var csv = new StringBuilder("date,visitors,page_views,bounced_visitors,order_buyers,paying_buyers,payment_amount\n");
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            csv.Append(CultureInfo.InvariantCulture, $"{Day(day)},1000,3000,500,40,30,{paymentAmount}\n");
        }

        return csv.ToString();
    }
}
