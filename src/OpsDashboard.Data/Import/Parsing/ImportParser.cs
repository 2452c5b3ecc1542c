namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// Reads an uploaded store-daily, sku-daily or source-daily file (CSV in any common encoding, .xls,
/// .xlsx) into typed rows, or into the complete list of what is wrong with it (DOMAIN §5). It never
/// throws for bad input and never touches the database: when <see cref="ParsedImport.Errors"/> is
/// not empty, the caller writes nothing.
/// </summary>
public static class ImportParser
{
    public static ParsedImport Parse(ImportKind kind, Stream content)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        return Parse(kind, buffer.ToArray());
    }

    public static ParsedImport Parse(ImportKind kind, byte[] content)
    {
        if (!RawTableReader.TryRead(content, out var rows, out var fileError))
        {
            return FileLevelFailure(kind, fileError!);
        }

        if (HeaderRowFinder.Find(rows, kind) is not { } header)
        {
            return FileLevelFailure(kind, HeaderRowFinder.MissingHeaderMessage(rows, kind));
        }

        var issues = new IssueCollector();
        var layout = HeaderMapper.Map(header, kind, issues);
        var builder = new RowBuilder(layout, issues);
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
            issues.Warn(header.Number, null, $"The file has a header on row {header.Number} but no data rows below it");
        }

        return new ParsedImport
        {
            Kind = kind,
            RowsRead = rowsRead,
            Columns = layout.Columns,
            Rows = parsed,
            Errors = issues.Errors,
            Warnings = issues.Warnings,
        };
    }

    /// <summary>
    /// The first <paramref name="maxRows"/> data rows and how each column will be read as
    /// <paramref name="kind"/> (or, when null, as the kind <see cref="ImportKindDetector"/> finds),
    /// without parsing the values or writing anything. Errors here are the file- and header-level
    /// ones; row-level problems are found by <see cref="Parse(ImportKind, byte[])"/>.
    /// </summary>
    public static ImportPreview Preview(ImportKind? kind, byte[] content, int maxRows) => PreviewBuilder.Build(kind, content, maxRows);

    private static ParsedImport FileLevelFailure(ImportKind kind, string message) => new()
    {
        Kind = kind,
        RowsRead = 0,
        Columns = [],
        Rows = [],
        Errors = [new ImportIssue(null, null, message)],
        Warnings = [],
    };
}
