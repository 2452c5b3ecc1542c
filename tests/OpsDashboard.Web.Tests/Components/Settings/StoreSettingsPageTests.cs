using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using MudBlazor;
using DateRange = OpsDashboard.Core.Periods.DateRange;
using OpsDashboard.Core.Targets;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Web.Components.Pages.Settings;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components;

namespace OpsDashboard.Web.Tests.Components.Settings;

/// <summary>
/// The settings page over a real SQLite database: a store's thresholds (shares shown in percent),
/// validated before anything is saved, reset to the documented defaults; month targets and annotations.
/// Every save is checked by reading the store back from the database. Today is Wednesday 2026-11-18.
/// </summary>
public sealed class StoreSettingsPageTests : ComponentTestContext
{
    [Fact]
    public async Task OpeningAStore_ShowsItsOwnSavedThresholds_WithSharesInPercent()
    {
        await CreateStoreAsync("alpha");
        await CreateStoreAsync("shop");
        await Stores.SaveThresholdsAsync("shop", StoreThresholds.Defaults with { BounceFail = 0.65m, PaidRoiMin = 2.5m });

        var page = OpenSettings("shop");

        Assert.Equal("Test store shop", page.Find("[data-testid='store-picker']").TextContent.Trim());
        Assert.Equal(65m, Field(page, "bounceFail"));
        Assert.Equal(2.5m, Field(page, "paidRoiMin"));
        Assert.Equal(60m, Field(page, "bouncePass"));
        Assert.Equal(1.3m, Field(page, "aovRatioPass"));
        Assert.Equal(50m, Field(page, "inquiryConversionMin"));
    }

    [Fact]
    public async Task ABounceFailLineOf170Percent_IsRefusedWithItsReason_AndNothingIsSaved()
    {
        await CreateStoreAsync("shop");
        var page = OpenSettings("shop");

        await Input(page, "bounceFail").ChangeAsync(new ChangeEventArgs { Value = "170" });
        await page.Find("[data-testid='save-thresholds']").ClickAsync(new MouseEventArgs());

        Assert.Equal("Not saved: fix the fields marked in red.", page.Find("[data-testid='settings-message']").TextContent.Trim());
        Assert.Equal("true", Input(page, "bounceFail").GetAttribute("aria-invalid"));
        Assert.Equal("Enter a percentage above 0 and at most 100 (e.g. 70).", ErrorText(page, "bounceFail"));
        Assert.Equal("false", Input(page, "bouncePass").GetAttribute("aria-invalid"));
        Assert.Equal(StoreThresholds.Defaults, (await Stores.FindAsync("shop"))!.Thresholds);
    }

    [Fact]
    public async Task AFractionInAWholeNumberField_IsRefusedAtOnce_NotCutOff_AndCorrectingItClearsTheMark()
    {
        await CreateStoreAsync("shop");
        var page = OpenSettings("shop");

        await Input(page, "conversionTrendDays").ChangeAsync(new ChangeEventArgs { Value = "2.5" });
        Assert.Equal("true", Input(page, "conversionTrendDays").GetAttribute("aria-invalid"));
        Assert.Equal("Enter a whole number of days from 1 to 14.", ErrorText(page, "conversionTrendDays"));

        await page.Find("[data-testid='save-thresholds']").ClickAsync(new MouseEventArgs());
        Assert.Equal("Not saved: fix the fields marked in red.", page.Find("[data-testid='settings-message']").TextContent.Trim());
        Assert.Equal(StoreThresholds.Defaults, (await Stores.FindAsync("shop"))!.Thresholds);

        await Input(page, "conversionTrendDays").ChangeAsync(new ChangeEventArgs { Value = "4" });
        Assert.Equal("false", Input(page, "conversionTrendDays").GetAttribute("aria-invalid"));
        await page.Find("[data-testid='save-thresholds']").ClickAsync(new MouseEventArgs());
        Assert.Equal(4, (await Stores.FindAsync("shop"))!.Thresholds.ConversionTrendDays);
    }

