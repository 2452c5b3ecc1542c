using Bunit;
using Microsoft.EntityFrameworkCore;
using OpsDashboard.Data.Accounts;
using OpsDashboard.Web.Components.Pages.Admin;

namespace OpsDashboard.Web.Tests.Components.Admin;

/// <summary>The API keys screen: a user makes a key for themselves, sees its secret once, narrows it to a store, revokes it.</summary>
public sealed class KeysPageTests : AdminPageTestContext
{
    [Fact]
    public async Task AKeyNarrowedToOneStore_IsShownOnce_SeesOnlyThatStore_AndStopsWhenRevoked()
    {
        var a = await CreateStoreAsync("a");
        var b = await CreateStoreAsync("b");
        Callers.Caller = await CreateUserAsync("ops@example.com", Roles.Operator, "a", "b");
        var page = Open<KeysPage>("/account/keys");
        page.WaitForElement("[data-testid='no-keys']", Patience);

        await Fill(page, "key-name", "nightly upload");
        await ChooseAsync(page, "key-scope", KeyScopes.Import);
        await TickAsync(page, "a");
        await ClickAsync(page, "[data-testid='create-key']");

        var token = page.WaitForElement("[data-testid='new-key-value']", Patience).TextContent.Trim();
        Assert.StartsWith("opk_", token, StringComparison.Ordinal);
        Assert.Equal("a", page.Find("tr[data-key] td[data-stores]").GetAttribute("data-stores"));

        // The key acts for its user, only on the store it was narrowed to, only as far as its scope.
        var caller = await Directory.ApiKeyAsync(token);
        Assert.NotNull(caller);
        Assert.Equal((true, false, true, false), (caller.CanSee(a), caller.CanSee(b), caller.May(Permission.Import), caller.May(Permission.Settings)));

        // Stored only as a hash; once dismissed, the secret is nowhere on the page.
        await using (var db = await ContextFactory.CreateDbContextAsync())
        {
            var row = await db.ApiKeys.SingleAsync();
            Assert.Equal(Secrets.Hash(token), row.SecretHash);
        }

        await ClickAsync(page, "[data-testid='hide-key']");
        Assert.DoesNotContain(token, page.Markup, StringComparison.Ordinal);

        await ClickAsync(page, "tr[data-key] [data-action='revoke']");
        page.WaitForAssertion(() => Assert.Equal("false", page.Find("tr[data-key]").GetAttribute("data-live")), Patience);
        Assert.Null(await Directory.ApiKeyAsync(token));
    }

    [Fact]
    public async Task AStoreTheUserDoesNotSee_IsNotOffered_AndCannotBeNamed()
    {
        await CreateStoreAsync("a");
        await CreateStoreAsync("hidden");
        Callers.Caller = await CreateUserAsync("viewer@example.com", Roles.Viewer, "a");
        var page = Open<KeysPage>("/account/keys");
        page.WaitForElement("[data-testid='key-form']", Patience);

        Assert.Single(page.FindAll("[data-store-choice]"));
        var refused = await Assert.ThrowsAsync<CredentialException>(() => Credentials.CreateKeyAsync("sneaky", KeyScopes.Read, null, null, ["hidden"]));
        Assert.True(refused.NotFound);
    }

    [Fact]
    public async Task AnExpiryThatIsNoDate_IsRefusedWithAMessage()
    {
        Callers.Caller = await CreateUserAsync("ops@example.com", Roles.Operator, "*");
        var page = Open<KeysPage>("/account/keys");
        page.WaitForElement("[data-testid='key-form']", Patience);

        await Fill(page, "key-name", "robot");
        await Fill(page, "key-expires", "next week");
        await ClickAsync(page, "[data-testid='create-key']");

        Assert.Contains("expiry", page.Find("[data-testid='keys-message']").TextContent, StringComparison.Ordinal);
        Assert.Empty(await Credentials.ListKeysAsync());
    }
}
