using System.Text;
using System.Text.Unicode;

namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// The encoding of a text export and the lines that are not in it. A byte-order mark decides;
/// strictly valid UTF-8 is UTF-8; anything else is GB18030 (the superset of GBK) — unless the file
/// is mostly UTF-8 and only some lines are not, or mostly GBK with some lines in UTF-8: a file that
/// mixes the two would otherwise be stored as mojibake, so the odd lines are reported by row.
/// </summary>
internal static class TextEncodingDetector
{
    public sealed record Detected(Encoding Encoding, int BomLength, IReadOnlySet<int> ForeignLines);

    private static readonly IReadOnlySet<int> None = new HashSet<int>();

    public static Detected Detect(ReadOnlySpan<byte> content)
    {
        switch (content)
        {
            case [0xEF, 0xBB, 0xBF, ..]:
                return Utf8Lines(content, 3);
            case [0xFF, 0xFE, ..]:
                return new Detected(Encoding.Unicode, 2, None);
            case [0xFE, 0xFF, ..]:
                return new Detected(Encoding.BigEndianUnicode, 2, None);
        }

        if (Utf8.IsValid(content))
        {
            return new Detected(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 0, None);
        }

        var utf8 = new HashSet<int>();
        var other = new HashSet<int>();
        Classify(content, 0, utf8, other);
        return utf8.Count > other.Count
            ? new Detected(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 0, other)
            : new Detected(CodePages.Gb18030, 0, utf8);
    }

    /// <summary>A UTF-8 file by its BOM: any line that is not valid UTF-8 is foreign.</summary>
    private static Detected Utf8Lines(ReadOnlySpan<byte> content, int bom)
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        if (Utf8.IsValid(content[bom..]))
        {
            return new Detected(encoding, bom, None);
        }

        var utf8 = new HashSet<int>();
        var other = new HashSet<int>();
        Classify(content[bom..], 0, utf8, other);
        return new Detected(encoding, bom, other);
    }

    /// <summary>
    /// Sorts the lines with non-ASCII bytes: valid UTF-8 that is mostly 3-byte characters (Chinese in
    /// UTF-8; GBK byte pairs that happen to be valid UTF-8 decode to 2-byte Latin, Greek or Cyrillic
    /// letters instead) counts as UTF-8, anything that is not valid UTF-8 as the other encoding.
    /// </summary>
    private static void Classify(ReadOnlySpan<byte> content, int offset, HashSet<int> utf8, HashSet<int> other)
    {
        var line = 1;
        while (offset <= content.Length)
        {
            var rest = content[offset..];
            var end = rest.IndexOf((byte)'\n');
            var bytes = end < 0 ? rest : rest[..end];
            if (bytes.ContainsAnyExceptInRange((byte)0, (byte)0x7F))
            {
                if (!Utf8.IsValid(bytes))
                {
                    other.Add(line);
                }
                else if (MostlyThreeByte(bytes))
                {
                    utf8.Add(line);
                }
            }

            if (end < 0)
            {
                break;
            }

            offset += end + 1;
            line++;
        }
    }

    private static bool MostlyThreeByte(ReadOnlySpan<byte> bytes)
    {
        int wide = 0, narrow = 0;
        foreach (var b in bytes)
        {
            if (b >= 0xE0)
            {
                wide++;
            }
            else if (b is >= 0xC0 and < 0xE0)
            {
                narrow++;
            }
        }

        return wide > narrow;
    }
}
