using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Tests.Import.Parsing;

public class FileFormatSnifferTests
{
    [Fact]
    public void Ole_compound_file_signature_is_an_xls_workbook() =>
        Assert.Equal(FileFormat.Xls, FileFormatSniffer.Sniff([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00]));

    [Fact]
    public void Zip_signature_is_an_xlsx_workbook() =>
        Assert.Equal(FileFormat.Xlsx, FileFormatSniffer.Sniff("PK\u0003\u0004rest"u8));

    [Fact]
    public void Anything_else_is_text() =>
        Assert.Equal(FileFormat.Text, FileFormatSniffer.Sniff("date,visitors\n"u8));

    [Fact]
    public void Real_fixtures_are_recognised_by_their_bytes()
    {
        Assert.Equal(FileFormat.Xls, FileFormatSniffer.Sniff(ImportFiles.Fixture("sku-daily-sycm.xls")));
        Assert.Equal(FileFormat.Xlsx, FileFormatSniffer.Sniff(ImportFiles.Fixture("store-daily.xlsx")));
    }
}
