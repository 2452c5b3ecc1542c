using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OpsDashboard.Data.Import.Staging;

/// <summary>
/// The bulk path for store-daily and sku-daily files (issue 10): rows go, as the parser yields them,
/// into a temporary staging table in the import's transaction (<see cref="IFactStage"/>); then the
/// SKUs the file names are upserted and one <c>INSERT … SELECT … ON CONFLICT</c> merges the stage
/// into the fact table, updating only the columns the file carries. Only the SKUs (one entry per
/// distinct code) are held in memory, never the rows. Same outcome as <see cref="FactWriter"/>:
/// a column the file lacks is unknown (null, a flag false) on a new row and untouched on an old one;
/// the latest row of each SKU names it, a known name is kept when it has none.
/// </summary>
internal sealed class StagedFactWriter : IDisposable
{
    public const string StageTable = "import_stage";

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly DatabaseProvider _provider;
    private readonly int _storeId;
    private readonly ImportKind _kind;
    private readonly IReadOnlyList<FactColumn> _carried;
    private readonly IFactStage _stage;
    private readonly object?[] _values;
    private readonly Dictionary<string, LatestSku> _skus = new(StringComparer.Ordinal);
    private readonly bool _carriesPresale;

    private StagedFactWriter(DbConnection connection, DbTransaction transaction, DatabaseProvider provider, int storeId, ImportKind kind, IReadOnlyList<string> carried)
    {
        _connection = connection;
        _transaction = transaction;
        _provider = provider;
        _storeId = storeId;
        _kind = kind;
        _carried = FactColumns.For(kind).Where(c => carried.Contains(c.Name)).ToList();
        _carriesPresale = carried.Contains("presale");
        var columns = KeyColumns(kind).Concat(_carried.Select(c => new StageColumn(c.Name, StageColumn.TypeOf(c.Type)))).ToList();
        _values = new object?[columns.Count];
        _stage = provider == DatabaseProvider.Postgres
            ? new PostgresCopyStage((NpgsqlConnection)connection, (NpgsqlTransaction)transaction, columns)
            : new SqliteInsertStage((SqliteConnection)connection, (SqliteTransaction)transaction, columns);
    }

    /// <summary>The kinds this writer handles; the others (source-daily, with its alias rules) go through <see cref="FactWriter"/>.</summary>
    public static bool Supports(ImportKind kind) => kind is ImportKind.SkuDaily or ImportKind.StoreDaily;

    /// <summary>Rows staged so far.</summary>
    public int Staged { get; private set; }

    public DateOnly? FirstDate { get; private set; }

    public DateOnly? LastDate { get; private set; }

