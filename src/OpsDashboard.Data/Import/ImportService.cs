using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Entities;
using OpsDashboard.Data.Import.Parsing;
using OpsDashboard.Data.Import.Staging;

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
    public Task<ImportResult> ImportFileAsync(int storeId, ImportKind kind, byte[] content, ImportFileContext context, CancellationToken ct = default) =>
        ImportFileAsync(storeId, kind, content, context, null, ct);

    /// <summary>
    /// As <see cref="ImportFileAsync(int, ImportKind, byte[], ImportFileContext, CancellationToken)"/>, telling
    /// <paramref name="progress"/> how far it has gone (every <see cref="ProgressEvery"/> rows, from the
    /// importer's thread). Cancelling <paramref name="ct"/> before the commit writes nothing: no row, no
    /// batch or audit row, no data-version bump.
    /// </summary>
    public async Task<ImportResult> ImportFileAsync(int storeId, ImportKind kind, byte[] content, ImportFileContext context, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        using var fileHash = OpsDashboard.Data.Accounts.ImportAudit.ForFile(content); // the batch's audit row names the file's SHA-256
        var today = await StoreTodayAsync(storeId, ct);
        context = context with { Today = today, Platform = context.Platform ?? await StorePlatformAsync(storeId, ct) };
        if (StagedFactWriter.Supports(kind))
        {
            // Parsed and written in one pass, row by row: a 1M-row file never sits in memory as objects.
            return await ImportStreamingAsync(storeId, kind, content, context, progress, ct);
        }

        progress?.Report(new ImportProgress(ImportPhase.Parsing, 0, 0, 0, content.Length));
        var parsed = await Task.Run(() => ImportParser.Parse(kind, content, context), ct);
        ct.ThrowIfCancellationRequested();
        progress?.Report(new ImportProgress(ImportPhase.Parsing, parsed.RowsRead, 0, content.Length, content.Length));
        return await ImportParsedAsync(storeId, parsed, context.FileName, progress, ct);
    }

    /// <summary>Rows between two progress reports (and two looks at the cancellation token).</summary>
    public const int ProgressEvery = 1024;

    /// <summary>
    /// Writes a file parsed already (the import page's preview parses it once, with the store's
    /// today), or answers why nothing was written when it has errors.
    /// </summary>
    public Task<ImportResult> ImportParsedAsync(int storeId, ParsedImport parsed, string? fileName, CancellationToken ct = default) =>
        ImportParsedAsync(storeId, parsed, fileName, null, ct);

    /// <summary>As <see cref="ImportParsedAsync(int, ParsedImport, string?, CancellationToken)"/>, telling <paramref name="progress"/> how many rows are written.</summary>
    public async Task<ImportResult> ImportParsedAsync(int storeId, ParsedImport parsed, string? fileName, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        if (!parsed.IsValid)
        {
            return Rejected(storeId, parsed);
        }

        var result = await WriteAsync(storeId, parsed, fileName, progress, ct);
        LogImported(storeId, parsed.Kind, result);
        return result;
    }

    private ImportResult Rejected(int storeId, ParsedImport parsed)
    {
        logger.LogInformation(
            "Import of {Kind} for store {StoreId} rejected: {ErrorCount} errors in {RowsRead} rows{Limit}",
            parsed.Kind.ToApiName(), storeId, parsed.ErrorCount, parsed.RowsRead, parsed.ExceededLimit is { } limit ? " (limit " + limit + ")" : string.Empty);
        return new ImportResult
        {
            RowsRead = parsed.RowsRead, Errors = parsed.Errors, Warnings = parsed.Warnings,
            ErrorCount = parsed.ErrorCount, WarningCount = parsed.WarningCount, ExceededLimit = parsed.ExceededLimit, ErrorRowCount = parsed.ErrorRowCount,
        };
    }

    private void LogImported(int storeId, ImportKind kind, ImportResult result)
    {
        if (result.Succeeded)
        {
            logger.LogInformation(
                "Imported {Kind} for store {StoreId}: {RowsRead} rows read, {RowsInserted} inserted, {RowsUpdated} updated",
                kind.ToApiName(), storeId, result.RowsRead, result.RowsInserted, result.RowsUpdated);
        }
    }

    /// <summary>
    /// The bulk path (issue 10): each row is validated as it is read and, while the file has no
    /// error, staged in the import's transaction; at the end either the stage is merged and
    /// committed, or the transaction rolls back (with the stage) and every problem is answered.
    /// </summary>
    private async Task<ImportResult> ImportStreamingAsync(int storeId, ImportKind kind, byte[] content, ImportFileContext context, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var strategy = db.Database.CreateExecutionStrategy();
        var outcome = await strategy.ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var connection = db.Database.GetDbConnection();
            var issues = new IssueCollector(context.Culture, context.Limits.MaxIssuesListed);
            StagedFactWriter? writer = null;
            try
            {
                // Parsing and staging are synchronous work (the drivers' bulk paths); off the caller's thread.
                var parsed = await Task.Run(
                    () => ImportParser.Read(kind, issues, () =>
                    {
                        using var table = RawTableReader.Open(content, context.Limits);
                        if (RowStream.Open(kind, table, context, issues) is not { } stream)
                        {
                            return ImportParser.FileLevelFailure(kind, issues);
                        }

                        writer = StagedFactWriter.Start(connection, transaction.GetDbTransaction(), db.Provider, storeId, kind, stream.Columns);
                        progress?.Report(new ImportProgress(ImportPhase.Parsing, 0, 0, table.BytesRead, table.Length));
                        foreach (var row in stream.Rows())
                        {
                            if (!stream.HasErrors)
                            {
                                writer.Add(row);
                            }

                            if (stream.RowsRead % ProgressEvery == 0)
                            {
                                token.ThrowIfCancellationRequested();
                                progress?.Report(new ImportProgress(ImportPhase.Parsing, stream.RowsRead, writer.Staged, table.BytesRead, table.Length));
                            }
                        }

                        token.ThrowIfCancellationRequested();
                        progress?.Report(new ImportProgress(ImportPhase.Parsing, stream.RowsRead, writer.Staged, table.Length, table.Length));
                        return stream.Finish([]);
                    }),
                    token);
                if (!parsed.IsValid)
                {
                    // Nothing is merged; disposing the writer cancels its bulk load and the rollback drops the stage.
                    return new StreamedImport(parsed, null, 0, 0);
                }

                if (writer is null)
                {
                    return new StreamedImport(parsed, null, 0, 0);
                }

                var stagedMs = stopwatch.ElapsedMilliseconds;
                progress?.Report(new ImportProgress(ImportPhase.Saving, parsed.RowsRead, writer.Staged, content.Length, content.Length));
                var (inserted, updated) = await writer.MergeAsync(token);
                logger.LogDebug("Staged {Rows} rows in {StagedMs} ms, merged by {MergedMs} ms", writer.Staged, stagedMs, stopwatch.ElapsedMilliseconds);
                AddBatch(db, storeId, parsed, context.FileName, inserted, updated, writer.FirstDate, writer.LastDate);
                await RecordVisitorMeasureAsync(db, storeId, parsed, token);
                await db.SaveChangesAsync(token);
                await Rollups.SkuMonthRollup.BumpAsync(db, storeId, SkuDaysWritten(kind, writer.FirstDate, writer.LastDate), token);
                await CommitUnlessCancelledAsync(transaction, token);
                return new StreamedImport(parsed, writer, inserted, updated);
            }
            finally
            {
                writer?.Dispose();
            }
        }, ct);

        if (!outcome.Parsed.IsValid)
        {
            return Rejected(storeId, outcome.Parsed);
        }

        await AnalyzeAsync(db, kind, outcome.Inserted);
        logger.LogDebug(
            "Wrote {Kind} for store {StoreId} by bulk path: {RowsRead} rows read, {RowsInserted} inserted, {RowsUpdated} updated in {ElapsedMs} ms",
            kind.ToApiName(), storeId, outcome.Parsed.RowsRead, outcome.Inserted, outcome.Updated, stopwatch.ElapsedMilliseconds);
        var result = new ImportResult
        {
            RowsRead = outcome.Parsed.RowsRead, RowsInserted = outcome.Inserted, RowsUpdated = outcome.Updated,
            Warnings = outcome.Parsed.Warnings, WarningCount = outcome.Parsed.WarningCount,
            FirstDate = outcome.Writer?.FirstDate, LastDate = outcome.Writer?.LastDate,
        };
        LogImported(storeId, kind, result);
        return result;
    }

    private sealed record StreamedImport(ParsedImport Parsed, StagedFactWriter? Writer, int Inserted, int Updated);

    /// <summary>Writes rows that are already parsed and valid (the demo seeder uses this too).</summary>
    public Task<ImportResult> WriteAsync(int storeId, ParsedImport parsed, string? fileName, CancellationToken ct = default) =>
        WriteAsync(storeId, parsed, fileName, null, ct);

    /// <summary>
    /// As <see cref="WriteAsync(int, ParsedImport, string?, CancellationToken)"/>, telling <paramref name="progress"/> how
    /// many rows are written; cancelling <paramref name="ct"/> before the commit writes nothing.
    /// </summary>
    public async Task<ImportResult> WriteAsync(int storeId, ParsedImport parsed, string? fileName, IProgress<ImportProgress>? progress, CancellationToken ct)
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
                var staged = StagedFactWriter.Supports(parsed.Kind) && parsed.Rows.Count > 0;
                if (!staged)
                {
                    // One set-based upsert per table: nothing to count until it ends.
                    progress?.Report(new ImportProgress(ImportPhase.Saving, parsed.RowsRead, 0, 0, 0));
                }

                var counts = staged
                    ? await WriteStagedAsync(db, transaction.GetDbTransaction(), storeId, parsed, progress, token)
                    : await new FactWriter(db, new SqlUpsert(db.Database.GetDbConnection(), transaction.GetDbTransaction(), options.UpsertBatchSize, SqlUpsert.MaxParametersFor(db.Provider)))
                        .WriteAsync(storeId, parsed, token);
                AddBatch(db, storeId, parsed, fileName, counts.Inserted, counts.Updated, firstDate, lastDate);
                await RecordVisitorMeasureAsync(db, storeId, parsed, token);
                await db.SaveChangesAsync(token);
                await Rollups.SkuMonthRollup.BumpAsync(db, storeId, SkuDaysWritten(parsed.Kind, firstDate, lastDate), token);
                await CommitUnlessCancelledAsync(transaction, token);
                return counts;
            }, ct);

            await AnalyzeAsync(db, parsed.Kind, inserted);

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

    /// <summary>Rows parsed already (the import page, the demo seeder) through the same staging table as a streamed file.</summary>
    private static async Task<(int Inserted, int Updated)> WriteStagedAsync(
        OpsDbContext db, System.Data.Common.DbTransaction transaction, int storeId, ParsedImport parsed, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        StagedFactWriter? writer = null;
        try
        {
            await Task.Run(
                () =>
                {
                    writer = StagedFactWriter.Start(connection, transaction, db.Provider, storeId, parsed.Kind, parsed.Columns);
                    progress?.Report(new ImportProgress(ImportPhase.Writing, parsed.RowsRead, 0, 0, 0));
                    foreach (var row in parsed.Rows)
                    {
                        writer.Add(row);
                        if (writer.Staged % ProgressEvery == 0)
                        {
                            ct.ThrowIfCancellationRequested();
                            progress?.Report(new ImportProgress(ImportPhase.Writing, parsed.RowsRead, writer.Staged, 0, 0));
                        }
                    }

                    ct.ThrowIfCancellationRequested();
                    progress?.Report(new ImportProgress(ImportPhase.Writing, parsed.RowsRead, writer.Staged, 0, 0));
                },
                ct);
            var started = writer!;
            progress?.Report(new ImportProgress(ImportPhase.Saving, parsed.RowsRead, started.Staged, 0, 0));
            return await started.MergeAsync(ct);
        }
        finally
        {
            writer?.Dispose();
        }
    }

    /// <summary>
    /// Commits unless the import was cancelled by now: a cancel that arrives before this point writes nothing
    /// (the transaction rolls back when disposed); once committed the import stands, whatever comes after.
    /// </summary>
    private static async Task CommitUnlessCancelledAsync(IDbContextTransaction transaction, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        await transaction.CommitAsync(CancellationToken.None);
    }

    private void AddBatch(OpsDbContext db, int storeId, ParsedImport parsed, string? fileName, int inserted, int updated, DateOnly? firstDate, DateOnly? lastDate) =>
        db.ImportBatches.Add(new ImportBatch
        {
            StoreId = storeId,
            Kind = parsed.Kind.ToApiName(),
            FileName = fileName is { Length: > 400 } ? fileName[..400] : fileName,
            RowsRead = parsed.RowsRead,
            RowsInserted = inserted,
            RowsUpdated = updated,
            FirstDate = firstDate,
            LastDate = lastDate,
            ImportedAt = clock.GetUtcNow(),
        });

    /// <summary>
    /// New rows leave PostgreSQL's planner statistics behind until autovacuum catches up; a year's
    /// SKU query then took 4.7 s instead of 8 ms (docs/benchmarks.md). Refresh the written table now.
    /// </summary>
    /// <remarks>Not cancellable: it runs after the commit, and a cancel then must not make a written import look cancelled.</remarks>
    private static async Task AnalyzeAsync(OpsDbContext db, ImportKind kind, int inserted)
    {
        if (inserted > 0 && db.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync(AnalyzeStatement(kind), CancellationToken.None);
        }
    }

    /// <summary>The store's today in its own time zone (the default zone for a store that does not exist; its write fails anyway).</summary>
    public async Task<DateOnly> StoreTodayAsync(int storeId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var zone = await db.Stores.AsNoTracking().Where(s => s.Id == storeId).Select(s => s.TimeZone).FirstOrDefaultAsync(ct);
        return StoreClock.Today(clock, zone ?? Store.DefaultTimeZone);
    }

    /// <summary>The store's platform, which breaks a tie between export dialects (DOMAIN §9).</summary>
    private async Task<string?> StorePlatformAsync(int storeId, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.Stores.AsNoTracking().Where(s => s.Id == storeId).Select(s => s.Platform).FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// A store-daily file with visitors says what they are: Shopify sessions (no Online store visitors
    /// column) or visitors; the store keeps the last file's answer so screens name the figure right (DOMAIN §9).
    /// </summary>
    private static async Task RecordVisitorMeasureAsync(OpsDbContext db, int storeId, ParsedImport parsed, CancellationToken ct)
    {
        if (parsed.Kind != ImportKind.StoreDaily || !parsed.Columns.Contains("visitors"))
        {
            return;
        }

        if (await db.Stores.FirstOrDefaultAsync(s => s.Id == storeId, ct) is { } store && store.VisitorsAreSessions != parsed.CountsSessions)
        {
            store.VisitorsAreSessions = parsed.CountsSessions;
        }
    }

    /// <summary>The span of sku_days a write of <paramref name="kind"/> touched, for the month rollup (null: none).</summary>
    private static DateRange? SkuDaysWritten(ImportKind kind, DateOnly? first, DateOnly? last) =>
        kind == ImportKind.SkuDaily && first is { } from && last is { } to ? new DateRange(from, to) : null;

    private static string AnalyzeStatement(ImportKind kind) => kind switch
    {
        ImportKind.StoreDaily => "ANALYZE store_days",
        ImportKind.SkuDaily => "ANALYZE sku_days, sku_months",
        _ => "ANALYZE source_days",
    };
}
