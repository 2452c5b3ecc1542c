namespace OpsDashboard.Data.Import.Parsing;

/// <summary>Turns the uploaded bytes, whatever their format, into rows of cell texts.</summary>
internal static class RawTableReader
{
    public static bool TryRead(byte[] content, out IReadOnlyList<RawRow> rows, out string? error)
    {
        rows = [];
        error = null;
        if (content.Length == 0)
        {
            error = "The file is empty";
            return false;
        }

        var format = FileFormatSniffer.Sniff(content);
        try
        {
            rows = format == FileFormat.Text ? ReadText(content) : ExcelTableReader.Read(content, format);
            return true;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Damaged workbooks fail deep inside the reader with many exception types; the user
            // only needs to know the file cannot be read.
            error = format switch
            {
                FileFormat.Xls => $"The file looks like an .xls workbook but could not be read ({exception.Message})",
                FileFormat.Xlsx => $"The file looks like an .xlsx workbook but could not be read ({exception.Message})",
                _ => $"The file could not be read as CSV text ({exception.Message})",
            };
            return false;
        }
    }

    private static IReadOnlyList<RawRow> ReadText(byte[] content)
    {
        var text = TextDecoder.Decode(content).Text;
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new InvalidDataException("it contains binary data and is not a CSV, .xls or .xlsx file");
        }

        return CsvTableReader.Read(text);
    }
}
