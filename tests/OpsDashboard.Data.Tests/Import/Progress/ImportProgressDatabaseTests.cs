using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Parsing;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Import.Progress;

/// <summary>
/// Issue 10, "long imports look alive", on real SQLite and real PostgreSQL: an import tells its
/// <see cref="IProgress{T}"/> how far it is, and a cancel — while the file is parsed, while parsed rows are
/// written, or while they are saved — leaves the database exactly as it was: the rows, the import log,
/// the audit and the store's data version.
/// </summary>
public sealed class ImportProgressDatabaseTests
{
    private const int Skus = 250;
    private const int Days = 20;
    private const int Rows = Skus * Days;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_streamed_file_reports_bytes_and_rows_that_only_grow_and_end_at_the_files_row_count(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        var file = SkuFile(visitorsBase: 100);
        var progress = new Recorder();

        var result = await db.Imports.ImportFileAsync(store, ImportKind.SkuDaily, file, new ImportFileContext(), progress, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        var reports = progress.Reports;
        var parsing = reports.Where(r => r.Phase == ImportPhase.Parsing).ToList();
        Assert.True(parsing.Count >= Rows / ImportService.ProgressEvery, $"{parsing.Count} parse reports");
        AssertNeverShrinks(reports);
        Assert.All(parsing, r => Assert.Equal(file.Length, r.TotalBytes));
        Assert.Contains(parsing, r => r.BytesRead > 0 && r.BytesRead < file.Length);
        Assert.Equal((Rows, Rows, (long)file.Length), (parsing[^1].RowsParsed, parsing[^1].RowsWritten, parsing[^1].BytesRead));
        Assert.Equal(1.0, parsing[^1].Fraction);
        Assert.Equal((ImportPhase.Saving, Rows, Rows), (reports[^1].Phase, reports[^1].RowsParsed, reports[^1].RowsWritten));
        Assert.Null(reports[^1].Fraction);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_file_parsed_before_reports_rows_written_of_rows_parsed_up_to_all_of_them(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        var parsed = ImportParser.Parse(ImportKind.SkuDaily, SkuFile(visitorsBase: 100));
        var progress = new Recorder();

        var result = await db.Imports.ImportParsedAsync(store, parsed, "sku.csv", progress, CancellationToken.None);

        Assert.True(result.Succeeded);
        var writing = progress.Reports.Where(r => r.Phase == ImportPhase.Writing).ToList();
        Assert.True(writing.Count >= Rows / ImportService.ProgressEvery, $"{writing.Count} write reports");
        AssertNeverShrinks(progress.Reports);
        Assert.All(writing, r => Assert.Equal(Rows, r.RowsParsed));
        Assert.Equal((0, Rows), (writing[0].RowsWritten, writing[^1].RowsWritten));
        Assert.Equal(1.0, writing[^1].Fraction);
        Assert.Equal(ImportPhase.Saving, progress.Reports[^1].Phase);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, ImportPhase.Parsing)]
    [InlineData(DatabaseProvider.Postgres, ImportPhase.Parsing)]
    [InlineData(DatabaseProvider.Sqlite, ImportPhase.Saving)]
    [InlineData(DatabaseProvider.Postgres, ImportPhase.Saving)]
    public async Task Cancelling_a_streamed_import_leaves_the_database_exactly_as_it_was(DatabaseProvider provider, ImportPhase cancelIn)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        Assert.True((await db.Imports.ImportAsync(store, ImportKind.SkuDaily, SkuFile(visitorsBase: 100, days: 2), "first.csv")).Succeeded);
        var before = await SnapshotAsync(db);
        using var cancel = new CancellationTokenSource();
        var progress = new Recorder(r => r.Phase == cancelIn && (cancelIn != ImportPhase.Parsing || r.RowsParsed >= 2 * ImportService.ProgressEvery), cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            db.Imports.ImportFileAsync(store, ImportKind.SkuDaily, SkuFile(visitorsBase: 900), new ImportFileContext { FileName = "second.csv" }, progress, cancel.Token));

        Assert.True(cancel.IsCancellationRequested);
        Assert.Equal(before, await SnapshotAsync(db));
        var next = await db.Imports.ImportAsync(store, ImportKind.SkuDaily, SkuFile(visitorsBase: 900), "third.csv");
        Assert.True(next.Succeeded, string.Join("; ", next.Errors.Select(e => e.Message)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, ImportPhase.Writing)]
    [InlineData(DatabaseProvider.Postgres, ImportPhase.Writing)]
    [InlineData(DatabaseProvider.Sqlite, ImportPhase.Saving)]
    [InlineData(DatabaseProvider.Postgres, ImportPhase.Saving)]
    public async Task Cancelling_while_parsed_rows_are_written_leaves_the_database_exactly_as_it_was(DatabaseProvider provider, ImportPhase cancelIn)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        Assert.True((await db.Imports.ImportAsync(store, ImportKind.SkuDaily, SkuFile(visitorsBase: 100, days: 2), "first.csv")).Succeeded);
        var before = await SnapshotAsync(db);
        var parsed = ImportParser.Parse(ImportKind.SkuDaily, SkuFile(visitorsBase: 900));
        using var cancel = new CancellationTokenSource();
        var progress = new Recorder(r => r.Phase == cancelIn && (cancelIn != ImportPhase.Writing || r.RowsWritten >= 2 * ImportService.ProgressEvery), cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.Imports.ImportParsedAsync(store, parsed, "second.csv", progress, cancel.Token));

        Assert.True(cancel.IsCancellationRequested);
        Assert.Equal(before, await SnapshotAsync(db));
    }

