namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// The data rows of one file, validated one at a time as they are enumerated, so that a caller can
/// write each valid row as it comes and never hold the whole file as objects (issue 10: a 1M-row
/// file). <see cref="Finish"/> then gives the same answer <see cref="ImportParser"/> gives: the
/// rows, or every problem with its row and column. Duplicate keys and row rules are checked exactly
/// as in a whole-file parse, since the whole-file parse is built on this class.
/// </summary>
internal sealed class RowStream
{
    private readonly RawTableReader _table;
    private readonly RawRow _header;
    private readonly ColumnLayout _layout;
    private readonly IssueCollector _issues;
    private readonly RowBuilder _builder;
    private readonly DuplicateKeyGuard _duplicates;

    private RowStream(RawTableReader table, RawRow header, ColumnLayout layout, IssueCollector issues, DateOnly? today)
    {
        _table = table;
        _header = header;
        _layout = layout;
        _issues = issues;
        _builder = new RowBuilder(layout, issues, today);
        _duplicates = new DuplicateKeyGuard(layout, issues);
    }

    public ImportKind Kind => _layout.Kind;

    /// <summary>The fact columns the file carries (an update changes only these).</summary>
    public IReadOnlyList<string> Columns => _layout.Columns;

    public IssueCollector Issues => _issues;

    /// <summary>Non-blank data rows read so far.</summary>
    public int RowsRead { get; private set; }

    /// <summary>Whether any error has been found so far (from then on nothing needs writing).</summary>
    public bool HasErrors => _issues.ErrorCount > 0;

    /// <summary>
    /// Finds the header and lays out its columns; null when the file has no usable header (the
    /// error is in <paramref name="issues"/>: answer with <see cref="ImportParser"/>'s file-level failure).
    /// </summary>
    public static RowStream? Open(ImportKind kind, RawTableReader table, ImportFileContext context, IssueCollector issues)
    {
        var dialect = HeaderDialects.Choose(table.Head, context.Platform);
        if (HeaderLocator.Locate(table.Head, kind, context.FileName, dialect, out var headerError) is not { } located)
        {
            issues.Error(null, null, headerError!);
            return null;
        }

        if (located.Note is { } note)
        {
            issues.Warn(null, null, note);
        }

        var layout = HeaderMapper.Map(located.Row, kind, issues, located.FileDate, dialect);
        return new RowStream(table, located.Row, layout, issues, context.Today);
    }

    /// <summary>
    /// Every valid, unique data row, read from the file as it is enumerated (once). Invalid rows are
    /// reported to <see cref="Issues"/> and skipped; <paramref name="onDataRow"/> sees every data row.
    /// </summary>
    /// <exception cref="ImportRefusedException">A cap was broken or the file became unreadable while reading.</exception>
    public IEnumerable<ParsedRow> Rows(Action<RawRow>? onDataRow = null)
    {
        foreach (var row in _table.After(_header.Number))
        {
            if (row.IsBlank)
            {
                continue;
            }

            RowsRead++;
            onDataRow?.Invoke(row);
            var built = _builder.Build(row);
            var unique = built.Key is not { } key || _duplicates.Accept(key, row.Number);
            if (unique && built.Row is not null)
            {
                yield return built.Row;
            }
        }
    }

    /// <summary>The outcome once every row has been read; <paramref name="rows"/> are the rows kept (none when they were written as they came).</summary>
    public ParsedImport Finish(IReadOnlyList<ParsedRow> rows)
    {
        if (RowsRead == 0)
        {
            _issues.Warn(_header.Number, null, "NoDataRows", _header.Number);
        }

        return new ParsedImport
        {
            Kind = _layout.Kind,
            RowsRead = RowsRead,
            Columns = _layout.Columns,
            Rows = rows,
            Errors = _issues.Errors,
            Warnings = _issues.Warnings,
            ErrorCount = _issues.ErrorCount,
            WarningCount = _issues.WarningCount,
            ErrorRowCount = _issues.ErrorRowCount - (_issues.HasErrorOn(_header.Number) ? 1 : 0),
            Culture = _issues.Culture,
            Dialect = _layout.Dialect.Code,
            CountsSessions = _layout.CountsSessions,
        };
    }
}