    /// <summary>Creates the staging table in <paramref name="transaction"/> and opens its bulk load (synchronous: it runs on the parsing thread).</summary>
    public static StagedFactWriter Start(DbConnection connection, DbTransaction transaction, DatabaseProvider provider, int storeId, ImportKind kind, IReadOnlyList<string> carried)
    {
        if (!Supports(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only store-daily and sku-daily files are staged.");
        }

        return new StagedFactWriter(connection, transaction, provider, storeId, kind, carried);
    }

    /// <summary>Stages one valid row.</summary>
    public void Add(ParsedRow row)
    {
        var i = 0;
        if (_kind == ImportKind.SkuDaily)
        {
            var code = row.SkuCode!;
            if (!_skus.TryGetValue(code, out var latest) || row.Date >= latest.Date)
            {
                _skus[code] = new LatestSku(
                    row.Date,
                    string.IsNullOrWhiteSpace(row.SkuName) ? null : row.SkuName.Trim(),
                    string.IsNullOrWhiteSpace(row.SkuCategory) ? null : row.SkuCategory.Trim(),
                    _carriesPresale && row.Values.TryGetValue("presale", out var presale) && presale is true);
            }

            _values[i++] = code;
        }

        _values[i++] = row.Date;
        foreach (var column in _carried)
        {
            _values[i++] = row.Values.TryGetValue(column.Name, out var value) ? value : null;
        }

        _stage.Add(_values);
        Staged++;
        FirstDate = FirstDate is { } first && first <= row.Date ? first : row.Date;
        LastDate = LastDate is { } last && last >= row.Date ? last : row.Date;
    }

    /// <summary>Ends the bulk load, upserts the SKUs and merges the stage into the fact table: (rows inserted, rows updated).</summary>
    public async Task<(int Inserted, int Updated)> MergeAsync(CancellationToken ct)
    {
        _stage.Complete();
        if (Staged == 0)
        {
            _stage.Drop();
            return (0, 0);
        }

        if (_kind == ImportKind.SkuDaily)
        {
            await UpsertSkusAsync(ct);
        }

        long inserted;
        if (_provider == DatabaseProvider.Postgres)
        {
            // A row the merge inserted has no xmax yet; an updated one carries the updating transaction's id.
            inserted = await ScalarAsync($"WITH merged AS ({MergeStatement()} RETURNING (xmax = 0) AS inserted) SELECT COUNT(*) FILTER (WHERE inserted) FROM merged", ct);
        }
        else
        {
            var table = _kind == ImportKind.SkuDaily ? "sku_days" : "store_days";
            var before = await CountAsync(table, ct);
            await ScalarAsync(MergeStatement(), ct);
            inserted = await CountAsync(table, ct) - before;
        }

        _stage.Drop();
        return ((int)inserted, Staged - (int)inserted);
    }

    public void Dispose() => _stage.Dispose();

    private static IEnumerable<StageColumn> KeyColumns(ImportKind kind) => kind == ImportKind.SkuDaily
        ? [new("code", StageValueType.Text), new("date", StageValueType.Date)]
        : [new("date", StageValueType.Date)];

    /// <summary>
    /// One statement: new keys get every column (the carried ones from the file, a flag the file
    /// lacks false, the rest null); existing keys get only the carried columns. SQLite needs the
    /// WHERE before ON CONFLICT in an INSERT … SELECT.
    /// </summary>
    private string MergeStatement()
    {
        var absentFlags = FactColumns.For(_kind).Where(c => c.Type == FactValueType.Flag && !_carried.Contains(c)).Select(c => c.Name).ToList();
        var carried = _carried.Select(c => c.Name).ToList();
        var insertColumns = string.Join(", ", carried.Concat(absentFlags));
        var selectValues = string.Join(", ", carried.Select(c => "s." + c).Concat(absentFlags.Select(_ => "FALSE")));
        var tail = (insertColumns.Length == 0 ? string.Empty : ", ") + insertColumns;
        var select = (selectValues.Length == 0 ? string.Empty : ", ") + selectValues;
        var onConflict = carried.Count == 0 ? "DO NOTHING" : "DO UPDATE SET " + string.Join(", ", carried.Select(SqlUpsert.Overwrite));
        return _kind == ImportKind.SkuDaily
            ? $"INSERT INTO sku_days (store_id, sku_id, date{tail}) SELECT k.store_id, k.id, s.date{select} FROM {_stage.Table} s JOIN skus k ON k.store_id = @store AND k.code = s.code WHERE TRUE ON CONFLICT (store_id, sku_id, date) {onConflict}"
            : $"INSERT INTO store_days (store_id, date{tail}) SELECT @store, s.date{select} FROM {_stage.Table} s WHERE TRUE ON CONFLICT (store_id, date) {onConflict}";
    }

    /// <summary>The SKUs the file names, each with its latest row's name, category and presale flag (as <see cref="FactWriter"/> does).</summary>
    private Task UpsertSkusAsync(CancellationToken ct)
    {
        var rows = _skus
            .Select(s => new object?[] { _storeId, s.Key, s.Value.Name, s.Value.Category, s.Value.Presale })
            .ToList();
        var updates = new List<string> { SqlUpsert.KeepKnown("skus", "name"), SqlUpsert.KeepKnown("skus", "category") };
        if (_carriesPresale)
        {
            updates.Add(SqlUpsert.Overwrite("presale"));
        }

        var upsert = new SqlUpsert(_connection, _transaction, 500, SqlUpsert.MaxParametersFor(_provider));
        return upsert.ExecuteAsync(
            "skus",
            [new("store_id", DbType.Int32), new("code", DbType.String), new("name", DbType.String), new("category", DbType.String), new("presale", DbType.Boolean)],
            ["store_id", "code"],
            updates,
            rows,
            ct);
    }

    /// <summary>The store's rows in the file's date span (SQLite): counted before and after the merge, the difference is what was inserted.</summary>
    private async Task<long> CountAsync(string table, CancellationToken ct)
    {
        await using var command = Command($"SELECT COUNT(*) FROM {table} WHERE store_id = @store AND date >= @first AND date <= @last");
        Add(command, "@first", DbType.Date, FirstDate!.Value);
        Add(command, "@last", DbType.Date, LastDate!.Value);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs one statement without a time limit (a million-row merge takes a while); its single value, or 0.</summary>
    private async Task<long> ScalarAsync(string sql, CancellationToken ct)
    {
        await using var command = Command(sql);
        command.CommandTimeout = 0;
        return await command.ExecuteScalarAsync(ct) is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    private DbCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        Add(command, "@store", DbType.Int32, _storeId);
        return command;
    }

    private static void Add(DbCommand command, string name, DbType type, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private sealed record LatestSku(DateOnly Date, string? Name, string? Category, bool Presale);
}
