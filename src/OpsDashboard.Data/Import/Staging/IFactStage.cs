namespace OpsDashboard.Data.Import.Staging;

/// <summary>
/// A temporary table in the import's own transaction that takes the file's rows as fast as the
/// database's bulk path allows (binary COPY on PostgreSQL, one prepared INSERT reused on SQLite).
/// Rows are added synchronously, one by one, as the parser yields them; nothing is kept in memory.
/// A transaction that rolls back takes the table with it.
/// </summary>
internal interface IFactStage : IDisposable
{
    /// <summary>The temporary table's name (for the merge statement).</summary>
    string Table { get; }

    /// <summary>Adds one row; <paramref name="values"/> are in the order of the stage's columns, null for unknown.</summary>
    void Add(ReadOnlySpan<object?> values);

    /// <summary>Finishes the bulk load so the table can be read.</summary>
    void Complete();

    /// <summary>Drops the table (PostgreSQL drops it at commit anyway).</summary>
    void Drop();
}
