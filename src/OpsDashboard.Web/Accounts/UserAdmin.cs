using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpsDashboard.Data;
using OpsDashboard.Data.Accounts;

namespace OpsDashboard.Web.Accounts;

public sealed record UserInfo(string Email, string Role, IReadOnlyList<string> Stores, DateTimeOffset? LockedOutUntil)
{
    /// <summary>When the owner disabled the account (it cannot sign in; its sessions and keys stop), else null.</summary>
    public DateTimeOffset? DisabledAt { get; init; }
}

/// <summary>Users, their role and stores ("*" for all): the owner's business (the API checks the permission). Every change is audited.</summary>
public sealed class UserAdmin(IServiceScopeFactory scopes, IDbContextFactory<OpsDbContext> contextFactory, AuditLog audit, StoreAccess access, TimeProvider clock, AccessChanges changes)
{
    public const string AllStores = "*";

    public async Task<IReadOnlyList<UserInfo>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        var grants = await (from g in db.StoreGrants join s in db.Stores on g.StoreId equals s.Id select new { g.UserId, s.Code }).ToListAsync(ct);
        return users.Select(u => new UserInfo(
                u.Email ?? u.UserName ?? u.Id,
                roles.FirstOrDefault(r => r.UserId == u.Id)?.Name ?? string.Empty,
                u.AllStores ? [AllStores] : grants.Where(g => g.UserId == u.Id).Select(g => g.Code).Order(StringComparer.Ordinal).ToList(),
                u.LockoutEnd) { DisabledAt = u.DisabledAt })
            .ToList();
    }

    /// <summary>Creates a user; the errors in words (empty on success).</summary>
    public async Task<IReadOnlyList<string>> CreateAsync(string? email, string? password, string? role, IReadOnlyList<string>? stores, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return ["email and password are required."];
        }

        if (!Roles.IsKnown(role))
        {
            return [$"role must be one of {string.Join(", ", Roles.All)}."];
        }

        var (all, ids, error) = await ResolveStoresAsync(stores ?? [], ct);
        if (error is not null)
        {
            return [error];
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var errors = await AccountBootstrap.CreateAsync(users, email, password, role!, all);
        if (errors.Count > 0)
        {
            return errors;
        }

        var user = await users.FindByEmailAsync(email.Trim());
        await SetGrantsAsync(user!.Id, ids, ct);
        changes.Announce();
        await audit.WriteAsync("user-created", null, $"{email.Trim()} as {role} for {Describe(all, stores)}", ct: ct);
        return [];
    }

    /// <summary>Changes a user's role and/or stores. Null when there is no such user; else the errors (empty on success).</summary>
    public async Task<IReadOnlyList<string>?> UpdateAsync(string email, string? role, IReadOnlyList<string>? stores, CancellationToken ct = default)
    {
        if (role is not null && !Roles.IsKnown(role))
        {
            return [$"role must be one of {string.Join(", ", Roles.All)}."];
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(email) is not { } user)
        {
            return null;
        }

        var before = (await ListAsync(ct)).First(u => u.Email == user.Email);
        if (role is not null)
        {
            await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
            await users.AddToRoleAsync(user, role);
        }

        if (stores is not null)
        {
            var (all, ids, error) = await ResolveStoresAsync(stores, ct);
            if (error is not null)
            {
                return [error];
            }

            user.AllStores = all;
            await users.UpdateAsync(user);
            await SetGrantsAsync(user.Id, ids, ct);
        }

        await users.UpdateSecurityStampAsync(user);
        changes.Announce();
        var after = (await ListAsync(ct)).First(u => u.Email == user.Email);
        await audit.WriteAsync("user-changed", null, $"{user.Email}: {before.Role} [{string.Join(",", before.Stores)}] → {after.Role} [{string.Join(",", after.Stores)}]", ct: ct);
        return [];
    }

    public async Task<bool> DeleteAsync(string email, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(email) is not { } user)
        {
            return false;
        }

        await users.DeleteAsync(user);
        changes.Announce();
        await audit.WriteAsync("user-deleted", null, user.Email, ct: ct);
        return true;
    }

    /// <summary>
    /// Disables (or enables again) a user: a disabled user cannot sign in (Identity's lockout, until enabled), and their
    /// open sessions and API keys stop at their next request (<see cref="AccessDirectory.UserAsync"/> no longer finds
    /// them). Null when there is no such user; else the errors (empty on success). Nobody disables themselves.
    /// </summary>
    public async Task<IReadOnlyList<string>?> SetDisabledAsync(string email, bool disabled, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(email) is not { } user)
        {
            return null;
        }

        if (disabled && (await access.CurrentAsync(ct)).UserId == user.Id)
        {
            return ["CannotDisableSelf"];
        }

        user.DisabledAt = disabled ? user.DisabledAt ?? clock.GetUtcNow() : null;
        user.LockoutEnd = disabled ? DateTimeOffset.MaxValue : null;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        changes.Announce();
        await audit.WriteAsync(disabled ? "user-disabled" : "user-enabled", null, user.Email, ct: ct);
        return [];
    }

    /// <summary>Sets a new password for a user (the owner's reset; the user changes it later). Null when there is no such user; else the errors.</summary>
    public async Task<IReadOnlyList<string>?> ResetPasswordAsync(string email, string? newPassword, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(email) is not { } user)
        {
            return null;
        }

        if (string.IsNullOrEmpty(newPassword))
        {
            return ["password is required."];
        }

        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), newPassword);
        if (!reset.Succeeded)
        {
            return reset.Errors.Select(e => e.Description).ToList();
        }

        await audit.WriteAsync("password-reset", null, user.Email, ct: ct);
        return [];
    }

    private async Task<(bool All, IReadOnlyList<int> Ids, string? Error)> ResolveStoresAsync(IReadOnlyList<string> codes, CancellationToken ct)
    {
        if (codes.Contains(AllStores))
        {
            return (true, [], null);
        }

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var stores = await db.Stores.Where(s => codes.Contains(s.Code)).Select(s => new { s.Id, s.Code }).ToListAsync(ct);
        return codes.FirstOrDefault(c => stores.All(s => s.Code != c)) is { } unknown
            ? (false, [], $"No store with code '{unknown}'.")
            : (false, stores.Select(s => s.Id).ToList(), null);
    }

    private async Task SetGrantsAsync(string userId, IReadOnlyList<int> storeIds, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await db.StoreGrants.Where(g => g.UserId == userId).ExecuteDeleteAsync(ct);
        db.StoreGrants.AddRange(storeIds.Distinct().Select(id => new StoreGrant { UserId = userId, StoreId = id }));
        await db.SaveChangesAsync(ct);
    }

    private static string Describe(bool all, IReadOnlyList<string>? stores) => all ? "all stores" : string.Join(",", stores ?? []);
}
