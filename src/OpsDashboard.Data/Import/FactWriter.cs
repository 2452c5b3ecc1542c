using System.Data;
using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Metrics;

namespace OpsDashboard.Data.Import;

/// <summary>
/// Writes a validated file into one store's facts inside the caller's transaction: first the
/// dimensions it names (SKUs, traffic sources, with aliases resolved), then the fact rows,
/// updating only the columns the file carries so that several exports of one day merge.
/// </summary>
internal sealed class FactWriter(OpsDbContext db, SqlUpsert upsert)
{
    public async Task<(int Inserted, int Updated)> WriteAsync(int storeId, ParsedImport import, CancellationToken ct)
    {
        if (import.Rows.Count == 0)
        {
            return (0, 0);
        }

        return import.Kind switch
        {
            ImportKind.SkuDaily => await WriteSkuDaysAsync(storeId, import, ct),
            ImportKind.SourceDaily => await WriteSourceDaysAsync(storeId, import, ct),
            _ => await WriteStoreDaysAsync(storeId, import, ct),
        };
    }

    private async Task<(int, int)> WriteStoreDaysAsync(int storeId, ParsedImport import, CancellationToken ct)
    {
        var (min, max) = DateSpan(import);
        var existing = (await db.StoreDays.AsNoTracking()
                .Where(d => d.StoreId == storeId && d.Date >= min && d.Date <= max)
                .Select(d => d.Date)
                .ToListAsync(ct))
            .ToHashSet();

        var rows = import.Rows.Select(r => new FactRow([storeId, r.Date], r)).ToList();
        await UpsertFactsAsync("store_days", [new("store_id", DbType.Int32), new("date", DbType.Date)], FactColumns.StoreDay, import.Columns, rows, ct);
        var updated = import.Rows.Count(r => existing.Contains(r.Date));
        return (import.Rows.Count - updated, updated);
    }

    private async Task<(int, int)> WriteSkuDaysAsync(int storeId, ParsedImport import, CancellationToken ct)
    {
        var skuIds = await EnsureSkusAsync(storeId, import, ct);
        var (min, max) = DateSpan(import);
        var existing = (await db.SkuDays.AsNoTracking()
                .Where(d => d.StoreId == storeId && d.Date >= min && d.Date <= max)
                .Select(d => new { d.SkuId, d.Date })
                .ToListAsync(ct))
            .Select(k => (k.SkuId, k.Date))
            .ToHashSet();

        var rows = import.Rows.Select(r => new FactRow([storeId, skuIds[r.SkuCode!], r.Date], r)).ToList();
        await UpsertFactsAsync(
            "sku_days",
            [new("store_id", DbType.Int32), new("sku_id", DbType.Int64), new("date", DbType.Date)],
            FactColumns.SkuDay,
            import.Columns,
            rows,
            ct);
        var updated = import.Rows.Count(r => existing.Contains((skuIds[r.SkuCode!], r.Date)));
        return (import.Rows.Count - updated, updated);
    }

    private async Task<(int, int)> WriteSourceDaysAsync(int storeId, ParsedImport import, CancellationToken ct)
    {
        var (sourceIds, currentNames) = await EnsureSourcesAsync(storeId, import, ct);
        var (min, max) = DateSpan(import);
        var existing = (await db.SourceDays.AsNoTracking()
                .Where(d => d.StoreId == storeId && d.Date >= min && d.Date <= max)
                .Select(d => new { d.SourceId, d.Date })
                .ToListAsync(ct))
            .Select(k => (k.SourceId, k.Date))
            .ToHashSet();

        int SourceId(ParsedRow r) => sourceIds[currentNames[r.SourceName!]];
        RejectRenamedDuplicates(import, currentNames);
        var rows = import.Rows.Select(r => new FactRow([storeId, SourceId(r), r.Date], r)).ToList();
        await UpsertFactsAsync(
            "source_days",
            [new("store_id", DbType.Int32), new("source_id", DbType.Int32), new("date", DbType.Date)],
            FactColumns.SourceDay,
            import.Columns,
            rows,
            ct);
        var updated = import.Rows.Count(r => existing.Contains((SourceId(r), r.Date)));
        return (import.Rows.Count - updated, updated);
    }

    private sealed record FactRow(object[] Key, ParsedRow Row);

    /// <summary>
    /// Inserts every fact column (columns the file lacks stay unknown: null) but on
    /// conflict updates only the columns the file carries.
    /// </summary>
    private Task UpsertFactsAsync(
        string table,
        IReadOnlyList<SqlColumn> keyColumns,
        IReadOnlyList<FactColumn> factColumns,
        IReadOnlyList<string> carried,
        IReadOnlyList<FactRow> rows,
        CancellationToken ct)
    {
        var columns = keyColumns.Concat(factColumns.Select(c => new SqlColumn(c.Name, DbTypeOf(c.Type)))).ToList();
        var values = rows
            .Select(r =>
            {
                var row = new object?[columns.Count];
                r.Key.CopyTo(row, 0);
                for (var i = 0; i < factColumns.Count; i++)
                {
                    var column = factColumns[i];
                    row[r.Key.Length + i] = r.Row.Values.TryGetValue(column.Name, out var value) ? value : AbsentValue(column.Type);
                }

                return row;
            })
            .ToList();

        var update = factColumns.Select(c => c.Name).Where(carried.Contains).Select(SqlUpsert.Overwrite).ToList();
        return upsert.ExecuteAsync(table, columns, keyColumns.Select(k => k.Name).ToList(), update, values, ct);
    }

