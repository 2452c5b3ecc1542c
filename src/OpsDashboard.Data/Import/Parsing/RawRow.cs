namespace OpsDashboard.Data.Import.Parsing;

/// <summary>One row of the first worksheet (or text line) as cell texts, before any meaning is given to it.</summary>
/// <param name="Number">The spreadsheet row number: 1-based, title and header rows counted.</param>
/// <param name="Cells">The cells up to the last one that is not empty (a sheet's declared width is never used).</param>
internal sealed record RawRow(int Number, IReadOnlyList<string> Cells)
{
    /// <summary>When the row's bytes are not in the encoding the rest of the text file is in (UTF-8 and GBK mixed): that encoding's name.</summary>
    public string? ForeignTo { get; init; }

    /// <summary>The cell at <paramref name="index"/>; a short row simply has empty cells at its end.</summary>
    public string Cell(int index) => index < Cells.Count ? Cells[index] : string.Empty;

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);

    /// <summary>The cells of a row read from a wider buffer, without its trailing empty cells.</summary>
    public static string[] Trimmed(IReadOnlyList<string> cells)
    {
        var count = cells.Count;
        while (count > 0 && cells[count - 1].Length == 0)
        {
            count--;
        }

        var trimmed = new string[count];
        for (var i = 0; i < count; i++)
        {
            trimmed[i] = cells[i];
        }

        return trimmed;
    }
}
