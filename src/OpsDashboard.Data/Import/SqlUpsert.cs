using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;

namespace OpsDashboard.Data.Import;

public sealed record SqlColumn(string Name, DbType Type);

/// <summary>
/// Set-based writes: multi-row INSERT … ON CONFLICT … DO UPDATE in batches. EF Core has no upsert,
/// and the statement is the same on SQLite (3.24+) and PostgreSQL, so one code path serves both.
/// </summary>
internal sealed class SqlUpsert(DbConnection connection, DbTransaction transaction, int batchSize, int maxParameters)
{
    /// <summary>
    /// Parameters per statement. PostgreSQL allows 65,535. SQLite binds named parameters by a
    /// linear search over the statement's names, so binding cost grows with the square of the
    /// count: about a thousand per statement was measured fastest (docs/benchmarks.md).
    /// </summary>
    public static int MaxParametersFor(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite ? 1_000 : 30_000;

    /// <param name="updateAssignments">SET assignments when the key exists (see <see cref="Overwrite"/>); empty means DO NOTHING.</param>
    public async Task ExecuteAsync(
        string table,
        IReadOnlyList<SqlColumn> columns,
        IReadOnlyList<string> keyColumns,
        IReadOnlyList<string> updateAssignments,
        IReadOnlyList<object?[]> rows,
        CancellationToken cancellationToken)
    {
        var rowsPerStatement = Math.Max(1, Math.Min(batchSize, maxParameters / columns.Count));
        var conflict = BuildConflictClause(keyColumns, updateAssignments);
        var head = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ";

        for (var start = 0; start < rows.Count; start += rowsPerStatement)
        {
            var count = Math.Min(rowsPerStatement, rows.Count - start);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder(head, head.Length + (count * columns.Count * 8) + conflict.Length);
            for (var r = 0; r < count; r++)
            {
                var row = rows[start + r];
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"@p{(r * columns.Count) + c}");
                    sql.Append(c == 0 ? name : ", " + name);
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = name;
                    parameter.DbType = columns[c].Type;
                    parameter.Value = row[c] ?? DBNull.Value;
                    command.Parameters.Add(parameter);
                }

                sql.Append(')');
            }

            sql.Append(conflict);
            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>The incoming value replaces the stored one.</summary>
    public static string Overwrite(string column) => $"{column} = excluded.{column}";

    /// <summary>The incoming value replaces the stored one unless it is null.</summary>
    public static string KeepKnown(string table, string column) => $"{column} = COALESCE(excluded.{column}, {table}.{column})";

    private static string BuildConflictClause(IReadOnlyList<string> keyColumns, IReadOnlyList<string> updateAssignments)
    {
        var target = $" ON CONFLICT ({string.Join(", ", keyColumns)})";
        return updateAssignments.Count == 0
            ? target + " DO NOTHING"
            : target + " DO UPDATE SET " + string.Join(", ", updateAssignments);
    }
}
