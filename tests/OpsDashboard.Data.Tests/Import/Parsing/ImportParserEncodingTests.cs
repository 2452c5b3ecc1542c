using System.Text;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Tests.Import.Parsing;

public class ImportParserEncodingTests
{
    private static readonly string ChineseFile = ImportFiles.Lines(
        "统计日期：2026-11-01~2026-11-07",
        "日期,访客数,支付买家数,支付金额",
        "2026-11-03,1200,36,\"¥8,568.00\"");

    public static TheoryData<string, byte[]> Encodings => new()
    {
        { "UTF-8 without BOM", ImportFiles.Utf8(ChineseFile) },
        { "UTF-8 with BOM", ImportFiles.Utf8WithBom(ChineseFile) },
        { "GB18030", ImportFiles.Gb18030(ChineseFile) },
        { "UTF-16 LE with BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(ChineseFile)] },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Chinese_headers_are_read_in_every_supported_encoding(string encoding, byte[] bytes)
    {
        var result = ImportParser.Parse(ImportKind.StoreDaily, bytes);

        Assert.True(result.Errors.Count == 0, encoding);
        Assert.Empty(result.Warnings);
        var row = Assert.Single(result.Rows);
        Assert.Equal(3, row.RowNumber);
        Assert.Equal(1200L, row.Values["visitors"]);
        Assert.Equal(36L, row.Values["paying_buyers"]);
        Assert.Equal(856800L, row.Values["payment_amount_minor"]);
    }

    [Fact]
    public void Bom_before_an_english_header_does_not_hide_the_date_column()
    {
        var result = ImportParser.Parse(ImportKind.StoreDaily, ImportFiles.Utf8WithBom("date,visitors\n2026-11-03,5\n"));

        Assert.Empty(result.Errors);
        Assert.Equal(5L, Assert.Single(result.Rows).Values["visitors"]);
    }

    [Fact]
    public void Gb18030_sku_names_come_through_intact()
    {
        var bytes = ImportFiles.Gb18030(ImportFiles.Lines("日期,商品ID,商品名称,访客数", "2026-11-03,680512345678901234,羊毛大衣 女,10"));

        var row = Assert.Single(ImportParser.Parse(ImportKind.SkuDaily, bytes).Rows);

        Assert.Equal("羊毛大衣 女", row.SkuName);
        Assert.Equal("680512345678901234", row.SkuCode);
    }
}
