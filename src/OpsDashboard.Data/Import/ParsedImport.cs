namespace OpsDashboard.Data.Import;

/// <summary>A problem with the input. Row is the spreadsheet row number (1-based, title and header rows counted).</summary>
public sealed record ImportIssue(int? Row, string? Column, string Message);

/// <summary>One data row, typed and validated, ready to write.</summary>
public sealed record ParsedRow
{
    /// <summary>Spreadsheet row number of this row in the file.</summary>
    public required int RowNumber { get; init; }
    public required DateOnly Date { get; init; }

    /// <summary>sku-daily only: the platform item id, as text.</summary>
    public string? SkuCode { get; init; }
    public string? SkuName { get; init; }
    public string? SkuCategory { get; init; }

    /// <summary>source-daily only: the source name as written in the file (aliases are resolved on write).</summary>
    public string? SourceName { get; init; }
    public string? SourceKind { get; init; }

    /// <summary>
    /// Fact values keyed by database column (see <see cref="FactColumns"/>): long for counts,
    /// money in minor units and peer rate units; decimal for DSR scores; bool for presale;
    /// null for an unknown level or score.
    /// </summary>
    public required IReadOnlyDictionary<string, object?> Values { get; init; }
}

/// <summary>The outcome of reading a file: rows, or the complete list of what is wrong with it.</summary>
public sealed record ParsedImport
{
    public required ImportKind Kind { get; init; }
    public required int RowsRead { get; init; }

    /// <summary>The fact columns this file carries; an update changes only these (DOMAIN §5).</summary>
    public required IReadOnlyList<string> Columns { get; init; }
    public required IReadOnlyList<ParsedRow> Rows { get; init; }
    public required IReadOnlyList<ImportIssue> Errors { get; init; }
    public required IReadOnlyList<ImportIssue> Warnings { get; init; }

    /// <summary>Whose export the file was read as (DOMAIN §9): sycm, jd, douyin, pinduoduo or shopify.</summary>
    public string Dialect { get; init; } = "sycm";

    /// <summary>Whether the visitors read are sessions (a Shopify file without Online store visitors): screens then say "sessions".</summary>
    public bool CountsSessions { get; init; }

    /// <summary>The language the messages were written in; problems found while writing use it too.</summary>
    public System.Globalization.CultureInfo Culture { get; init; } = ImportCultures.English;

    /// <summary>Every error found; <see cref="Errors"/> lists at most <see cref="ImportLimits.MaxIssuesListed"/> of them.</summary>
    public int ErrorCount { get => _errorCount ?? Errors.Count; init => _errorCount = value; }

    /// <summary>Every warning found; <see cref="Warnings"/> lists at most <see cref="ImportLimits.MaxIssuesListed"/> of them.</summary>
    public int WarningCount { get => _warningCount ?? Warnings.Count; init => _warningCount = value; }

    /// <summary>Distinct rows with at least one error.</summary>
    public int ErrorRowCount { get; init; }

    /// <summary>The cap that refused the file, when one did.</summary>
    public ImportLimit? ExceededLimit { get; init; }

    public bool IsValid => ErrorCount == 0;

    private readonly int? _errorCount;
    private readonly int? _warningCount;
}
