using System.Collections;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace OpsDashboard.Data.Caching;

/// <summary>
/// Figures read from a store's facts, kept in memory under the stores' data versions
/// (<see cref="StoreDataVersion"/>): a read is answered from memory while no import changed any of its stores, and the
/// database is asked again after one — by this instance or any other on the same database, because the version lives
/// in the database and is read once per request. Concurrent misses of the same figures share one database read.
/// An IMemoryCache (not HybridCache): entries are whole result lists that only one process needs, a second instance
/// keeps its own copy, and the version check already makes a distributed layer unnecessary for correctness.
/// </summary>
public sealed class StoreReadCache : IDisposable
{
    /// <summary>An entry nobody read for this long is dropped (it would be stale after the next import anyway).</summary>
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);

    private readonly IDbContextFactory<OpsDbContext> _contexts;
    private readonly Replication.ReadRouting _routing;
    private readonly MemoryCache? _cache;

    public StoreReadCache(IDbContextFactory<OpsDbContext> contexts, DatabaseOptions options, Replication.ReadRouting routing)
    {
        _contexts = contexts;
        _routing = routing;
        _cache = options.ReadCacheRows > 0 ? new MemoryCache(new MemoryCacheOptions { SizeLimit = options.ReadCacheRows }) : null;
    }

    /// <summary>False when Database__ReadCacheRows is 0: every read goes to the database.</summary>
    public bool Enabled => _cache is not null;

    /// <summary>The stores' current data versions, one query, with the read-routing epoch they were read in.</summary>
    public async Task<DataVersions> VersionsAsync(IReadOnlyCollection<int> storeIds, CancellationToken ct)
    {
        await using var db = await _contexts.CreateDbContextAsync(ct);
        var epoch = _routing.Epoch;
        return new DataVersions(await StoreDataVersion.ReadAsync(db, storeIds, ct), epoch);
    }

    /// <summary>The figures <paramref name="key"/> of one store, reading its version first (one primary-key query).</summary>
    public async Task<T> ForStoreAsync<T>(int storeId, object key, Func<CancellationToken, Task<T>> read, CancellationToken ct) =>
        _cache is null ? await read(ct) : await GetAsync([storeId], await VersionsAsync([storeId], ct), key, read, ct);

    /// <summary>
    /// The figures <paramref name="key"/> of <paramref name="storeIds"/> as of <paramref name="versions"/> (read by
    /// <see cref="VersionsAsync"/> before this call): from memory, or read and kept.
    /// </summary>
    public async Task<T> GetAsync<T>(IReadOnlyList<int> storeIds, DataVersions versions, object key, Func<CancellationToken, Task<T>> read, CancellationToken ct)
    {
        if (_cache is null)
        {
            return await read(ct);
        }

        var entryKey = new EntryKey(key, string.Join(',', storeIds.Select(id => string.Create(CultureInfo.InvariantCulture, $"{id}:{versions.Of(id)}"))));
        for (var attempt = 0; ; attempt++)
        {
            // Shared by concurrent misses; a failed read is dropped so the next request tries again.
            var shared = _cache.GetOrCreate(entryKey, e =>
            {
                e.Size = 1;
                e.SlidingExpiration = Idle;
                return new Lazy<Task<T>>(() => ReadAndSizeAsync(entryKey, versions.Epoch, read, ct));
            })!;
            try
            {
                return await shared.Value.WaitAsync(ct);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested && attempt == 0)
            {
                // The request that started the shared read went away; read again for this one.
            }
        }
    }

    private async Task<T> ReadAndSizeAsync<T>(EntryKey key, long epoch, Func<CancellationToken, Task<T>> read, CancellationToken ct)
    {
        var cache = _cache!;
        try
        {
            var value = await read(ct);
            if (epoch != _routing.Epoch)
            {
                // Reads moved between the primary and the standby after the versions were read: the figures may come
                // from the other server than the versions, so they answer this request only and are not kept.
                cache.Remove(key);
                return value;
            }

            // Re-add with its real cost now that the rows are known.
            if (cache.TryGetValue(key, out Lazy<Task<T>>? entry) && entry is not null)
            {
                cache.Set(key, entry, new MemoryCacheEntryOptions { Size = Math.Max(1, RowsOf(value!)), SlidingExpiration = Idle });
            }

            return value;
        }
        catch
        {
            cache.Remove(key);
            throw;
        }
    }

    private static long RowsOf(object value) => value switch
    {
        ICollection collection => collection.Count,
        IRowCount counted => counted.Rows,
        _ => 1,
    };

    public void Dispose() => _cache?.Dispose();

    private sealed record EntryKey(object Key, string Stores);
}

/// <summary>
/// The stores' data versions as read for one request, and the read-routing epoch they were read in: figures read in
/// another epoch (reads moved between the primary and a standby meanwhile) answer their request but are not kept.
/// </summary>
public sealed record DataVersions(IReadOnlyDictionary<int, long> Versions, long Epoch)
{
    /// <summary>A store's version; -1 for a store with none yet.</summary>
    public long Of(int storeId) => Versions.GetValueOrDefault(storeId, -1);
}

/// <summary>A cached value that knows how many rows it holds (its cost in the read cache).</summary>
public interface IRowCount
{
    long Rows { get; }
}
