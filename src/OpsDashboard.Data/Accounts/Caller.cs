namespace OpsDashboard.Data.Accounts;

/// <summary>Something a caller may do on a store it can see (DOMAIN §8). Seeing a store at all is decided by <see cref="Caller.CanSee"/>.</summary>
public enum Permission
{
    /// <summary>Read a store's figures, settings, targets and notes.</summary>
    Read,

    /// <summary>Import files.</summary>
    Import,

    /// <summary>Add and delete notes (annotations).</summary>
    Notes,

    /// <summary>Change thresholds, targets, budgets and a store's details.</summary>
    Settings,

    /// <summary>Create and revoke wall-screen display links.</summary>
    DisplayLinks,

    /// <summary>Read the audit trail (of the stores the caller sees).</summary>
    Audit,

    /// <summary>Create and delete stores, manage users, other users' keys, the whole audit trail.</summary>
    Administer,
}

/// <summary>Who is asking: a user (signed in or by API key), a wall-screen link, nobody, or the app itself.</summary>
public enum CallerKind
{
    Anonymous,
    User,
    ApiKey,
    DisplayLink,
    System,
}

/// <summary>
/// The caller of one request or circuit: their role, the stores they may see and what they may do. Built once per
/// request from the cookie, the API key or the display link (Web/Accounts), read by <see cref="StoreAccess"/>.
/// </summary>
public sealed record Caller(CallerKind Kind, string Name, string? Role, bool AllStores, IReadOnlySet<int> StoreIds, IReadOnlySet<Permission> Permissions)
{
    /// <summary>The user the caller acts for (a key's owner), null for anonymous, links and the app.</summary>
    public string? UserId { get; init; }

    /// <summary>The display link, for a wall screen.</summary>
    public int? DisplayLinkId { get; init; }

    /// <summary>The app's own work (start-up, seeding, tests of the data layer): every store, every action.</summary>
    public static readonly Caller System = new(CallerKind.System, "system", Roles.Owner, true, new HashSet<int>(), AllPermissions());

    /// <summary>Nobody: no store, no action.</summary>
    public static readonly Caller Anonymous = new(CallerKind.Anonymous, "anonymous", null, false, new HashSet<int>(), new HashSet<Permission>());

    public bool CanSee(int storeId) => AllStores || StoreIds.Contains(storeId);

    public bool May(Permission permission) => Permissions.Contains(permission);

    /// <summary>A user of <paramref name="role"/>: the owner sees every store whatever the grants say.</summary>
    public static Caller ForUser(CallerKind kind, string name, string userId, string role, bool allStores, IReadOnlySet<int> storeIds, string? keyScope = null)
    {
        var permissions = new HashSet<Permission>(PermissionsOf(role));
        if (keyScope is not null)
        {
            permissions.IntersectWith(ScopeCap(keyScope));
        }

        return new Caller(kind, name, role, allStores || role == Roles.Owner, storeIds, permissions) { UserId = userId };
    }

    /// <summary>A wall-screen link: read only, its stores only.</summary>
    public static Caller ForDisplayLink(int linkId, IReadOnlySet<int> storeIds) =>
        new(CallerKind.DisplayLink, $"display-link:{linkId}", null, false, storeIds, new HashSet<Permission> { Permission.Read }) { DisplayLinkId = linkId };

    /// <summary>What each role may do (DOMAIN §8).</summary>
    public static IReadOnlySet<Permission> PermissionsOf(string role) => role switch
    {
        Roles.Owner => AllPermissions(),
        Roles.Manager => new HashSet<Permission> { Permission.Read, Permission.Import, Permission.Notes, Permission.Settings, Permission.DisplayLinks, Permission.Audit },
        Roles.Operator => new HashSet<Permission> { Permission.Read, Permission.Import, Permission.Notes },
        Roles.Viewer => new HashSet<Permission> { Permission.Read },
        _ => new HashSet<Permission>(),
    };

    /// <summary>The most a key of <paramref name="scope"/> may do, whatever its user's role.</summary>
    public static IReadOnlySet<Permission> ScopeCap(string scope) => scope switch
    {
        KeyScopes.Read => new HashSet<Permission> { Permission.Read },
        KeyScopes.Import => new HashSet<Permission> { Permission.Read, Permission.Import, Permission.Notes },
        KeyScopes.Full => AllPermissions(),
        _ => new HashSet<Permission>(),
    };

    private static HashSet<Permission> AllPermissions() => [.. Enum.GetValues<Permission>()];
}

/// <summary>Where the current caller comes from. The data layer alone (tools, its tests) runs as <see cref="Caller.System"/>; the app supplies the request's caller.</summary>
public interface ICallerSource
{
    ValueTask<Caller> CurrentAsync(CancellationToken ct);
}

/// <summary>The app itself: every store.</summary>
public sealed class SystemCallerSource : ICallerSource
{
    public ValueTask<Caller> CurrentAsync(CancellationToken ct) => ValueTask.FromResult(Caller.System);
}

/// <summary>
/// The one access decision every store lookup goes through: <see cref="Stores.StoreCatalog"/> asks it which stores the
/// current caller may see, so pickers, pages, the portfolio, the meeting rotation and every API call see the same set,
/// and a store the caller may not see is exactly as absent as one that does not exist.
/// </summary>
public sealed class StoreAccess(ICallerSource callers)
{
    public ValueTask<Caller> CurrentAsync(CancellationToken ct = default) => callers.CurrentAsync(ct);
}
