using Microsoft.Data.Sqlite;

namespace OpsDashboard.Data.Import.Staging;

/// <summary>
/// SQLite: a temporary table filled by one prepared INSERT whose parameters are reused for every
/// row, inside the import's transaction (SQLite's fastest way in; no SQL text is built per row).
/// </summary>
internal sealed class SqliteInsertStage : IFactStage
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _insert;
    private readonly SqliteParameter[] _parameters;

    public SqliteInsertStage(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<StageColumn> columns)
    {
        _connection = connection;
        _transaction = transaction;
        var definitions = string.Join(", ", columns.Select(c => $"{c.Name} {SqlType(c.Type)}"));
        using (var create = new SqliteCommand($"CREATE TEMP TABLE {Table} ({definitions})", connection, transaction))
        {
            create.ExecuteNonQuery();
        }

        _insert = new SqliteCommand(
            $"INSERT INTO {Table} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))})",
            connection,
            transaction);
        _parameters = columns.Select((_, i) => _insert.Parameters.Add(new SqliteParameter("$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), DBNull.Value))).ToArray();
        _insert.Prepare();
    }

    public string Table => StagedFactWriter.StageTable;

    public void Add(ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }

        _insert.ExecuteNonQuery();
    }

    public void Complete()
    {
    }

    public void Drop()
    {
        using var drop = new SqliteCommand($"DROP TABLE IF EXISTS temp.{Table}", _connection, _transaction);
        drop.ExecuteNonQuery();
    }

    public void Dispose() => _insert.Dispose();

    /// <summary>The same storage classes EF Core gives the fact tables (dates and decimals as text), so the merge copies values unchanged.</summary>
    private static string SqlType(StageValueType type) => type switch
    {
        StageValueType.Text or StageValueType.Date or StageValueType.Decimal => "TEXT",
        _ => "INTEGER",
    };
}
