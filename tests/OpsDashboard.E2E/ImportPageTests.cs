using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using OpsDashboard.Testing;
using static OpsDashboard.E2E.Screens;

namespace OpsDashboard.E2E;

/// <summary>
/// A store operator imports 生意参谋 exports in the browser, in English and in Chinese. The tests share
/// one app and each imports into a store of its own (good-en, bad-zh-CN, …), so none sees another's rows.
/// </summary>
public sealed class ImportPageTests(SharedApp shared) : BrowserTests(shared), IClassFixture<SharedApp>
{
    /// <inheritdoc cref="TrafficOverviewFiles.Good"/>
    private const string GoodFile = TrafficOverviewFiles.Good;

    /// <inheritdoc cref="TrafficOverviewFiles.Bad"/>
    private const string BadFile = TrafficOverviewFiles.Bad;

    [Theory]
    [InlineData("en", "Import data", "→ bounced visitors, converted from rate")]
    [InlineData("zh-CN", "导入数据", "→ 跳失人数（由比率换算）")]
    public async Task Uploading_a_good_file_shows_its_preview_then_the_summary_and_the_data_reaches_the_api(string culture, string heading, string bounceMeaning)
    {
        var store = "good-" + culture;
        var app = App;
        using var api = app.CreateApiClient();
        (await api.PostAsJsonAsync("/api/v1/stores", new { code = store, name = "Demo store", platform = "tmall", currency = "CNY" })).EnsureSuccessStatusCode();

        var browser = Chromium;
        var page = await OpenImportPageAsync(browser, app, store, culture);
        await Assertions.Expect(page.Locator("h4", new() { HasText = heading })).ToBeVisibleAsync();

        await ChooseFileAsync(page, "流量概况.csv", GoodFile);
        await WaitForStageAsync(page, "preview");
        Assert.Equal("store-daily", await page.GetAttributeAsync("[data-testid='import-page']", "data-detected-kind"));
        await Assertions.Expect(page.Locator("[data-meaning='跳失率']")).ToHaveTextAsync(bounceMeaning);
        Assert.Equal(["5", "6", "7", "8", "9", "10", "11"], await RowNumbersAsync(page, "[data-testid='preview'] tbody tr"));

        await page.ClickAsync("[data-testid='import-button']");
        await WaitForStageAsync(page, "done");

        Assert.Equal(7m, await KpiAsync(page, "rowsRead"));
        Assert.Equal(7m, await KpiAsync(page, "rowsInserted"));
        Assert.Equal(0m, await KpiAsync(page, "rowsUpdated"));
        Assert.Equal(
            $"/?store={store}&from=2026-11-01&to=2026-11-07&compare=previous",
            await page.GetAttributeAsync("[data-testid='morning-review-link']", "href"));

        var overview = await api.GetFromJsonAsync<JsonElement>($"/api/v1/stores/{store}/overview?from=2026-11-01&to=2026-11-07");
        Assert.Equal(9500, overview.GetProperty("visitors").GetInt64());
        Assert.Equal(401, overview.GetProperty("payingBuyers").GetInt64());
        Assert.Equal(40100m, overview.GetProperty("paymentAmount").GetDecimal());
    }