    [Fact]
    public async Task ARefusedField_StopsBeingMarked_OnceItIsCorrected()
    {
        await CreateStoreAsync("shop");
        var page = OpenSettings("shop");
        await Input(page, "bounceFail").ChangeAsync(new ChangeEventArgs { Value = "170" });
        await page.Find("[data-testid='save-thresholds']").ClickAsync(new MouseEventArgs());
        Assert.Equal("true", Input(page, "bounceFail").GetAttribute("aria-invalid"));

        await Input(page, "bounceFail").ChangeAsync(new ChangeEventArgs { Value = "75" });

        Assert.Equal("false", Input(page, "bounceFail").GetAttribute("aria-invalid"));
    }

    [Fact]
    [UseCulture("zh-CN")]
    public async Task InChinese_ARefusedValueIsExplainedInChinese_InThePercentTheFormUses()
    {
        await CreateStoreAsync("shop");
        var page = OpenSettings("shop");

        await Input(page, "bounceFail").ChangeAsync(new ChangeEventArgs { Value = "55" });
        await page.Find("[data-testid='save-thresholds']").ClickAsync(new MouseEventArgs());

        // A fail line of 55% now lies below the 60% pass line: the pass line is the one marked.
        Assert.Equal("未保存：请修改标红的字段。", page.Find("[data-testid='settings-message']").TextContent.Trim());
        Assert.Equal("请输入大于 0 且不超过 100 的百分比，且不高于不合格线。", ErrorText(page, "bouncePass"));
        Assert.Equal(string.Empty, ErrorText(page, "bounceFail"));
        Assert.Equal(StoreThresholds.Defaults, (await Stores.FindAsync("shop"))!.Thresholds);
    }

