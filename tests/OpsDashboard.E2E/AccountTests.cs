using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpsDashboard.Data;
using OpsDashboard.Web.Accounts;

namespace OpsDashboard.E2E;

/// <summary>
/// Accounts in the browser (issue 13): the first owner from the one-time setup link, sign-in and sign-out, lockout,
/// a viewer kept off the import screen, a client who sees only their stores, and a wall-screen link that opens the
/// meeting screen and nothing else.
/// </summary>
public sealed partial class AccountTests
{
    private const string Password = "client-password-123";

    [Fact]
    public async Task FirstRun_SetupLinkCreatesTheOwner_OnceOnly()
    {
        await using var app = await RunningApp.StartAsync(DatabaseProvider.Sqlite, withOwner: false);
        var token = app.Services.GetRequiredService<SetupToken>().Value;
        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(app.BaseUrl + "/");
            await Assertions.Expect(page).ToHaveURLAsync(LoginUrl());
            await Assertions.Expect(page.Locator("[data-testid='setup-hint']")).ToBeVisibleAsync();

            await page.GotoAsync(app.BaseUrl + "/setup");
            await Assertions.Expect(page.Locator("[data-testid='setup-token']")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#email")).ToHaveCountAsync(0);

            await page.GotoAsync($"{app.BaseUrl}/setup?token={token}");
            await page.Locator("#email").FillAsync("first@example.com");
            await page.Locator("#password").FillAsync("first-owner-password");
            await page.Locator("#confirm").FillAsync("first-owner-password");
            await page.Locator("[data-testid='setup-submit']").ClickAsync();
            await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/setup", StringComparison.Ordinal));
            await Assertions.Expect(page.Locator("[data-testid='account-email']")).ToHaveTextAsync("first@example.com");
            await Assertions.Expect(page.Locator("[data-testid='first-run']")).ToBeVisibleAsync();

            // The link is spent: a second visitor cannot make themselves owner.
            var second = await browser.NewPageAsync();
            await second.GotoAsync($"{app.BaseUrl}/setup?token={token}");
            await Assertions.Expect(second.Locator("[data-testid='setup-done']")).ToBeVisibleAsync();
            await Assertions.Expect(second.Locator("#email")).ToHaveCountAsync(0);
        }
    }

    [Fact]
    public async Task Login_WrongPasswordSaysSo_RightOneSignsIn_LogoutSignsOut_FiveFailuresLockOut()
    {
        await using var app = await RunningApp.StartAsync(DatabaseProvider.Sqlite);
        using var api = app.CreateApiClient();
        await CreateUserAsync(api, "locked@example.com", "viewer", ["*"]);
        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync();
            await SignIn.AsAsync(page, app.BaseUrl, RunningApp.OwnerEmail, "wrong-password-here", expectSuccess: false);
            await Assertions.Expect(page.Locator("[data-testid='login-error']")).ToBeVisibleAsync();

            await SignIn.AsAsync(page, app.BaseUrl, RunningApp.OwnerEmail, RunningApp.OwnerPassword, "/portfolio");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/portfolio$"));
            await Assertions.Expect(page.Locator("[data-testid='account-email']")).ToHaveTextAsync(RunningApp.OwnerEmail);

            await page.Locator("[data-testid='logout']").ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(LoginUrl());
            await page.GotoAsync(app.BaseUrl + "/portfolio");
            await Assertions.Expect(page).ToHaveURLAsync(LoginUrl());

            for (var i = 0; i < 5; i++)
            {
                await SignIn.AsAsync(page, app.BaseUrl, "locked@example.com", $"wrong-{i}-password", expectSuccess: false);
            }

            await SignIn.AsAsync(page, app.BaseUrl, "locked@example.com", Password, expectSuccess: false);
            await Assertions.Expect(page.Locator("[data-testid='login-error']")).ToContainTextAsync("locked");
        }
    }

    [Fact]
    public async Task Viewer_CannotOpenTheImportScreen_AndSeesOnlyTheirStores()
    {
        await using var app = await RunningApp.StartAsync(DatabaseProvider.Sqlite);
        using var api = app.CreateApiClient();
        foreach (var code in new[] { "client-a", "client-b" })
        {
            (await api.PostAsJsonAsync("/api/v1/stores", new { code, name = "Client " + code })).EnsureSuccessStatusCode();
        }

        await CreateUserAsync(api, "viewer@client-a.example", "viewer", ["client-a"]);
        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync();
            await SignIn.AsAsync(page, app.BaseUrl, "viewer@client-a.example", Password, "/import?store=client-a");
            await page.WaitForURLAsync(new Regex("/access-denied"));
            await Assertions.Expect(page.Locator("[data-testid='access-denied']")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("input[type='file']")).ToHaveCountAsync(0);

            // The other client's store is exactly as absent as a store that does not exist.
            await page.GotoAsync(app.BaseUrl + "/?store=client-b");
            await Screens.WaitUntilInteractiveAsync(page);
            await Assertions.Expect(page.Locator("[data-testid='unknown-store']")).ToHaveAttributeAsync("data-unknown-store", "client-b");
            await Assertions.Expect(page.GetByText("Client client-b")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByText("Client client-a").First).ToBeVisibleAsync();

            await page.GotoAsync(app.BaseUrl + "/portfolio");
            await Assertions.Expect(page.Locator("[data-testid='portfolio']")).ToContainTextAsync("client-a");
            await Assertions.Expect(page.Locator("[data-testid='portfolio']")).Not.ToContainTextAsync("client-b");
        }
    }

    [Fact]
    public async Task DisplayLink_OpensTheWallScreenOfItsStores_AndNothingElse_UntilRevoked()
    {
        await using var app = await RunningApp.StartAsync(DatabaseProvider.Sqlite);
        using var api = app.CreateApiClient();
        foreach (var code in new[] { "wall-a", "wall-b" })
        {
            (await api.PostAsJsonAsync("/api/v1/stores", new { code, name = "Wall " + code })).EnsureSuccessStatusCode();
        }

        var created = await api.PostAsJsonAsync("/api/v1/display-links", new { stores = new[] { "wall-a" } });
        created.EnsureSuccessStatusCode();
        var link = await created.Content.ReadFromJsonAsync<JsonElement>();
        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(link.GetProperty("url").GetString()!);
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/meeting\\?stores=wall-a$"));
            await Assertions.Expect(page.Locator("[data-testid='meeting']")).ToHaveAttributeAsync("data-store", "wall-a");

            await page.GotoAsync(app.BaseUrl + "/meeting?store=wall-b");
            await Assertions.Expect(page.Locator("[data-testid='unknown-store']")).ToHaveAttributeAsync("data-unknown-store", "wall-b");

            foreach (var path in new[] { "/", "/settings", "/import", "/portfolio", "/stores" })
            {
                await page.GotoAsync(app.BaseUrl + path);
                await Assertions.Expect(page.Locator("[data-testid='access-denied']")).ToBeVisibleAsync();
            }

            (await api.DeleteAsync($"/api/v1/display-links/{link.GetProperty("id").GetInt32()}")).EnsureSuccessStatusCode();
            await page.GotoAsync(app.BaseUrl + "/meeting?stores=wall-a");
            await Assertions.Expect(page).ToHaveURLAsync(LoginUrl());
        }
    }

    private static async Task CreateUserAsync(HttpClient api, string email, string role, string[] stores)
    {
        var response = await api.PostAsJsonAsync("/api/v1/users", new { email, password = Password, role, stores });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static Regex LoginUrl() => new("/login(\\?|$)");
}
