using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OpsDashboard.Testing;
using static OpsDashboard.E2E.Screens;

namespace OpsDashboard.E2E;

/// <summary>
/// The customer-service lead and the operator open /service and /competitors in Chromium, in English
/// and Chinese, and see the figures the API gives for the same store and week (screen = API).
/// </summary>
public sealed class ServiceScreenTests(SharedApp shared) : BrowserTests(shared), IClassFixture<SharedApp>
{
    private const string Week = "from=2026-11-23&to=2026-11-29";

    [Theory]
    [InlineData("en", "Customer service")]
    [InlineData("zh-CN", "客服")]
    public async Task ServiceScreen_ShowsEachAgentsApiFigures(string culture, string heading)
    {
        var app = await StartWithServiceStoreAsync();
        using var api = app.CreateApiClient();
        var service = await api.GetFromJsonAsync<JsonElement>($"/api/v1/stores/svc/service?{Week}");

        var page = await OpenAsync(Chromium, app, culture, $"/service?store=svc&{Week}");
        await Assertions.Expect(page.Locator("h4", new() { HasText = heading })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid='agent-table']")).ToBeVisibleAsync();

        foreach (var agent in service.GetProperty("agents").EnumerateArray())
        {
            var row = page.Locator($"tr[data-agent='{agent.GetProperty("agent").GetString()}']");
            Assert.Equal(NullableDecimal(agent.GetProperty("inquiryConversionRate")), await NullableDecimalAsync(row.Locator("[data-kpi='inquiryConversionRate']")));
            Assert.Equal(agent.GetProperty("status").GetString(), await row.Locator("[data-check]").GetAttributeAsync("data-status"));
        }

        Assert.Equal(
            NullableDecimal(service.GetProperty("total").GetProperty("inquiryConversionRate")),
            await NullableDecimalAsync(page.Locator("tr[data-total='true'] [data-kpi='inquiryConversionRate']")));
        await Assertions.Expect(page.Locator("[data-testid='training-advice']")).ToContainTextAsync("店铺:阿杰");

        // The daily line spans its table, not a fixed 320 px in a wide card (waited for: the layout settles after the styles load).
        await page.WaitForFunctionAsync("""
            () => {
              const line = document.querySelector("[data-sparkline='inquiryConversionRate']");
              const table = document.querySelector("[data-testid='trend-table']");
              return !!line && !!table && line.getBoundingClientRect().width >= 0.95 * table.getBoundingClientRect().width;
            }
            """);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public async Task CompetitorsScreen_ShowsTheApiIndicesAndLosses(string culture)
    {
        var app = await StartWithServiceStoreAsync();
        using var api = app.CreateApiClient();
        var rivals = await api.GetFromJsonAsync<JsonElement>($"/api/v1/stores/svc/competitors?{Week}");
        var losses = await api.GetFromJsonAsync<JsonElement>($"/api/v1/stores/svc/lost-customers?{Week}");

        var page = await OpenAsync(Chromium, app, culture, $"/competitors?store=svc&{Week}");
        await Assertions.Expect(page.Locator("[data-testid='rival-table']")).ToBeVisibleAsync();

        foreach (var rival in rivals.EnumerateArray())
        {
            var row = page.Locator($"[data-testid='rival-table'] tr[data-rival='{rival.GetProperty("rival").GetString()}']");
            Assert.Equal(NullableDecimal(rival.GetProperty("tradeIndex")), await NullableDecimalAsync(row.Locator("[data-kpi='tradeIndex']")));
            Assert.Equal(NullableDecimal(rival.GetProperty("tradeIndexVsSelf")), await NullableDecimalAsync(row.Locator("[data-kpi='tradeIndexVsSelf']")));
        }

        var shown = page.Locator("[data-testid='loss-table'] tr[data-rival]");
        Assert.Equal(losses.GetArrayLength(), await shown.CountAsync());
        var first = losses.EnumerateArray().First();
        Assert.Equal(first.GetProperty("rival").GetString(), await shown.First.GetAttributeAsync("data-rival"));
        Assert.Equal(NullableDecimal(first.GetProperty("change")), await NullableDecimalAsync(shown.First.Locator("[data-kpi='change']")));
    }

    /// <summary>The shared app with store "svc" and the 赤兔, 竞店 and 竞店流失 files of <see cref="ServiceExportFiles"/>.</summary>
    private async Task<RunningApp> StartWithServiceStoreAsync()
    {
        await OnceAsync("svc", async app =>
        {
            using var api = app.CreateApiClient();
            await CreateStoreAsync(api, "svc", "Service store");
            await PostAsync(api, "service-agents", ServiceExportFiles.Write(ServiceExportFiles.ChituAgents, ExportFormat.CsvGb18030));
            await PostAsync(api, "competitors", ServiceExportFiles.Write(ServiceExportFiles.SycmCompetitors, ExportFormat.Xlsx));
            await PostAsync(api, "lost-customers", ServiceExportFiles.Write(ServiceExportFiles.SycmLostShops(new(2026, 11, 22), 1000, 500), ExportFormat.CsvUtf8));
            await PostAsync(api, "lost-customers", ServiceExportFiles.Write(ServiceExportFiles.SycmLostShops(new(2026, 11, 29), 1300, 400), ExportFormat.CsvUtf8));
        });
        return App;
    }

    private static async Task PostAsync(HttpClient api, string kind, byte[] file)
    {
        using var content = new ByteArrayContent(file);
        using var response = await api.PostAsync($"/api/v1/stores/svc/imports/{kind}", content);
        Assert.True(response.IsSuccessStatusCode, $"Import {kind} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
