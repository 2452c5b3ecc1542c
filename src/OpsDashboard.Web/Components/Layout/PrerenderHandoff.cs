using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace OpsDashboard.Web.Components.Layout;

/// <summary>
/// Hands what a screen read while prerendering to the same screen once its circuit starts, so a visit reads the
/// database once (issue 16): the prerendered page already carries the figures, and without this the circuit's
/// first render read them all again before the page became interactive. The screen keeps its state here under a
/// random key and persists only that key in the page (<see cref="Microsoft.AspNetCore.Components.PersistentComponentState"/>,
/// protected by data protection); the circuit takes it once, for the same URL. An entry nobody takes (no
/// JavaScript, a closed tab, a circuit on another instance) expires after <see cref="Lifetime"/>, and at
/// <see cref="Capacity"/> entries nothing more is kept: the circuit then simply reads again, as before.
/// </summary>
public sealed class PrerenderHandoff(TimeProvider clock)
{
    /// <summary>How long a prerendered state waits for its circuit.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>At most this many states wait at once (a screen's state is tens of KB).</summary>
    public const int Capacity = 256;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _taken;

    /// <summary>Keeps <paramref name="state"/> read for <paramref name="uri"/>; its key, or null when full.</summary>
    public string? Put(string uri, object state)
    {
        var now = clock.GetUtcNow();
        foreach (var (key, entry) in _entries)
        {
            if (entry.Expires <= now)
            {
                _entries.TryRemove(key, out _);
            }
        }

        if (_entries.Count >= Capacity)
        {
            return null;
        }

        var newKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _entries[newKey] = new Entry(uri, state, now + Lifetime);
        return newKey;
    }

    /// <summary>The state kept under <paramref name="key"/> (removed: it is taken once) if it was read for <paramref name="uri"/> and has not expired.</summary>
    public T? Take<T>(string key, string uri)
        where T : class
    {
        if (!_entries.TryRemove(key, out var entry) || entry.Expires <= clock.GetUtcNow() || entry.Uri != uri || entry.State is not T state)
        {
            return null;
        }

        Interlocked.Increment(ref _taken);
        return state;
    }

    /// <summary>How many states wait for their circuit.</summary>
    public int Count => _entries.Count;

    /// <summary>How many circuits have shown a prerendered state instead of reading it again (tests read it).</summary>
    public long Taken => Interlocked.Read(ref _taken);

    private sealed record Entry(string Uri, object State, DateTimeOffset Expires);
}
