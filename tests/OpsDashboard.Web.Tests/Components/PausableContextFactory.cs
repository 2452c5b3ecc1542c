using Microsoft.EntityFrameworkCore;
using OpsDashboard.Data;

namespace OpsDashboard.Web.Tests.Components;

/// <summary>
/// The test database's context factory, with a pause: while paused, every operation that opens a
/// context asynchronously waits until <see cref="Resume"/>, as a query to a database across the
/// network keeps its caller waiting. SQLite answers synchronously, so without this two timers that
/// fall due together could never overlap in a test; with it, a test decides exactly when they do.
/// </summary>
public sealed class PausableContextFactory(IDbContextFactory<OpsDbContext> inner) : IDbContextFactory<OpsDbContext>
{
    private TaskCompletionSource? _paused;

    public OpsDbContext CreateDbContext() => inner.CreateDbContext();

    /// <summary>While set, every asynchronous operation fails with it, as reads do while the database is down.</summary>
    public Exception? Failure { get; set; }

    public async Task<OpsDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
    {
        if (Failure is { } failure)
        {
            throw failure;
        }

        if (Volatile.Read(ref _paused) is { } paused)
        {
            await paused.Task.WaitAsync(cancellationToken);
        }

        return inner.CreateDbContext();
    }

    /// <summary>Holds every new operation until <see cref="Resume"/>.</summary>
    public void Pause() =>
        Interlocked.CompareExchange(ref _paused, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), null);

    /// <summary>Lets the held operations (and every new one) go on.</summary>
    public void Resume() => Interlocked.Exchange(ref _paused, null)?.SetResult();
}
