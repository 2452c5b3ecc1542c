using System.Globalization;

namespace OpsDashboard.Web.Model;

/// <summary>
/// A column of a sortable, exportable table: its key (data-sort), its header and its raw value,
/// which the table sorts by, writes into data-value and exports, so the file matches the screen.
/// </summary>
public sealed record TableColumn<T>(string Key, string Header, Func<T, object?> Value);

/// <summary>
/// The sort state of a table. Rows without a value sort last in either direction; ties keep the
/// table's default order (the sort is stable).
/// </summary>
public sealed class TableSort<T>
{
    public string? Key { get; private set; }

    public bool Descending { get; private set; }

    /// <summary>Sorts by <paramref name="key"/>: a new column sorts descending first (biggest first), the same column flips.</summary>
    public void Toggle(string key)
    {
        Descending = Key != key || !Descending;
        Key = key;
    }

    /// <summary>"ascending", "descending" or "none", for aria-sort.</summary>
    public string AriaSort(string key) => Key != key ? "none" : Descending ? "descending" : "ascending";

    public IReadOnlyList<T> Apply(IReadOnlyList<T> rows, IReadOnlyList<TableColumn<T>> columns)
    {
        var column = columns.FirstOrDefault(c => c.Key == Key);
        if (column is null)
        {
            return rows;
        }

        var withValue = rows.Where(r => column.Value(r) is not null);
        var sorted = Descending
            ? withValue.OrderByDescending(column.Value, ValueComparer.Instance)
            : withValue.OrderBy(column.Value, ValueComparer.Instance);
        return [.. sorted, .. rows.Where(r => column.Value(r) is null)];
    }

    private sealed class ValueComparer : IComparer<object?>
    {
        public static readonly ValueComparer Instance = new();

        public int Compare(object? x, object? y) => (x, y) switch
        {
            (string a, string b) => string.Compare(a, b, StringComparison.Ordinal),
            (IConvertible a, IConvertible b) when a is not string && b is not string =>
                a.ToDecimal(CultureInfo.InvariantCulture).CompareTo(b.ToDecimal(CultureInfo.InvariantCulture)),
            _ => string.Compare(Convert.ToString(x, CultureInfo.InvariantCulture), Convert.ToString(y, CultureInfo.InvariantCulture), StringComparison.Ordinal),
        };
    }
}

/// <summary>Turns a table as sorted on screen into an export.</summary>
public static class TableColumns
{
    /// <summary>
    /// The rows as they are on screen, ready for CSV/xlsx: one cell per column, raw values; rates and money
    /// are told apart by the column's key (the API's field names), <paramref name="currency"/> is the store's and
    /// <paramref name="sheetName"/> the table's name for the .xlsx sheet.
    /// </summary>
    public static ExportTable Export<T>(string fileName, IReadOnlyList<T> rows, IReadOnlyList<TableColumn<T>> columns, string? currency = null, string? sheetName = null) =>
        new(fileName, columns.Select(c => c.Header).ToList(), rows.Select(r => (IReadOnlyList<object?>)columns.Select(c => c.Value(r)).ToList()).ToList())
        {
            Kinds = columns.Select(c => KindOf(c.Key)).ToList(),
            Currency = currency,
            SheetName = sheetName,
        };

    /// <summary>Rates (conversion, shares, changes) and money (sales, cost, AOV) by the API field name of the column.</summary>
    public static ExportKind KindOf(string key) => key switch
    {
        "paymentAmount" or "cost" or "averageOrderValue" or "visitorValue" => ExportKind.Money,
        "share" => ExportKind.Rate,
        _ when key.EndsWith("Rate", StringComparison.Ordinal) || key.EndsWith("Change", StringComparison.Ordinal) => ExportKind.Rate,
        _ => ExportKind.Auto,
    };
}
