namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// Finds the header row below any title block (生意参谋 puts it on row 5–8): the first row with the
/// kind's key columns and at least one other column we recognise. A one-day export has no date
/// column at all; <see cref="FindWithoutDate"/> finds its header (the other key columns and at
/// least two data columns, so a stray title cell is never taken for a header).
/// </summary>
internal static class HeaderRowFinder
{
    public const int RowsToScan = 30;

    public static RawRow? Find(IReadOnlyList<RawRow> rows, ImportKind kind, HeaderDialect? dialect = null)
    {
        var required = RequiredKeys(kind);
        return Candidates(rows).FirstOrDefault(row =>
        {
            var meanings = Meanings(row, dialect);
            var keys = meanings.OfType<KeyColumn>().Select(key => key.Field).ToHashSet();
            var others = meanings.Count(meaning => meaning is not KeyColumn key || !required.Contains(key.Field));
            return required.All(keys.Contains) && others > 0;
        });
    }

    /// <summary>The header of a file that has no date column: the kind's other keys and at least two data columns.</summary>
    public static RawRow? FindWithoutDate(IReadOnlyList<RawRow> rows, ImportKind kind, HeaderDialect? dialect = null)
    {
        var required = RequiredKeys(kind).Where(field => field != KeyField.Date).ToList();
        return Candidates(rows).FirstOrDefault(row =>
        {
            var meanings = Meanings(row, dialect);
            var keys = meanings.OfType<KeyColumn>().Select(key => key.Field).ToHashSet();
            var data = meanings.Count(meaning => meaning is not KeyColumn);
            return !keys.Contains(KeyField.Date) && required.All(keys.Contains) && data >= 2;
        });
    }

    /// <summary>Why no header was found, naming the missing key columns.</summary>
    public static ImportMessage MissingHeaderMessage(IReadOnlyList<RawRow> rows, ImportKind kind, HeaderDialect? dialect = null)
    {
        var required = RequiredKeys(kind);
        var wanted = new MessageList(required.Select(field => (object)HeaderCatalog.DisplayName(field)).ToList(), "Join_And");

        // Point at the row that looks most like a header, so a wrong kind or a renamed key column is obvious.
        var closest = Candidates(rows)
            .Where(row => Meanings(row, dialect).Count > 0)
            .MaxBy(row => Meanings(row, dialect).Count);
        if (closest is null)
        {
            return new ImportMessage("NoHeader", wanted, RowsToScan);
        }

        var present = Meanings(closest, dialect).OfType<KeyColumn>().Select(key => key.Field).ToHashSet();
        var missing = required.Where(field => !present.Contains(field)).Select(field => (object)HeaderCatalog.DisplayName(field)).ToList();
        return missing.Count == 0
            ? new ImportMessage("NoHeaderNoData", wanted, RowsToScan, closest.Number)
            : new ImportMessage("NoHeaderMissing", wanted, RowsToScan, closest.Number, new MessageList(missing, "Join_Or"));
    }

    public static IReadOnlyList<KeyField> RequiredKeys(ImportKind kind) => kind switch
    {
        ImportKind.SkuDaily => [KeyField.Date, KeyField.SkuCode],
        ImportKind.SourceDaily => [KeyField.Date, KeyField.SourceName],
        _ => [KeyField.Date],
    };

    private static IEnumerable<RawRow> Candidates(IReadOnlyList<RawRow> rows) =>
        rows.TakeWhile(row => row.Number <= RowsToScan);

    /// <summary>The meanings a row's cells have in the file's dialect (生意参谋's when none is given).</summary>
    private static List<ColumnMeaning> Meanings(RawRow row, HeaderDialect? dialect) =>
        (dialect ?? HeaderDialects.BusinessAdvisor).Meanings(row.Cells).OfType<ColumnMeaning>().ToList();
}
