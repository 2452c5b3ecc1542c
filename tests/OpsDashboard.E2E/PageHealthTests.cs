using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using static OpsDashboard.E2E.Screens;

namespace OpsDashboard.E2E;

/// <summary>
/// The designer opens the weekly page-health check in Chromium, in English and in Chinese, and sees
/// the verdicts the API gives for the same store and Monday–Sunday week.
/// </summary>
public sealed class PageHealthTests(SharedApp shared) : BrowserTests(shared), IClassFixture<SharedApp>
{
    /// <summary>Monday 2026-11-02 to Sunday 2026-11-08.</summary>
    private static readonly DateOnly HealthyWeek = new(2026, 11, 2);

    /// <summary>Monday 2026-11-09 to Sunday 2026-11-15.</summary>
    private static readonly DateOnly SickWeek = new(2026, 11, 9);

    /// <summary>
    /// Every day 1,000 visitors and 40 paying buyers. Healthy week: 4,000 page views (depth 4.0, pass),
    /// 650 bounced (65%, warn), ¥6,000 paid (store AOV ¥150 against the flagship's ¥100: ratio 1.5, pass).
    /// Sick week: 2,000 page views (depth 2.0, fail), 720 bounced (72%, fail), ¥4,000 (AOV ¥100, ratio 1.0, fail):
    /// bounce and depth both fail, so the page says to fix the pages before buying traffic.
    /// </summary>
    private static readonly string StoreDaily = Days(
        "date,visitors,page_views,bounced_visitors,order_buyers,paying_buyers,payment_amount",
        healthy: "1000,4000,650,50,40,6000",
        sick: "1000,2000,720,50,40,4000");

    /// <summary>Flagship F1 (most paid): 10 buyers for ¥1,000 a day, AOV ¥100 both weeks. S2 sells less.</summary>
    private static readonly string SkuDaily =
        Days("date,sku_code,sku_name,visitors,page_views,bounced_visitors,order_buyers,paying_buyers,payment_amount",
            healthy: "F1,Flagship coat,300,900,100,12,10,1000", sick: "F1,Flagship coat,300,900,100,12,10,1000")
        + Days(null, healthy: "S2,Scarf,100,300,50,3,2,300", sick: "S2,Scarf,100,300,50,3,2,300");

    /// <summary>Verdicts worked out by hand from the figures above (DOMAIN §4 defaults).</summary>
    public static TheoryData<string, string, string, string, string, string> Weeks => new()
    {
        { "en", "Weekly page health", "2026-11-02", "pass", "warn", "pass" },
        { "en", "Weekly page health", "2026-11-09", "fail", "fail", "fail" },
        { "zh-CN", "每周页面健康度", "2026-11-02", "pass", "warn", "pass" },
        { "zh-CN", "每周页面健康度", "2026-11-09", "fail", "fail", "fail" },
    };

    [Theory]
    [MemberData(nameof(Weeks))]
    public async Task PageHealth_ShowsTheApiVerdicts_ForTheSameStoreAndWeek(
        string culture, string heading, string monday, string aovRatio, string bounceRate, string visitDepth)
    {
        var app = await StartWithSampleStoreAsync();
        using var api = app.CreateApiClient();
        var from = DateOnly.ParseExact(monday, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var health = await PageHealthAsync(api, from);
        Assert.Equal([aovRatio, bounceRate, visitDepth], Statuses(health));

        var browser = Chromium;
        var page = await OpenAsync(browser, app, culture, $"/page-health?store=demo&from={Day(from)}&to={Day(from.AddDays(6))}");
        await Assertions.Expect(page.Locator("h4", new() { HasText = heading })).ToBeVisibleAsync();
        await AssertShowsAsync(page, from, health);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public async Task Stepping_to_the_previous_week_shows_that_weeks_api_verdicts_without_reloading(string culture)
    {
        var app = await StartWithSampleStoreAsync();
        using var api = app.CreateApiClient();
        var sick = await PageHealthAsync(api, SickWeek);
        var healthy = await PageHealthAsync(api, HealthyWeek);

        var browser = Chromium;
        // Without ?from= the page shows the last complete week with data: the sick one.
        var page = await OpenAsync(browser, app, culture, "/page-health?store=demo");
        await AssertShowsAsync(page, SickWeek, sick);
        await WaitUntilInteractiveAsync(page);
        await page.EvaluateAsync("() => { window.__noReload = 1; }");

        await page.ClickAsync("[data-testid='previous-week']");
        await AssertShowsAsync(page, HealthyWeek, healthy);
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("from=2026-11-02&to=2026-11-08"));
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.__noReload"));
    }

    /// <summary>The shared app with the sample store "demo" (created by the first test that asks; the tests only read it).</summary>
    private async Task<RunningApp> StartWithSampleStoreAsync()
    {
        await OnceAsync("demo", async app =>
        {
            using var api = app.CreateApiClient();
            await CreateStoreAsync(api, "demo", "Demo store");
            await ImportAsync(api, "demo", "store-daily", StoreDaily);
            await ImportAsync(api, "demo", "sku-daily", SkuDaily);
        });
        return App;
    }

    private static Task<JsonElement> PageHealthAsync(HttpClient api, DateOnly monday) =>
        api.GetFromJsonAsync<JsonElement>($"/api/v1/stores/demo/page-health?from={Day(monday)}&to={Day(monday.AddDays(6))}");

    private static string[] Statuses(JsonElement health) =>
        [.. new[] { "aovRatio", "bounceRate", "visitDepth" }.Select(metric =>
            health.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("metric").GetString() == metric).GetProperty("status").GetString() ?? string.Empty)];

