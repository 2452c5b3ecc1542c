namespace OpsDashboard.Data.Import;

/// <summary>What the import will do with one column of the file.</summary>
public enum ColumnUse
{
    /// <summary>A key or description: the date, the SKU (code, name, category) or the traffic source (name, kind).</summary>
    Key,

    /// <summary>A fact stored as it is (visitors, payment amount…).</summary>
    Stored,

    /// <summary>A rate turned into its count with the same row's visitors (bounce rate → bounced visitors).</summary>
    ConvertedFromRate,

    /// <summary>A rate or average we compute ourselves: read only to warn when it disagrees, never stored.</summary>
    CheckedOnly,

    /// <summary>A column we know that this kind of import does not use.</summary>
    Ignored,

    /// <summary>A column we do not know; ignored.</summary>
    Unknown,

    /// <summary>A column that stops the import (two columns for one field, a rate that cannot be converted).</summary>
    Rejected,
}

/// <summary>One column of an upload as the importer reads it.</summary>
/// <param name="Index">0-based position in the file.</param>
/// <param name="Header">The header as written in the file.</param>
/// <param name="Field">
/// The English snake_case name of what the column holds (DOMAIN §2: "visitors", "payment_amount",
/// "sku_code"; for a converted rate the count it becomes, "bounced_visitors"; for a checked-only
/// rate its own name, "conversion_rate"); null for an unknown column.
/// </param>
/// <param name="Note">The importer's own message about this column when it is ignored or rejected.</param>
public sealed record PreviewColumn(int Index, string Header, ColumnUse Use, string? Field, string? Note);

/// <summary>One data row as written in the file, one cell per <see cref="ImportPreview.Columns"/> entry.</summary>
/// <param name="RowNumber">The spreadsheet row number (1-based, title and header rows counted).</param>
public sealed record PreviewRow(int RowNumber, IReadOnlyList<string> Cells);

/// <summary>
/// The first rows of an upload and how each column will be read, before anything is written. Made
/// by the same classes that parse the import, so the preview cannot disagree with the import.
/// </summary>
public sealed record ImportPreview
{
    /// <summary>The kind the header row suggests (<see cref="Parsing.ImportKindDetector"/>), or null when it cannot tell.</summary>
    public required ImportKind? DetectedKind { get; init; }

    /// <summary>The kind the columns were read as: the one asked for, else the detected one; null when neither.</summary>
    public required ImportKind? Kind { get; init; }

    /// <summary>
    /// The kind the columns were read as, by its API name (any of <see cref="ImportKindRegistry.Names"/>); the
    /// daily kinds' <see cref="Kind"/> by default, set for the others.
    /// </summary>
    public string? KindName { get => _kindName ?? Kind?.ToApiName(); init => _kindName = value; }

    /// <summary>The kind the header row suggests among every registered kind (<see cref="ImportKindRegistry.Detect"/>), by API name.</summary>
    public string? DetectedKindName { get => _detectedKindName ?? DetectedKind?.ToApiName(); init => _detectedKindName = value; }

    /// <summary>The spreadsheet row number of the header row, or null when none was found.</summary>
    public required int? HeaderRowNumber { get; init; }

    /// <summary>Non-blank rows below the header: what the import will read.</summary>
    public required int DataRowCount { get; init; }

    public required IReadOnlyList<PreviewColumn> Columns { get; init; }
    public required IReadOnlyList<PreviewRow> Rows { get; init; }

    /// <summary>Problems with the file or its header that will stop the import.</summary>
    public required IReadOnlyList<ImportIssue> Errors { get; init; }

    /// <summary>
    /// Warnings and notes, header and rows (unknown columns, columns of another kind, a rate that
    /// disagrees with the counts, the day a file without a date column is booked on).
    /// </summary>
    public required IReadOnlyList<ImportIssue> Warnings { get; init; }

    /// <summary>
    /// What the import would say about the data rows, found by the same row validation before
    /// anything is written (bad numbers, negative counts, paying buyers above visitors, dates after
    /// the store's today, duplicates): every row error, in file order. Any of them stops the import.
    /// </summary>
    public IReadOnlyList<ImportIssue> RowErrors { get; init; } = [];

    /// <summary>Every row error found; <see cref="RowErrors"/> lists at most <see cref="ImportLimits.MaxIssuesListed"/>.</summary>
    public int RowErrorCount { get => _rowErrorCount ?? RowErrors.Count; init => _rowErrorCount = value; }

    /// <summary>Every warning found; <see cref="Warnings"/> lists at most <see cref="ImportLimits.MaxIssuesListed"/>.</summary>
    public int WarningCount { get => _warningCount ?? Warnings.Count; init => _warningCount = value; }

    /// <summary>How many distinct data rows have at least one error.</summary>
    public int BadRowCount { get; init; }

    /// <summary>The cap that refused the file, when one did (its message is in <see cref="Errors"/>).</summary>
    public ImportLimit? ExceededLimit { get; init; }

    /// <summary>
    /// The import's own parse of the whole file, made in the same pass as the preview (the import
    /// page writes it without decoding the file again); null when the header could not be read.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public ParsedImport? Parsed { get; init; }

    private readonly int? _rowErrorCount;
    private readonly int? _warningCount;
    private readonly string? _kindName;
    private readonly string? _detectedKindName;
}
