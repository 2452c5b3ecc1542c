namespace OpsDashboard.Data.Import;

/// <summary>What an import did (DOMAIN §6: rowsRead, rowsInserted, rowsUpdated, warnings) or why it wrote nothing.</summary>
public sealed record ImportResult
{
    public required int RowsRead { get; init; }
    public int RowsInserted { get; init; }
    public int RowsUpdated { get; init; }
    public IReadOnlyList<ImportIssue> Warnings { get; init; } = [];
    public IReadOnlyList<ImportIssue> Errors { get; init; } = [];

    /// <summary>The first and last date the file carried (null when nothing was written), e.g. to link to those days.</summary>
    public DateOnly? FirstDate { get; init; }
    public DateOnly? LastDate { get; init; }

    public bool Succeeded => Errors.Count == 0;
}
