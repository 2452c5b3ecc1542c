using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static OpsDashboard.E2E.Screens;

namespace OpsDashboard.E2E;

/// <summary>
/// Every Details link opens the evidence of its item: on the demo stores, one item of each rule that
/// fires over the last two weeks is followed in Chromium, and the screen it opens shows the item's own
/// figures for the item's own range (the judged week on page health, the SKU highlighted in the morning
/// review's SKU table, the customer-service figures over the item's 7 days).
/// </summary>
[Collection(DemoDataCollection.Name)]
public sealed class AttentionLinkTests(DemoApp shared, Xunit.Abstractions.ITestOutputHelper output) : BrowserTests(shared)
{
    [Fact]
    public async Task EveryRulesLink_OpensTheRangeAndScreenItWasJudgedOn_ShowingTheItemsOwnFigures()
    {
        var app = App;
        using var api = app.CreateApiClient();

        var firstOfEachRule = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var store in new[] { "tmall-flagship", "jd-home" })
        {
            for (var day = Yesterday(app); day > Yesterday(app).AddDays(-14); day = day.AddDays(-1))
            {
                var items = await api.GetFromJsonAsync<JsonElement>($"/api/v1/stores/{store}/attention?date={day:yyyy-MM-dd}");
                foreach (var item in items.EnumerateArray())
                {
                    firstOfEachRule.TryAdd(item.GetProperty("rule").GetString()!, item.Clone());
                }
            }
        }

        // The demo fires most rules within two weeks; the ones it does fire are all followed.
        Assert.True(firstOfEachRule.Count >= 6, "rules seen: " + string.Join(", ", firstOfEachRule.Keys));

        var browser = Chromium;
        var page = await OpenAsync(browser, app, "en", "/");
        foreach (var (rule, item) in firstOfEachRule)
        {
            var link = item.GetProperty("link").GetString()!;
            output.WriteLine($"{rule}: {link} — {item.GetProperty("message").GetString()}");
            await page.GotoAsync(app.BaseUrl + link);
            await WaitUntilInteractiveAsync(page);
            await FollowsAsync(page, rule, item, link);
        }
    }

    private static async Task FollowsAsync(IPage page, string rule, JsonElement item, string link)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + link).Query);
        var (from, to) = (query["from"].ToString(), query["to"].ToString());
        var subject = item.TryGetProperty("subject", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        decimal? Figure(string name) => NullableDecimal(item.GetProperty("figures").GetProperty(name));

        if (rule == "fixPagesFirst")
        {
            // The judged week, a whole week, with the verdicts it was judged on.
            Assert.StartsWith("/page-health?", link, StringComparison.Ordinal);
            Assert.Equal(6, DateOnly.Parse(to, CultureInfo.InvariantCulture).DayNumber - DateOnly.Parse(from, CultureInfo.InvariantCulture).DayNumber);
            await Assertions.Expect(page.Locator("[data-testid='week']")).ToHaveAttributeAsync("data-from", from);
            await Assertions.Expect(page.Locator("[data-testid='check-bounceRate'] [data-check='bounceRate']")).ToHaveAttributeAsync("data-status", "fail");
            await Assertions.Expect(page.Locator("[data-testid='check-visitDepth'] [data-check='visitDepth']")).ToHaveAttributeAsync("data-status", "fail");
            Assert.Equal(Figure("bounceRate"), await DecimalAsync(page.Locator("[data-testid='check-bounceRate'] [data-kpi='bounceRate']")));
            Assert.Equal(Figure("visitDepth"), await DecimalAsync(page.Locator("[data-testid='check-visitDepth'] [data-kpi='visitDepth']")));
            return;
        }

        if (!link.StartsWith("/?", StringComparison.Ordinal))
        {
            // Service, competitor and promotion items open their own screen on the item's range, with the item's row marked.
            Assert.Matches("^/(service|competitors|promotion)\\?", link);
            Assert.False(string.IsNullOrEmpty(query["highlight"].ToString()), link);
            Assert.False(query.ContainsKey("row"), link);
            await Assertions.Expect(page.Locator("[data-testid='filter-bar']")).ToHaveAttributeAsync("data-from", from);
            await Assertions.Expect(page.Locator("[data-testid='filter-bar']")).ToHaveAttributeAsync("data-to", to);
            await Assertions.Expect(page.Locator("[data-highlighted='true']").First).ToBeVisibleAsync();
            return;
        }

        // Everything else is on the morning review, on the item's own range.
        await Assertions.Expect(page.Locator("[data-testid='filter-bar']")).ToHaveAttributeAsync("data-from", from);
        await Assertions.Expect(page.Locator("[data-testid='filter-bar']")).ToHaveAttributeAsync("data-to", to);
        await Assertions.Expect(page.Locator("[data-kpi]").First).ToBeVisibleAsync();

        switch (rule)
        {
            case "targetMissed":
                await Assertions.Expect(page.Locator("[data-testid='target-panel'] [data-kpi='dayActual']")).ToHaveAttributeAsync("data-value", Value(Figure("dayActual")!.Value));
                await Assertions.Expect(page.Locator("[data-testid='missed-reason']")).ToBeVisibleAsync();
                break;
            case "sourceDrop":
                await Assertions.Expect(page.Locator($"tr[data-source='{subject}'] td[data-col='visitors']")).ToHaveAttributeAsync("data-value", Value(Figure("visitors")!.Value));
                break;
            case "paidRoiLow":
                await Assertions.Expect(page.Locator($"tr[data-source='{subject}'] td[data-col='roi']")).ToHaveAttributeAsync("data-value", Value(Figure("roi")!.Value));
                break;
            case "conversionBelowPeer":
                await Assertions.Expect(page.Locator(".kpi-card[data-kpi='conversionRate']")).ToHaveAttributeAsync("data-value", Value(Figure("conversionRate")!.Value));
                break;
            case "inquiryConversionLow":
                await Assertions.Expect(page.Locator("[data-testid='customer-service'] [data-kpi='inquiryConversion']")).ToHaveAttributeAsync("data-value", Value(Figure("inquiryConversion")!.Value));
                break;
            default:
                // SKU rules: the SKU is in the SKU table, highlighted, with the item's figure.
                Assert.Equal(subject, query["sku"].ToString());
                var row = page.Locator($"[data-testid='top-skus'] tr[data-sku='{subject}']");
                await Assertions.Expect(row).ToHaveAttributeAsync("data-highlighted", "true");
                var (column, figure) = rule switch
                {
                    "lowStock" => ("stockOnHand", "stockOnHand"),
                    "negativeReviews" => ("negativeReviews", "negativeReviews"),
                    "presaleSku" => ("judgedConversionRate", "orderConversionRate"),
                    _ => ("judgedConversionRate", "conversionRate"),
                };
                await Assertions.Expect(row.Locator($"td[data-col='{column}']")).ToHaveAttributeAsync("data-value", Value(Figure(figure)!.Value));
                break;
        }
    }
}
