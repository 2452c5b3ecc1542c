using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OpsDashboard.Testing;
using static OpsDashboard.E2E.Screens;

namespace OpsDashboard.E2E;

/// <summary>
/// The operator imports a 千牛 refund export through /import (the kind chosen in the URL) and sees the
/// refunds on /service exactly as the API gives them (screen = API).
/// </summary>
public sealed class ImportKindsPageTests(SharedApp shared) : BrowserTests(shared), IClassFixture<SharedApp>
{
    private const string Days = "from=2026-11-24&to=2026-11-25";

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public async Task A_refunds_file_imported_through_the_page_shows_on_the_service_screen_as_the_api_gives_it(string culture)
    {
        var store = "refunds-" + culture.ToLowerInvariant();
        var app = App;
        using var api = app.CreateApiClient();
        await CreateStoreAsync(api, store, "Refund store");

        var page = await OpenAsync(Chromium, app, culture, $"/import?store={store}&kind=refunds");
        await Assertions.Expect(page.Locator("[data-testid='import-page']")).ToHaveAttributeAsync("data-interactive", "true");
        await Assertions.Expect(page.Locator("[data-testid='import-page']")).ToHaveAttributeAsync("data-kind", "refunds");
        await ChooseFileAsync(page, new FilePayload
        {
            Name = "退款管理.csv",
            MimeType = "text/csv",
            Buffer = ServiceExportFiles.Write(ServiceExportFiles.QianniuRefunds("退款成功", "2026-11-24 15:00:00"), ExportFormat.CsvGb18030),
        });
        await Assertions.Expect(page.Locator("[data-testid='import-page']")).ToHaveAttributeAsync("data-stage", "preview");
        Assert.Equal("refunds", await page.GetAttributeAsync("[data-testid='import-page']", "data-detected-kind"));
        await Assertions.Expect(page.Locator("[data-testid='preview'] tbody tr")).ToHaveCountAsync(3);

        await page.ClickAsync("[data-testid='import-button']");
        await Assertions.Expect(page.Locator("[data-testid='import-page']")).ToHaveAttributeAsync("data-stage", "done");
        Assert.Equal(3m, decimal.Parse(await page.GetAttributeAsync("[data-kpi='rowsInserted']", "data-value") ?? string.Empty, CultureInfo.InvariantCulture));

        var byReason = await api.GetFromJsonAsync<JsonElement>($"/api/v1/stores/{store}/refunds?{Days}&by=reason");
        Assert.Equal(2, byReason.GetArrayLength()); // the closed refund is not a refund

        await page.GotoAsync($"{app.BaseUrl}/service?store={store}&{Days}");
        await WaitUntilInteractiveAsync(page);
        var rows = page.Locator("[data-testid='refunds-by-reason'] [data-testid='refund-table'] tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(byReason.GetArrayLength());
        foreach (var group in byReason.EnumerateArray())
        {
            var row = page.Locator($"[data-testid='refunds-by-reason'] tr[data-key='{group.GetProperty("key").GetString()}']");
            await Assertions.Expect(row).ToHaveCountAsync(1);
            Assert.Equal(NullableDecimal(group.GetProperty("refundRate")), await NullableDecimalAsync(row.Locator("[data-kpi='refundRate']")));
            await Assertions.Expect(row.Locator("td").Nth(1)).ToHaveTextAsync(group.GetProperty("refunds").GetInt32().ToString(CultureInfo.InvariantCulture));
        }
    }
}