    /// <summary>The week picker shows <paramref name="monday"/>'s week and every check, value and the flagship match the API.</summary>
    private static async Task AssertShowsAsync(IPage page, DateOnly monday, JsonElement health)
    {
        var week = page.Locator("[data-testid='week']");
        await Assertions.Expect(week).ToHaveAttributeAsync("data-from", Day(monday));
        await Assertions.Expect(week).ToHaveAttributeAsync("data-to", Day(monday.AddDays(6)));

        var checks = health.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(3, checks.Count);
        await Assertions.Expect(page.Locator("[data-testid^='check-']")).ToHaveCountAsync(checks.Count);
        foreach (var check in checks)
        {
            var metric = check.GetProperty("metric").GetString();
            var card = page.Locator($"[data-testid='check-{metric}']");
            await Assertions.Expect(card.Locator($"[data-check='{metric}']")).ToHaveAttributeAsync("data-status", check.GetProperty("status").GetString()!);
            Assert.Equal(NullableDecimal(check.GetProperty("value")), await NullableDecimalAsync(card.Locator($"[data-kpi='{metric}']")));
            Assert.Equal(check.GetProperty("threshold").GetDecimal(), decimal.Parse(
                await card.Locator("[data-testid='threshold']").GetAttributeAsync("data-threshold") ?? string.Empty, CultureInfo.InvariantCulture));
        }

        var aovCard = page.Locator("[data-testid='check-aovRatio']");
        Assert.Equal(NullableDecimal(health.GetProperty("storeAov")), await NullableDecimalAsync(aovCard.Locator("[data-kpi='storeAov']")));
        Assert.Equal(NullableDecimal(health.GetProperty("flagshipAov")), await NullableDecimalAsync(aovCard.Locator("[data-kpi='flagshipAov']")));
        Assert.Equal(health.GetProperty("flagshipSku").GetString(), await aovCard.Locator("[data-testid='flagship']").GetAttributeAsync("data-sku"));
        Assert.Equal(health.GetProperty("returningHeavy").GetBoolean() ? "returningHeavy" : "ordinary",
            await page.Locator("[data-testid='tier']").GetAttributeAsync("data-tier"));
        await Assertions.Expect(page.Locator("[data-testid='fix-pages-advice']"))
            .ToHaveCountAsync(health.GetProperty("fixPagesBeforePromotion").GetBoolean() ? 1 : 0);
    }

    /// <summary>One row per day of both weeks (2026-11-02 … 2026-11-15) with the week's figures after the date.</summary>
    private static string Days(string? header, string healthy, string sick)
    {
        var csv = new StringBuilder();
        if (header is not null)
        {
            csv.Append(header).Append('\n');
        }

        for (var day = HealthyWeek; day < SickWeek.AddDays(7); day = day.AddDays(1))
        {
            csv.Append(Day(day)).Append(',').Append(day < SickWeek ? healthy : sick).Append('\n');
        }

        return csv.ToString();
    }
}
