using Npgsql;
using NpgsqlTypes;

namespace OpsDashboard.Data.Import.Staging;

/// <summary>
/// PostgreSQL: a temporary table dropped at commit, filled by one binary COPY. A temporary table
/// writes no WAL and has no index, so the rows cost little more than the COPY itself.
/// </summary>
internal sealed class PostgresCopyStage : IFactStage
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly IReadOnlyList<StageColumn> _columns;
    private NpgsqlBinaryImporter? _importer;

    public PostgresCopyStage(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<StageColumn> columns)
    {
        _connection = connection;
        _transaction = transaction;
        _columns = columns;
        var definitions = string.Join(", ", columns.Select(c => $"{c.Name} {SqlType(c.Type)}"));
        using (var create = new NpgsqlCommand($"CREATE TEMP TABLE {Table} ({definitions}) ON COMMIT DROP", connection, transaction))
        {
            create.ExecuteNonQuery();
        }

        _importer = connection.BeginBinaryImport($"COPY {Table} ({string.Join(", ", columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)");
    }

    public string Table => StagedFactWriter.StageTable;

    public void Add(ReadOnlySpan<object?> values)
    {
        var importer = _importer ?? throw new InvalidOperationException("The stage is complete.");
        importer.StartRow();
        for (var i = 0; i < values.Length; i++)
        {
            switch (values[i])
            {
                case null:
                    importer.WriteNull();
                    break;
                case long number:
                    importer.Write(number, NpgsqlDbType.Bigint);
                    break;
                case string text:
                    importer.Write(text, NpgsqlDbType.Text);
                    break;
                case DateOnly date:
                    importer.Write(date, NpgsqlDbType.Date);
                    break;
                case bool flag:
                    importer.Write(flag, NpgsqlDbType.Boolean);
                    break;
                case decimal score:
                    importer.Write(score, NpgsqlDbType.Numeric);
                    break;
                default:
                    throw new InvalidOperationException($"Column {_columns[i].Name} cannot stage a {values[i]!.GetType().Name}.");
            }
        }
    }

    public void Complete()
    {
        if (_importer is { } importer)
        {
            importer.Complete();
            importer.Dispose();
            _importer = null;
        }
    }

    public void Drop()
    {
        using var drop = new NpgsqlCommand($"DROP TABLE IF EXISTS {Table}", _connection, _transaction);
        drop.ExecuteNonQuery();
    }

    /// <summary>Disposing an unfinished COPY cancels it; the rollback that follows removes the table.</summary>
    public void Dispose()
    {
        _importer?.Dispose();
        _importer = null;
    }

    private static string SqlType(StageValueType type) => type switch
    {
        StageValueType.Text => "text",
        StageValueType.Date => "date",
        StageValueType.Decimal => "numeric",
        StageValueType.Flag => "boolean",
        _ => "bigint",
    };
}
