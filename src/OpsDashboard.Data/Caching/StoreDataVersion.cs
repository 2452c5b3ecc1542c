using Microsoft.EntityFrameworkCore;

namespace OpsDashboard.Data.Caching;

/// <summary>
/// The stores' data versions (<see cref="Entities.Store.DataVersion"/>): bumped by every write of a store's facts in
/// the write's own transaction, read once per request by the read cache.
/// </summary>
public static class StoreDataVersion
{
    /// <summary>Marks the store's figures changed; call inside the transaction that changes them.</summary>
    public static Task BumpAsync(OpsDbContext db, int storeId, CancellationToken ct) =>
        db.Stores.Where(s => s.Id == storeId).ExecuteUpdateAsync(s => s.SetProperty(x => x.DataVersion, x => x.DataVersion + 1), ct);

    /// <summary>The current versions of the stores (one primary-key read); a store that does not exist is absent.</summary>
    public static async Task<Dictionary<int, long>> ReadAsync(OpsDbContext db, IReadOnlyCollection<int> storeIds, CancellationToken ct) =>
        await db.Stores.Where(s => storeIds.Contains(s.Id)).Select(s => new { s.Id, s.DataVersion }).ToDictionaryAsync(s => s.Id, s => s.DataVersion, ct);
}
