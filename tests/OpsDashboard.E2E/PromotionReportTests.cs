using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static OpsDashboard.E2E.Downloads;
using static OpsDashboard.E2E.Screens;

namespace OpsDashboard.E2E;

/// <summary>
/// The weekly/monthly promotion report (/promotion/report, 周/月直通车报表) over the demo data in Chromium: each period shows
/// the figures GET …/ads gives for its days (screen = API), switching the period moves the URL, and the .xlsx and CSV
/// exports hold the report's scenes and plans.
/// </summary>
public sealed class PromotionReportTests(SharedApp shared) : BrowserTests(shared), IClassFixture<SharedApp>
{
    private const string Store = "tmall-flagship";

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public async Task WeekAndMonth_ShowTheApiFigures_AndSwitchingThePeriodMovesTheUrl(string culture)
    {
        await OnceAsync("demo", SeedDemoAsync);
        using var api = App.CreateApiClient();
        var page = await OpenAsync(Chromium, App, culture, $"/promotion/report?store={Store}&period=week");
        var title = page.Locator("[data-testid='report-title']");

        // Without at=: the last complete week, seven days.
        await Assertions.Expect(title).ToHaveAttributeAsync("data-period", "week");
        var week = await RangeAsync(title);
        Assert.Equal(6, week.To.DayNumber - week.From.DayNumber);
        Assert.True(week.To < Yesterday(App).AddDays(1));
        await ScreenIsApiAsync(page, api, week);

        // Month: the month holding the week's last day, its URL saying so.
        await WaitUntilInteractiveAsync(page);
        await page.Locator("[data-period-link='month']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"period=month&at={Day(week.To)}$"));
        await Assertions.Expect(title).ToHaveAttributeAsync("data-period", "month");
        var month = await RangeAsync(title);
        Assert.Equal((new DateOnly(week.To.Year, week.To.Month, 1), new DateOnly(week.To.Year, week.To.Month, 1).AddMonths(1).AddDays(-1)), (month.From, month.To));
        await ScreenIsApiAsync(page, api, month);

        // The month before: the URL and the figures follow.
        var before = month.From.AddDays(-1);
        await page.Locator("[data-testid='report-previous']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"period=month&at={Day(before)}$"));
        await Assertions.Expect(title).ToHaveAttributeAsync("data-from", Day(new DateOnly(before.Year, before.Month, 1)));
        await ScreenIsApiAsync(page, api, await RangeAsync(title));

        // And back to a week: the week holding that month's last day.
        await page.Locator("[data-period-link='week']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"period=week&at={Day(before)}$"));
        await Assertions.Expect(title).ToHaveAttributeAsync("data-period", "week");
        var lastWeek = await RangeAsync(title);
        Assert.True(lastWeek.From <= before && before <= lastWeek.To, $"{lastWeek} holds {before}");
        await ScreenIsApiAsync(page, api, lastWeek);
    }

    [Fact]
    public async Task TheExports_HoldTheReportsScenesAndPlans()
    {
        await OnceAsync("demo", SeedDemoAsync);
        using var api = App.CreateApiClient();
        var page = await OpenAsync(Chromium, App, "en", $"/promotion/report?store={Store}&period=month");
        var title = page.Locator("[data-testid='report-title']");
        await Assertions.Expect(title).ToHaveAttributeAsync("data-period", "month");
        var range = await RangeAsync(title);
        var scenes = await AdsAsync(api, range, "scene");
        var plans = await AdsAsync(api, range, "plan");
        Assert.NotEmpty(scenes);
        Assert.NotEmpty(plans);
        await WaitUntilInteractiveAsync(page);

        var sheet = ReadXlsx(await DownloadAsync(page, page.Locator("[data-export='xlsx']")));
        Assert.Equal(["Level", "Scene", "Plan", "Window", "Spend"], sheet[0].Take(5).Select(c => Convert.ToString(c, CultureInfo.InvariantCulture)));
        Assert.Equal(1 + scenes.Count + plans.Count, sheet.Count);
        ExportHolds(sheet.Skip(1).Select(r => r.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture) ?? string.Empty).ToArray()).ToList(), scenes, plans);

        var csv = ReadCsv(await DownloadAsync(page, page.Locator("[data-export='csv']")));
        Assert.Equal(1 + scenes.Count + plans.Count, csv.Count);
        Assert.Equal("Spend", csv[0][4]);
        ExportHolds(csv.Skip(1).ToList(), scenes, plans);
    }

    /// <summary>Every export row is one API row (level, scene, plan, window) with the API's spend, and every API row has its export row.</summary>
    private static void ExportHolds(List<string[]> rows, List<JsonElement> scenes, List<JsonElement> plans)
    {
        var expected = scenes.Select(s => (Level: "Scenes", Row: s)).Concat(plans.Select(p => (Level: "Plans", Row: p)))
            .Select(x => (Key: $"{x.Level}|{x.Row.GetProperty("scene").GetString()}|{x.Row.GetProperty("plan").GetString()}|{x.Row.GetProperty("window").GetInt32()}", Cost: x.Row.GetProperty("cost").GetDecimal()))
            .OrderBy(x => x.Key, StringComparer.Ordinal)
            .ToList();
        var actual = rows
            .Select(r => (Key: $"{r[0]}|{r[1]}|{r[2]}|{r[3]}", Cost: decimal.Round(decimal.Parse(r[4], NumberStyles.Float, CultureInfo.InvariantCulture), 2)))
            .OrderBy(x => x.Key, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, actual);
    }

    private static async Task<(DateOnly From, DateOnly To)> RangeAsync(ILocator title) =>
        (DateOnly.ParseExact((await title.GetAttributeAsync("data-from"))!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
         DateOnly.ParseExact((await title.GetAttributeAsync("data-to"))!, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static async Task<List<JsonElement>> AdsAsync(HttpClient api, (DateOnly From, DateOnly To) range, string by) =>
        (await api.GetFromJsonAsync<JsonElement>($"/api/v1/stores/{Store}/ads?from={Day(range.From)}&to={Day(range.To)}&by={by}")).EnumerateArray().ToList();

    /// <summary>The scene and plan tables show, row for row, the spend, deals, orders and ROI GET …/ads gives for the period.</summary>
    private static async Task ScreenIsApiAsync(IPage page, HttpClient api, (DateOnly From, DateOnly To) range)
    {
        foreach (var (section, by) in new[] { ("report-scenes", "scene"), ("report-plans", "plan") })
        {
            var rows = await AdsAsync(api, range, by);
            Assert.NotEmpty(rows);
            await Assertions.Expect(page.Locator($"[data-testid='{section}'] tbody tr")).ToHaveCountAsync(rows.Count);
            foreach (var row in rows)
            {
                var name = row.GetProperty(by).GetString();
                var shown = page.Locator($"[data-testid='{section}'] tbody tr[data-row='{name}'][data-window='{row.GetProperty("window").GetInt32()}']");
                await Assertions.Expect(shown.Locator("[data-kpi='cost']")).ToHaveAttributeAsync("data-value", Value(row.GetProperty("cost").GetDecimal()));
                Assert.Equal(NullableDecimal(row.GetProperty("amount")), await NullableDecimalAsync(shown.Locator("[data-kpi='amount']")));
                Assert.Equal(NullableDecimal(row.GetProperty("roi")), await NullableDecimalAsync(shown.Locator("[data-kpi='roi']")));
                Assert.Equal(NullableDecimal(row.GetProperty("ctr")), await NullableDecimalAsync(shown.Locator("[data-kpi='ctr']")));
                Assert.Equal(row.GetProperty("immatureDays").GetInt32().ToString(CultureInfo.InvariantCulture), (await shown.Locator("td").Last.InnerTextAsync()).Trim());
            }
        }
    }
}
