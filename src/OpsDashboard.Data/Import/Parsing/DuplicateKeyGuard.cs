namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// Rejects a key that appears twice in one file: the writer would otherwise silently keep whichever
/// row came last. The error goes on the second occurrence and names the first.
/// </summary>
internal sealed class DuplicateKeyGuard(ColumnLayout layout, IssueCollector issues)
{
    private readonly Dictionary<RowKey, int> firstRows = [];

    public bool Accept(RowKey key, int rowNumber)
    {
        if (firstRows.TryAdd(key, rowNumber))
        {
            return true;
        }

        var column = layout.Kind switch
        {
            ImportKind.SkuDaily => layout.Key(KeyField.SkuCode),
            ImportKind.SourceDaily => layout.Key(KeyField.SourceName),
            _ => layout.Key(KeyField.Date),
        };
        issues.Error(rowNumber, column?.Header, "DuplicateRow", key.ToString(), firstRows[key]);
        return false;
    }
}
