using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpsDashboard.Data.Replication;

/// <summary>
/// Counts the writes made through one context factory: every committed transaction and every SaveChanges. Read routing
/// (<see cref="ReadRouting"/>) compares the count with what a standby is known to have replayed, so a user who just
/// imported reads from the primary until the standby has caught up. Counting is all it does: no query, no lock.
/// </summary>
public sealed class WriteNotices : DbTransactionInterceptor, ISaveChangesInterceptor
{
    private long _count;

    /// <summary>Grows after each write has committed (a SaveChanges inside a transaction counts again at the commit).</summary>
    public long Count => Interlocked.Read(ref _count);

    public override void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => Note();

    public override Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Note();
        return Task.CompletedTask;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Note();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Note();
        return ValueTask.FromResult(result);
    }

    private void Note() => Interlocked.Increment(ref _count);
}
