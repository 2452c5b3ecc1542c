using Microsoft.EntityFrameworkCore;

namespace OpsDashboard.Data.Accounts;

/// <summary>One audit row as read back.</summary>
public sealed record AuditRecord(long Id, DateTime At, string Actor, string Action, string? StoreCode, string? Detail, string? ClientAddress);

/// <summary>The audit trail: who did what when. Written after the action succeeded (or, for failed sign-ins, failed); never holds a secret.</summary>
public sealed class AuditLog(IDbContextFactory<OpsDbContext> contextFactory, TimeProvider clock, StoreAccess access)
{
    /// <summary>Records an action by the current caller (or <paramref name="actor"/> when given, e.g. a failed sign-in's email).</summary>
    public async Task WriteAsync(string action, string? storeCode, string? detail, string? actor = null, string? clientAddress = null, CancellationToken ct = default)
    {
        var caller = await access.CurrentAsync(ct);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Actor = Truncate(actor ?? caller.Name, 256)!,
            Action = Truncate(action, 64)!,
            StoreCode = Truncate(storeCode, 64),
            Detail = Truncate(detail, 4000),
            ClientAddress = Truncate(clientAddress ?? CallerClient.Address, 64),
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The entries from <paramref name="from"/> to <paramref name="to"/> (UTC, inclusive), newest first: all for an
    /// administrator; otherwise the entries of the stores the caller may see and the caller's own.
    /// </summary>
    public async Task<IReadOnlyList<AuditRecord>> ListAsync(DateTime from, DateTime to, int limit = 1000, CancellationToken ct = default)
    {
        var caller = await access.CurrentAsync(ct);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var query = db.AuditEntries.AsNoTracking().Where(a => a.At >= from && a.At <= to);
        if (!caller.May(Permission.Administer))
        {
            var ids = caller.StoreIds.ToList();
            var codes = await db.Stores.Where(s => caller.AllStores || ids.Contains(s.Id)).Select(s => s.Code).ToListAsync(ct);
            var name = caller.Name;
            query = query.Where(a => (a.StoreCode != null && codes.Contains(a.StoreCode)) || a.Actor == name);
        }

        return await query.OrderByDescending(a => a.Id).Take(limit)
            .Select(a => new AuditRecord(a.Id, a.At, a.Actor, a.Action, a.StoreCode, a.Detail, a.ClientAddress))
            .ToListAsync(ct);
    }

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}

/// <summary>The client address of the current request (set by the web app per request), for the audit trail and logs.</summary>
public static class CallerClient
{
    private static readonly AsyncLocal<string?> Current = new();

    public static string? Address
    {
        get => Current.Value;
        set => Current.Value = value;
    }
}
