using Microsoft.EntityFrameworkCore;

namespace OpsDashboard.Data.Accounts;

public sealed record ApiKeyInfo(int Id, string Name, string User, string Scope, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt)
{
    /// <summary>The stores the key is narrowed to; empty: all its user's stores.</summary>
    public IReadOnlyList<string> Stores { get; init; } = [];
}

public sealed record DisplayLinkInfo(int Id, IReadOnlyList<string> Stores, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt);

/// <summary>A request about keys or links that cannot be carried out as asked, in words for the caller.</summary>
public sealed class CredentialException(string message, bool notFound = false) : Exception(message)
{
    public bool NotFound { get; } = notFound;
}

/// <summary>
/// API keys and wall-screen display links: created for the current caller (never beyond them), shown once, stored as
/// hashes, listed without secrets, revoked. Every change is audited.
/// </summary>
public sealed class CredentialService(IDbContextFactory<OpsDbContext> contextFactory, TimeProvider clock, StoreAccess access, AuditLog audit, AccessDirectory directory, AccessChanges changes)
{
    /// <summary>Creates a key for the caller's user (the owner may name another user by email); the token is returned only here.</summary>
    public Task<(ApiKeyInfo Key, string Token)> CreateKeyAsync(string? name, string? scope, string? forUserEmail, DateTimeOffset? expiresAt, CancellationToken ct = default) =>
        CreateKeyAsync(name, scope, forUserEmail, expiresAt, storeCodes: null, ct);

    /// <summary>
    /// Creates a key for the caller's user (the owner may name another user by email), narrowed to
    /// <paramref name="storeCodes"/> when given (each one a store that user sees); the token is returned only here.
    /// </summary>
    public async Task<(ApiKeyInfo Key, string Token)> CreateKeyAsync(string? name, string? scope, string? forUserEmail, DateTimeOffset? expiresAt, IReadOnlyList<string>? storeCodes, CancellationToken ct = default)
    {
        var caller = await access.CurrentAsync(ct);
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            throw new CredentialException("name is required (up to 100 characters).");
        }

        if (!KeyScopes.IsKnown(scope))
        {
            throw new CredentialException("scope must be read, import or full.");
        }

        if (expiresAt is { } expires && expires <= clock.GetUtcNow())
        {
            throw new CredentialException("expiresAt must be in the future.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        string userId;
        if (!string.IsNullOrWhiteSpace(forUserEmail))
        {
            var normalized = forUserEmail.Trim().ToUpperInvariant();
            var target = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).FirstOrDefaultAsync(ct);
            if (target is null || (target != caller.UserId && !caller.May(Permission.Administer)))
            {
                // Another user's keys are the owner's business; to anyone else that user does not exist.
                throw new CredentialException($"No user with email '{forUserEmail}'.", notFound: true);
            }

            userId = target;
        }
        else if (caller.UserId is { } own && await db.Users.AnyAsync(u => u.Id == own, ct))
        {
            userId = own;
        }
        else
        {
            throw new CredentialException("This caller is no user of the app; name the user the key acts for in 'user'.");
        }

        var narrowTo = await KeyStoresAsync(db, caller, userId, storeCodes, ct);
        var (token, prefix, hash) = Secrets.New(AccessDirectory.KeyKind);
        var key = new ApiKey { UserId = userId, Name = name.Trim(), Prefix = prefix, SecretHash = hash, Scope = scope!, CreatedAt = clock.GetUtcNow(), ExpiresAt = expiresAt };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        if (narrowTo.Count > 0)
        {
            db.ApiKeyStores.AddRange(narrowTo.Select(s => new ApiKeyStore { ApiKeyId = key.Id, StoreId = s.Id }));
            await db.SaveChangesAsync(ct);
        }

        var storesText = narrowTo.Count > 0 ? $" for stores {string.Join(",", narrowTo.Select(s => s.Code))}" : string.Empty;
        await audit.WriteAsync("key-created", narrowTo.Count == 1 ? narrowTo[0].Code : null, $"key {key.Id} '{key.Name}' scope {key.Scope} for {await EmailAsync(db, userId, ct)}{storesText}" + (expiresAt is { } e ? $", expires {e:O}" : string.Empty), ct: ct);
        return ((await ListKeysAsync(ct)).First(k => k.Id == key.Id), token);
    }

    /// <summary>The caller's own keys (the owner: everyone's), newest first, never a secret.</summary>
    public async Task<IReadOnlyList<ApiKeyInfo>> ListKeysAsync(CancellationToken ct = default)
    {
        var caller = await access.CurrentAsync(ct);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var all = caller.May(Permission.Administer);
        var userId = caller.UserId;
        var rows = await (from k in db.ApiKeys
                          join u in db.Users on k.UserId equals u.Id
                          where all || k.UserId == userId
                          orderby k.Id descending
                          select new { k.Id, k.Name, u.Email, k.Scope, k.Prefix, k.CreatedAt, k.ExpiresAt, k.RevokedAt, k.LastUsedAt }).ToListAsync(ct);
        var ids = rows.Select(k => k.Id).ToList();
        var stores = await (from ks in db.ApiKeyStores join s in db.Stores on ks.StoreId equals s.Id where ids.Contains(ks.ApiKeyId) select new { ks.ApiKeyId, s.Code }).ToListAsync(ct);
        return rows.Select(k => new ApiKeyInfo(k.Id, k.Name, k.Email ?? string.Empty, k.Scope, k.Prefix, k.CreatedAt, k.ExpiresAt, k.RevokedAt, k.LastUsedAt)
            {
                Stores = stores.Where(s => s.ApiKeyId == k.Id).Select(s => s.Code).Order(StringComparer.Ordinal).ToList(),
            })
            .ToList();
    }

