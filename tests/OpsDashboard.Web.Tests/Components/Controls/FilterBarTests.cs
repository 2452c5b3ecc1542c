using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OpsDashboard.Data.Reports;
using OpsDashboard.Core.Periods;
using OpsDashboard.Web.Components.Controls;
using OpsDashboard.Web.Model;
using Microsoft.AspNetCore.Components.Web;

namespace OpsDashboard.Web.Tests.Components.Controls;

/// <summary>The filter bar, with "today" fixed at Wednesday 2026-11-18 by a hand-written clock.</summary>
public sealed class FilterBarTests : ComponentTestContext
{
    private static readonly DateOnly Today = new(2026, 11, 18);

    [Theory]
    [InlineData(DatePreset.Yesterday, "2026-11-17", "2026-11-17")]
    [InlineData(DatePreset.Last7Days, "2026-11-11", "2026-11-17")]
    [InlineData(DatePreset.Last30Days, "2026-10-19", "2026-11-17")]
    [InlineData(DatePreset.ThisWeek, "2026-11-16", "2026-11-18")]
    [InlineData(DatePreset.ThisMonth, "2026-11-01", "2026-11-18")]
    [InlineData(DatePreset.LastMonth, "2026-10-01", "2026-10-31")]
    public void Presets_GiveTheirDates_ForAFixedToday(DatePreset preset, string from, string to)
    {
        var range = DatePresets.For(preset, Today);
        Assert.Equal((DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), (range.From, range.To));
        Assert.Equal(preset, DatePresets.Match(range, Today));
    }

