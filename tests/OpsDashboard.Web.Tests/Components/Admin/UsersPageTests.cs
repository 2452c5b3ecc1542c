using Bunit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Data.Accounts;
using OpsDashboard.Web.Accounts;
using OpsDashboard.Web.Components.Pages.Admin;

namespace OpsDashboard.Web.Tests.Components.Admin;

/// <summary>The users screen over a real SQLite database and the app's Identity: every change is read back from the database.</summary>
public sealed class UsersPageTests : AdminPageTestContext
{
    [Fact]
    public async Task TheOwnerCreatesAnOperatorLimitedToOneStore_WhoThenSeesOnlyThatStore()
    {
        var a = await CreateStoreAsync("client-a");
        var b = await CreateStoreAsync("client-b");
        await CreateUserAsync("owner@example.com", Roles.Owner, "*");
        var page = Open<UsersPage>("/admin/users");
        page.WaitForElement("tr[data-user='owner@example.com']", Patience);

        await Fill(page, "user-email", "ops@client-a.example");
        await Fill(page, "user-password", "operator-password-1");
        await ChooseAsync(page, "user-role", Roles.Operator);
        await TickAsync(page, "client-a");
        await ClickAsync(page, "[data-testid='save-user']");

        page.WaitForElement("tr[data-user='ops@client-a.example']", Patience);
        Assert.Equal("operator", page.Find("tr[data-user='ops@client-a.example']").GetAttribute("data-role"));
        Assert.Equal("client-a", page.Find("tr[data-user='ops@client-a.example'] td[data-stores]").GetAttribute("data-stores"));
        var caller = await Directory.UserAsync(await UserIdAsync("ops@client-a.example"));
        Assert.NotNull(caller);
        Assert.Equal((Roles.Operator, true, false), (caller.Role, caller.CanSee(a), caller.CanSee(b)));
        Assert.Contains(await Audit.ListAsync(DateTime.MinValue, DateTime.MaxValue), r => r.Action == "user-created" && r.Detail!.Contains("ops@client-a.example", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChangingRoleAndStores_DisablingAndResettingThePassword_AreSavedAndAnnounced()
    {
        var a = await CreateStoreAsync("a");
        var b = await CreateStoreAsync("b");
        await CreateUserAsync("viewer@example.com", Roles.Viewer, "a");
        var page = Open<UsersPage>("/admin/users");
        page.WaitForElement("tr[data-user='viewer@example.com']", Patience);

        var before = Services.GetRequiredService<AccessChanges>().Version;
        await ClickAsync(page, "tr[data-user='viewer@example.com'] [data-action='edit']");
        await ChooseAsync(page, "user-role", Roles.Manager);
        await TickAsync(page, "b");
        await ClickAsync(page, "[data-testid='save-user']");
        page.WaitForAssertion(() => Assert.Equal("manager", page.Find("tr[data-user='viewer@example.com']").GetAttribute("data-role")), Patience);
        var id = await UserIdAsync("viewer@example.com");
        var manager = await Directory.UserAsync(id);
        Assert.Equal((Roles.Manager, true, true), (manager!.Role, manager.CanSee(a), manager.CanSee(b)));
        Assert.True(Services.GetRequiredService<AccessChanges>().Version > before, "an open session of the changed user must be told");

        await ClickAsync(page, "tr[data-user='viewer@example.com'] [data-action='reset']");
        await Fill(page, "reset-password", "brand-new-password-2");
        await ClickAsync(page, "[data-testid='reset-save']");
        page.WaitForElement("[data-testid='users-message']", Patience);
        await using (var scope = Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.True(await users.CheckPasswordAsync((await users.FindByIdAsync(id))!, "brand-new-password-2"));
        }

        await ClickAsync(page, "tr[data-user='viewer@example.com'] [data-action='disable']");
        page.WaitForAssertion(() => Assert.Equal("true", page.Find("tr[data-user='viewer@example.com']").GetAttribute("data-disabled")), Patience);
        Assert.Null(await Directory.UserAsync(id));

        await ClickAsync(page, "tr[data-user='viewer@example.com'] [data-action='enable']");
        page.WaitForAssertion(() => Assert.Equal("false", page.Find("tr[data-user='viewer@example.com']").GetAttribute("data-disabled")), Patience);
        Assert.NotNull(await Directory.UserAsync(id));
        var actions = (await Audit.ListAsync(DateTime.MinValue, DateTime.MaxValue)).Select(r => r.Action).ToList();
        Assert.Superset(new HashSet<string> { "user-changed", "password-reset", "user-disabled", "user-enabled" }, actions.ToHashSet());
    }

    [Fact]
    public async Task AUserWithoutStores_IsRefusedWithAMessage_AndNotCreated()
    {
        await CreateStoreAsync("a");
        await CreateUserAsync("owner@example.com", Roles.Owner, "*");
        var page = Open<UsersPage>("/admin/users");
        page.WaitForElement("tr[data-user='owner@example.com']", Patience);

        await Fill(page, "user-email", "nobody@example.com");
        await Fill(page, "user-password", "a-long-password-9");
        await ClickAsync(page, "[data-testid='save-user']");

        Assert.Contains("at least one store", page.Find("[data-testid='users-message']").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(await Users.ListAsync(), u => u.Email == "nobody@example.com");
    }

    [Fact]
    [UseCulture("zh-CN")]
    public async Task ThePageSpeaksChinese()
    {
        await CreateUserAsync("owner@example.com", Roles.Owner, "*");
        var page = Open<UsersPage>("/admin/users");
        page.WaitForElement("tr[data-user='owner@example.com']", Patience);
        Assert.Contains("用户", page.Find("h4").TextContent, StringComparison.Ordinal);
        Assert.Contains("所有者", page.Find("tr[data-user='owner@example.com']").TextContent, StringComparison.Ordinal);
    }
}
