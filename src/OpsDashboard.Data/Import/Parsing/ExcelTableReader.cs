using System.Globalization;
using ExcelDataReader;

namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// Streams the first worksheet of an .xls or .xlsx workbook as cell texts. The sheet's declared
/// dimension (a 1.6 KB file may claim <c>A1:XFD1048576</c>) is never used to size anything: at
/// most one column past the column cap is looked at, rows are kept without their trailing empty
/// cells, and the row cap stops the read.
/// </summary>
internal static class ExcelTableReader
{
    public static IEnumerable<RawRow> Read(byte[] content, FileFormat format, ImportLimits limits, ReadPosition? position = null)
    {
        if (format == FileFormat.Xlsx)
        {
            XlsxGuard.Check(content, limits);
        }

        return ReadRows(content, format, limits, position);
    }

    private static IEnumerable<RawRow> ReadRows(byte[] content, FileFormat format, ImportLimits limits, ReadPosition? position)
    {
        // A BIFF5 workbook without a code-page record is most likely a Chinese one.
        var configuration = new ExcelReaderConfiguration { FallbackEncoding = CodePages.Gb18030 };
        using var stream = new MemoryStream(content, writable: false);
        position?.Follow(stream, 0);
        using var reader = format == FileFormat.Xls
            ? ExcelReaderFactory.CreateBinaryReader(stream, configuration)
            : ExcelReaderFactory.CreateOpenXmlReader(stream, configuration);

        var limiter = new RowLimiter(limits);
        var buffer = new List<string>();
        var number = 0;
        while (reader.Read())
        {
            number++;
            limiter.CheckRow(number);
            buffer.Clear();
            var width = Math.Min(reader.FieldCount, limits.MaxColumns + 1);
            for (var i = 0; i < width; i++)
            {
                var cell = CellText(reader.GetValue(i));
                limiter.CheckCell(number, i, cell);
                buffer.Add(cell);
            }

            var cells = RawRow.Trimmed(buffer);
            limiter.CheckColumns(number, cells.Length);
            yield return new RawRow(number, cells);
        }
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
