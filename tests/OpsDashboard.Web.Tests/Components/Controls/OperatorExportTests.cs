using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Import;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Tests.Components.Controls;

/// <summary>
/// Exports an operator can open in Excel or WPS: 18-digit item ids stay text, rates have 4 decimals and
/// money 2, yes/no and verdicts are words in the reader's language, the .xlsx has % and currency formats
/// and a named sheet; and a CSV the app exported imports back unchanged.
/// </summary>
public sealed class OperatorExportTests : ComponentTestContext
{
    private const string LongId = "680512345678901234";

    private sealed record Line(DateOnly Date, string Sku, string Name, long Visitors, long Paying, decimal Sales, decimal Conversion, bool Presale, CheckStatus Bounce);

    private static readonly TableColumn<Line>[] Columns =
    [
        new("date", "date", l => l.Date),
        new("sku", "sku_code", l => l.Sku),
        new("name", "sku_name", l => l.Name),
        new("visitors", "visitors", l => l.Visitors),
        new("payingBuyers", "paying_buyers", l => l.Paying),
        new("paymentAmount", "payment_amount", l => l.Sales),
        new("conversionRate", "conversion_rate", l => l.Conversion),
        new("presale", "presale_label", l => l.Presale),
        new("bounceVerdict", "bounce_verdict", l => l.Bounce),
    ];

    private static readonly Line[] Lines =
    [
        new(new DateOnly(2026, 11, 17), LongId, "云裳 醋酸缎面衬衫", 1000, 33, 3300.5m, 0.033m, false, CheckStatus.Pass),
        new(new DateOnly(2026, 11, 17), "S3", "Scarf, wool", 300, 7, 700m, 7m / 300m, true, CheckStatus.Fail),
    ];

    private static ExportTable Table() => TableColumns.Export("skus", Lines, Columns, "CNY", "Top 5 SKUs by traffic");

    private static List<string> CsvLines(ExportTable table) =>
        [.. Encoding.UTF8.GetString(TableExport.ToCsv(table)[3..]).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)];

    [Fact]
    [UseCulture("en")]
    public void Csv_KeepsLongIdsAsText_RatesWith4DecimalsMoneyWith2_AndWordsForYesNoAndVerdicts()
    {
        var lines = CsvLines(Table());

        Assert.Equal("2026-11-17,\"=\"\"680512345678901234\"\"\",云裳 醋酸缎面衬衫,1000,33,3300.50,0.0330,No,Pass", lines[1]);
        Assert.Equal("2026-11-17,S3,\"Scarf, wool\",300,7,700.00,0.0233,Yes,Fail", lines[2]);
    }

    [Fact]
    [UseCulture("zh-CN")]
    public void Csv_InChinese_WritesYesNoAndVerdictsInChinese()
    {
        var lines = CsvLines(Table());

        Assert.EndsWith(",否,达标", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",是,不达标", lines[2], StringComparison.Ordinal);
    }

    /// <summary>The app's own CSV, imported as a sku-daily file, gives back the 18-digit id, the name and every figure.</summary>
    [Fact]
    [UseCulture("en")]
    public async Task AnExportedCsv_ImportsBackUnchanged_AsASkuDailyFile()
    {
        var store = await CreateStoreAsync("shop");
        var csv = TableExport.ToCsv(Table());

        var result = await Imports.ImportAsync(store, ImportKind.SkuDaily, csv, "skus.csv");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Row}/{e.Column}: {e.Message}")));
        var skus = (await Queries.SkuTotalsAsync(store, new DateRange(new DateOnly(2026, 11, 17), new DateOnly(2026, 11, 17)))).OrderBy(s => s.Sku, StringComparer.Ordinal).ToList();
        Assert.Equal([LongId, "S3"], skus.Select(s => s.Sku));
        Assert.Equal(["云裳 醋酸缎面衬衫", "Scarf, wool"], skus.Select(s => s.Name));
        Assert.Equal([1000L, 300L], skus.Select(s => (long)s.Visitors));
        Assert.Equal([33L, 7L], skus.Select(s => (long)s.PayingBuyers));
        Assert.Equal([3300.5m, 700m], skus.Select(s => (decimal)s.PaymentAmount));
    }

    [Fact]
    [UseCulture("en")]
    public void Xlsx_HasANamedSheet_PercentAndCurrencyFormats_AndTheIdAsText()
    {
        using var zip = new ZipArchive(new MemoryStream(TableExport.ToXlsx(Table())));
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var workbook = XDocument.Load(zip.GetEntry("xl/workbook.xml")!.Open());
        Assert.Equal("Top 5 SKUs by traffic", workbook.Descendants(main + "sheet").Single().Attribute("name")!.Value);

        var styles = XDocument.Load(zip.GetEntry("xl/styles.xml")!.Open());
        var formats = styles.Descendants(main + "numFmt").ToDictionary(f => f.Attribute("numFmtId")!.Value, f => f.Attribute("formatCode")!.Value);
        var xfs = styles.Descendants(main + "cellXfs").Single().Elements(main + "xf").Select(x => x.Attribute("numFmtId")!.Value).ToList();
        var strings = XDocument.Load(zip.GetEntry("xl/sharedStrings.xml")!.Open()).Descendants(main + "t").Select(t => t.Value).ToList();
        var cells = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()).Descendants(main + "c").ToDictionary(c => c.Attribute("r")!.Value);

        string Format(string cell) => xfs[int.Parse(cells[cell].Attribute("s")!.Value, CultureInfo.InvariantCulture)] is var id && formats.TryGetValue(id, out var code) ? code : id;
        string Text(string cell) => strings[int.Parse(cells[cell].Element(main + "v")!.Value, CultureInfo.InvariantCulture)];

        Assert.Equal(("s", LongId, "49"), (cells["B2"].Attribute("t")!.Value, Text("B2"), Format("B2")));
        Assert.Equal(("3300.5", "\"¥\"#,##0.00"), (cells["F2"].Element(main + "v")!.Value, Format("F2")));
        Assert.Equal(("0.033", "0.00%"), (cells["G2"].Element(main + "v")!.Value, Format("G2")));
        Assert.Equal(("No", "Pass", "Yes", "Fail"), (Text("H2"), Text("I2"), Text("H3"), Text("I3")));
        Assert.Equal("yyyy-mm-dd", Format("A2"));
    }

    [Theory]
    [InlineData("Top 5 SKUs by traffic", "Top 5 SKUs by traffic")]
    [InlineData("sources/tmall:2026-11-01*[x]?", "sources-tmall-2026-11-01--x--")]
    [InlineData("page-health-skus-2026-11-16-with-a-very-long-tail", "page-health-skus-2026-11-16-wit")]
    [InlineData("", "Sheet1")]
    public void SheetNames_HaveAtMost31CharactersAndNoneThatExcelRefuses(string name, string expected)
    {
        var sheet = TableExport.SheetName(name);
        Assert.Equal(expected, sheet);
        Assert.True(sheet.Length <= 31);
    }
}
