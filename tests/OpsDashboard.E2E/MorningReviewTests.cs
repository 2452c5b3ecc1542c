using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using static OpsDashboard.E2E.Downloads;
using static OpsDashboard.E2E.Screens;

namespace OpsDashboard.E2E;

/// <summary>
/// A store operator opens the morning review in Chromium, in English and in Chinese, sees the same
/// numbers the API gives, and exports the tables exactly as sorted on screen.
/// </summary>
public sealed class MorningReviewTests(SharedApp shared) : BrowserTests(shared), IClassFixture<SharedApp>
{
    private const string Range = "from=2026-11-02&to=2026-11-03";

    private static readonly string[] KpiFields =
        ["paymentAmount", "visitors", "conversionRate", "averageOrderValue", "bounceRate", "visitDepth", "visitorValue"];

    [Theory]
    [InlineData("en", "Morning review")]
    [InlineData("zh-CN", "晨会数据复盘")]
    public async Task MorningReview_ShowsTheApiFigures_ForTheSameStoreAndRange(string culture, string heading)
    {
        var app = App;
        await OnceAsync("demo", CreateSampleStoreAsync);
        using var api = app.CreateApiClient();
        var overview = await api.GetFromJsonAsync<JsonElement>($"/api/v1/stores/demo/overview?{Range}");
        var sources = await api.GetFromJsonAsync<JsonElement>($"/api/v1/stores/demo/sources?{Range}");
        var skus = await api.GetFromJsonAsync<JsonElement>($"/api/v1/stores/demo/skus?{Range}");

        var browser = Chromium;
        var page = await OpenReviewAsync(browser, app, culture, $"/?store=demo&{Range}&compare=previous", 1440, 900);
        await Assertions.Expect(page.Locator("h4", new() { HasText = heading })).ToBeVisibleAsync();

        foreach (var field in KpiFields)
        {
            Assert.Equal(overview.GetProperty(field).GetDecimal(), await DecimalAsync(page.Locator($".kpi-card[data-kpi='{field}']")));
        }

        foreach (var driver in new[] { "salesChange", "trafficChange", "conversionChange", "aovChange" })
        {
            Assert.Equal(overview.GetProperty("changeVsPrevious").GetProperty(driver).GetDecimal(), await DecimalAsync(page.Locator($"[data-kpi='{driver}']")));
        }

        await Assertions.Expect(page.Locator("[data-testid='what-moved-sentence']"))
            .ToHaveTextAsync(culture == "en" ? "Sales +30.0%: traffic 0.0%, conversion +30.0%, AOV 0.0%." : "销售额 +30.0%：流量 0.0%，转化率 +30.0%，客单价 0.0%。");

        Assert.Equal(sources.GetArrayLength(), await page.Locator("[data-testid='sources'] tbody tr").CountAsync());
        foreach (var source in sources.EnumerateArray())
        {
            var row = page.Locator($"tr[data-source='{source.GetProperty("source").GetString()}']");
            Assert.Equal(source.GetProperty("visitors").GetDecimal(), await DecimalAsync(row.Locator("td[data-col='visitors']")));
            Assert.Equal(NullableDecimal(source.GetProperty("roi")), await NullableDecimalAsync(row.Locator("td[data-col='roi']")));
            Assert.Equal(source.GetProperty("roiStatus").GetString(), await row.Locator("[data-check='roi']").GetAttributeAsync("data-status"));
        }

        foreach (var sku in skus.EnumerateArray().Take(5))
        {
            var row = page.Locator($"tr[data-sku='{sku.GetProperty("sku").GetString()}']");
            Assert.Equal(sku.GetProperty("visitors").GetDecimal(), await DecimalAsync(row.Locator("td[data-col='visitors']")));
            Assert.Equal(NullableDecimal(sku.GetProperty("judgedConversionRate")), await NullableDecimalAsync(row.Locator("td[data-col='judgedConversionRate']")));
            Assert.Equal(NullableDecimal(sku.GetProperty("stockOnHand")), await NullableDecimalAsync(row.Locator("td[data-col='stockOnHand']")));
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public async Task Exports_DownloadTheTableAsSortedOnScreen_AsCsvAndXlsx(string culture)
    {
        var app = App;
        await OnceAsync("demo", CreateSampleStoreAsync);
        using var api = app.CreateApiClient();

        var browser = Chromium;
        var page = await OpenReviewAsync(browser, app, culture, $"/?store=demo&{Range}", 1440, 900);
        var table = page.Locator("[data-testid='sources']");

        // Lowest ROI first: the order differs from the default (most visitors first).
        await table.Locator("[data-sort='roi']").ClickAsync();
        await table.Locator("[data-sort='roi']").ClickAsync();
        await Assertions.Expect(table.Locator("th[aria-sort='ascending']")).ToHaveCountAsync(1);
        var screen = await ScreenCellsAsync(table);
        var headers = await HeadersAsync(table);
        Assert.Equal("精准人群推广", screen[0][0]);

        var csv = await DownloadAsync(page, table.Locator("[data-export='csv']"));
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).TrimEnd().Split(Environment.NewLine);
        Assert.Equal(string.Join(',', headers), lines[0]);
        AssertSameCells(screen, lines.Skip(1));

        var xlsx = await DownloadAsync(page, table.Locator("[data-export='xlsx']"));
        var sheet = ReadXlsx(xlsx);
        Assert.Equal(headers, sheet[0].Select(c => c?.ToString()));
        Assert.Equal(screen.Count, sheet.Count - 1);
        for (var r = 0; r < screen.Count; r++)
        {
            for (var c = 0; c < headers.Count; c++)
            {
                var cell = sheet[r + 1][c];
                if (cell is double number)
                {
                    Assert.Equal(double.Parse(screen[r][c], CultureInfo.InvariantCulture), number);
                }
                else
                {
                    Assert.Equal(screen[r][c], cell?.ToString() ?? string.Empty);
                }
            }
        }

        // The SKU table exports too, presale label included.
        var skus = page.Locator("[data-testid='top-skus']");
        var skuCsv = Encoding.UTF8.GetString((await DownloadAsync(page, skus.Locator("[data-export='csv']")))[3..]).TrimEnd().Split(Environment.NewLine);
        AssertSameCells(await ScreenCellsAsync(skus), skuCsv.Skip(1));
    }

    private const string StoreDaily = OpsDashboard.Testing.TwoDayStoreFiles.StoreDaily;

    private const string SourceDaily = OpsDashboard.Testing.TwoDayStoreFiles.SourceDaily;

    private const string SkuDaily =
        "date,sku_code,sku_name,visitors,page_views,bounced_visitors,order_buyers,paying_buyers,payment_amount,presale,stock_on_hand,negative_reviews\n" +
        "2026-11-02,680512345678901234,Coat,600,1800,200,36,30,3000,0,40,1\n" +
        "2026-11-03,680512345678901234,Coat,600,1800,200,30,30,3000,0,35,1\n" +
        "2026-11-02,P200,Presale boots,500,1000,100,25,0,0,1,,0\n" +
        "2026-11-03,P200,Presale boots,500,1000,100,35,0,0,1,,0\n" +
        "2026-11-02,S3,Scarf,100,200,50,3,2,200,0,10,0\n" +
        "2026-11-01,680512345678901234,Coat,1000,3000,300,45,40,4000,0,50,0\n";

    /// <summary>The store "demo" with two days of store, source and SKU figures (the tests only read it).</summary>
    internal static async Task CreateSampleStoreAsync(RunningApp app)
    {
        using var api = app.CreateApiClient();
        await CreateSampleStoreAsync(api);
    }

    internal static async Task CreateSampleStoreAsync(HttpClient api)
    {
        (await api.PostAsJsonAsync("/api/v1/stores", new { code = "demo", name = "Demo store", platform = "tmall", currency = "CNY" })).EnsureSuccessStatusCode();
        foreach (var (kind, csv) in new[] { ("store-daily", StoreDaily), ("source-daily", SourceDaily), ("sku-daily", SkuDaily) })
        {
            (await api.PostAsync($"/api/v1/stores/demo/imports/{kind}", new ByteArrayContent(Encoding.UTF8.GetBytes(csv)))).EnsureSuccessStatusCode();
        }
    }

    internal static async Task<IPage> OpenReviewAsync(IBrowser browser, RunningApp app, string culture, string path, int width, int height)
    {
        var page = await OpenAsync(browser, app, culture, path, width, height);
        await Assertions.Expect(page.Locator(".kpi-card[data-kpi='visitors']")).ToBeVisibleAsync();

        // The layout marks itself once the circuit is live and clicks are answered.
        await Assertions.Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid='filter-bar']")).ToBeVisibleAsync();
        return page;
    }

