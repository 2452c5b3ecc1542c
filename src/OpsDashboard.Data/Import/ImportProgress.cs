namespace OpsDashboard.Data.Import;

/// <summary>The step an import is in, for its progress report.</summary>
public enum ImportPhase
{
    /// <summary>Reading and checking the file's rows (a streamed file also sends each valid row to the database as it goes).</summary>
    Parsing,

    /// <summary>Sending rows parsed already to the database, inside the import's transaction.</summary>
    Writing,

    /// <summary>
    /// Every row is in the import's transaction; the rows are being merged into the store's data and committed.
    /// One statement: nothing to count until it ends.
    /// </summary>
    Saving,
}

/// <summary>
/// How far an import has gone (issue 10, "long imports look alive"): reported through an
/// <see cref="IProgress{T}"/> handed to the importer, from the importer's own thread. Nothing is visible
/// to other readers before the import commits; a cancelled import writes nothing.
/// </summary>
/// <param name="Phase">The step the import is in.</param>
/// <param name="RowsParsed">Data rows read from the file so far (the whole file's count once parsing is over).</param>
/// <param name="RowsWritten">Valid rows sent to the database so far, inside the import's transaction.</param>
/// <param name="BytesRead">The file's bytes read so far while parsing; the file's length afterwards.</param>
/// <param name="TotalBytes">The file's length in bytes; 0 when the rows were parsed before the import began.</param>
public sealed record ImportProgress(ImportPhase Phase, int RowsParsed, int RowsWritten, long BytesRead, long TotalBytes)
{
    /// <summary>
    /// The share done of the current step, 0 to 1: the file's bytes read while parsing, rows written of rows
    /// parsed while writing; null when it cannot be told (saving is one statement; a parse of unknown length).
    /// </summary>
    public double? Fraction => Phase switch
    {
        ImportPhase.Parsing when TotalBytes > 0 => Math.Clamp((double)BytesRead / TotalBytes, 0, 1),
        ImportPhase.Writing when RowsParsed > 0 => Math.Clamp((double)RowsWritten / RowsParsed, 0, 1),
        ImportPhase.Writing => 1,
        _ => null,
    };
}
