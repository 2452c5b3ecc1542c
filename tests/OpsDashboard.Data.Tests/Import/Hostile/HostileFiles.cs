using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace OpsDashboard.Data.Tests.Import.Hostile;

/// <summary>
/// The hostile uploads of issue 14, generated rather than stored: a tiny .xlsx whose sheet claims
/// <c>A1:XFD1048576</c>, a small zip that inflates to more than a gigabyte of rows, a cell over the
/// length cap, a header of millions of columns, a file of hundreds of thousands of bad rows.
/// </summary>
internal static class HostileFiles
{
    private const string ContentTypes = """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""";
    private const string RootRels = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""";
    private const string Workbook = """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""";
    private const string WorkbookRels = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""";
    private const string SheetStart = """<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""";
    private const string Header = """<row r="1"><c r="A1" t="inlineStr"><is><t>date</t></is></c><c r="B1" t="inlineStr"><is><t>visitors</t></is></c></row>""";

    /// <summary>About 1.6 KB: a header, one day, and one cell at XFD1048576, under a dimension of the whole sheet.</summary>
    public static byte[] HugeDimensionXlsx(string farRow = "1048576", string farCell = "XFD1048576") => Xlsx(writer =>
    {
        writer.Write("""<dimension ref="A1:XFD1048576"/><sheetData>""");
        writer.Write(Header);
        writer.Write("""<row r="2"><c r="A2" t="inlineStr"><is><t>2026-11-01</t></is></c><c r="B2"><v>100</v></c></row>""");
        writer.Write($"""<row r="{farRow}"><c r="{farCell}"><v>1</v></c></row>""");
        writer.Write("</sheetData></worksheet>");
    });

    /// <summary>A workbook whose one sheet inflates to more than <paramref name="inflatedBytes"/> of identical rows.</summary>
    public static byte[] ZipBombXlsx(long inflatedBytes) => Xlsx(writer =>
    {
        writer.Write("<sheetData>");
        writer.Write(Header);
        const string Row = """<row><c t="inlineStr"><is><t>2026-11-01</t></is></c><c><v>100</v></c></row>""";
        var chunk = string.Concat(Enumerable.Repeat(Row, 1000));
        for (long written = 0; written < inflatedBytes; written += chunk.Length)
        {
            writer.Write(chunk);
        }

        writer.Write("</sheetData></worksheet>");
    });

    /// <summary>A zip bomb cached in the temp folder (generating one takes seconds), for the fresh-process tests.</summary>
    public static string ZipBombFile(long inflatedBytes)
    {
        var path = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"opsdashboard-zip-bomb-{inflatedBytes}.xlsx"));
        if (!File.Exists(path))
        {
            var temp = path + "." + Guid.NewGuid().ToString("N");
            File.WriteAllBytes(temp, ZipBombXlsx(inflatedBytes));
            File.Move(temp, path, overwrite: true);
        }

        return path;
    }

    /// <summary>A store-daily CSV whose second row holds a cell of <paramref name="length"/> characters.</summary>
    public static byte[] CsvWithLongCell(int length)
    {
        var text = new StringBuilder("date,visitors,note\n2026-11-01,100,\"");
        text.Append('x', length);
        text.Append("\"\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>A header of date, visitors and <paramref name="unknown"/> unknown columns.</summary>
    public static byte[] CsvWithUnknownColumns(int unknown)
    {
        var text = new StringBuilder("date,visitors");
        for (var i = 0; i < unknown; i++)
        {
            text.Append(",c").Append(i.ToString(CultureInfo.InvariantCulture));
        }

        text.Append("\n2026-11-01,100\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>A store-daily CSV of <paramref name="rows"/> rows with two errors each (an unreadable date and visitor count).</summary>
    public static byte[] CsvWithBadRows(int rows)
    {
        var text = new StringBuilder("date,visitors\n");
        for (var i = 0; i < rows; i++)
        {
            text.Append("not-a-date,many\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>A valid sku-daily CSV of <paramref name="rows"/> rows with every SKU fact, for the memory of a large real file.</summary>
    public static byte[] LargeSkuCsv(int rows)
    {
        var text = new StringBuilder("date,sku_code,sku_name,category,visitors,page_views,bounced_visitors,add_to_cart_buyers,favorite_buyers,order_buyers,paying_buyers,units,payment_amount,refund_amount,stock_on_hand,negative_reviews\n");
        var day = new DateOnly(2026, 1, 1);
        for (var i = 0; i < rows; i++)
        {
            text.Append(day.AddDays(i % 300).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(",sku-")
                .Append((i / 300).ToString(CultureInfo.InvariantCulture)).Append(",羊毛大衣 女 长款 加厚 ").Append((i / 300).ToString(CultureInfo.InvariantCulture))
                .Append(",女装/大衣,1200,3400,500,80,60,50,40,45,\"4,560.50\",120.00,300,1\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] Xlsx(Action<StreamWriter> sheet)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", ContentTypes);
            Add(zip, "_rels/.rels", RootRels);
            Add(zip, "xl/workbook.xml", Workbook);
            Add(zip, "xl/_rels/workbook.xml.rels", WorkbookRels);
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open(), new UTF8Encoding(false), 1 << 16);
            writer.Write(SheetStart);
            sheet(writer);
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
