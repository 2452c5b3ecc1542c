using Microsoft.EntityFrameworkCore;

namespace OpsDashboard.Data.Reports;

/// <summary>When a store's data last arrived and how far it reaches.</summary>
public sealed record DataFreshness(DateTimeOffset? LastImportAt, DateOnly? NewestDay);

public sealed partial class KpiQueries
{
    /// <summary>The latest import of any kind for the store and its newest store-day fact.</summary>
    public async Task<DataFreshness> DataFreshnessAsync(int storeId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);

        // Batch ids grow with time; ordering by id avoids DateTimeOffset ordering, which SQLite cannot do.
        var lastImport = await db.ImportBatches
            .Where(b => b.StoreId == storeId)
            .OrderByDescending(b => b.Id)
            .Select(b => (DateTimeOffset?)b.ImportedAt)
            .FirstOrDefaultAsync(ct);
        var newestDay = await db.StoreDays
            .Where(d => d.StoreId == storeId)
            .MaxAsync(d => (DateOnly?)d.Date, ct);
        return new DataFreshness(lastImport, newestDay);
    }
}
