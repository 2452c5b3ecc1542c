using Microsoft.EntityFrameworkCore;

namespace OpsDashboard.Data.Accounts;

/// <summary>Reads who a user, an API key or a display link is (role, stores, permissions) from the database.</summary>
public sealed class AccessDirectory(IDbContextFactory<OpsDbContext> contextFactory, TimeProvider clock)
{
    public const string KeyKind = "opk";
    public const string LinkKind = "opd";

    /// <summary>The caller a signed-in user is, or null when the user no longer exists or has no role.</summary>
    public async Task<Caller?> UserAsync(string userId, CallerKind kind = CallerKind.User, string? keyScope = null, string? name = null, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Email, u.AllStores, u.DisabledAt }).FirstOrDefaultAsync(ct);
        if (user is null || user.DisabledAt is not null)
        {
            return null;
        }

        var role = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name).FirstOrDefaultAsync(ct);
        if (!Roles.IsKnown(role))
        {
            return null;
        }

        var stores = await db.StoreGrants.Where(g => g.UserId == userId).Select(g => g.StoreId).ToListAsync(ct);
        return Caller.ForUser(kind, name ?? user.Email ?? userId, userId, role!, user.AllStores, stores.ToHashSet(), keyScope);
    }

    /// <summary>The caller an API key is (its user, capped by its scope); null for an unknown, revoked or expired key. Records the use.</summary>
    public async Task<Caller?> ApiKeyAsync(string? presented, CancellationToken ct = default)
    {
        if (Secrets.PrefixOf(KeyKind, presented) is not { } prefix)
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Prefix == prefix, ct);
        var now = clock.GetUtcNow();
        if (key is null || !Secrets.Matches(presented!, key.SecretHash) || key.RevokedAt is not null || (key.ExpiresAt is { } expires && expires <= now))
        {
            return null;
        }

        // Last use to the minute: one write per key per minute, not one per request.
        if (key.LastUsedAt is not { } last || now - last >= TimeSpan.FromMinutes(1))
        {
            key.LastUsedAt = now;
            await db.SaveChangesAsync(ct);
        }

        var caller = await UserAsync(key.UserId, CallerKind.ApiKey, key.Scope, $"key:{key.Name}", ct);
        var narrowed = await db.ApiKeyStores.Where(s => s.ApiKeyId == key.Id).Select(s => s.StoreId).ToListAsync(ct);
        return caller is null || narrowed.Count == 0 ? caller : Narrow(caller, narrowed);
    }

    /// <summary>
    /// A key narrowed to some stores: those of them its user still sees (a grant taken from the user is taken from the
    /// key too). The one store-access decision (<see cref="Caller.CanSee"/>, asked by the store catalogue) then holds it.
    /// </summary>
    public static Caller Narrow(Caller user, IReadOnlyCollection<int> keyStores) =>
        user with { AllStores = false, StoreIds = keyStores.Where(user.CanSee).ToHashSet() };

    /// <summary>The caller a display-link token is; null for an unknown, revoked or expired link.</summary>
    public async Task<Caller?> DisplayLinkAsync(string? token, CancellationToken ct = default)
    {
        if (Secrets.PrefixOf(LinkKind, token) is not { } prefix)
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var link = await db.DisplayLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Prefix == prefix, ct);
        if (link is null || !Secrets.Matches(token!, link.SecretHash) || !IsLive(link.RevokedAt, link.ExpiresAt))
        {
            return null;
        }

        var stores = await db.DisplayLinkStores.Where(s => s.DisplayLinkId == link.Id).Select(s => s.StoreId).ToListAsync(ct);
        return Caller.ForDisplayLink(link.Id, stores.ToHashSet());
    }

    /// <summary>A display link by id, still live (the wall screen's cookie names the link; revoking it ends the screen).</summary>
    public async Task<Caller?> DisplayLinkByIdAsync(int linkId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var link = await db.DisplayLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Id == linkId, ct);
        if (link is null || !IsLive(link.RevokedAt, link.ExpiresAt))
        {
            return null;
        }

        var stores = await db.DisplayLinkStores.Where(s => s.DisplayLinkId == link.Id).Select(s => s.StoreId).ToListAsync(ct);
        return Caller.ForDisplayLink(link.Id, stores.ToHashSet());
    }

    public async Task<bool> AnyUserAsync(CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.Users.AnyAsync(ct);
    }

    private bool IsLive(DateTimeOffset? revokedAt, DateTimeOffset? expiresAt) =>
        revokedAt is null && (expiresAt is not { } expires || expires > clock.GetUtcNow());
}
