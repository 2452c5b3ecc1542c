using Bunit;
using OpsDashboard.Data.Accounts;
using OpsDashboard.Web.Components.Pages.Admin;

namespace OpsDashboard.Web.Tests.Components.Admin;

/// <summary>The display links screen: a manager makes a wall-screen link for their store, copies its URL, revokes it.</summary>
public sealed class DisplayLinksPageTests : AdminPageTestContext
{
    [Fact]
    public async Task AManagersLink_OpensOnlyTheirStore_TheUrlIsCopied_AndRevokingEndsIt()
    {
        var a = await CreateStoreAsync("a");
        var b = await CreateStoreAsync("b");
        Callers.Caller = await CreateUserAsync("manager@example.com", Roles.Manager, "a");
        JSInterop.Setup<bool>("opsDashboard.copyText", _ => true).SetResult(true);
        var page = Open<DisplayLinksPage>("/admin/display-links");
        page.WaitForElement("[data-testid='no-links']", Patience);
        Assert.Equal(["a"], page.FindAll("[data-store-choice]").Select(e => e.GetAttribute("data-store-choice")));

        await TickAsync(page, "a");
        await ClickAsync(page, "[data-testid='create-link']");

        var url = page.WaitForElement("[data-testid='new-link-url']", Patience).TextContent.Trim();
        Assert.StartsWith("http://localhost/display/opd_", url, StringComparison.Ordinal);
        await ClickAsync(page, "[data-testid='copy-link']");
        Assert.Equal(url, JSInterop.VerifyInvoke("opsDashboard.copyText").Arguments[0]);

        var token = url[(url.LastIndexOf('/') + 1)..];
        var wall = await Directory.DisplayLinkAsync(token);
        Assert.NotNull(wall);
        Assert.Equal((true, false, false), (wall.CanSee(a), wall.CanSee(b), wall.May(Permission.Import)));

        await ClickAsync(page, "tr[data-link] [data-action='revoke']");
        page.WaitForAssertion(() => Assert.Equal("false", page.Find("tr[data-link]").GetAttribute("data-live")), Patience);
        Assert.Null(await Directory.DisplayLinkAsync(token));
    }

    [Fact]
    public async Task ALinkWithoutStores_IsRefusedWithAMessage()
    {
        await CreateStoreAsync("a");
        var page = Open<DisplayLinksPage>("/admin/display-links");
        page.WaitForElement("[data-testid='link-form']", Patience);

        await ClickAsync(page, "[data-testid='create-link']");

        Assert.Contains("at least one store", page.Find("[data-testid='links-message']").TextContent, StringComparison.Ordinal);
        Assert.Empty(await Credentials.ListLinksAsync());
    }
}
