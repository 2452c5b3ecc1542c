namespace OpsDashboard.Data.Import;

/// <summary>Which of <see cref="ImportLimits"/> refused a file (the API answers 413 for the size ones, 422 for the others).</summary>
public enum ImportLimit
{
    XlsxUncompressedSize,
    XlsxEntries,
    Rows,
    Columns,
    CellLength,

    /// <summary>The file could not be read within the memory the server has (never an unhandled OutOfMemoryException).</summary>
    Memory,

    /// <summary>Lines of a text (CSV) export (<see cref="ImportLimits.MaxTextRows"/>).</summary>
    TextRows,
}
