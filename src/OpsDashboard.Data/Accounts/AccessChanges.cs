namespace OpsDashboard.Data.Accounts;

/// <summary>
/// Says that who may see or do what has changed in this app instance — a user's role, stores or account, a key or a
/// display link revoked — so every cached caller (an open browser session's, <c>CallerContext</c>) and every open
/// session's sign-in state is read again at once instead of when the browser reconnects. One per app (a DI singleton):
/// two apps in one process — tests, a bench — do not make each other's sessions re-read. Other instances on the same
/// database notice within their revalidation interval.
/// </summary>
public sealed class AccessChanges
{
    private long _version;

    /// <summary>Raised after <see cref="Announce"/>, with the new version.</summary>
    public event Action<long>? Changed;

    /// <summary>Grows by one with every change; a cache made at an older version is stale.</summary>
    public long Version => Interlocked.Read(ref _version);

    public void Announce()
    {
        var version = Interlocked.Increment(ref _version);
        Changed?.Invoke(version);
    }
}
