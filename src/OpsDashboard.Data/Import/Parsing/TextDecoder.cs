using System.Text;
using System.Text.Unicode;

namespace OpsDashboard.Data.Import.Parsing;

/// <summary>Text of a delimited file and the encoding it was read with.</summary>
internal sealed record DecodedText(string Text, Encoding Encoding);

/// <summary>
/// Turns the bytes of a text export into a string without asking the user (DOMAIN §5): a byte-order
/// mark decides; otherwise strictly valid UTF-8 is UTF-8, and anything else is GB18030, the superset
/// of GBK that Chinese platform exports use.
/// </summary>
internal static class TextDecoder
{
    public static DecodedText Decode(ReadOnlySpan<byte> content)
    {
        var (encoding, bomLength) = DetectBom(content);
        if (encoding is null)
        {
            encoding = Utf8.IsValid(content) ? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) : CodePages.Gb18030;
        }

        return new DecodedText(encoding.GetString(content[bomLength..]), encoding);
    }

    private static (Encoding? Encoding, int BomLength) DetectBom(ReadOnlySpan<byte> content) =>
        content switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 3),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => (null, 0),
        };
}
