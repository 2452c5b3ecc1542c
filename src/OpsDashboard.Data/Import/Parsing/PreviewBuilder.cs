namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// Builds an <see cref="ImportPreview"/> from the same reader, header finder, header mapper and row
/// validation the import uses: a column's use is read off the <see cref="ColumnLayout"/> the import
/// would build, the reason a column is left out is the mapper's own message, and the rows are
/// checked by <see cref="ImportParser"/> itself — only the write is left out.
/// </summary>
internal static class PreviewBuilder
{
    public static ImportPreview Build(ImportKind? kind, byte[] content, int maxRows, ImportFileContext context)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        try
        {
            using var table = RawTableReader.Open(content, context.Limits);
            return Build(kind, table, maxRows, context);
        }
        catch (ImportRefusedException refused)
        {
            return Empty(null, kind, refused.Reason, context) with { ExceededLimit = refused.Limit };
        }
        catch (OutOfMemoryException)
        {
            return Empty(null, kind, new ImportMessage("LimitMemory"), context) with { ExceededLimit = ImportLimit.Memory };
        }
    }

    /// <summary>One pass over the file: the preview rows, the column uses and the import's own parse of every row.</summary>
    private static ImportPreview Build(ImportKind? kind, RawTableReader table, int maxRows, ImportFileContext context)
    {
        var dialect = HeaderDialects.Choose(table.Head, context.Platform);
        var detected = ImportKindDetector.Detect(table.Head, context.FileName, dialect);
        if ((kind ?? detected) is not { } chosen)
        {
            return Empty(null, null, new ImportMessage("UnknownKind"), context);
        }

        if (HeaderLocator.Locate(table.Head, chosen, context.FileName, dialect, out var headerError) is not { } located)
        {
            return Empty(detected, chosen, headerError!, context);
        }

        var header = located.Row;
        var headerIssues = new IssueCollector(context.Culture, context.Limits.MaxIssuesListed);
        var layout = HeaderMapper.Map(header, chosen, headerIssues, located.FileDate, dialect);
        var columns = Columns(header, layout, headerIssues);
        var shown = new List<PreviewRow>();
        var issues = new IssueCollector(context.Culture, context.Limits.MaxIssuesListed);
        var parsed = ImportParser.Read(chosen, issues, () => ImportParser.Parse(chosen, table, context, issues, row =>
        {
            if (shown.Count < maxRows)
            {
                shown.Add(new PreviewRow(row.Number, columns.Select(column => row.Cell(column.Index)).ToList()));
            }
        }));
        if (parsed.ExceededLimit is not null)
        {
            return Empty(detected, chosen, parsed.Errors[0], context) with { ExceededLimit = parsed.ExceededLimit, Parsed = parsed };
        }

        var rowErrors = parsed.Errors.Where(issue => issue.Row > header.Number).ToList();
        var headerErrors = parsed.Errors.Count - rowErrors.Count;
        return new ImportPreview
        {
            DetectedKind = detected,
            Kind = chosen,
            HeaderRowNumber = header.Number,
            DataRowCount = parsed.RowsRead,
            Columns = columns,
            Rows = shown,
            Errors = headerIssues.Errors,
            Warnings = parsed.Warnings,
            WarningCount = parsed.WarningCount,
            RowErrors = rowErrors,
            RowErrorCount = parsed.ErrorCount - headerErrors,
            BadRowCount = issues.ErrorRowCount - (issues.HasErrorOn(header.Number) ? 1 : 0),
            Parsed = parsed,
        };
    }

    private static List<PreviewColumn> Columns(RawRow header, ColumnLayout layout, IssueCollector issues)
    {
        var columns = new List<PreviewColumn>();
        for (var index = 0; index < header.Cells.Count; index++)
        {
            var text = HeaderCatalog.Clean(header.Cells[index]);
            if (text.Length > 0)
            {
                columns.Add(Column(index, text, layout, issues));
            }
        }

        return columns;
    }

    private static PreviewColumn Column(int index, string header, ColumnLayout layout, IssueCollector issues)
    {
        if (layout.Keys.FirstOrDefault(key => key.Value.Index == index) is { Value: not null } key)
        {
            return new PreviewColumn(index, header, ColumnUse.Key, HeaderCatalog.CanonicalName(new KeyColumn(key.Key)), null);
        }

        if (layout.Facts.FirstOrDefault(fact => fact.Column.Index == index) is { } fact)
        {
            return new PreviewColumn(index, header, ColumnUse.Stored, HeaderCatalog.CanonicalName(fact.Fact.Name), null);
        }

        if (layout.Conversions.FirstOrDefault(rate => rate.Column.Index == index) is { } conversion)
        {
            return new PreviewColumn(index, header, ColumnUse.ConvertedFromRate, HeaderCatalog.CanonicalName(conversion.Metric.Numerator), null);
        }

        var meaning = layout.Dialect.Find(header);
        var field = meaning is null or IgnoredColumn ? null : HeaderCatalog.CanonicalName(meaning);
        if (layout.Checks.Any(check => check.Column.Index == index))
        {
            return new PreviewColumn(index, header, ColumnUse.CheckedOnly, field, null);
        }

        if (issues.Errors.FirstOrDefault(issue => issue.Column == header) is { } error)
        {
            return new PreviewColumn(index, header, ColumnUse.Rejected, field, error.Message);
        }

        var note = issues.Warnings.FirstOrDefault(issue => issue.Column == header)?.Message;
        return new PreviewColumn(index, header, meaning is null ? ColumnUse.Unknown : ColumnUse.Ignored, field, note);
    }

    private static ImportPreview Empty(ImportKind? detected, ImportKind? kind, ImportMessage error, ImportFileContext context) =>
        Empty(detected, kind, new ImportIssue(null, null, error.Render(context.Culture)), context);

    private static ImportPreview Empty(ImportKind? detected, ImportKind? kind, ImportIssue error, ImportFileContext context) => new()
    {
        DetectedKind = detected,
        Kind = kind,
        HeaderRowNumber = null,
        DataRowCount = 0,
        Columns = [],
        Rows = [],
        Errors = [error],
        Warnings = [],
    };
}
