namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// Finds the header row below any title block (生意参谋 puts it on row 5–8): the first row with the
/// kind's key columns and at least one other column we recognise.
/// </summary>
internal static class HeaderRowFinder
{
    public const int RowsToScan = 30;

    public static RawRow? Find(IReadOnlyList<RawRow> rows, ImportKind kind)
    {
        var required = RequiredKeys(kind);
        return Candidates(rows).FirstOrDefault(row =>
        {
            var meanings = Meanings(row);
            var keys = meanings.OfType<KeyColumn>().Select(key => key.Field).ToHashSet();
            var others = meanings.Count(meaning => meaning is not KeyColumn key || !required.Contains(key.Field));
            return required.All(keys.Contains) && others > 0;
        });
    }

    /// <summary>Why no header was found, naming the missing key columns.</summary>
    public static string MissingHeaderMessage(IReadOnlyList<RawRow> rows, ImportKind kind)
    {
        var required = RequiredKeys(kind);
        var message = $"No header row with {string.Join(" and ", required.Select(HeaderCatalog.DisplayName))} found in the first {RowsToScan} rows";

        // Point at the row that looks most like a header, so a wrong kind or a renamed key column is obvious.
        var closest = Candidates(rows)
            .Where(row => Meanings(row).Count > 0)
            .MaxBy(row => Meanings(row).Count);
        if (closest is null)
        {
            return message;
        }

        var present = Meanings(closest).OfType<KeyColumn>().Select(key => key.Field).ToHashSet();
        var missing = required.Where(field => !present.Contains(field)).Select(HeaderCatalog.DisplayName).ToList();
        return missing.Count == 0
            ? $"{message} (row {closest.Number} has the key columns but no data column)"
            : $"{message} (row {closest.Number} looks like a header but has no {string.Join(" or ", missing)} column)";
    }

    public static IReadOnlyList<KeyField> RequiredKeys(ImportKind kind) => kind switch
    {
        ImportKind.SkuDaily => [KeyField.Date, KeyField.SkuCode],
        ImportKind.SourceDaily => [KeyField.Date, KeyField.SourceName],
        _ => [KeyField.Date],
    };

    private static IEnumerable<RawRow> Candidates(IReadOnlyList<RawRow> rows) =>
        rows.TakeWhile(row => row.Number <= RowsToScan);

    private static List<ColumnMeaning> Meanings(RawRow row) =>
        row.Cells.Select(HeaderCatalog.Find).OfType<ColumnMeaning>().ToList();
}
