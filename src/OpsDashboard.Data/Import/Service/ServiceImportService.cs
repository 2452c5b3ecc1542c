using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.Import.Service;

/// <summary>
/// Imports a service-agents, refunds, competitors or lost-customers file all-or-nothing: one
/// transaction per file; a file with any bad row writes nothing and returns every problem with its
/// row and column (the same <see cref="ImportResult"/> as the daily kinds). Rows are written set-based
/// (<see cref="ServiceFactWriter"/> over <see cref="SqlUpsert"/>), not through change tracking.
/// </summary>
public sealed class ServiceImportService(IDbContextFactory<OpsDbContext> contextFactory, DatabaseOptions options, TimeProvider clock, ILogger<ServiceImportService> logger)
{
    public async Task<ImportResult> ImportFileAsync(int storeId, ServiceImportKind kind, byte[] content, ImportFileContext context, CancellationToken ct = default)
    {
        using var fileHash = OpsDashboard.Data.Accounts.ImportAudit.ForFile(content); // the batch's audit row names the file's SHA-256
        var today = await StoreTodayAsync(storeId, ct);
        var parsed = ServiceImportParser.Parse(kind, content, context with { Today = today });
        if (!parsed.IsValid)
        {
            logger.LogInformation("Import of {Kind} for store {StoreId} rejected: {ErrorCount} errors in {RowsRead} rows", kind.ToApiName(), storeId, parsed.ErrorCount, parsed.RowsRead);
            return new ImportResult
            {
                RowsRead = parsed.RowsRead, Errors = parsed.Errors, Warnings = parsed.Warnings,
                ErrorCount = parsed.ErrorCount, WarningCount = parsed.WarningCount,
            };
        }

        return await WriteAsync(storeId, parsed, context.FileName, ct);
    }

    /// <summary>Writes rows already parsed and valid (the demo seeder uses this too).</summary>
    public async Task<ImportResult> WriteAsync(int storeId, ServiceParsedImport parsed, string? fileName, CancellationToken ct = default)
    {
        if (!parsed.IsValid)
        {
            throw new ArgumentException("Only a valid file can be written.", nameof(parsed));
        }

        var dates = parsed.Dates.ToList();
        DateOnly? firstDate = dates.Count == 0 ? null : dates.Min();
        DateOnly? lastDate = dates.Count == 0 ? null : dates.Max();
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var strategy = db.Database.CreateExecutionStrategy();
        var (inserted, updated) = await strategy.ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var upsert = new SqlUpsert(db.Database.GetDbConnection(), transaction.GetDbTransaction(), options.UpsertBatchSize, SqlUpsert.MaxParametersFor(db.Provider));
            var counts = await new ServiceFactWriter(db, upsert, storeId, parsed.Columns).WriteAsync(parsed, token);
            db.ImportBatches.Add(new ImportBatch
            {
                StoreId = storeId,
                Kind = parsed.Kind.ToApiName(),
                FileName = fileName is { Length: > 400 } ? fileName[..400] : fileName,
                RowsRead = parsed.RowsRead,
                RowsInserted = counts.Inserted,
                RowsUpdated = counts.Updated,
                FirstDate = firstDate,
                LastDate = lastDate,
                ImportedAt = clock.GetUtcNow(),
            });
            await db.SaveChangesAsync(token);
            await Rollups.SkuMonthRollup.BumpAsync(db, storeId, null, token); // no sku_days written: the SKU months stay current
            await transaction.CommitAsync(token);
            return counts;
        }, ct);

        logger.LogInformation("Imported {Kind} for store {StoreId}: {RowsRead} rows read, {RowsInserted} inserted, {RowsUpdated} updated",
            parsed.Kind.ToApiName(), storeId, parsed.RowsRead, inserted, updated);
        return new ImportResult
        {
            RowsRead = parsed.RowsRead, RowsInserted = inserted, RowsUpdated = updated, Warnings = parsed.Warnings, WarningCount = parsed.WarningCount,
            FirstDate = firstDate, LastDate = lastDate,
        };
    }

    private async Task<DateOnly> StoreTodayAsync(int storeId, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var zone = await db.Stores.AsNoTracking().Where(s => s.Id == storeId).Select(s => s.TimeZone).FirstOrDefaultAsync(ct);
        return StoreClock.Today(clock, zone ?? Store.DefaultTimeZone);
    }
}
