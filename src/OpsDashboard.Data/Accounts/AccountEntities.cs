using Microsoft.AspNetCore.Identity;

namespace OpsDashboard.Data.Accounts;

/// <summary>A person who signs in. The role is an Identity role (<see cref="Roles"/>); the stores are <see cref="AllStores"/> or their <see cref="StoreGrant"/> grants.</summary>
public sealed class AppUser : IdentityUser
{
    /// <summary>True for "*": every store, present and future (the owner always sees every store).</summary>
    public bool AllStores { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the owner disabled the account: it can no longer sign in, and its open sessions and keys stop working.</summary>
    public DateTimeOffset? DisabledAt { get; set; }
}

/// <summary>One store a user may see (and act on, as far as their role allows).</summary>
public sealed class StoreGrant
{
    public required string UserId { get; set; }
    public int StoreId { get; set; }
}

/// <summary>
/// An API key acting for a user, never beyond the user's role and stores. Only the SHA-256 of the secret is stored;
/// <see cref="Prefix"/> (the public part of the key) finds the row, the hash is compared in constant time.
/// </summary>
public sealed class ApiKey
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string Name { get; set; }
    public required string Prefix { get; set; }
    public required byte[] SecretHash { get; set; }

    /// <summary>read, import or full (<see cref="KeyScopes"/>).</summary>
    public required string Scope { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
}

/// <summary>
/// One store an API key is narrowed to. A key without rows acts on all its user's stores; a key with rows acts only on
/// those of them its user still sees (<see cref="AccessDirectory.ApiKeyAsync"/> builds that caller).
/// </summary>
public sealed class ApiKeyStore
{
    public int ApiKeyId { get; set; }
    public int StoreId { get; set; }
}

/// <summary>A read-only wall-screen link: opens /meeting for its stores and nothing else. Only the token's hash is stored.</summary>
public sealed class DisplayLink
{
    public int Id { get; set; }
    public required string Prefix { get; set; }
    public required byte[] SecretHash { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

/// <summary>One store a display link shows.</summary>
public sealed class DisplayLinkStore
{
    public int DisplayLinkId { get; set; }
    public int StoreId { get; set; }
}

/// <summary>One audited action: who, when, what (and the store it concerns, kept as a code when the store is later deleted).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    /// <summary>UTC (a DateTime, so both providers compare and order it in SQL).</summary>
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public string? StoreCode { get; set; }
    public string? Detail { get; set; }
    public string? ClientAddress { get; set; }
}

/// <summary>An ASP.NET Core data-protection key ring element, shared by every instance on the same database.</summary>
public sealed class DataProtectionKeyRow
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public required string Xml { get; set; }
}
