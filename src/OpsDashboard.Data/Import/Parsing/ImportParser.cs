namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// Reads an uploaded store-daily, sku-daily or source-daily file (CSV in any common encoding, .xls,
/// .xlsx) into typed rows, or into the complete list of what is wrong with it (DOMAIN §5). It never
/// throws for bad input and never touches the database: when <see cref="ParsedImport.Errors"/> is
/// not empty, the caller writes nothing. Messages come in the language of
/// <see cref="ImportFileContext.Culture"/> (English by default).
/// </summary>
public static class ImportParser
{
    public static ParsedImport Parse(ImportKind kind, Stream content)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        return Parse(kind, buffer.ToArray());
    }

    public static ParsedImport Parse(ImportKind kind, byte[] content) => Parse(kind, content, ImportFileContext.Default);

    public static ParsedImport Parse(ImportKind kind, byte[] content, ImportFileContext context)
    {
        var issues = new IssueCollector(context.Culture);
        if (!RawTableReader.TryRead(content, out var rows, out var fileError))
        {
            issues.Error(null, null, fileError!);
            return FileLevelFailure(kind, issues);
        }

        return Parse(kind, rows, context, issues);
    }

    /// <summary>
    /// The first <paramref name="maxRows"/> data rows, how each column will be read as
    /// <paramref name="kind"/> (or, when null, as the kind <see cref="ImportKindDetector"/> finds),
    /// and what the import would say about every row — the same validation, nothing written.
    /// </summary>
    public static ImportPreview Preview(ImportKind? kind, byte[] content, int maxRows) => PreviewBuilder.Build(kind, content, maxRows, ImportFileContext.Default);

    public static ImportPreview Preview(ImportKind? kind, byte[] content, int maxRows, ImportFileContext context) => PreviewBuilder.Build(kind, content, maxRows, context);

    /// <summary>Validates already-read rows exactly as an import does (the preview runs this too).</summary>
    internal static ParsedImport Parse(ImportKind kind, IReadOnlyList<RawRow> rows, ImportFileContext context, IssueCollector issues)
    {
        if (HeaderLocator.Locate(rows, kind, context.FileName, out var headerError) is not { } located)
        {
            issues.Error(null, null, headerError!);
            return FileLevelFailure(kind, issues);
        }

        var header = located.Row;
        if (located.Note is { } note)
        {
            issues.Warn(null, null, note);
        }

        var layout = HeaderMapper.Map(header, kind, issues, located.FileDate);
        var builder = new RowBuilder(layout, issues, context.Today);
        var duplicates = new DuplicateKeyGuard(layout, issues);
        var parsed = new List<ParsedRow>();
        var rowsRead = 0;
        foreach (var row in rows.Where(row => row.Number > header.Number && !row.IsBlank))
        {
            rowsRead++;
            var built = builder.Build(row);
            var unique = built.Key is not { } key || duplicates.Accept(key, row.Number);
            if (unique && built.Row is not null)
            {
                parsed.Add(built.Row);
            }
        }

        if (rowsRead == 0)
        {
            issues.Warn(header.Number, null, "NoDataRows", header.Number);
        }

        return new ParsedImport
        {
            Kind = kind,
            RowsRead = rowsRead,
            Columns = layout.Columns,
            Rows = parsed,
            Errors = issues.Errors,
            Warnings = issues.Warnings,
            Culture = issues.Culture,
        };
    }

    private static ParsedImport FileLevelFailure(ImportKind kind, IssueCollector issues) => new()
    {
        Kind = kind,
        RowsRead = 0,
        Columns = [],
        Rows = [],
        Errors = issues.Errors,
        Warnings = issues.Warnings,
        Culture = issues.Culture,
    };
}
