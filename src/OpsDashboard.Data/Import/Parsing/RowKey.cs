using System.Globalization;

namespace OpsDashboard.Data.Import.Parsing;

/// <summary>What makes a row unique within a file: the date, plus the SKU code or source name.</summary>
internal readonly record struct RowKey(DateOnly Date, string? Item)
{
    public override string ToString()
    {
        var date = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Item is null ? date : $"{date} / {Item}";
    }
}

/// <summary>The outcome of building one row: its key when the key cells were readable, the row when nothing was wrong.</summary>
internal sealed record BuiltRow(RowKey? Key, ParsedRow? Row);
