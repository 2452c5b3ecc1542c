using System.Security.Claims;
using OpsDashboard.Data.Accounts;
using OpsDashboard.Web.Accounts;

namespace OpsDashboard.Web.Components.Pages.Admin;

/// <summary>
/// The access pages in the nav, each for the roles that may open it (the same roles as the page's [Authorize]):
/// users for the owner; display links and the audit log for owners and managers; API keys for every user. A wall
/// screen (display link) gets none.
/// </summary>
public static class AccessNav
{
    public sealed record Item(string Key, string Path, string Label, IReadOnlyList<string> Roles);

    public static readonly IReadOnlyList<Item> Items =
    [
        new("users", AccountUrls.Users, "NavUsers", [Roles.Owner]),
        new("display-links", AccountUrls.DisplayLinks, "NavDisplayLinks", [Roles.Owner, Roles.Manager]),
        new("audit", AccountUrls.Audit, "NavAudit", [Roles.Owner, Roles.Manager]),
        new("keys", AccountUrls.Keys, "NavKeys", [Roles.Owner, Roles.Manager, Roles.Operator, Roles.Viewer]),
    ];

    public static IEnumerable<Item> For(ClaimsPrincipal? user) =>
        user is null || user.FindFirst(AccountClaims.DisplayLinkId) is not null
            ? []
            : Items.Where(item => item.Roles.Any(user.IsInRole));
}
