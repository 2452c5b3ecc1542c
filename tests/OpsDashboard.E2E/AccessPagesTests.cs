using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpsDashboard.Data;

namespace OpsDashboard.E2E;

/// <summary>
/// The access pages in a real browser (issue 13): the owner creates an operator limited to one store, who then sees
/// only that store and follows a grant change without reconnecting; a viewer cannot reach the admin pages; a display
/// link made on its page stops working once revoked there, also on a wall screen already open.
/// </summary>
public sealed class AccessPagesTests
{
    private const string Password = "client-password-123";

    [Fact]
    public async Task TheOwnerCreatesAnOperatorForOneStore_WhoSeesOnlyThatStore_AndAGrantAddedLaterWithoutReconnecting()
    {
        await using var app = await RunningApp.StartAsync(DatabaseProvider.Sqlite);
        using var api = app.CreateApiClient();
        foreach (var code in new[] { "e2e-a", "e2e-b" })
        {
            (await api.PostAsJsonAsync("/api/v1/stores", new { code, name = "Client " + code })).EnsureSuccessStatusCode();
        }

        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var owner = await (await browser.NewContextAsync()).NewPageAsync();
            await SignIn.AsOwnerAsync(owner, app, "/admin/users");
            await Screens.WaitUntilInteractiveAsync(owner);
            await owner.Locator("input[data-testid='user-email']").FillAsync("ops@client-a.example");
            await owner.Locator("input[data-testid='user-password']").FillAsync(Password);
            await owner.Locator("[data-testid='user-stores'] [data-store-choice='e2e-a']").ClickAsync();
            await owner.Locator("[data-testid='save-user']").ClickAsync();
            var row = owner.Locator("tr[data-user='ops@client-a.example']");
            await Assertions.Expect(row).ToHaveAttributeAsync("data-role", "operator");
            await Assertions.Expect(row.Locator("td[data-stores]")).ToHaveAttributeAsync("data-stores", "e2e-a");

            var ops = await (await browser.NewContextAsync()).NewPageAsync();
            await SignIn.AsAsync(ops, app.BaseUrl, "ops@client-a.example", Password, "/portfolio");
            await Screens.WaitUntilInteractiveAsync(ops);
            await Assertions.Expect(ops.Locator("[data-testid='portfolio']")).ToContainTextAsync("e2e-a");
            await Assertions.Expect(ops.Locator("[data-testid='portfolio']")).Not.ToContainTextAsync("e2e-b");
            await Assertions.Expect(ops.Locator("[data-nav='users']")).ToHaveCountAsync(0);
            await Assertions.Expect(ops.Locator("[data-nav='keys']")).ToHaveCountAsync(1);

            // The owner grants the second store; the operator's open page (same document, same circuit) follows.
            await ops.EvaluateAsync("() => { window.__sameDocument = true; }");
            await row.Locator("[data-action='edit']").ClickAsync();
            await owner.Locator("[data-testid='user-stores'] [data-store-choice='e2e-b']").ClickAsync();
            await owner.Locator("[data-testid='save-user']").ClickAsync();
            await Assertions.Expect(row.Locator("td[data-stores]")).ToHaveAttributeAsync("data-stores", "e2e-a,e2e-b");

            await ops.Locator("[data-nav='morning-review']").ClickAsync();
            await ops.Locator("[data-nav='portfolio']").ClickAsync();
            await Assertions.Expect(ops.Locator("[data-testid='portfolio']")).ToContainTextAsync("e2e-b");
            Assert.True(await ops.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page was not reloaded");
        }
    }

    [Fact]
    public async Task AViewer_CannotReachTheAdminPages_AndTheNavOffersOnlyTheirKeys()
    {
        await using var app = await RunningApp.StartAsync(DatabaseProvider.Sqlite);
        using var api = app.CreateApiClient();
        (await api.PostAsJsonAsync("/api/v1/users", new { email = "viewer@example.com", password = Password, role = "viewer", stores = new[] { "*" } })).EnsureSuccessStatusCode();
        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync();
            await SignIn.AsAsync(page, app.BaseUrl, "viewer@example.com", Password, "/portfolio");
            await Screens.WaitUntilInteractiveAsync(page);
            foreach (var hidden in new[] { "users", "display-links", "audit" })
            {
                await Assertions.Expect(page.Locator($"[data-nav='{hidden}']")).ToHaveCountAsync(0);
            }

            foreach (var path in new[] { "/admin/users", "/admin/display-links", "/admin/audit" })
            {
                await page.GotoAsync(app.BaseUrl + path);
                await Assertions.Expect(page.Locator("[data-testid='access-denied']")).ToBeVisibleAsync();
                await Assertions.Expect(page.Locator("[data-testid='user-list'], [data-testid='link-list'], [data-testid='audit-list']")).ToHaveCountAsync(0);
            }

            await page.GotoAsync(app.BaseUrl + "/account/keys");
            await Assertions.Expect(page.Locator("[data-testid='key-form']")).ToBeVisibleAsync();
        }
    }

    [Fact]
    public async Task ADisplayLinkMadeOnItsPage_OpensTheWallScreen_UntilRevokedThere()
    {
        await using var app = await RunningApp.StartAsync(DatabaseProvider.Sqlite);
        using var api = app.CreateApiClient();
        (await api.PostAsJsonAsync("/api/v1/stores", new { code = "wall-a", name = "Wall A" })).EnsureSuccessStatusCode();
        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var owner = await (await browser.NewContextAsync()).NewPageAsync();
            await SignIn.AsOwnerAsync(owner, app, "/admin/display-links");
            await Screens.WaitUntilInteractiveAsync(owner);
            await owner.Locator("[data-testid='link-stores'] [data-store-choice='wall-a']").ClickAsync();
            await owner.Locator("[data-testid='create-link']").ClickAsync();
            var url = (await owner.Locator("[data-testid='new-link-url']").TextContentAsync())!.Trim();

            var wall = await (await browser.NewContextAsync()).NewPageAsync();
            await wall.GotoAsync(url);
            await Assertions.Expect(wall).ToHaveURLAsync(new Regex("/meeting\\?stores=wall-a$"));
            await Assertions.Expect(wall.Locator("[data-testid='meeting']")).ToHaveAttributeAsync("data-store", "wall-a");

            await owner.Locator("tr[data-link] [data-action='revoke']").ClickAsync();
            await Assertions.Expect(owner.Locator("tr[data-link]")).ToHaveAttributeAsync("data-live", "false");

            // The open wall screen is told at once (its sign-in state follows the revocation) and leaves for the sign-in page.
            await Assertions.Expect(wall).ToHaveURLAsync(new Regex("/login(\\?|$)"));
            await wall.GotoAsync(app.BaseUrl + "/meeting?stores=wall-a");
            await Assertions.Expect(wall).ToHaveURLAsync(new Regex("/login(\\?|$)"));
            await wall.GotoAsync(url);
            await Assertions.Expect(wall.Locator("[data-testid='meeting']")).ToHaveCountAsync(0);
        }
    }
}
