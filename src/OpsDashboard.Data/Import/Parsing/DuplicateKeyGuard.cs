namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// Rejects a key that appears twice in one file: the writer would otherwise silently keep whichever
/// row came last. The error goes on the second occurrence and names the first. Keys are kept
/// compactly (each distinct SKU or source once, then a number per row), so a file of millions of
/// rows costs tens of megabytes here, not a string per row.
/// </summary>
internal sealed class DuplicateKeyGuard(ColumnLayout layout, IssueCollector issues)
{
    private readonly Dictionary<string, int> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _firstRows = [];

    public bool Accept(RowKey key, int rowNumber)
    {
        var compact = Compact(key);
        if (_firstRows.TryAdd(compact, rowNumber))
        {
            return true;
        }

        var column = layout.Kind switch
        {
            ImportKind.SkuDaily => layout.Key(KeyField.SkuCode),
            ImportKind.SourceDaily => layout.Key(KeyField.SourceName),
            _ => layout.Key(KeyField.Date),
        };
        issues.Error(rowNumber, column?.Header, "DuplicateRow", key.ToString(), _firstRows[compact]);
        return false;
    }

    /// <summary>The item's ordinal in the high half, the day number in the low half (0 for a key without an item).</summary>
    private long Compact(RowKey key)
    {
        var item = 0;
        if (key.Item is { } text && !_items.TryGetValue(text, out item))
        {
            item = _items.Count + 1;
            _items.Add(text, item);
        }

        return ((long)item << 32) | (uint)key.Date.DayNumber;
    }
}
