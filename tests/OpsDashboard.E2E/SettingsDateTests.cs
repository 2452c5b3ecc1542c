using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static OpsDashboard.E2E.Screens;

namespace OpsDashboard.E2E;

/// <summary>
/// The settings page's date fields: the calendar pop-up shows the whole week, and a typed date is taken and saved.
/// The calendar tests only read the store "demo"; the saving test writes into a store per language.
/// </summary>
public sealed class SettingsDateTests(SharedApp shared) : BrowserTests(shared), IClassFixture<SharedApp>
{
    /// <summary>Every weekday header of the open calendar, with how much of it is visible inside the pop-up.</summary>
    private const string Calendar = """
        () => {
          const popover = [...document.querySelectorAll('.mud-popover-open')].find(p => p.querySelector('.mud-picker-calendar'));
          if (!popover) return null;
          const box = popover.getBoundingClientRect();
          const days = [...popover.querySelectorAll('.mud-picker-calendar-header-day .mud-day-label')].map(d => {
            const r = d.getBoundingClientRect();
            return { text: d.textContent.trim(), visible: r.width > 0 && r.left >= box.left - 1 && r.right <= box.right + 1 && r.right <= window.innerWidth + 1 };
          });
          return { width: box.width, days };
        }
        """;

    [Theory]
    [InlineData("en", "target-day")]
    [InlineData("en", "note-day")]
    [InlineData("zh-CN", "target-day")]
    [InlineData("zh-CN", "note-day")]
    public async Task The_calendar_pop_up_is_wide_enough_for_all_seven_weekdays(string culture, string field)
    {
        var app = App;
        await OnceAsync("demo", async app =>
        {
            using var api = app.CreateApiClient();
            await CreateStoreAsync(api, "demo", "Demo store");
        });

        var browser = Chromium;
        var page = await OpenAsync(browser, app, culture, "/settings?store=demo");
        await WaitUntilInteractiveAsync(page);
        await page.Locator($"[data-testid='{field}-field'] button").First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-picker-calendar-header-day .mud-day-label")).ToHaveCountAsync(7);

        var calendar = await page.EvaluateAsync<JsonElement>(Calendar);
        var width = calendar.GetProperty("width").GetDouble();
        var days = calendar.GetProperty("days").EnumerateArray().ToList();
        Assert.True(width >= 280, $"The pop-up is {width}px wide.");
        Assert.Equal(7, days.Count);
        Assert.All(days, d => Assert.True(d.GetProperty("visible").GetBoolean(), $"Weekday '{d.GetProperty("text").GetString()}' is cut off in a {width}px pop-up."));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public async Task A_typed_date_is_taken_and_the_note_and_target_are_saved_on_that_day(string culture)
    {
        var app = App;
        var store = "saved-" + culture;
        using var api = app.CreateApiClient();
        await CreateStoreAsync(api, store, "Demo store");
        var typed = Yesterday(app).AddDays(-20);

        var browser = Chromium;
        var page = await OpenAsync(browser, app, culture, $"/settings?store={store}");
        await WaitUntilInteractiveAsync(page);

        var noteDay = page.Locator("[data-testid='note-day-field'] input");
        await noteDay.FillAsync(Day(typed));
        await noteDay.PressAsync("Tab");
        await page.Locator("input[data-testid='note-text'], [data-testid='note-text'] input").FillAsync("Price changed");
        await page.Locator("[data-testid='add-note']").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid='annotations'] tr[data-note]")).ToContainTextAsync(Day(typed));

        var notes = await api.GetFromJsonAsync<JsonElement>($"/api/v1/stores/{store}/annotations?from={Day(typed)}&to={Day(typed)}");
        var note = Assert.Single(notes.EnumerateArray());
        Assert.Equal((Day(typed), "Price changed"), (note.GetProperty("date").GetString(), note.GetProperty("text").GetString()));

        var targetDay = page.Locator("[data-testid='target-day-field'] input");
        await targetDay.FillAsync("2027-02-10");
        await targetDay.PressAsync("Tab");
        var amount = page.Locator("input[data-testid='target-amount'], [data-testid='target-amount'] input");
        await amount.FillAsync("50000");
        await amount.PressAsync("Tab");
        await page.Locator("[data-testid='set-target']").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid='targets'] tr[data-target]")).ToHaveCountAsync(1);

        var targets = await api.GetFromJsonAsync<JsonElement>($"/api/v1/stores/{store}/targets");
        var target = Assert.Single(targets.EnumerateArray());
        Assert.Equal(("2027-02-01", 50000m), (target.GetProperty("start").GetString(), target.GetProperty("amount").GetDecimal()));
    }
}
