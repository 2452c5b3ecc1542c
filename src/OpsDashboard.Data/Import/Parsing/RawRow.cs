namespace OpsDashboard.Data.Import.Parsing;

/// <summary>One row of the first worksheet (or text line) as cell texts, before any meaning is given to it.</summary>
/// <param name="Number">The spreadsheet row number: 1-based, title and header rows counted.</param>
internal sealed record RawRow(int Number, IReadOnlyList<string> Cells)
{
    /// <summary>The cell at <paramref name="index"/>; a short row simply has empty cells at its end.</summary>
    public string Cell(int index) => index < Cells.Count ? Cells[index] : string.Empty;

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
