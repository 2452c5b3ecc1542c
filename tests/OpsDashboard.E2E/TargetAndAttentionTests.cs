using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace OpsDashboard.E2E;

/// <summary>
/// The morning review answers "met or not, why, and what do we do today" in Chromium: a missed daily
/// target shows its reason, and an attention item's link opens the screen with its detail.
/// </summary>
public sealed class TargetAndAttentionTests(SharedApp shared) : BrowserTests(shared), IClassFixture<SharedApp>
{
    private const string Day = "2026-11-03";

    /// <summary>
    /// November's 300,000 evenly is 10,000 a day; 11-03 sold 9,000.50. Against 11-02 conversion fell
    /// from 4% to 3%, but the day before is no fair reference and the store has no usual Tuesday yet:
    /// no driver is named, and the panel says what would close the gap.
    /// </summary>
    [Theory]
    [InlineData("en", "no driver is named")]
    [InlineData("zh-CN", "不指明驱动因素")]
    public async Task AMissedTarget_ShowsItsReason_AndTheAttentionItemsOfTheApi_EachLinkingToItsDetail(string culture, string reason)
    {
        var app = App;
        await OnceAsync("demo", async app =>
        {
            using var seeding = app.CreateApiClient();
            await MorningReviewTests.CreateSampleStoreAsync(seeding);
            (await seeding.PutAsJsonAsync("/api/v1/stores/demo/targets?month=2026-11", new { amount = 300_000m, shape = "even" })).EnsureSuccessStatusCode();
        });
        using var api = app.CreateApiClient();
        var attention = await api.GetFromJsonAsync<JsonElement>($"/api/v1/stores/demo/attention?date={Day}");
        var rules = attention.EnumerateArray().Select(i => i.GetProperty("rule").GetString()).ToList();
        Assert.Equal("targetMissed", rules[0]);

        var browser = Chromium;
        var page = await MorningReviewTests.OpenReviewAsync(browser, app, culture, $"/?store=demo&from={Day}&to={Day}", 1440, 900);

        await Assertions.Expect(page.Locator("[data-check='dayTarget']")).ToHaveAttributeAsync("data-status", "fail");
        await Assertions.Expect(page.Locator("[data-kpi='dayTarget']")).ToHaveAttributeAsync("data-value", "10000");
        var missed = page.Locator("[data-testid='missed-reason']");
        await Assertions.Expect(missed).ToHaveAttributeAsync("data-reason", "noBaseline");
        await Assertions.Expect(missed).ToContainTextAsync(reason);

        // The screen lists what the API lists, in the same order.
        var items = page.Locator("[data-testid='attention-list'] .attention-item");
        await Assertions.Expect(items).ToHaveCountAsync(rules.Count);
        for (var i = 0; i < rules.Count; i++)
        {
            Assert.Equal(rules[i], await items.Nth(i).GetAttributeAsync("data-attention-rule"));
        }

        // Every link is the API's; following one that leaves the morning review opens its screen on that day.
        var links = attention.EnumerateArray().Select(i => i.GetProperty("link").GetString()!).ToList();
        Assert.Equal(links, await page.Locator("[data-testid='attention-link']").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))"));
        var elsewhere = links.Select((link, index) => (link, index)).FirstOrDefault(l => !l.link.StartsWith("/?", StringComparison.Ordinal));
        var target = elsewhere.link ?? links[0];
        await items.Nth(elsewhere.link is null ? 0 : elsewhere.index).Locator("[data-testid='attention-link']").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith(target, StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("[data-interactive='true']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-kpi]").First).ToBeVisibleAsync();
    }
}