    [Fact]
    public async Task AValidChange_IsSavedOnThatStoreOnly_AndReadsBackFromTheDatabase()
    {
        await CreateStoreAsync("other");
        await CreateStoreAsync("shop");
        var page = OpenSettings("shop");

        await Input(page, "bounceFail").ChangeAsync(new ChangeEventArgs { Value = "65" });
        await Input(page, "paidRoiMin").ChangeAsync(new ChangeEventArgs { Value = "2.5" });
        await page.Find("[data-testid='save-thresholds']").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Equal("Saved.", page.Find("[data-testid='settings-message']").TextContent.Trim()), Patience);
        Assert.Equal(StoreThresholds.Defaults with { BounceFail = 0.65m, PaidRoiMin = 2.5m }, (await Stores.FindAsync("shop"))!.Thresholds);
        Assert.Equal(StoreThresholds.Defaults, (await Stores.FindAsync("other"))!.Thresholds);
    }

    [Fact]
    public async Task ResetToDefaults_PutsTheDocumentedLinesBack_InTheDatabaseAndTheForm()
    {
        await CreateStoreAsync("shop");
        await Stores.SaveThresholdsAsync("shop", StoreThresholds.Defaults with { BounceFail = 0.65m, DepthPass = 4.5m });
        var page = OpenSettings("shop");
        Assert.Equal(65m, Field(page, "bounceFail"));

        await page.Find("[data-testid='reset-thresholds']").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Equal("Thresholds reset to the defaults.", page.Find("[data-testid='settings-message']").TextContent.Trim()), Patience);
        Assert.Equal(StoreThresholds.Defaults, (await Stores.FindAsync("shop"))!.Thresholds);
        Assert.Equal((70m, 3.5m), (Field(page, "bounceFail"), Field(page, "depthPass")));
    }

    [Fact]
    public async Task SettingAMonthTarget_SavesItForTheWholeMonthContainingTheChosenDay()
    {
        var shop = await CreateStoreAsync("shop");
        var page = OpenSettings("shop");

        var day = page.FindComponents<MudDatePicker>().Single(p => Equals(p.Instance.UserAttributes["data-testid"], "target-day"));
        await page.InvokeAsync(() => day.Instance.DateChanged.InvokeAsync(new DateTime(2026, 12, 5)));
        await page.Find("input[data-testid='target-amount']").ChangeAsync(new ChangeEventArgs { Value = "300000" });
        await page.Find("[data-testid='set-target']").ClickAsync(new MouseEventArgs());

        page.WaitForElement("tr[data-target='2026-12']", Patience);
        Assert.Equal([new TargetPeriod(TargetPeriodKind.Month, new DateOnly(2026, 12, 1), 300000m, TargetShape.Even)], await Targets.ListAsync(shop));
        Assert.Contains("¥300,000.00", page.Find("tr[data-target='2026-12']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddingAnAnnotation_SavesItOnTheChosenDay_AndListsIt()
    {
        var shop = await CreateStoreAsync("shop");
        var page = OpenSettings("shop");

        await page.Find("input[data-testid='note-text']").ChangeAsync(new ChangeEventArgs { Value = "Double 11 presale starts" });
        await page.Find("[data-testid='add-note']").ClickAsync(new MouseEventArgs());

        page.WaitForElement("tr[data-note]", Patience);
        var saved = Assert.Single(await Annotations.ListAsync(shop, new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31))));
        Assert.Equal((new DateOnly(2026, 11, 18), "Double 11 presale starts"), (saved.Date, saved.Text));
        Assert.Equal(["2026-11-18", "Double 11 presale starts"], page.FindAll("tr[data-note] td").Take(2).Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task ACampaignNote_SavesItsEndDay_AndListsTheSpan()
    {
        var shop = await CreateStoreAsync("shop");
        var page = OpenSettings("shop");

        await page.Find("input[data-testid='note-text']").ChangeAsync(new ChangeEventArgs { Value = "Anniversary sale" });
        var end = page.FindComponents<MudDatePicker>().Single(p => Equals(p.Instance.UserAttributes["data-testid"], "note-end"));
        await page.InvokeAsync(() => end.Instance.DateChanged.InvokeAsync(new DateTime(2026, 11, 22)));
        await page.Find("[data-testid='add-note']").ClickAsync(new MouseEventArgs());

        page.WaitForElement("tr[data-note]", Patience);
        var saved = Assert.Single(await Annotations.ListAsync(shop, new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31))));
        Assert.Equal((new DateOnly(2026, 11, 18), new DateOnly(2026, 11, 22)), (saved.Date, saved.EndDate!.Value));
        Assert.Equal("2026-11-18 – 2026-11-22", page.Find("tr[data-note] td").TextContent.Trim());
    }

    [Fact]
    public async Task ACampaignEndingBeforeItStarts_IsRefused_AndNothingIsSaved()
    {
        var shop = await CreateStoreAsync("shop");
        var page = OpenSettings("shop");

        await page.Find("input[data-testid='note-text']").ChangeAsync(new ChangeEventArgs { Value = "Backwards" });
        var end = page.FindComponents<MudDatePicker>().Single(p => Equals(p.Instance.UserAttributes["data-testid"], "note-end"));
        await page.InvokeAsync(() => end.Instance.DateChanged.InvokeAsync(new DateTime(2026, 11, 1)));
        await page.Find("[data-testid='add-note']").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Contains("on or after the start", page.Find("[data-testid='annotations']").TextContent, StringComparison.Ordinal), Patience);
        Assert.Empty(await Annotations.ListAsync(shop, new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31))));
    }

    [Fact]
    public async Task AnEmptyAnnotation_IsRefused_AndNothingIsSaved()
    {
        var shop = await CreateStoreAsync("shop");
        var page = OpenSettings("shop");

        await page.Find("[data-testid='add-note']").ClickAsync(new MouseEventArgs());

        Assert.Equal("true", page.Find("input[data-testid='note-text']").GetAttribute("aria-invalid"));
        Assert.Empty(await Annotations.ListAsync(shop, new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31))));
        Assert.Empty(page.FindAll("tr[data-note]"));
    }

    private IRenderedComponent<StoreSettings> OpenSettings(string store)
    {
        var page = Open<StoreSettings>("/settings?store=" + store);
        page.WaitForElement("[data-testid='thresholds']", Patience);
        return page;
    }

    private static IElement Input(IRenderedComponent<StoreSettings> page, string setting) => page.Find($"input[data-setting='{setting}']");

    /// <summary>The number a threshold field shows, as the reader's culture writes it.</summary>
    private static decimal Field(IRenderedComponent<StoreSettings> page, string setting) =>
        decimal.Parse(Input(page, setting).GetAttribute("value")!, CultureInfo.CurrentCulture);

    private static string ErrorText(IRenderedComponent<StoreSettings> page, string setting) =>
        Input(page, setting).Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() ?? string.Empty;
}