    /// <summary>Revokes a key of the caller's (the owner: anyone's). False when there is no such key for this caller.</summary>
    public async Task<bool> RevokeKeyAsync(int id, CancellationToken ct = default)
    {
        var caller = await access.CurrentAsync(ct);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, ct);
        if (key is null || (key.UserId != caller.UserId && !caller.May(Permission.Administer)))
        {
            return false;
        }

        key.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        changes.Announce();
        await audit.WriteAsync("key-revoked", null, $"key {key.Id} '{key.Name}'", ct: ct);
        return true;
    }

    /// <summary>Creates a display link for stores the caller sees (and may make links for); the token is returned only here.</summary>
    public async Task<(DisplayLinkInfo Link, string Token)> CreateLinkAsync(IReadOnlyList<string>? storeCodes, DateTimeOffset? expiresAt, CancellationToken ct = default)
    {
        var caller = await access.CurrentAsync(ct);
        if (storeCodes is null || storeCodes.Count == 0)
        {
            throw new CredentialException("stores is required: the codes of the stores the wall screen shows.");
        }

        if (expiresAt is { } expires && expires <= clock.GetUtcNow())
        {
            throw new CredentialException("expiresAt must be in the future.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var stores = await db.Stores.Where(s => storeCodes.Contains(s.Code)).Select(s => new { s.Id, s.Code }).ToListAsync(ct);
        if (storeCodes.FirstOrDefault(code => stores.All(s => s.Code != code) || !caller.CanSee(stores.First(s => s.Code == code).Id)) is { } missing)
        {
            throw new CredentialException($"No store with code '{missing}'.", notFound: true);
        }

        var (token, prefix, hash) = Secrets.New(AccessDirectory.LinkKind);
        var link = new DisplayLink { Prefix = prefix, SecretHash = hash, CreatedBy = caller.Name, CreatedAt = clock.GetUtcNow(), ExpiresAt = expiresAt };
        db.DisplayLinks.Add(link);
        await db.SaveChangesAsync(ct);
        db.DisplayLinkStores.AddRange(stores.Select(s => new DisplayLinkStore { DisplayLinkId = link.Id, StoreId = s.Id }));
        await db.SaveChangesAsync(ct);
        var codes = stores.Select(s => s.Code).Order(StringComparer.Ordinal).ToList();
        await audit.WriteAsync("display-link-created", codes.Count == 1 ? codes[0] : null, $"link {link.Id} for {string.Join(",", codes)}" + (expiresAt is { } e ? $", expires {e:O}" : string.Empty), ct: ct);
        return (new DisplayLinkInfo(link.Id, codes, link.CreatedBy, link.CreatedAt, link.ExpiresAt, null), token);
    }

    /// <summary>The display links whose every store the caller sees, newest first.</summary>
    public async Task<IReadOnlyList<DisplayLinkInfo>> ListLinksAsync(CancellationToken ct = default)
    {
        var caller = await access.CurrentAsync(ct);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var links = await db.DisplayLinks.AsNoTracking().OrderByDescending(l => l.Id).ToListAsync(ct);
        var stores = await (from ls in db.DisplayLinkStores join s in db.Stores on ls.StoreId equals s.Id select new { ls.DisplayLinkId, s.Id, s.Code }).ToListAsync(ct);
        return links
            .Select(l => (Link: l, Stores: stores.Where(s => s.DisplayLinkId == l.Id).ToList()))
            .Where(x => x.Stores.Count > 0 && x.Stores.All(s => caller.CanSee(s.Id)))
            .Select(x => new DisplayLinkInfo(x.Link.Id, x.Stores.Select(s => s.Code).Order(StringComparer.Ordinal).ToList(), x.Link.CreatedBy, x.Link.CreatedAt, x.Link.ExpiresAt, x.Link.RevokedAt))
            .ToList();
    }

    /// <summary>Revokes a link whose every store the caller sees. False when there is no such link for this caller.</summary>
    public async Task<bool> RevokeLinkAsync(int id, CancellationToken ct = default)
    {
        if ((await ListLinksAsync(ct)).All(l => l.Id != id))
        {
            return false;
        }

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var link = await db.DisplayLinks.FirstAsync(l => l.Id == id, ct);
        link.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        changes.Announce();
        await audit.WriteAsync("display-link-revoked", null, $"link {id}", ct: ct);
        return true;
    }

    /// <summary>The stores a new key is narrowed to: each must be a store both the caller and the key's user see (else it does not exist for them).</summary>
    private async Task<IReadOnlyList<(int Id, string Code)>> KeyStoresAsync(OpsDbContext db, Caller caller, string userId, IReadOnlyList<string>? storeCodes, CancellationToken ct)
    {
        var codes = (storeCodes ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count == 0)
        {
            return [];
        }

        var user = await directory.UserAsync(userId, ct: ct);
        var stores = await db.Stores.AsNoTracking().Where(s => codes.Contains(s.Code)).Select(s => new { s.Id, s.Code }).ToListAsync(ct);
        foreach (var code in codes)
        {
            if (stores.FirstOrDefault(s => s.Code == code) is not { } store || !caller.CanSee(store.Id) || user?.CanSee(store.Id) != true)
            {
                throw new CredentialException($"No store with code '{code}'.", notFound: true);
            }
        }

        return stores.OrderBy(s => s.Code, StringComparer.Ordinal).Select(s => (s.Id, s.Code)).ToList();
    }

    private static async Task<string> EmailAsync(OpsDbContext db, string userId, CancellationToken ct) =>
        await db.Users.Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(ct) ?? userId;
}
