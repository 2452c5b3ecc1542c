using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using OpsDashboard.Data.Import;
using ImportPage = OpsDashboard.Web.Components.Pages.Imports.ImportPage;
using MeetingPage = OpsDashboard.Web.Components.Pages.Meeting.Meeting;
using MorningReviewPage = OpsDashboard.Web.Components.Pages.MorningReview.MorningReview;
using PageHealthPage = OpsDashboard.Web.Components.Pages.PageHealth.PageHealth;
using SettingsPage = OpsDashboard.Web.Components.Pages.Settings.StoreSettings;

namespace OpsDashboard.Web.Tests.Components.Scope;

/// <summary>
/// A store code in the URL that no store has is said out loud on every screen that shows one store
/// (README: never silently swapped), in the same words (the scope resolver's, <c>UnknownStoreAlert</c>),
/// while the screen shows the first store. A known code shows no such message.
/// </summary>
public sealed class UnknownStoreTests : ComponentTestContext
{
    private const string English = "No store has the code 'nope'; showing Test store alpha instead. Pick a store below.";

    [Fact]
    public async Task MorningReview_SaysTheUnknownStore_AndShowsTheFirst()
    {
        await CreateStoresAsync();
        var page = Open<MorningReviewPage>("/?store=nope");

        page.WaitForAssertion(() => Assert.Equal(English, Message(page)), Patience);
        Assert.Equal("alpha", page.Find("[data-testid='filter-bar']").GetAttribute("data-store"));
    }

    [Fact]
    public async Task PageHealth_SaysTheUnknownStore_AndShowsTheFirst()
    {
        await CreateStoresAsync();
        var page = Open<PageHealthPage>("/page-health?store=nope");

        page.WaitForAssertion(() => Assert.Equal(English, Message(page)), Patience);
        Assert.Equal("Test store alpha", page.Find("[data-testid='store-picker']").TextContent.Trim());
    }

    [Fact]
    public async Task Import_SaysTheUnknownStore_AndShowsTheFirst()
    {
        await CreateStoresAsync();
        var page = Open<ImportPage>("/import?store=nope");

        page.WaitForAssertion(() => Assert.Equal(English, Message(page)), Patience);
        Assert.Equal("alpha", page.Find("[data-testid='import-page']").GetAttribute("data-store"));
    }

    [Fact]
    public async Task Settings_SaysTheUnknownStore_AndShowsTheFirst()
    {
        await CreateStoresAsync();
        var page = Open<SettingsPage>("/settings?store=nope");

        page.WaitForAssertion(() => Assert.Equal(English, Message(page)), Patience);
        Assert.Equal("Test store alpha", page.Find("[data-testid='store-picker']").TextContent.Trim());
    }

    [Fact]
    public async Task Meeting_SaysTheUnknownStore_AndShowsTheFirst()
    {
        await CreateStoresAsync();
        var page = Open<MeetingPage>("/meeting?store=nope");

        page.WaitForAssertion(() => Assert.Equal(English, Message(page)), Patience);
        Assert.Equal("alpha", page.Find("[data-testid='meeting']").GetAttribute("data-store"));
    }

    [Fact]
    public async Task Meeting_SaysAnUnknownCodeInItsRotation_AndRotatesThroughTheKnownOnes()
    {
        await CreateStoresAsync();
        var page = Open<MeetingPage>("/meeting?stores=alpha,nope,beta");

        page.WaitForAssertion(() => Assert.Equal(English, Message(page)), Patience);
        Assert.Equal("2", page.Find("[data-testid='rotation']").GetAttribute("data-count"));
    }

    [Theory]
    [UseCulture("zh-CN")]
    [InlineData("/settings?store=nope")]
    [InlineData("/page-health?store=nope")]
    [InlineData("/import?store=nope")]
    [InlineData("/meeting?store=nope")]
    public async Task InChinese_EveryPageUsesTheSameChineseWords(string url)
    {
        await CreateStoresAsync();
        var page = OpenPage(url);

        page.WaitFor(() => Assert.Equal("没有代码为“nope”的店铺，当前显示的是Test store alpha。请在下方选择店铺。", page.Find("[data-testid='unknown-store']").TextContent.Trim()));
    }

    [Theory]
    [InlineData("/settings?store=beta", "[data-testid='store-picker']")]
    [InlineData("/page-health?store=beta", "[data-testid='store-picker']")]
    [InlineData("/import?store=beta", "[data-testid='store-picker']")]
    [InlineData("/meeting?store=beta", "[data-testid='store-name']")]
    public async Task AKnownStore_ShowsNoMessage(string url, string storeShown)
    {
        await CreateStoresAsync();
        var page = OpenPage(url);

        page.WaitFor(() => Assert.Equal("Test store beta", page.Find(storeShown).TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid='unknown-store']"));
    }

    /// <summary>Opens the page the URL names.</summary>
    private ShownPage OpenPage(string url) => url.Split('?')[0] switch
    {
        "/settings" => Shown(Open<SettingsPage>(url)),
        "/page-health" => Shown(Open<PageHealthPage>(url)),
        "/import" => Shown(Open<ImportPage>(url)),
        _ => Shown(Open<MeetingPage>(url)),
    };

    private static ShownPage Shown<T>(IRenderedComponent<T> page)
        where T : IComponent =>
        new(check => page.WaitForAssertion(check, Patience), selector => page.Find(selector), selector => page.FindAll(selector));

    /// <summary>Any page, as the checks above read it.</summary>
    private sealed record ShownPage(Action<Action> WaitFor, Func<string, IElement> Find, Func<string, IReadOnlyList<IElement>> FindAll);

    private async Task CreateStoresAsync()
    {
        var alpha = await CreateStoreAsync("alpha");
        await CreateStoreAsync("beta");
        await ImportAsync(alpha, ImportKind.StoreDaily, "date,visitors,paying_buyers,payment_amount\n2026-11-16,100,2,200\n2026-11-17,120,3,300\n");
    }

    private static string Message<T>(IRenderedComponent<T> page)
        where T : IComponent =>
        page.Find("[data-testid='unknown-store']").TextContent.Trim();
}