    /// <summary>Rows parsed, rows written and (while parsing) bytes read never go down from one report to the next.</summary>
    private static void AssertNeverShrinks(IReadOnlyList<ImportProgress> reports)
    {
        Assert.NotEmpty(reports);
        for (var i = 1; i < reports.Count; i++)
        {
            var (previous, current) = (reports[i - 1], reports[i]);
            Assert.True(current.Phase >= previous.Phase, $"report {i}: {current.Phase} after {previous.Phase}");
            Assert.True(current.RowsParsed >= previous.RowsParsed, $"report {i}: rows parsed {current.RowsParsed} after {previous.RowsParsed}");
            Assert.True(current.RowsWritten >= previous.RowsWritten, $"report {i}: rows written {current.RowsWritten} after {previous.RowsWritten}");
            Assert.True(current.RowsWritten <= current.RowsParsed, $"report {i}: {current.RowsWritten} written of {current.RowsParsed} parsed");
            if (current.Phase == ImportPhase.Parsing)
            {
                Assert.True(current.BytesRead >= previous.BytesRead, $"report {i}: bytes {current.BytesRead} after {previous.BytesRead}");
                Assert.True(current.BytesRead <= current.TotalBytes);
            }
        }
    }

    /// <summary>Everything an import writes, as text: the SKU days, the SKUs, the import log, the audit and the store's data version.</summary>
    private static async Task<string> SnapshotAsync(TestDatabase db)
    {
        await using var context = db.CreateContext();
        var days = await context.SkuDays.AsNoTracking()
            .Join(context.Skus, d => d.SkuId, s => s.Id, (d, s) => new { s.Code, d.Date, d.Visitors, d.PayingBuyers, d.PaymentAmountMinor })
            .ToListAsync();
        var text = new StringBuilder();
        foreach (var d in days.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Date))
        {
            text.Append(CultureInfo.InvariantCulture, $"{d.Code} {d.Date:yyyy-MM-dd} {d.Visitors} {d.PayingBuyers} {d.PaymentAmountMinor}\n");
        }

        var skus = await context.Skus.AsNoTracking().Select(s => s.Code).ToListAsync();
        var batches = await context.ImportBatches.AsNoTracking().Select(b => b.FileName).ToListAsync();
        var audit = await context.AuditEntries.AsNoTracking().CountAsync();
        var versions = await context.Stores.AsNoTracking().Select(s => s.DataVersion).ToListAsync();
        text.Append(CultureInfo.InvariantCulture, $"skus {string.Join(',', skus.Order(StringComparer.Ordinal))}\n");
        text.Append(CultureInfo.InvariantCulture, $"batches {string.Join(',', batches.Order(StringComparer.Ordinal))}\n");
        text.Append(CultureInfo.InvariantCulture, $"audit {audit}\nversions {string.Join(',', versions)}\n");
        return text.ToString();
    }

    /// <summary>sku-daily rows for Nov 1… of <see cref="Skus"/> SKUs, visitors from <paramref name="visitorsBase"/>.</summary>
    private static byte[] SkuFile(int visitorsBase, int days = Days)
    {
        var csv = new StringBuilder("date,sku_code,visitors,paying_buyers,payment_amount\n");
        for (var d = 0; d < days; d++)
        {
            for (var s = 0; s < Skus; s++)
            {
                var visitors = visitorsBase + s + d;
                csv.Append(CultureInfo.InvariantCulture, $"2026-10-{d + 1:00},S{s:0000},{visitors},{visitors / 10},{visitors * 1.25m:0.00}\n");
            }
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>Keeps every report, in order, on the importer's own thread; cancels <paramref name="cancel"/> at the first report <paramref name="cancelAt"/> picks.</summary>
    private sealed class Recorder(Func<ImportProgress, bool>? cancelAt = null, CancellationTokenSource? cancel = null) : IProgress<ImportProgress>
    {
        private readonly List<ImportProgress> _reports = [];

        public IReadOnlyList<ImportProgress> Reports
        {
            get
            {
                lock (_reports)
                {
                    return _reports.ToList();
                }
            }
        }

        public void Report(ImportProgress value)
        {
            lock (_reports)
            {
                _reports.Add(value);
            }

            if (cancelAt?.Invoke(value) == true)
            {
                cancel?.Cancel();
            }
        }
    }
}
