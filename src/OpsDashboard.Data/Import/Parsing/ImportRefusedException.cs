namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// Raised while a file is being read when it cannot be read at all or breaks one of the
/// <see cref="ImportLimits"/>; the parser turns it into one file-level error and stops reading.
/// </summary>
internal sealed class ImportRefusedException(ImportMessage reason, ImportLimit? limit = null, int? row = null)
    : Exception(reason.ToString())
{
    public ImportMessage Reason { get; } = reason;

    /// <summary>The cap the file broke, or null when the file is simply unreadable.</summary>
    public ImportLimit? Limit { get; } = limit;

    public int? Row { get; } = row;
}
