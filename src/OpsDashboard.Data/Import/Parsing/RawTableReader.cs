namespace OpsDashboard.Data.Import.Parsing;

/// <summary>Turns the uploaded bytes, whatever their format, into rows of cell texts.</summary>
internal static class RawTableReader
{
    public static bool TryRead(byte[] content, out IReadOnlyList<RawRow> rows, out ImportMessage? error)
    {
        // Before any reader exists: ExcelDataReader's configuration asks for code page 1252 in its constructor.
        CodePages.EnsureRegistered();
        rows = [];
        error = null;
        if (content.Length == 0)
        {
            error = new ImportMessage("FileEmpty");
            return false;
        }

        var format = FileFormatSniffer.Sniff(content);
        try
        {
            var read = format == FileFormat.Text ? ReadText(content) : ExcelTableReader.Read(content, format);
            if (read is null)
            {
                error = new ImportMessage("BinaryNotCsv");
                return false;
            }

            rows = read;
            return true;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Damaged workbooks fail deep inside the reader with many exception types; the user
            // only needs to know the file cannot be read.
            error = format switch
            {
                FileFormat.Xls => new ImportMessage("XlsUnreadable", exception.Message),
                FileFormat.Xlsx => new ImportMessage("XlsxUnreadable", exception.Message),
                _ => new ImportMessage("CsvUnreadable", exception.Message),
            };
            return false;
        }
    }

    /// <summary>The rows of a text file, or null when it holds binary data (not a CSV at all).</summary>
    private static IReadOnlyList<RawRow>? ReadText(byte[] content)
    {
        var text = TextDecoder.Decode(content).Text;
        return text.Contains('\0', StringComparison.Ordinal) ? null : CsvTableReader.Read(text);
    }
}
