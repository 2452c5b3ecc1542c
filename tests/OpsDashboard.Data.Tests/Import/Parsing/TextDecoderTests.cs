using System.Text;
using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Tests.Import.Parsing;

public class TextDecoderTests
{
    private const string Chinese = "日期,访客数\r\n2026-11-03,1200\r\n";

    [Fact]
    public void Utf8_without_bom_is_read_as_utf8()
    {
        var decoded = TextDecoder.Decode(ImportFiles.Utf8(Chinese));

        Assert.Equal(Chinese, decoded.Text);
        Assert.Equal(Encoding.UTF8.CodePage, decoded.Encoding.CodePage);
    }

    [Fact]
    public void Utf8_bom_is_removed_from_the_text()
    {
        var decoded = TextDecoder.Decode(ImportFiles.Utf8WithBom(Chinese));

        Assert.Equal(Chinese, decoded.Text);
        Assert.Equal(Encoding.UTF8.CodePage, decoded.Encoding.CodePage);
    }

    [Fact]
    public void Bytes_that_are_not_valid_utf8_are_read_as_gb18030()
    {
        var decoded = TextDecoder.Decode(ImportFiles.Gb18030(Chinese));

        Assert.Equal(Chinese, decoded.Text);
        Assert.Equal("GB18030", decoded.Encoding.WebName, ignoreCase: true);
    }

    [Fact]
    public void Utf16_little_endian_bom_decides_the_encoding()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Chinese)];

        Assert.Equal(Chinese, TextDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void Utf16_big_endian_bom_decides_the_encoding()
    {
        byte[] bytes = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Chinese)];

        Assert.Equal(Chinese, TextDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void Plain_ascii_is_utf8() =>
        Assert.Equal("date,visitors", TextDecoder.Decode("date,visitors"u8).Text);
}
