using Bunit;
using Microsoft.AspNetCore.Components.Web;
using OpsDashboard.Data.Accounts;
using OpsDashboard.Web.Components.Pages.Admin;

namespace OpsDashboard.Web.Tests.Components.Admin;

/// <summary>The audit log screen: filtered by user, store, action and date, paged, exported; a manager sees their stores only.</summary>
public sealed class AuditPageTests : AdminPageTestContext
{
    [Fact]
    public async Task FiltersByStoreAndAction_PagesFiftyAtATime_AndExportsEveryMatchingRow()
    {
        await CreateStoreAsync("a");
        await CreateStoreAsync("b");
        for (var i = 0; i < 60; i++)
        {
            await Audit.WriteAsync("note-added", "a", $"note {i}", actor: "ops@example.com");
        }

        await Audit.WriteAsync("note-added", "b", "other store", actor: "ops@example.com");
        await Audit.WriteAsync("login", null, null, actor: "someone@example.com");
        var everything = (await Audit.ListAsync(DateTime.MinValue, DateTime.MaxValue)).Count;
        var page = Open<AuditPage>("/admin/audit");
        page.WaitForAssertion(() => Assert.Equal(everything.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Find("[data-testid='audit-list']").GetAttribute("data-total")), Patience);

        await ChooseAsync(page, "audit-store", "a");
        await ChooseAsync(page, "audit-action", "note-added");
        await ClickAsync(page, "[data-testid='audit-apply']");
        page.WaitForAssertion(() => Assert.Equal("60", page.Find("[data-testid='audit-list']").GetAttribute("data-total")), Patience);
        Assert.Equal(AuditPage.PageSize, page.FindAll("tr[data-audit]").Count);
        Assert.Equal("note 59", page.FindAll("tr[data-audit]")[0].Children[4].TextContent);

        await ClickAsync(page, "[data-testid='audit-next']");
        page.WaitForAssertion(() => Assert.Equal(10, page.FindAll("tr[data-audit]").Count), Patience);
        Assert.All(page.FindAll("tr[data-audit]"), row => Assert.Equal("a", row.GetAttribute("data-store")));

        await Fill(page, "audit-actor", "nobody@example.com");
        await ClickAsync(page, "[data-testid='audit-apply']");
        page.WaitForElement("[data-testid='audit-empty']", Patience);

        await Fill(page, "audit-actor", "ops@example.com");
        await page.Find("[data-testid='audit-export']").ClickAsync(new MouseEventArgs());
        var download = JSInterop.VerifyInvoke("opsDashboard.downloadFile");
        Assert.StartsWith("audit-", (string)download.Arguments[0]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AManager_SeesTheirStoresEntries_AndNotAnotherClients()
    {
        await CreateStoreAsync("mine");
        await CreateStoreAsync("theirs");
        await Audit.WriteAsync("note-added", "mine", "visible", actor: "ops@example.com");
        await Audit.WriteAsync("note-added", "theirs", "other-clients-note", actor: "other@example.com");
        Callers.Caller = await CreateUserAsync("manager@example.com", Roles.Manager, "mine");
        var page = Open<AuditPage>("/admin/audit");
        page.WaitForElement("tr[data-audit]", Patience);

        Assert.Contains(page.FindAll("tr[data-audit]"), row => row.GetAttribute("data-store") == "mine");
        Assert.DoesNotContain(page.FindAll("tr[data-audit]"), row => row.GetAttribute("data-store") == "theirs");
        Assert.DoesNotContain("other-clients-note", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DatesThatAreNoDates_AreRefusedWithAMessage()
    {
        var page = Open<AuditPage>("/admin/audit");
        page.WaitForElement("[data-testid='audit-list']", Patience);

        await Fill(page, "audit-from", "yesterday");
        await ClickAsync(page, "[data-testid='audit-apply']");

        Assert.Contains("yyyy-MM-dd", page.Find("[data-testid='audit-error']").TextContent, StringComparison.Ordinal);
    }
}