    [Fact]
    public void Presets_OnTheFirstOfJanuary_ReachBackIntoLastYear()
    {
        var newYear = new DateOnly(2027, 1, 1);
        Assert.Equal(new DateRange(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31)), DatePresets.For(DatePreset.LastMonth, newYear));
        Assert.Equal(new DateRange(new DateOnly(2026, 12, 28), newYear), DatePresets.For(DatePreset.ThisWeek, newYear));
    }

    [Theory]
    [InlineData("last-month", "from=2026-10-01&to=2026-10-31")]
    [InlineData("this-week", "from=2026-11-16&to=2026-11-18")]
    [InlineData("yesterday", "from=2026-11-17&to=2026-11-17")]
    public async Task ClickingAPreset_PutsItsDatesInTheUrl_KeepingStoreAndComparison(string preset, string dates)
    {
        await CreateStoresAsync();
        var bar = Open("/?store=b-store&compare=yoy");

        await bar.Find($"[data-preset='{preset}']").ClickAsync(new MouseEventArgs());

        var query = DashboardQuery.FromUri(Navigation.Uri);
        Assert.Equal("b-store", query.Store);
        Assert.Equal(Comparison.YearOverYear, query.Compare);
        Assert.Contains(dates, Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRangeInTheUrl_LightsUpItsPreset()
    {
        await CreateStoresAsync();
        var bar = Open("/?store=a-store&from=2026-11-11&to=2026-11-17");

        Assert.Equal("true", bar.Find("[data-preset='last-7-days']").GetAttribute("aria-pressed"));
        Assert.Equal(["last-7-days"], bar.FindAll("[aria-pressed='true'][data-preset]").Select(b => b.GetAttribute("data-preset")));
        Assert.Equal("true", bar.Find("button[data-compare='previous']").GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task TheComparisonSwitch_WritesYoyIntoTheUrl()
    {
        await CreateStoresAsync();
        var bar = Open("/?store=a-store&from=2026-11-11&to=2026-11-17");

        await bar.Find("button[data-compare='yoy']").ClickAsync(new MouseEventArgs());

        Assert.Equal(new DashboardQuery("a-store", new DateOnly(2026, 11, 11), new DateOnly(2026, 11, 17), Comparison.YearOverYear), DashboardQuery.FromUri(Navigation.Uri));
    }

    [Fact]
    public async Task PickingAStore_PutsItInTheUrl_AndItIsRemembered()
    {
        await CreateStoresAsync();
        var bar = Open("/?store=a-store&from=2026-11-11&to=2026-11-17");
        bar.WaitForAssertion(() => Assert.Equal(["opsdash.store", "a-store"], JSInterop.VerifyInvoke("opsDashboard.setCookie").Arguments));

        await bar.InvokeAsync(() => bar.Instance.SelectStore("b-store"));

        Assert.Equal("b-store", DashboardQuery.FromUri(Navigation.Uri).Store);
        bar.WaitForAssertion(() => Assert.Contains(JSInterop.Invocations, i => i.Identifier == "opsDashboard.setCookie" && Equals(i.Arguments[1], "b-store")));
    }

    [Fact]
    public async Task WithoutAStoreInTheUrl_TheRememberedStoreIsShown_AndWrittenIntoTheUrl()
    {
        await CreateStoresAsync();
        JSInterop.Setup<string?>("opsDashboard.getCookie", FilterBar.StoreCookie).SetResult("b-store");

        Open("/?from=2026-11-11&to=2026-11-17");

        Assert.Equal("b-store", DashboardQuery.FromUri(Navigation.Uri).Store);
    }

    [Fact]
    public async Task WithoutARangeInTheUrl_ShowsTheSevenDaysEndingOnTheStoresLastDayOfData_OrYesterday()
    {
        await CreateStoresAsync();
        var bar = Open("/?store=a-store");

        // a-store has no data: the last 7 days to yesterday, which is the "last 7 days" preset.
        Assert.Equal("true", bar.Find("[data-preset='last-7-days']").GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task DataAlreadyInForToday_DoesNotMoveTheDefaultRangeOffYesterday()
    {
        await CreateStoresAsync();
        var store = (await Stores.FindAsync("a-store"))!;
        await ImportAsync(store.Id, OpsDashboard.Data.Import.ImportKind.StoreDaily, "date,visitors,paying_buyers,payment_amount\n2026-11-17,100,2,200\n2026-11-18,10,0,0\n");

        var bar = Open("/?store=a-store");

        Assert.Equal(("2026-11-11", "2026-11-17"), (bar.Find("[data-testid='filter-bar']").GetAttribute("data-from"), bar.Find("[data-testid='filter-bar']").GetAttribute("data-to")));
        Assert.Equal("true", bar.Find("[data-preset='last-7-days']").GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task AStoreCodeNoStoreHas_IsSaidOutLoud_NotSilentlySwapped()
    {
        await CreateStoresAsync();
        var bar = Open("/?store=nope");

        Assert.Equal("No store has the code 'nope'; showing Test store a-store instead. Pick a store below.", bar.Find("[data-testid='unknown-store']").TextContent.Trim());
        Navigation.NavigateTo("/?store=b-store");
        bar.WaitForAssertion(() => Assert.Empty(bar.FindAll("[data-testid='unknown-store']")), Patience);
    }

    [Fact]
    public async Task AReversedRangeInTheUrl_IsSaidOutLoud_NotSilentlyReplaced()
    {
        await CreateStoresAsync();
        var bar = Open("/?store=a-store&from=2026-11-17&to=2026-11-11");

        Assert.Equal(
            "The link's range starts on 2026-11-17, after it ends on 2026-11-11; showing 2026-11-11 to 2026-11-17 instead. Pick the dates below.",
            bar.Find("[data-testid='reversed-range']").TextContent.Trim());
        Navigation.NavigateTo("/?store=a-store&from=2026-11-11&to=2026-11-17");
        bar.WaitForAssertion(() => Assert.Empty(bar.FindAll("[data-testid='reversed-range']")), Patience);
    }

    [Fact]
    public async Task AFailedLoad_IsReportedLikeTheScreensDoIt_AndTheBarLoadsItselfWhenTheDatabaseAnswers()
    {
        var answers = false;
        var status = new DatabaseStatus(_ => Task.FromResult(answers), Clock, NullLogger<DatabaseStatus>.Instance);
        Services.AddSingleton(status);
        await CreateStoresAsync();
        Navigation.NavigateTo("/?store=a-store");

        // The page's read of the URL failed on an outage and is handed to the bar, as the morning review hands it over.
        var failed = new ScopeResolution(
            Navigation.Uri, Task.FromException<(StoreChoice, DashboardScope?)>(new TimeoutException("The database did not answer.")));
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Render<MudBlazor.MudPopoverProvider>();
        var bar = Render<CascadingValue<ScopeResolution>>(p => p.Add(c => c.Value, failed).AddChildContent<FilterBar>());

        bar.WaitForAssertion(() => Assert.True(status.IsDown), Patience); // reported: the banner shows, a reload is due
        Assert.Empty(bar.FindAll("[data-testid='filter-bar']"));

        answers = true;
        await status.CheckNowAsync();
        bar.WaitForAssertion(() => Assert.Equal("a-store", bar.Find("[data-testid='filter-bar']").GetAttribute("data-store")), Patience);
    }

    private async Task CreateStoresAsync()
    {
        await CreateStoreAsync("a-store");
        await CreateStoreAsync("b-store");
    }

    private IRenderedComponent<FilterBar> Open(string url)
    {
        Navigation.NavigateTo(url);
        var bar = RenderWithProviders<FilterBar>();
        bar.WaitForElement("[data-testid='filter-bar']", Patience);
        return bar;
    }
}
