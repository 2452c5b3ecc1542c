using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static OpsDashboard.E2E.Screens;

namespace OpsDashboard.E2E;

/// <summary>
/// The monthly plan (月计划) in Chromium on the demo data: the reviewed month's sales and conversion are the API's, the
/// proposed target is edited and saved in one click, and the target is then the month's on the API, in the audit trail
/// (by the signed-in owner) and in the settings page's target list. An app of its own: it changes a demo store's target.
/// </summary>
public sealed class MonthPlanTests(DemoApp demo) : BrowserTests(demo), IClassFixture<DemoApp>
{
    private const string Store = "tmall-flagship";
    private const decimal Edited = 123_456m;

    [Fact]
    public async Task TheProposedTarget_IsEditedAndSaved_AndIsThenTheMonthsTarget()
    {
        var page = await OpenAsync(Chromium, App, "en", $"/plan?store={Store}");
        var heading = page.Locator("[data-testid='plan-month']");
        await Assertions.Expect(page.Locator("[data-testid='target-proposal']")).ToBeVisibleAsync();
        var month = DateOnly.ParseExact(await heading.GetAttributeAsync("data-month") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var next = await heading.GetAttributeAsync("data-next-month");
        Assert.Equal(month.AddMonths(1).ToString("yyyy-MM", CultureInfo.InvariantCulture), next);

        // The reviewed month's sales and conversion are the API's for the same days.
        using var api = App.CreateApiClient();
        var last = month.AddMonths(1).AddDays(-1);
        var overview = await api.GetFromJsonAsync<JsonElement>($"/api/v1/stores/{Store}/overview?from={month:yyyy-MM-dd}&to={last:yyyy-MM-dd}");
        Assert.Equal(overview.GetProperty("paymentAmount").GetDecimal(), await DecimalAsync(page.Locator("[data-kpi='sales']")));
        Assert.Equal(overview.GetProperty("conversionRate").GetDecimal(), await DecimalAsync(page.Locator("[data-kpi='conversionRate']")));
        Assert.True(await DecimalAsync(page.Locator("[data-testid='target-proposal']")) > 0m);

        // Edit the proposal and save it in one click.
        await WaitUntilInteractiveAsync(page);
        var input = page.Locator("input[data-testid='target-input']");
        await input.FillAsync(Edited.ToString(CultureInfo.InvariantCulture));
        await input.PressAsync("Tab");
        await page.Locator("[data-testid='save-target']").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid='target-message']")).ToContainTextAsync($"saved as the target of {next}");
        await Assertions.Expect(page.Locator("[data-testid='next-target']")).ToHaveAttributeAsync("data-value", "123456");

        // The month's target on the API, and the write audited with the owner who made it.
        var target = await api.GetFromJsonAsync<JsonElement>($"/api/v1/stores/{Store}/targets?month={next}");
        Assert.Equal((Edited, "month", "lastYear"), (target.GetProperty("amount").GetDecimal(), target.GetProperty("setFor").GetString(), target.GetProperty("shape").GetString()));
        var audit = await api.GetFromJsonAsync<JsonElement>("/api/v1/audit");
        var row = audit.EnumerateArray().Last(r => r.GetProperty("action").GetString() == "target-set" && r.GetProperty("storeCode").GetString() == Store);
        Assert.Contains("→ 12345600", row.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.NotEqual("system", row.GetProperty("actor").GetString());

        // And in the settings page's list of targets.
        var settings = await OpenAsync(Chromium, App, "en", $"/settings?store={Store}");
        await Assertions.Expect(settings.Locator($"[data-testid='targets'] tr[data-target='{next}']")).ToContainTextAsync("¥123,456.00");
    }
}
