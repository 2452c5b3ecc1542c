using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace OpsDashboard.Data.Replication;

/// <summary>
/// Sends the dashboards' reads to a PostgreSQL streaming standby (<c>ConnectionStrings__OpsDashboardRead</c>) and
/// everything else to the primary, with read-your-writes: after a write through this instance, reads go to the primary
/// until the standby has replayed the primary's WAL position taken after that write committed, or for at most
/// <see cref="DatabaseOptions.ReplicaMaxLagSeconds"/> (a standby that lags further is read anyway, with a warning;
/// one that cannot be asked is skipped). Without a read connection string every read uses the primary and this
/// class costs nothing. Writes made through other instances reach this one's readers as the standby replays them,
/// like any other instance's writes; each request's data-version check then drops the cached figures they changed.
/// </summary>
public sealed class ReadRouting
{
    private readonly IDbContextFactory<OpsDbContext> _primary;
    private readonly IDbContextFactory<OpsDbContext>? _standby;
    private readonly WriteNotices? _writes;
    private readonly TimeProvider _clock;
    private readonly ILogger<ReadRouting> _logger;
    private readonly TimeSpan _maxLag;
    private readonly Lock _gate = new();
    private long _settled;
    private Pending? _pending;
    private bool _onStandby = true;
    private long _epoch;

    public ReadRouting(IDbContextFactory<OpsDbContext> primary, DatabaseOptions options, TimeProvider clock, ILogger<ReadRouting> logger)
    {
        _primary = primary;
        _clock = clock;
        _logger = logger;
        _maxLag = TimeSpan.FromSeconds(options.ReplicaMaxLagSeconds);
        if (string.IsNullOrWhiteSpace(options.ReadConnectionString))
        {
            Contexts = primary;
            return;
        }

        if (options.Provider != DatabaseProvider.Postgres || primary is not OpsDbContextFactory factory)
        {
            throw new InvalidOperationException(
                "ConnectionStrings__OpsDashboardRead names a read standby, which needs Database__Provider=Postgres (SQLite has no standby).");
        }

        _writes = factory.Writes;
        _standby = new OpsDbContextFactory(DatabaseProvider.Postgres, options.ReadConnectionString);
        Contexts = new RoutedContexts(this);
    }

    /// <summary>What the dashboards' readers create their contexts from: the primary, or the routing between both.</summary>
    public IDbContextFactory<OpsDbContext> Contexts { get; }

    /// <summary>Changes whenever reads switch server: figures read across a switch are not cached (see StoreReadCache).</summary>
    public long Epoch => Interlocked.Read(ref _epoch);

    /// <summary>True when a standby is configured.</summary>
    public bool HasStandby => _standby is not null;

    private async Task<IDbContextFactory<OpsDbContext>> ChooseAsync(CancellationToken ct)
    {
        var writes = _writes!.Count;
        if (writes == Interlocked.Read(ref _settled))
        {
            return Use(standby: true);
        }

        try
        {
            Pending? pending;
            lock (_gate)
            {
                pending = _pending is { } p && p.Writes >= writes ? p : null;
            }

            if (pending is null)
            {
                // Taken after the writes counted here committed (the notice fires after the commit), so a standby that
                // has replayed this far has them.
                pending = new Pending(writes, await PrimaryPositionAsync(ct), _clock.GetTimestamp());
                lock (_gate)
                {
                    if (_pending is null || _pending.Writes < pending.Writes)
                    {
                        _pending = pending;
                    }
                }
            }

            var replayed = await StandbyReplayedAsync(pending.Position, ct);
            var late = _clock.GetElapsedTime(pending.Since) > _maxLag;
            if (!replayed && !late)
            {
                return Use(standby: false);
            }

            if (!replayed)
            {
                _logger.LogWarning("The read standby has not replayed {Position} after {Seconds} s; reading from it anyway", pending.Position, _maxLag.TotalSeconds);
            }

            lock (_gate)
            {
                _settled = Math.Max(_settled, pending.Writes);
            }

            return Use(standby: true);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogWarning(ex, "Could not ask the read standby how far it has replayed; reading from the primary");
            return Use(standby: false);
        }
    }

    private IDbContextFactory<OpsDbContext> Use(bool standby)
    {
        if (Volatile.Read(ref _onStandby) != standby)
        {
            lock (_gate)
            {
                if (_onStandby != standby)
                {
                    _onStandby = standby;
                    Interlocked.Increment(ref _epoch);
                }
            }
        }

        return standby ? _standby! : _primary;
    }

    private async Task<string> PrimaryPositionAsync(CancellationToken ct)
    {
        await using var db = await _primary.CreateDbContextAsync(ct);
        return await db.Database.SqlQueryRaw<string>("SELECT pg_current_wal_lsn()::text AS \"Value\"").SingleAsync(ct);
    }

    private async Task<bool> StandbyReplayedAsync(string position, CancellationToken ct)
    {
        await using var db = await _standby!.CreateDbContextAsync(ct);
        // Null on a server that is not a standby (the read string names the primary itself): nothing to wait for.
        return await db.Database
            .SqlQuery<bool>($"SELECT COALESCE(pg_last_wal_replay_lsn() >= CAST({position} AS pg_lsn), TRUE) AS \"Value\"")
            .SingleAsync(ct);
    }

    private sealed record Pending(long Writes, string Position, long Since);

    /// <summary>The readers' context factory when a standby is configured.</summary>
    private sealed class RoutedContexts(ReadRouting routing) : IDbContextFactory<OpsDbContext>
    {
        /// <summary>Without waiting to ask the standby: the primary while a write of this instance may not be there yet.</summary>
        public OpsDbContext CreateDbContext() =>
            routing._writes!.Count == Interlocked.Read(ref routing._settled) ? routing._standby!.CreateDbContext() : routing._primary.CreateDbContext();

        public async Task<OpsDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await (await routing.ChooseAsync(cancellationToken)).CreateDbContextAsync(cancellationToken);
    }
}
