using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using static OpsDashboard.E2E.Screens;

namespace OpsDashboard.E2E;

/// <summary>
/// Issue 10, "long imports look alive", in the browser: a 200,000-row sku-daily file shows the running import's
/// progress panel (rows read and written, a bar, the estimate and Cancel), then the summary with every row written,
/// and the API has them. Cancel itself is tested where it is deterministic: ImportProgressDatabaseTests (both
/// databases, parse and write phases) and ImportProgressPanelTests (bUnit, the page's cancel).
/// </summary>
public sealed class ImportProgressPageTests(SharedApp shared) : BrowserTests(shared), IClassFixture<SharedApp>
{
    private const int Skus = 1_000;
    private const int Days = 200;
    private static readonly DateOnly FirstDay = new(2026, 3, 1);

    [Fact]
    public async Task A_200k_row_file_shows_the_progress_panel_while_it_imports_then_every_row_written_and_the_api_has_them()
    {
        const string store = "progress-200k";
        var app = App;
        using var api = app.CreateApiClient();
        await CreateStoreAsync(api, store, "Big store");

        var page = await OpenAsync(Chromium, app, "en", $"/import?store={store}");
        await Assertions.Expect(page.Locator("[data-testid='import-page']")).ToHaveAttributeAsync("data-interactive", "true");
        await ChooseFileAsync(page, new FilePayload { Name = "skus-200k.csv", MimeType = "text/csv", Buffer = SkuFile() });
        await Assertions.Expect(page.Locator("[data-testid='import-page']")).ToHaveAttributeAsync("data-stage", "preview", new() { Timeout = 180_000 });

        // Everything the panel ever shows is recorded in the page, so the test needs no timing of its own.
        await page.EvaluateAsync("""
            () => {
              const seen = window.__importProgress = { panel: 0, phases: [], bar: false, cancel: 0, maxParsed: 0, maxWritten: 0 };
              const look = () => {
                const panel = document.querySelector("[data-testid='import-progress-panel']");
                if (!panel) return;
                seen.panel++;
                const phase = panel.getAttribute('data-phase');
                if (!seen.phases.includes(phase)) seen.phases.push(phase);
                if (panel.querySelector("[data-testid='import-progress']")) seen.bar = true;
                const cancel = panel.querySelector("[data-testid='cancel-import']");
                if (cancel && !cancel.disabled) seen.cancel++;
                const number = id => parseInt(panel.querySelector(`[data-testid='${id}']`)?.getAttribute('data-value') || '0', 10);
                seen.maxParsed = Math.max(seen.maxParsed, number('rows-parsed'));
                seen.maxWritten = Math.max(seen.maxWritten, number('rows-written'));
              };
              new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
            }
            """);
        await page.ClickAsync("[data-testid='import-button']");
        await Assertions.Expect(page.Locator("[data-testid='import-page']")).ToHaveAttributeAsync("data-stage", "done", new() { Timeout = 300_000 });

        var seen = await page.EvaluateAsync<JsonElement>("() => window.__importProgress");
        Assert.True(seen.GetProperty("panel").GetInt32() > 0, "the progress panel never showed");
        Assert.True(seen.GetProperty("bar").GetBoolean());
        Assert.True(seen.GetProperty("cancel").GetInt32() > 0, "Cancel was never offered");
        Assert.All(seen.GetProperty("phases").EnumerateArray(), p => Assert.Contains(p.GetString(), new[] { "starting", "parsing", "writing", "saving" }));
        Assert.InRange(seen.GetProperty("maxWritten").GetInt32(), 0, Skus * Days);
        Assert.Equal(Skus * Days, (int)await KpiAsync(page, "rowsRead"));
        Assert.Equal(Skus * Days, (int)await KpiAsync(page, "rowsInserted"));
        Assert.Equal(0, await page.Locator("[data-testid='import-progress-panel']").CountAsync());

        var day = FirstDay.AddDays(Days - 1);
        var iso = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var skus = await api.GetFromJsonAsync<JsonElement>($"/api/v1/stores/{store}/skus?from={iso}&to={iso}");
        Assert.Equal(Skus, skus.GetArrayLength());
        Assert.Equal(Enumerable.Range(0, Skus).Sum(s => Visitors(s, Days - 1)), skus.EnumerateArray().Sum(s => s.GetProperty("visitors").GetInt64()));
    }

    private static async Task<decimal> KpiAsync(IPage page, string field) =>
        decimal.Parse(await page.GetAttributeAsync($"[data-kpi='{field}']", "data-value") ?? string.Empty, CultureInfo.InvariantCulture);

    private static long Visitors(int sku, int day) => ((sku + day) % 97) + 1;

    /// <summary>1,000 SKUs × 200 days of sku-daily rows (about 4.6 MB), generated here.</summary>
    private static byte[] SkuFile()
    {
        var csv = new StringBuilder("date,sku_code,visitors\n", 24 * Skus * Days);
        for (var d = 0; d < Days; d++)
        {
            var date = FirstDay.AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            for (var s = 0; s < Skus; s++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{date},S{s:0000},{Visitors(s, d)}\n");
            }
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
