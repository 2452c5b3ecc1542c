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

    /// <summary>Every error found; <see cref="Errors"/> lists at most <see cref="ImportLimits.MaxIssuesListed"/> of them.</summary>
    public int ErrorCount { get => _errorCount ?? Errors.Count; init => _errorCount = value; }

    /// <summary>Every warning found; <see cref="Warnings"/> lists at most <see cref="ImportLimits.MaxIssuesListed"/> of them.</summary>
    public int WarningCount { get => _warningCount ?? Warnings.Count; init => _warningCount = value; }

    /// <summary>Distinct rows with at least one error (file-level problems count none).</summary>
    public int ErrorRowCount { get; init; }

    /// <summary>The cap that refused the file (the API answers 413 for the .xlsx size caps, 422 for the others), when one did.</summary>
    public ImportLimit? ExceededLimit { get; init; }

    public bool Succeeded => ErrorCount == 0;

    /// <summary>"…and 9,999,800 more" for a list that shows <paramref name="listed"/> of <paramref name="total"/>; null when all are listed.</summary>
    public static string? More(int total, int listed, System.Globalization.CultureInfo culture) =>
        total > listed ? new ImportMessage("MoreIssues", total - listed).Render(culture) : null;

    private readonly int? _errorCount;
    private readonly int? _warningCount;
}
