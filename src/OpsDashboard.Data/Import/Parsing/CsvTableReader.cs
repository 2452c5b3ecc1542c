using CsvHelper;

namespace OpsDashboard.Data.Import.Parsing;

/// <summary>Splits decoded delimited text into rows of cells, numbering rows as a spreadsheet would.</summary>
internal static class CsvTableReader
{
    public static IReadOnlyList<RawRow> Read(string text)
    {
        var options = new CsvReaderOptions
        {
            Separator = CsvDelimiterDetector.Detect(text),
            HasHeader = false,
            // Empty lines are kept so that row numbers match what the user sees in a spreadsheet.
            SkipEmptyLines = false,
        };

        using var reader = CsvReader.FromText(text, options);
        var rows = new List<RawRow>();
        while (reader.Read())
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetString(i);
            }

            rows.Add(new RawRow(rows.Count + 1, cells));
        }

        return rows;
    }
}
