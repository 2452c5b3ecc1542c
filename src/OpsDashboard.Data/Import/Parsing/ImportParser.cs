namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// Reads an uploaded store-daily, sku-daily or source-daily file (CSV in any common encoding, .xls,
/// .xlsx) into typed rows, or into the complete list of what is wrong with it (DOMAIN §5). It never
/// throws for bad input and never touches the database: when <see cref="ParsedImport.Errors"/> is
/// not empty, the caller writes nothing. Messages come in the language of
/// <see cref="ImportFileContext.Culture"/> (English by default). Rows are streamed from the file
/// and checked against <see cref="ImportFileContext.Limits"/> as they are read.
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
        var issues = new IssueCollector(context.Culture, context.Limits.MaxIssuesListed);
        return Read(kind, issues, () =>
        {
            using var table = RawTableReader.Open(content, context.Limits);
            return Parse(kind, table, context, issues, null);
        });
    }

    /// <summary>
    /// The first <paramref name="maxRows"/> data rows, how each column will be read as
    /// <paramref name="kind"/> (or, when null, as the kind <see cref="ImportKindDetector"/> finds),
    /// and what the import would say about every row — the same validation, nothing written. The
    /// parsed rows come with it (<see cref="ImportPreview.Parsed"/>), so importing the previewed
    /// file needs no second read.
    /// </summary>
    public static ImportPreview Preview(ImportKind? kind, byte[] content, int maxRows) => PreviewBuilder.Build(kind, content, maxRows, ImportFileContext.Default);

    public static ImportPreview Preview(ImportKind? kind, byte[] content, int maxRows, ImportFileContext context) => PreviewBuilder.Build(kind, content, maxRows, context);

    /// <summary>
    /// Runs a read, turning a refusal (unreadable file, a broken cap, no memory left) into one
    /// file-level error: a refused file reports only why it was refused.
    /// </summary>
    internal static ParsedImport Read(ImportKind kind, IssueCollector issues, Func<ParsedImport> read)
    {
        try
        {
            return read();
        }
        catch (ImportRefusedException refused)
        {
            return Refused(kind, issues, refused);
        }
        catch (OutOfMemoryException)
        {
            return Refused(kind, issues, new ImportRefusedException(new ImportMessage("LimitMemory"), ImportLimit.Memory));
        }
    }

    internal static ParsedImport Refused(ImportKind kind, IssueCollector issues, ImportRefusedException refused)
    {
        issues.Clear();
        issues.Error(null, null, refused.Reason);
        return FileLevelFailure(kind, issues) with { ExceededLimit = refused.Limit };
    }

    /// <summary>
    /// Validates the rows of <paramref name="table"/> exactly as an import does (the preview runs
    /// this too, seeing each data row through <paramref name="onDataRow"/>).
    /// </summary>
    internal static ParsedImport Parse(ImportKind kind, RawTableReader table, ImportFileContext context, IssueCollector issues, Action<RawRow>? onDataRow)
    {
        if (RowStream.Open(kind, table, context, issues) is not { } stream)
        {
            return FileLevelFailure(kind, issues);
        }

        var parsed = stream.Rows(onDataRow).ToList();
        return stream.Finish(parsed);
    }

    internal static ParsedImport FileLevelFailure(ImportKind kind, IssueCollector issues) => new()
    {
        Kind = kind,
        RowsRead = 0,
        Columns = [],
        Rows = [],
        Errors = issues.Errors,
        Warnings = issues.Warnings,
        ErrorCount = issues.ErrorCount,
        WarningCount = issues.WarningCount,
        Culture = issues.Culture,
    };
}
