using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Entities;
using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Import;

/// <summary>
/// Reads a platform export and writes it all-or-nothing: one transaction per file, and a file with
/// any bad row writes nothing and returns every problem with its row and column.
/// </summary>
public sealed class ImportService(IDbContextFactory<OpsDbContext> contextFactory, DatabaseOptions options, TimeProvider clock, ILogger<ImportService> logger)
{
    /// <summary>Imports with English messages (the API's default language).</summary>
    public Task<ImportResult> ImportAsync(int storeId, ImportKind kind, byte[] content, string? fileName, CancellationToken ct = default) =>
        ImportFileAsync(storeId, kind, content, new ImportFileContext { FileName = fileName }, ct);

    /// <summary>
    /// Imports a file named <see cref="ImportFileContext.FileName"/> with messages in
    /// <see cref="ImportFileContext.Culture"/>. Rows dated after the store's today (in its own time
    /// zone, by the injected clock) are errors, whatever <see cref="ImportFileContext.Today"/> says.
    /// </summary>
    public async Task<ImportResult> ImportFileAsync(int storeId, ImportKind kind, byte[] content, ImportFileContext context, CancellationToken ct = default)
    {
        var today = await StoreTodayAsync(storeId, ct);
        var parsed = ImportParser.Parse(kind, content, context with { Today = today });
        return await ImportParsedAsync(storeId, parsed, context.FileName, ct);
    }

    /// <summary>
    /// Writes a file parsed already (the import page's preview parses it once, with the store's
    /// today), or answers why nothing was written when it has errors.
    /// </summary>
    public async Task<ImportResult> ImportParsedAsync(int storeId, ParsedImport parsed, string? fileName, CancellationToken ct = default)
    {
        var kind = parsed.Kind;
        if (!parsed.IsValid)
        {
            logger.LogInformation(
                "Import of {Kind} for store {StoreId} rejected: {ErrorCount} errors in {RowsRead} rows{Limit}",
                kind.ToApiName(), storeId, parsed.ErrorCount, parsed.RowsRead, parsed.ExceededLimit is { } limit ? " (limit " + limit + ")" : string.Empty);
            return new ImportResult
            {
                RowsRead = parsed.RowsRead, Errors = parsed.Errors, Warnings = parsed.Warnings,
                ErrorCount = parsed.ErrorCount, WarningCount = parsed.WarningCount, ExceededLimit = parsed.ExceededLimit, ErrorRowCount = parsed.ErrorRowCount,
            };
        }

        var result = await WriteAsync(storeId, parsed, fileName, ct);
        if (result.Succeeded)
        {
            logger.LogInformation(
                "Imported {Kind} for store {StoreId}: {RowsRead} rows read, {RowsInserted} inserted, {RowsUpdated} updated",
                kind.ToApiName(), storeId, result.RowsRead, result.RowsInserted, result.RowsUpdated);
        }

        return result;
    }

    /// <summary>Writes rows that are already parsed and valid (the demo seeder uses this too).</summary>
    public async Task<ImportResult> WriteAsync(int storeId, ParsedImport parsed, string? fileName, CancellationToken ct = default)
    {
        if (!parsed.IsValid)
        {
            throw new ArgumentException("Only a valid file can be written.", nameof(parsed));
        }

        DateOnly? firstDate = parsed.Rows.Count == 0 ? null : parsed.Rows.Min(r => r.Date);
        DateOnly? lastDate = parsed.Rows.Count == 0 ? null : parsed.Rows.Max(r => r.Date);
        var stopwatch = Stopwatch.StartNew();
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            var (inserted, updated) = await strategy.ExecuteAsync(async token =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                var upsert = new SqlUpsert(db.Database.GetDbConnection(), transaction.GetDbTransaction(), options.UpsertBatchSize, SqlUpsert.MaxParametersFor(db.Provider));
                var counts = await new FactWriter(db, upsert).WriteAsync(storeId, parsed, token);
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
                await transaction.CommitAsync(token);
                return counts;
            }, ct);

            if (inserted > 0 && db.Provider == DatabaseProvider.Postgres)
            {
                // New rows leave PostgreSQL's planner statistics behind until autovacuum catches up; a year's
                // SKU query then took 4.7 s instead of 8 ms (docs/benchmarks.md). Refresh the written table now.
                await db.Database.ExecuteSqlRawAsync(AnalyzeStatement(parsed.Kind), ct);
            }

            // Debug: the demo seeder writes through here a hundred times at start-up.
            logger.LogDebug(
                "Wrote {Kind} for store {StoreId}: {RowsRead} rows read, {RowsInserted} inserted, {RowsUpdated} updated in {ElapsedMs} ms",
                parsed.Kind.ToApiName(), storeId, parsed.RowsRead, inserted, updated, stopwatch.ElapsedMilliseconds);
            return new ImportResult
            {
                RowsRead = parsed.RowsRead, RowsInserted = inserted, RowsUpdated = updated, Warnings = parsed.Warnings, WarningCount = parsed.WarningCount,
                FirstDate = firstDate, LastDate = lastDate,
            };
        }
        catch (ImportRejectedException rejected)
        {
            return new ImportResult
            {
                RowsRead = parsed.RowsRead, Errors = rejected.Issues.Take(ImportLimits.Default.MaxIssuesListed).ToList(), ErrorCount = rejected.Issues.Count,
                Warnings = parsed.Warnings, WarningCount = parsed.WarningCount,
            };
        }
    }

    /// <summary>The store's today in its own time zone (the default zone for a store that does not exist; its write fails anyway).</summary>
    public async Task<DateOnly> StoreTodayAsync(int storeId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var zone = await db.Stores.AsNoTracking().Where(s => s.Id == storeId).Select(s => s.TimeZone).FirstOrDefaultAsync(ct);
        return StoreClock.Today(clock, zone ?? Store.DefaultTimeZone);
    }

    private static string AnalyzeStatement(ImportKind kind) => kind switch
    {
        ImportKind.StoreDaily => "ANALYZE store_days",
        ImportKind.SkuDaily => "ANALYZE sku_days",
        _ => "ANALYZE source_days",
    };
}
