using System.Text;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Tests.Components.Controls;

/// <summary>Exports: text a spreadsheet would run as a formula is neutralised; numbers stay numbers.</summary>
public sealed class TableExportTests
{
    private static readonly ExportTable Table = new(
        "t",
        ["name", "value"],
        [
            ["=1+1", 1m],
            ["+cmd", -5m],
            ["-2", 0.0325m],
            ["@SUM(A1)", null],
            ["\tTab", 2L],
            ["\rReturn", 3L],
            ["plain, with comma", 4L],
        ]);

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tTab", "'\tTab")]
    [InlineData("\rReturn", "'\rReturn")]
    [InlineData("手淘搜索", "手淘搜索")]
    [InlineData("", "")]
    public void Neutralise_PrefixesFormulaStarts_AndLeavesOtherTextAlone(string text, string expected) =>
        Assert.Equal(expected, TableExport.Neutralise(text));

    [Fact]
    public void Csv_IsUtf8WithBom_NeutralisesText_AndKeepsNegativeNumbersAsNumbers()
    {
        var bytes = TableExport.ToCsv(Table);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split(Environment.NewLine);
        Assert.Equal("name,value", lines[0]);
        Assert.Equal("'=1+1,1", lines[1]);
        Assert.Equal("'+cmd,-5", lines[2]);
        Assert.Equal("'-2,0.0325", lines[3]);
        Assert.Equal("'@SUM(A1),", lines[4]);
        Assert.Equal("'\tTab,2", lines[5]);
        Assert.Equal("\"'\rReturn\",3", lines[6]);
        Assert.Equal("\"plain, with comma\",4", lines[7]);
    }

    [Fact]
    public void Xlsx_KeepsTheHeadersAndNeutralisedText()
    {
        var bytes = TableExport.ToXlsx(Table);
        using var stream = new MemoryStream(bytes);
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(7, rows.Count);
        Assert.Equal("'=1+1", rows[0]["name"]);
        Assert.Equal(-5d, Convert.ToDouble(rows[1]["value"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("'@SUM(A1)", rows[3]["name"]);
    }
}
