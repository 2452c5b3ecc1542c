namespace OpsDashboard.Data.Accounts;

/// <summary>
/// Says that who may see or do what has changed in this app instance — a user's role, stores or account, a key or a
/// display link revoked — so every cached caller (an open browser session's, <c>CallerContext</c>) and every open
/// session's sign-in state is read again at once instead of when the browser reconnects. Other instances on the same
/// database notice within their revalidation interval.
/// </summary>
public static class AccessChanges
{
    private static long _version;

    /// <summary>Raised after <see cref="Announce"/>, with the new version.</summary>
    public static event Action<long>? Changed;

    /// <summary>Grows by one with every change; a cache made at an older version is stale.</summary>
    public static long Version => Interlocked.Read(ref _version);

    public static void Announce()
    {
        var version = Interlocked.Increment(ref _version);
        Changed?.Invoke(version);
    }
}