    private async Task<Dictionary<string, long>> EnsureSkusAsync(int storeId, ParsedImport import, CancellationToken ct)
    {
        // The latest row of each SKU in the file names it and carries its current presale flag.
        var latest = import.Rows
            .GroupBy(r => r.SkuCode!, StringComparer.Ordinal)
            .Select(g => g.OrderBy(r => r.Date).Last())
            .ToList();
        var carriesPresale = import.Columns.Contains("presale");

        var rows = latest
            .Select(r => new object?[]
            {
                storeId,
                r.SkuCode,
                string.IsNullOrWhiteSpace(r.SkuName) ? null : r.SkuName.Trim(),
                string.IsNullOrWhiteSpace(r.SkuCategory) ? null : r.SkuCategory.Trim(),
                carriesPresale && r.Values.TryGetValue("presale", out var p) && p is true,
            })
            .ToList();

        // COALESCE keeps a known name when a later file has none.
        var updates = new List<string> { SqlUpsert.KeepKnown("skus", "name"), SqlUpsert.KeepKnown("skus", "category") };
        if (carriesPresale)
        {
            updates.Add(SqlUpsert.Overwrite("presale"));
        }

        await upsert.ExecuteAsync(
            "skus",
            [new("store_id", DbType.Int32), new("code", DbType.String), new("name", DbType.String), new("category", DbType.String), new("presale", DbType.Boolean)],
            ["store_id", "code"],
            updates,
            rows,
            ct);

        var codes = latest.Select(r => r.SkuCode!).ToHashSet(StringComparer.Ordinal);
        return (await db.Skus.AsNoTracking().Where(s => s.StoreId == storeId).Select(s => new { s.Code, s.Id }).ToListAsync(ct))
            .Where(s => codes.Contains(s.Code))
            .ToDictionary(s => s.Code, s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>Maps each name in the file to its current name (2024 renames) and makes sure the source exists.</summary>
    private async Task<(Dictionary<string, int> Ids, Dictionary<string, string> CurrentNames)> EnsureSourcesAsync(
        int storeId, ParsedImport import, CancellationToken ct)
    {
        var aliases = await db.SourceAliases.AsNoTracking().ToDictionaryAsync(a => a.Alias, a => a.CurrentName, ct);
        var currentNames = import.Rows
            .Select(r => r.SourceName!)
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(n => n, n => aliases.TryGetValue(n.Trim(), out var current) ? current : n.Trim(), StringComparer.Ordinal);

        var rows = import.Rows
            .GroupBy(r => currentNames[r.SourceName!], StringComparer.Ordinal)
            .Select(g =>
            {
                var stated = g.Select(r => r.SourceKind).LastOrDefault(k => !string.IsNullOrWhiteSpace(k));
                var hasCost = g.Any(r => r.Values.TryGetValue("cost_minor", out var c) && c is long cost && cost > 0);
                return new object?[] { storeId, g.Key, stated ?? SourceKindGuess.For(g.Key, hasCost) };
            })
            .ToList();

        var carriesKind = import.Rows.Any(r => !string.IsNullOrWhiteSpace(r.SourceKind));
        await upsert.ExecuteAsync(
            "traffic_sources",
            [new("store_id", DbType.Int32), new("name", DbType.String), new("kind", DbType.String)],
            ["store_id", "name"],
            carriesKind ? [SqlUpsert.Overwrite("kind")] : [],
            rows,
            ct);

        var ids = await db.TrafficSources.AsNoTracking()
            .Where(s => s.StoreId == storeId)
            .ToDictionaryAsync(s => s.Name, s => s.Id, StringComparer.Ordinal, ct);
        return (ids, currentNames);
    }

    /// <summary>An old and a current name of one source on the same day would be the same row twice.</summary>
    private static void RejectRenamedDuplicates(ParsedImport import, Dictionary<string, string> currentNames)
    {
        var seen = new Dictionary<(string, DateOnly), ParsedRow>();
        var issues = new List<ImportIssue>();
        foreach (var row in import.Rows)
        {
            var key = (currentNames[row.SourceName!], row.Date);
            if (seen.TryGetValue(key, out var first))
            {
                issues.Add(new ImportIssue(
                    row.RowNumber,
                    null,
                    new ImportMessage("RenamedSourceDuplicate", row.SourceName, row.Date, first.SourceName, first.RowNumber, key.Item1).Render(import.Culture)));
            }
            else
            {
                seen[key] = row;
            }
        }

        if (issues.Count > 0)
        {
            throw new ImportRejectedException(issues);
        }
    }

    private static (DateOnly Min, DateOnly Max) DateSpan(ParsedImport import) =>
        (import.Rows.Min(r => r.Date), import.Rows.Max(r => r.Date));

    private static DbType DbTypeOf(FactValueType type) => type switch
    {
        FactValueType.Score => DbType.Decimal,
        FactValueType.Flag => DbType.Boolean,
        _ => DbType.Int64,
    };

    /// <summary>A column the file does not have is unknown (null), never 0 (DOMAIN §5).</summary>
    private static object? AbsentValue(FactValueType type) => type switch
    {
        FactValueType.Flag => false,
        _ => null,
    };
}
