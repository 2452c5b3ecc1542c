namespace OpsDashboard.Data.Import.Parsing;

/// <summary>The header row of an upload, and the one day a file without a date column covers.</summary>
internal sealed record LocatedHeader(RawRow Row, DateOnly? FileDate, ImportMessage? Note);

/// <summary>
/// Finds the header the way both the import and the preview need it: a header with a date column
/// first; otherwise a dateless header, dated by the file's title block or name when they name one
/// day. A dateless file that says it covers several days is a multi-day total and is refused; one
/// that names no day at all gets the usual "no header with a date" error.
/// </summary>
internal static class HeaderLocator
{
    public static LocatedHeader? Locate(IReadOnlyList<RawRow> rows, ImportKind kind, string? fileName, out ImportMessage? error) =>
        Locate(rows, kind, fileName, HeaderDialects.BusinessAdvisor, out error);

    public static LocatedHeader? Locate(IReadOnlyList<RawRow> rows, ImportKind kind, string? fileName, HeaderDialect dialect, out ImportMessage? error)
    {
        error = null;
        if (HeaderRowFinder.Find(rows, kind, dialect) is { } dated)
        {
            return new LocatedHeader(dated, null, null);
        }

        var header = HeaderRowFinder.FindWithoutDate(rows, kind, dialect);
        var title = header is null ? null : FileDates.FromTitle(rows.Where(row => row.Number < header.Number));
        var name = header is null ? null : FileDates.FromFileName(fileName);
        if (header is null || (title ?? name) is not { } span)
        {
            error = HeaderRowFinder.MissingHeaderMessage(rows, kind, dialect);
            return null;
        }

        if (!span.IsOneDay)
        {
            error = new ImportMessage("MultiDayAggregate", span.From, span.To, new ImportMessage(span.SourceKey));
            return null;
        }

        var note = title is not null && name is { IsOneDay: true } && name.From != title.From
            ? new ImportMessage("DateFromFileConflict", title.From, name.From)
            : new ImportMessage("DateFromFile", span.From, new ImportMessage(span.SourceKey));
        return new LocatedHeader(header, span.From, note);
    }
}
