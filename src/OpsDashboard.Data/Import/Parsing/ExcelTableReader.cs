using System.Globalization;
using ExcelDataReader;

namespace OpsDashboard.Data.Import.Parsing;

/// <summary>Reads the first worksheet of an .xls or .xlsx workbook as cell texts.</summary>
internal static class ExcelTableReader
{
    public static IReadOnlyList<RawRow> Read(byte[] content, FileFormat format)
    {
        // A BIFF5 workbook without a code-page record is most likely a Chinese one.
        var configuration = new ExcelReaderConfiguration { FallbackEncoding = CodePages.Gb18030 };
        using var stream = new MemoryStream(content, writable: false);
        using var reader = format == FileFormat.Xls
            ? ExcelReaderFactory.CreateBinaryReader(stream, configuration)
            : ExcelReaderFactory.CreateOpenXmlReader(stream, configuration);

        var rows = new List<RawRow>();
        while (reader.Read())
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = CellText(reader.GetValue(i));
            }

            rows.Add(new RawRow(rows.Count + 1, cells));
        }

        return rows;
    }

    /// <summary>
    /// Renders a typed cell as the text a user would type, so that Excel and CSV files go through
    /// the same cell parsing. Whole numbers never get an exponent or decimals (item ids stored as
    /// numbers must keep every digit Excel kept).
    /// </summary>
    internal static string CellText(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        double number when double.IsInteger(number) => number == 0 ? "0" : number.ToString("F0", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