    [Theory]
    [InlineData("en", "Nothing was imported. Fix these 3 rows and import the file again.", "Row,Column,Reason")]
    [InlineData("zh-CN", "未导入任何数据。请修正以下 3 行后重新导入该文件。", "行,列,原因")]
    public async Task A_bad_file_shows_its_bad_rows_in_the_preview_then_its_error_table_in_the_page_language_changes_nothing_and_downloads_as_the_same_csv(string culture, string nothingImported, string csvHeader)
    {
        var store = "bad-" + culture;
        var app = App;
        using var api = app.CreateApiClient();
        (await api.PostAsJsonAsync("/api/v1/stores", new { code = store, name = "Demo store", platform = "tmall", currency = "CNY" })).EnsureSuccessStatusCode();
        (await api.PostAsync($"/api/v1/stores/{store}/imports/store-daily", new ByteArrayContent(Encoding.UTF8.GetBytes(GoodFile)))).EnsureSuccessStatusCode();
        string[] reasons = culture == "zh-CN"
            ? ["支付买家数（500）超过访客数（100）", "“2026-13-45”不是日期（请用 yyyy-MM-dd、yyyy/M/d 或 yyyyMMdd）", "“-5”是负数"]
            : ["paying buyers (500) exceed visitors (100)", "'2026-13-45' is not a date (use yyyy-MM-dd, yyyy/M/d or yyyyMMdd)", "'-5' is negative"];
        var overviewUrl = $"/api/v1/stores/{store}/overview?from=2026-11-01&to=2026-11-14";
        var before = await api.GetStringAsync(overviewUrl);

        var browser = Chromium;
        var page = await OpenImportPageAsync(browser, app, store, culture);
        await ChooseFileAsync(page, "流量概况-bad.csv", BadFile);
        await WaitForStageAsync(page, "preview");

        // The preview already ran the row checks: three bad rows, named before anything is sent.
        var rowErrors = page.Locator("[data-testid='preview-row-errors']");
        await Assertions.Expect(rowErrors).ToHaveAttributeAsync("data-bad-rows", "3");
        Assert.Equal(["6", "8", "9"], await RowNumbersAsync(page, "[data-testid='preview-row-errors'] li"));
        await Assertions.Expect(rowErrors.Locator("li").First).ToContainTextAsync(reasons[0]);

        await page.ClickAsync("[data-testid='import-button']");
        await WaitForStageAsync(page, "done");

        await Assertions.Expect(page.Locator("[data-testid='nothing-imported']")).ToHaveTextAsync(nothingImported);
        var shown = await ErrorRowsAsync(page);
        Assert.Equal(
            [
                ["6", "支付买家数", reasons[0]],
                ["8", "日期", reasons[1]],
                ["9", "访客数", reasons[2]],
            ],
            shown);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid='error-table'] ~ * [data-export='csv'], [data-export='csv']"));
        Assert.Equal("import-errors.csv", download.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), "opsdash-e2e-" + Guid.NewGuid().ToString("N") + ".csv");
        await download.SaveAsAsync(path);
        var csv = await File.ReadAllTextAsync(path, Encoding.UTF8);
        File.Delete(path);
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\n')).ToList();
        if (lines.Count == 1)
        {
            lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        }

        Assert.Equal(csvHeader, lines[0]);
        Assert.Equal(shown, lines.Skip(1).Select(ParseCsvLine).ToList());

        Assert.Equal(before, await api.GetStringAsync(overviewUrl));
    }

    [Fact]
    public async Task A_one_day_product_ranking_without_a_date_column_is_booked_on_the_day_its_name_gives()
    {
        const string store = "ranking";
        var app = App;
        using var api = app.CreateApiClient();
        (await api.PostAsJsonAsync("/api/v1/stores", new { code = store, name = "Demo store", platform = "tmall", currency = "CNY" })).EnsureSuccessStatusCode();
        const string ranking = "商品排行\n店铺名称：Demo store\n\n商品ID,商品名称,商品访客数,商品支付买家数,商品支付金额\n=\"680512345678901234\",羊毛大衣 女,1000,32,7616\n";

        var browser = Chromium;
        var page = await OpenImportPageAsync(browser, app, store, "zh-CN");
        await ChooseFileAsync(page, "【生意参谋平台】商品_全部_2026-11-30_2026-11-30.csv", ranking);
        await WaitForStageAsync(page, "preview");
        Assert.Equal("sku-daily", await page.GetAttributeAsync("[data-testid='import-page']", "data-detected-kind"));
        await Assertions.Expect(page.Locator("[data-testid='preview-notes']")).ToContainTextAsync("所有行都记为 2026-11-30");
        Assert.Equal(0, await page.Locator("[data-testid='preview-row-errors']").CountAsync());

        await page.ClickAsync("[data-testid='import-button']");
        await WaitForStageAsync(page, "done");
        Assert.Equal(1m, await KpiAsync(page, "rowsInserted"));

        var skus = await api.GetFromJsonAsync<JsonElement>($"/api/v1/stores/{store}/skus?from=2026-11-30&to=2026-11-30");
        Assert.Equal(1000, skus.EnumerateArray().Single().GetProperty("visitors").GetInt64());
    }

    [Fact]
    public async Task Dragging_a_file_over_the_drop_zone_lays_the_file_input_over_it_to_take_the_drop()
    {
        const string store = "drag";
        var app = App;
        using var api = app.CreateApiClient();
        (await api.PostAsJsonAsync("/api/v1/stores", new { code = store, name = "Demo store", platform = "tmall", currency = "CNY" })).EnsureSuccessStatusCode();

        var browser = Chromium;
        var page = await OpenImportPageAsync(browser, app, store, "en");
        // A real drag carries the file in its DataTransfer; build one as the browser would.
        var transfer = await page.EvaluateHandleAsync("() => { const t = new DataTransfer(); t.items.add(new File(['date,visitors'], 'store.csv', { type: 'text/csv' })); return t; }");
        await page.DispatchEventAsync("[data-testid='drop-zone']", "dragenter", new { dataTransfer = transfer });
        await Assertions.Expect(page.Locator("[data-testid='drop-zone']")).ToHaveAttributeAsync("data-dragging", "true");

        var input = page.Locator("input[type='file']:not(.d-none)");
        await Assertions.Expect(input).ToBeVisibleAsync();
        var zone = await page.Locator("[data-testid='drop-zone']").BoundingBoxAsync();
        var cover = await input.BoundingBoxAsync();
        Assert.NotNull(zone);
        Assert.NotNull(cover);
        Assert.True(cover.X <= zone.X && cover.Y <= zone.Y && cover.X + cover.Width >= zone.X + zone.Width && cover.Y + cover.Height >= zone.Y + zone.Height,
            $"The input ({cover.X},{cover.Y} {cover.Width}×{cover.Height}) does not cover the drop zone ({zone.X},{zone.Y} {zone.Width}×{zone.Height}).");
    }

    private static async Task<IPage> OpenImportPageAsync(IBrowser browser, RunningApp app, string store, string culture)
    {
        var page = await OpenAsync(browser, app, culture, $"/import?store={store}");

        // The page is prerendered; the file input only works once the circuit is up.
        await Assertions.Expect(page.Locator("[data-testid='import-page']")).ToHaveAttributeAsync("data-interactive", "true");
        return page;
    }

    private static Task ChooseFileAsync(IPage page, string name, string content) =>
        Screens.ChooseFileAsync(page, new FilePayload
        {
            Name = name,
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(content),
        });

    private static Task WaitForStageAsync(IPage page, string stage) =>
        Assertions.Expect(page.Locator("[data-testid='import-page']")).ToHaveAttributeAsync("data-stage", stage);

    private static async Task<decimal> KpiAsync(IPage page, string field) =>
        decimal.Parse(await page.GetAttributeAsync($"[data-kpi='{field}']", "data-value") ?? string.Empty, CultureInfo.InvariantCulture);

    private static async Task<List<string>> RowNumbersAsync(IPage page, string selector) =>
        [.. (await page.Locator(selector).AllAsync()).Select(row => row.GetAttributeAsync("data-row").Result ?? string.Empty)];

    private static async Task<List<string[]>> ErrorRowsAsync(IPage page)
    {
        var rows = new List<string[]>();
        foreach (var row in await page.Locator("[data-testid='error-table'] tbody tr").AllAsync())
        {
            rows.Add([
                (await row.Locator("[data-cell='row']").InnerTextAsync()).Trim(),
                (await row.Locator("[data-cell='column']").InnerTextAsync()).Trim(),
                (await row.Locator("[data-cell='reason']").InnerTextAsync()).Trim(),
            ]);
        }

        return rows;
    }

    /// <summary>One CSV record: commas separate, double quotes enclose, "" is a quote.</summary>
    private static string[] ParseCsvLine(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }
}
