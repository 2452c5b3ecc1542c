using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.Accounts;

/// <summary>
/// Audits the changes every writer makes through EF — imports (their batch row), stores created or changed (settings:
/// thresholds, name, time zone, archive; before → after), targets set (before → after), a month's promotion budgets set (before → after),
/// owner-entered exchange rates and notes added — in the same
/// SaveChanges, so an audited change and its audit row are written together or not at all, whichever page, API call or
/// tool made it: stores and notes deleted too (their services delete the tracked row). An import's row carries the
/// file's SHA-256 (<see cref="ImportAudit"/>). Deletions that bypass SaveChanges are audited where they are made (the API's write audit).
/// </summary>
public sealed class AuditInterceptor(ICallerSource callers, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is OpsDbContext db)
        {
            Record(db, callers.CurrentAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult());
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is OpsDbContext db)
        {
            Record(db, await callers.CurrentAsync(cancellationToken));
        }

        return result;
    }

    private void Record(OpsDbContext db, Caller caller)
    {
        var rows = new List<AuditEntry>();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            var row = entry.Entity switch
            {
                ImportBatch batch when entry.State == EntityState.Added => Row(caller, "import", StoreCode(db, batch.StoreId),
                    $"{batch.Kind} '{batch.FileName}': {batch.RowsRead} rows read, {batch.RowsInserted} inserted, {batch.RowsUpdated} updated, {batch.FirstDate:yyyy-MM-dd}..{batch.LastDate:yyyy-MM-dd}"
                    + (ImportAudit.FileSha256 is { } sha ? $", sha256 {sha}" : string.Empty)),
                Store store when entry.State == EntityState.Added => Row(caller, "store-created", store.Code, $"{store.Name} ({store.Platform}, {store.Currency}, {store.TimeZone})"),
                Store store when entry.State == EntityState.Deleted => Row(caller, "store-deleted", store.Code, $"{store.Name} and all its data"),
                Store store when entry.State == EntityState.Modified => Row(caller, Changed(entry, nameof(Store.ThresholdsJson)) ? "settings-changed" : "store-changed", store.Code, Changes(entry)),
                SalesTarget target when entry.State is EntityState.Added or EntityState.Modified => Row(caller, "target-set", StoreCode(db, target.StoreId),
                    $"{target.PeriodKind} from {target.PeriodStart:yyyy-MM-dd}: {Before(entry, nameof(SalesTarget.AmountMinor))} → {target.AmountMinor.ToString(CultureInfo.InvariantCulture)} (minor units, {target.Shape})"),
                ExchangeRate rate when entry.State is EntityState.Added or EntityState.Modified => Row(caller, "exchange-rate-set", null,
                    $"1 {rate.FromCurrency} = {Rate(rate.Rate)} {rate.ToCurrency} for {rate.RateDate:yyyy-MM-dd} (before: {(entry.State == EntityState.Added ? "none" : Rate((decimal)entry.Property(nameof(ExchangeRate.Rate)).OriginalValue!))})"),
                Annotation note when entry.State == EntityState.Added => Row(caller, "note-added", StoreCode(db, note.StoreId), $"{note.Date:yyyy-MM-dd}{(note.EndDate is { } end ? $"..{end:yyyy-MM-dd}" : string.Empty)}: {note.Text}"),
                Annotation note when entry.State == EntityState.Modified => Row(caller, "note-changed", StoreCode(db, note.StoreId), Changes(entry)),
                Annotation note when entry.State == EntityState.Deleted => Row(caller, "note-deleted", StoreCode(db, note.StoreId), $"{note.Date:yyyy-MM-dd}{(note.EndDate is { } end ? $"..{end:yyyy-MM-dd}" : string.Empty)}: {note.Text}"),
                _ => null,
            };
            if (row is not null)
            {
                rows.Add(row);
            }
        }

        rows.AddRange(BudgetRows(db, caller));
        db.AuditEntries.AddRange(rows);
    }

    /// <summary>
    /// One "budget-set" row per store and month whose promotion budgets change (saving a month replaces its rows, so
    /// a row per removed and added scene would say less): the scenes before → after, in minor units.
    /// </summary>
    private List<AuditEntry> BudgetRows(OpsDbContext db, Caller caller) =>
        db.ChangeTracker.Entries<PromotionBudget>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted or EntityState.Modified)
            .GroupBy(e => (e.Entity.StoreId, e.Entity.Month))
            .Select(month =>
            {
                var before = Scenes(month.Where(e => e.State != EntityState.Added), original: true);
                var after = Scenes(month.Where(e => e.State != EntityState.Deleted), original: false);
                return Row(caller, "budget-set", StoreCode(db, month.Key.StoreId), $"{month.Key.Month:yyyy-MM}: {before} → {after} (minor units)");
            })
            .ToList();

    private static string Scenes(IEnumerable<EntityEntry<PromotionBudget>> entries, bool original)
    {
        var scenes = entries
            .Select(e => (e.Entity.Scene, Amount: original ? (long)e.Property(b => b.AmountMinor).OriginalValue : e.Entity.AmountMinor))
            .OrderBy(s => s.Scene, StringComparer.Ordinal)
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Scene} {s.Amount}"))
            .ToList();
        return scenes.Count == 0 ? "none" : string.Join(", ", scenes);
    }

    private AuditEntry Row(Caller caller, string action, string? store, string detail) => new()
    {
        At = clock.GetUtcNow().UtcDateTime,
        Actor = caller.Name.Length > 256 ? caller.Name[..256] : caller.Name,
        Action = action,
        StoreCode = store,
        Detail = detail.Length > 4000 ? detail[..4000] : detail,
        ClientAddress = CallerClient.Address,
    };

    private static string? StoreCode(OpsDbContext db, int storeId) =>
        db.Stores.Local.FirstOrDefault(s => s.Id == storeId)?.Code ?? db.Stores.AsNoTracking().Where(s => s.Id == storeId).Select(s => s.Code).FirstOrDefault();

    private static bool Changed(EntityEntry entry, string property) => entry.Property(property).IsModified;

    /// <summary>A rate as entered (7.1), without the scale a provider stores it with (PostgreSQL's 7.10000000).</summary>
    private static string Rate(decimal rate) => rate.ToString("0.##########", CultureInfo.InvariantCulture);

    private static string Before(EntityEntry entry, string property) =>
        entry.State == EntityState.Added ? "none" : Convert.ToString(entry.Property(property).OriginalValue, CultureInfo.InvariantCulture) ?? "none";

    /// <summary>"field: before → after" for each changed property.</summary>
    private static string Changes(EntityEntry entry)
    {
        var text = new StringBuilder();
        foreach (var property in entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)))
        {
            text.Append(CultureInfo.InvariantCulture, $"{property.Metadata.Name}: {Convert.ToString(property.OriginalValue, CultureInfo.InvariantCulture) ?? "none"} → {Convert.ToString(property.CurrentValue, CultureInfo.InvariantCulture) ?? "none"}; ");
        }

        return text.ToString().TrimEnd(' ', ';');
    }
}
