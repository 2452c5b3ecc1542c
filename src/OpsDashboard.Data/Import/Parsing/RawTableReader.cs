namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// Turns the uploaded bytes, whatever their format, into a stream of rows of cell texts: the first
/// <see cref="HeaderRowFinder.RowsToScan"/> rows are read up front (the header and title block are
/// there), the rest one at a time as the caller asks, so no reader ever holds the whole sheet.
/// Unreadable files and broken caps surface as <see cref="ImportRefusedException"/>.
/// </summary>
internal sealed class RawTableReader : IDisposable
{
    private readonly IEnumerator<RawRow> _rows;
    private readonly FileFormat _format;
    private readonly List<RawRow> _head = [];
    private readonly ReadPosition _position;
    private bool _done;

    private RawTableReader(IEnumerator<RawRow> rows, FileFormat format, ReadPosition position, long length)
    {
        _rows = rows;
        _format = format;
        _position = position;
        Length = length;
        while (_head.Count < HeaderRowFinder.RowsToScan && Next() is { } row)
        {
            _head.Add(row);
        }
    }

    /// <summary>The first rows, where the title block and the header row are.</summary>
    public IReadOnlyList<RawRow> Head => _head;

    /// <summary>The file's length in bytes.</summary>
    public long Length { get; }

    /// <summary>
    /// How many of the file's bytes the reader has taken so far (a little ahead of the row last returned: the
    /// readers buffer), for an import's progress; never more than <see cref="Length"/>.
    /// </summary>
    public long BytesRead => Math.Min(_position.Bytes, Length);

    /// <exception cref="ImportRefusedException">The file is empty, not a table, unreadable, or over a cap.</exception>
    public static RawTableReader Open(byte[] content, ImportLimits limits)
    {
        // Before any reader exists: ExcelDataReader's configuration asks for code page 1252 in its constructor.
        CodePages.EnsureRegistered();
        if (content.Length == 0)
        {
            throw new ImportRefusedException(new ImportMessage("FileEmpty"));
        }

        var format = FileFormatSniffer.Sniff(content);
        var position = new ReadPosition();
        var rows = Guard(format, () => format == FileFormat.Text
            ? CsvTableReader.Read(content, limits, position)
            : ExcelTableReader.Read(content, format, limits, position));
        return new RawTableReader(rows.GetEnumerator(), format, position, content.Length);
    }

    /// <summary>Every row after <paramref name="rowNumber"/>, read as they are enumerated (once).</summary>
    public IEnumerable<RawRow> After(int rowNumber)
    {
        foreach (var row in _head.Where(row => row.Number > rowNumber))
        {
            yield return row;
        }

        while (Next() is { } row)
        {
            yield return row;
        }
    }

    public void Dispose() => _rows.Dispose();

    private RawRow? Next()
    {
        if (_done)
        {
            return null;
        }

        var more = Guard(_format, _rows.MoveNext);
        _done = !more;
        return more ? _rows.Current : null;
    }

    /// <summary>
    /// Damaged workbooks fail deep inside the reader with many exception types; the user only needs
    /// to know the file cannot be read. Refusals pass through; running out of memory is a refusal too.
    /// </summary>
    private static T Guard<T>(FileFormat format, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (ImportRefusedException)
        {
            throw;
        }
        catch (OutOfMemoryException)
        {
            throw new ImportRefusedException(new ImportMessage("LimitMemory"), ImportLimit.Memory);
        }
        catch (Exception exception)
        {
            throw new ImportRefusedException(format switch
            {
                FileFormat.Xls => new ImportMessage("XlsUnreadable", exception.Message),
                FileFormat.Xlsx => new ImportMessage("XlsxUnreadable", exception.Message),
                _ => new ImportMessage("CsvUnreadable", exception.Message),
            });
        }
    }
}
