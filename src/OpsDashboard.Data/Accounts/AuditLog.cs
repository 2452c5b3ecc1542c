using Microsoft.EntityFrameworkCore;

namespace OpsDashboard.Data.Accounts;

/// <summary>One audit row as read back.</summary>
public sealed record AuditRecord(long Id, DateTime At, string Actor, string Action, string? StoreCode, string? Detail, string? ClientAddress);

/// <summary>What the audit page asks for: a time window (UTC, inclusive) and optional exact actor, store and action.</summary>
public sealed record AuditFilter(DateTime From, DateTime To)
{
    public string? Actor { get; init; }
    public string? StoreCode { get; init; }
    public string? Action { get; init; }
}

/// <summary>One page of audit rows, and how many rows match in all.</summary>
public sealed record AuditSearchResult(IReadOnlyList<AuditRecord> Rows, int Total);

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
    public async Task<IReadOnlyList<AuditRecord>> ListAsync(DateTime from, DateTime to, int limit = 1000, CancellationToken ct = default) =>
        (await SearchAsync(new AuditFilter(from, to), 0, limit, ct)).Rows;

    /// <summary>
    /// Page <paramref name="page"/> (from 0) of <paramref name="pageSize"/> rows matching <paramref name="filter"/>, newest
    /// first, among the entries the caller may read (as <see cref="ListAsync"/>), and the number matching in all.
    /// </summary>
    public async Task<AuditSearchResult> SearchAsync(AuditFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        var caller = await access.CurrentAsync(ct);
        if (!caller.May(Permission.Audit))
        {
            return new AuditSearchResult([], 0);
        }

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var query = db.AuditEntries.AsNoTracking().Where(a => a.At >= filter.From && a.At <= filter.To);
        if (!caller.May(Permission.Administer))
        {
            var ids = caller.StoreIds.ToList();
            var codes = await db.Stores.Where(s => caller.AllStores || ids.Contains(s.Id)).Select(s => s.Code).ToListAsync(ct);
            var name = caller.Name;
            query = query.Where(a => (a.StoreCode != null && codes.Contains(a.StoreCode)) || a.Actor == name);
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = filter.Actor.Trim();
            query = query.Where(a => a.Actor == actor);
        }

        if (!string.IsNullOrWhiteSpace(filter.StoreCode))
        {
            var store = filter.StoreCode.Trim();
            query = query.Where(a => a.StoreCode == store);
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            var action = filter.Action.Trim();
            query = query.Where(a => a.Action == action);
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => a.Id).Skip(Math.Max(0, page) * pageSize).Take(pageSize)
            .Select(a => new AuditRecord(a.Id, a.At, a.Actor, a.Action, a.StoreCode, a.Detail, a.ClientAddress))
            .ToListAsync(ct);
        return new AuditSearchResult(rows, total);
    }

    /// <summary>The distinct actions recorded so far (for the audit page's filter), in order.</summary>
    public async Task<IReadOnlyList<string>> ActionsAsync(CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.AuditEntries.AsNoTracking().Select(a => a.Action).Distinct().OrderBy(a => a).ToListAsync(ct);
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