    private static async Task<List<List<string>>> ScreenCellsAsync(ILocator table)
    {
        var rows = new List<List<string>>();
        foreach (var row in await table.Locator("tbody tr").AllAsync())
        {
            var cells = new List<string>();
            foreach (var cell in await row.Locator("td[data-col]").AllAsync())
            {
                cells.Add(await cell.GetAttributeAsync("data-value") ?? string.Empty);
            }

            rows.Add(cells);
        }

        return rows;
    }

    /// <summary>
    /// The CSV has the screen's raw values: numbers rounded as exports write them (rates to 4 decimals, money
    /// to 2), long ids as ="…" so a spreadsheet keeps every digit (the cells here have no commas or quotes inside).
    /// </summary>
    private static void AssertSameCells(List<List<string>> screen, IEnumerable<string> csvLines)
    {
        var csv = csvLines.Select(l => l.Split(',').Select(c => c.StartsWith('"') ? c[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : c).ToList()).ToList();
        Assert.Equal(screen.Count, csv.Count);
        for (var r = 0; r < screen.Count; r++)
        {
            Assert.Equal(screen[r].Count, csv[r].Count);
            for (var c = 0; c < screen[r].Count; c++)
            {
                var (shown, written) = (screen[r][c], csv[r][c]);
                if (written.StartsWith("=\"", StringComparison.Ordinal))
                {
                    Assert.Equal(shown, written[2..^1]);
                }
                else if (decimal.TryParse(shown, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    && decimal.TryParse(written, NumberStyles.Float, CultureInfo.InvariantCulture, out var exported))
                {
                    var decimals = written.Contains('.', StringComparison.Ordinal) ? written.Length - written.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
                    Assert.Equal(decimal.Round(number, decimals, MidpointRounding.AwayFromZero), exported);
                }
                else
                {
                    Assert.Equal(shown, written);
                }
            }
        }
    }

    private static async Task<List<string>> HeadersAsync(ILocator table)
    {
        var headers = new List<string>();
        foreach (var header in await table.Locator("thead [data-sort]").AllAsync())
        {
            headers.Add((await header.InnerTextAsync()).Trim().TrimEnd('▲', '▼').Trim());
        }

        return headers;
    }
}
