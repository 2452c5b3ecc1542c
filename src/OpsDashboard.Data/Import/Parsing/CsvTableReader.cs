using CsvHelper;

namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// Streams the rows of a text export, numbering them as a spreadsheet would: decoded as it is
/// read (never the whole file as one string), each row checked against the caps before it is kept.
/// </summary>
internal static class CsvTableReader
{
    /// <summary>Bytes decoded up front to tell the delimiter and whether the file is text at all.</summary>
    private const int SampleBytes = 64 * 1024;

    public static IEnumerable<RawRow> Read(byte[] content, ImportLimits limits, ReadPosition? position = null)
    {
        var detected = TextEncodingDetector.Detect(content);
        var body = content.AsMemory(detected.BomLength);
        var sample = detected.Encoding.GetString(body.Span[..Math.Min(SampleBytes, body.Length)]);
        if (sample.Contains('\0', StringComparison.Ordinal))
        {
            throw new ImportRefusedException(new ImportMessage("BinaryNotCsv"));
        }

        return ReadRows(content, detected, CsvDelimiterDetector.Detect(sample), limits, position);
    }

    private static IEnumerable<RawRow> ReadRows(byte[] content, TextEncodingDetector.Detected detected, char separator, ImportLimits limits, ReadPosition? position)
    {
        var options = new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = false,
            // Empty lines are kept so that row numbers match what the user sees in a spreadsheet.
            SkipEmptyLines = false,
            TrackLineNumbers = detected.ForeignLines.Count > 0,
            // A record longer than every cell allowed (an unclosed quote in a big file) is never buffered whole.
            MaxRecordSize = (int)Math.Min(int.MaxValue / 4, (long)limits.MaxCellLength * 4 * Math.Min(limits.MaxColumns, 64) + 1024),
        };

        var limiter = new RowLimiter(limits, text: true);
        var bytes = new MemoryStream(content, detected.BomLength, content.Length - detected.BomLength, writable: false);
        position?.Follow(bytes, detected.BomLength);
        using var text = new StreamReader(
            bytes,
            detected.Encoding,
            detectEncodingFromByteOrderMarks: false);
        using var reader = CsvReader.Create(text, options, leaveOpen: false);
        var number = 0;
        while (Next(reader, content, detected, separator, number + 1, limits))
        {
            number++;
            limiter.CheckRow(number);
            limiter.CheckColumns(number, reader.FieldCount);
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                var cell = reader.GetString(i);
                limiter.CheckCell(number, i, cell);
                if (cell.Contains('\0', StringComparison.Ordinal))
                {
                    throw new ImportRefusedException(new ImportMessage("BinaryNotCsv"));
                }

                cells[i] = cell;
            }

            // A line in another encoding, or bytes the decoder could not read (U+FFFD: a cut UTF-16 file,
            // a broken sequence): the row is reported, never stored garbled.
            var foreign = (options.TrackLineNumbers && detected.ForeignLines.Contains((int)reader.LineNumber))
                || Array.Exists(cells, cell => cell.Contains('\uFFFD', StringComparison.Ordinal));
            yield return new RawRow(number, RawRow.Trimmed(cells)) { ForeignTo = foreign ? EncodingName(detected) : null };
        }
    }

    private static string EncodingName(TextEncodingDetector.Detected detected) =>
        detected.Encoding switch
        {
            System.Text.UTF8Encoding => "UTF-8",
            System.Text.UnicodeEncoding => "UTF-16",
            _ => "GBK/GB18030",
        };

    /// <summary>The next record; a record over <see cref="CsvReaderOptions.MaxRecordSize"/> is a cell over the length cap.</summary>
    private static bool Next(CsvReader reader, byte[] content, TextEncodingDetector.Detected detected, char separator, int number, ImportLimits limits)
    {
        try
        {
            return reader.Read();
        }
        catch (CsvFormatException exception) when (exception.Message.Contains("MaxRecordSize", StringComparison.Ordinal) || exception.Message.Contains("too large", StringComparison.OrdinalIgnoreCase))
        {
            // Too long to buffer: a header of millions of columns, or one enormous cell. Tell which.
            var fields = FieldsOnLine(content, detected.BomLength, number, separator);
            if (fields > limits.MaxColumns)
            {
                throw new ImportRefusedException(new ImportMessage("LimitColumns", number, fields, limits.MaxColumns), ImportLimit.Columns, number);
            }

            throw new ImportRefusedException(
                new ImportMessage("LimitCellLength", number, "?", $">{limits.MaxCellLength}", limits.MaxCellLength), ImportLimit.CellLength, number);
        }
    }

    /// <summary>The fields of physical line <paramref name="line"/> (separators outside quotes, plus one), read off the bytes.</summary>
    private static long FieldsOnLine(byte[] content, int offset, int line, char separator)
    {
        var index = offset;
        for (var current = 1; current < line && index < content.Length; current++)
        {
            var next = Array.IndexOf(content, (byte)'\n', index);
            index = next < 0 ? content.Length : next + 1;
        }

        long fields = 1;
        var quoted = false;
        for (; index < content.Length && content[index] != (byte)'\n'; index++)
        {
            if (content[index] == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (!quoted && content[index] == (byte)separator)
            {
                fields++;
            }
        }

        return fields;
    }
}
