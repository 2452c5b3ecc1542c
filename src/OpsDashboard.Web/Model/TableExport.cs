using System.Globalization;
using System.IO.Compression;
using System.Resources;
using System.Text;
using System.Xml;
using OpsDashboard.Core.Thresholds;

namespace OpsDashboard.Web.Model;

/// <summary>How a column is written: as text, a whole count, a rate (4 decimals, % in .xlsx), money (2 decimals, the store's currency in .xlsx) or a plain figure.</summary>
public enum ExportKind
{
    /// <summary>By the value: text stays text, a number is written as it is.</summary>
    Auto,
    Rate,
    Money,
}

/// <summary>
/// A table as the user sees it (headers and raw cell values), ready to export. <see cref="Kinds"/> (one per
/// column, Auto when missing) says which columns are rates and money; <see cref="Currency"/> is the store's
/// (CNY, USD…) for the .xlsx money format; <see cref="SheetName"/> names the .xlsx sheet (the file name when unset).
/// </summary>
public sealed record ExportTable(string FileName, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public IReadOnlyList<ExportKind> Kinds { get; init; } = [];

    public string? Currency { get; init; }

    public string? SheetName { get; init; }

    public ExportKind KindOf(int column) => column < Kinds.Count ? Kinds[column] : ExportKind.Auto;
}

/// <summary>
/// Writes tables to CSV (UTF-8 with BOM, so Excel opens Chinese text correctly) and .xlsx, so that an operator
/// can open them in Excel or WPS: long item ids stay text (CSV: ="680512345678901234", which our own importer
/// reads back; .xlsx: a text cell), rates have 4 decimals and money 2, yes/no and verdicts are in the reader's
/// language (the current UI culture), and the .xlsx has % and currency number formats and a named sheet.
/// Text cells that a spreadsheet would run as a formula (starting with = + - @ tab or CR) are neutralised
/// with a leading apostrophe; numbers stay numbers.
/// </summary>
public static class TableExport
{
    /// <summary>Digits-only text at least this long is an id: a spreadsheet would show it as 6.80512E+17 and drop digits past 15.</summary>
    public const int LongIdDigits = 12;

    private static readonly ResourceManager Words = new(typeof(Resources.Export));

    public static byte[] ToCsv(ExportTable table)
    {
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(',', table.Headers.Select(h => Quote(Neutralise(h)))));
        foreach (var row in table.Rows)
        {
            csv.AppendLine(string.Join(',', row.Select((cell, i) => Quote(CsvCell(cell, table.KindOf(i))))));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    public static byte[] ToXlsx(ExportTable table)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            XlsxPackage.Write(zip, table);
        }

        return stream.ToArray();
    }

    /// <summary>Prefixes text that a spreadsheet would evaluate, so an imported name cannot become a formula.</summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    /// <summary>Whether <paramref name="text"/> is a long numeric id that must be kept as text.</summary>
    public static bool IsLongId(string text) => text.Length >= LongIdDigits && text.All(char.IsAsciiDigit);

    /// <summary>A .xlsx sheet name from <paramref name="name"/>: at most 31 characters, none of \ / ? * [ ] :, not empty.</summary>
    public static string SheetName(string name)
    {
        var clean = new string([.. name.Select(c => c is '\\' or '/' or '?' or '*' or '[' or ']' or ':' || char.IsControl(c) ? '-' : c)]).Trim().Trim('\'');
        clean = clean.Length > 31 ? clean[..31] : clean;
        return clean.Length == 0 ? "Sheet1" : clean;
    }

    /// <summary>A cell's value as the reader should see it: verdicts and yes/no in words, everything else as it is.</summary>
    internal static object? Shown(object? value) => value switch
    {
        bool yes => Word(yes ? "Yes" : "No"),
        CheckStatus status => Word(status switch
        {
            CheckStatus.Pass => "StatusPass",
            CheckStatus.Warn => "StatusWarn",
            CheckStatus.Fail => "StatusFail",
            _ => "StatusNoData",
        }),
        _ => value,
    };

    private static string Word(string key) => Words.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    private static string CsvCell(object? value, ExportKind kind) => Shown(value) switch
    {
        null => string.Empty,
        string text when IsLongId(text) => "=\"" + text + "\"",
        string text => Neutralise(text),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IConvertible number and not string when kind != ExportKind.Auto =>
            decimal.Round(number.ToDecimal(CultureInfo.InvariantCulture), kind == ExportKind.Rate ? 4 : 2, MidpointRounding.AwayFromZero)
                .ToString(kind == ExportKind.Rate ? "0.0000" : "0.00", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        var other => Neutralise(other.ToString() ?? string.Empty),
    };

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    /// <summary>The smallest SpreadsheetML package Excel and WPS open: one sheet, shared strings, and three number formats.</summary>
    private static class XlsxPackage
    {
        private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

        /// <summary>Style indexes in styles.xml: 0 general, 1 percent 0.00%, 2 money with the currency symbol, 3 text, 4 yyyy-mm-dd.</summary>
        private const int General = 0, Percent = 1, Money = 2, Text = 3, Date = 4;

        public static void Write(ZipArchive zip, ExportTable table)
        {
            var strings = new List<string>();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            int Shared(string s)
            {
                if (!index.TryGetValue(s, out var i))
                {
                    i = strings.Count;
                    strings.Add(s);
                    index[s] = i;
                }

                return i;
            }

            Entry(zip, "[Content_Types].xml", w =>
            {
                w.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
                Default(w, "rels", "application/vnd.openxmlformats-package.relationships+xml");
                Default(w, "xml", "application/xml");
                Override(w, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
                Override(w, "/xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
                Override(w, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
                Override(w, "/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
                w.WriteEndElement();
            });
            Entry(zip, "_rels/.rels", w => Rels(w, [("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml")]));
            Entry(zip, "xl/_rels/workbook.xml.rels", w => Rels(w,
            [
                ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", "worksheets/sheet1.xml"),
                ("rId2", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml"),
                ("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings", "sharedStrings.xml"),
            ]));
            Entry(zip, "xl/workbook.xml", w =>
            {
                w.WriteStartElement("workbook", Main);
                w.WriteAttributeString("xmlns", "r", null, Relationships);
                w.WriteStartElement("sheets", Main);
                w.WriteStartElement("sheet", Main);
                w.WriteAttributeString("name", SheetName(table.SheetName ?? table.FileName));
                w.WriteAttributeString("sheetId", "1");
                w.WriteAttributeString("id", Relationships, "rId1");
                w.WriteEndElement();
                w.WriteEndElement();
                w.WriteEndElement();
            });
            Entry(zip, "xl/styles.xml", w => Styles(w, table.Currency));
            Entry(zip, "xl/worksheets/sheet1.xml", w =>
            {
                w.WriteStartElement("worksheet", Main);
                w.WriteStartElement("sheetData", Main);
                Row(w, 1, table.Headers.Select((h, i) => (Cell(i, 1), (object?)Neutralise(h), ExportKind.Auto)), Shared);
                for (var r = 0; r < table.Rows.Count; r++)
                {
                    var row = table.Rows[r];
                    Row(w, r + 2, row.Select((v, i) => (Cell(i, r + 2), Shown(v), table.KindOf(i))), Shared);
                }

                w.WriteEndElement();
                w.WriteEndElement();
            });
            Entry(zip, "xl/sharedStrings.xml", w =>
            {
                w.WriteStartElement("sst", Main);
                w.WriteAttributeString("count", strings.Count.ToString(CultureInfo.InvariantCulture));
                w.WriteAttributeString("uniqueCount", strings.Count.ToString(CultureInfo.InvariantCulture));
                foreach (var s in strings)
                {
                    w.WriteStartElement("si", Main);
                    w.WriteStartElement("t", Main);
                    w.WriteAttributeString("xml", "space", null, "preserve");
                    w.WriteString(XmlSafe(s));
                    w.WriteEndElement();
                    w.WriteEndElement();
                }

                w.WriteEndElement();
            });
        }

        private static void Row(XmlWriter w, int rowNumber, IEnumerable<(string Ref, object? Value, ExportKind Kind)> cells, Func<string, int> shared)
        {
            w.WriteStartElement("row", Main);
            w.WriteAttributeString("r", rowNumber.ToString(CultureInfo.InvariantCulture));
            foreach (var (reference, value, kind) in cells)
            {
                if (value is null)
                {
                    continue;
                }

                w.WriteStartElement("c", Main);
                w.WriteAttributeString("r", reference);
                switch (value)
                {
                    case string text:
                        // Text (ids included) is a shared string with the text format, so a spreadsheet never turns it into a number.
                        w.WriteAttributeString("t", "s");
                        w.WriteAttributeString("s", Text.ToString(CultureInfo.InvariantCulture));
                        w.WriteElementString("v", Main, shared(IsLongId(text) ? text : Neutralise(text)).ToString(CultureInfo.InvariantCulture));
                        break;
                    case DateOnly date:
                        w.WriteAttributeString("s", Date.ToString(CultureInfo.InvariantCulture));
                        w.WriteElementString("v", Main, (date.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture));
                        break;
                    case IConvertible number:
                        var style = kind switch { ExportKind.Rate => Percent, ExportKind.Money => Money, _ => General };
                        w.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
                        w.WriteElementString("v", Main, number.ToDecimal(CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                        break;
                    default:
                        w.WriteAttributeString("t", "s");
                        w.WriteElementString("v", Main, shared(Neutralise(value.ToString() ?? string.Empty)).ToString(CultureInfo.InvariantCulture));
                        break;
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        /// <summary>numFmt 164 = 0.00%, 165 = the currency symbol with thousands and 2 decimals; 49 = text; 166 = yyyy-mm-dd.</summary>
        private static void Styles(XmlWriter w, string? currency)
        {
            var symbol = Core.Metrics.Money.Symbol(currency ?? string.Empty);
            w.WriteStartElement("styleSheet", Main);
            w.WriteStartElement("numFmts", Main);
            w.WriteAttributeString("count", "3");
            NumFmt(w, 164, "0.00%");
            NumFmt(w, 165, string.IsNullOrEmpty(symbol) ? "#,##0.00" : "\"" + symbol.Replace("\"", string.Empty, StringComparison.Ordinal) + "\"#,##0.00");
            NumFmt(w, 166, "yyyy-mm-dd");
            w.WriteEndElement();
            w.WriteRaw("<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>");
            w.WriteRaw("<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>");
            w.WriteRaw("<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>");
            w.WriteRaw("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>");
            w.WriteRaw("<cellXfs count=\"5\">"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"166\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "</cellXfs>");
            w.WriteRaw("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>");
            w.WriteEndElement();
        }

        private static void NumFmt(XmlWriter w, int id, string code)
        {
            w.WriteStartElement("numFmt", Main);
            w.WriteAttributeString("numFmtId", id.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("formatCode", code);
            w.WriteEndElement();
        }

        /// <summary>"A1"-style reference of a zero-based column and a one-based row.</summary>
        private static string Cell(int column, int row)
        {
            var name = string.Empty;
            for (var c = column + 1; c > 0; c = (c - 1) / 26)
            {
                name = (char)('A' + ((c - 1) % 26)) + name;
            }

            return name + row.ToString(CultureInfo.InvariantCulture);
        }

        /// <summary>XML 1.0 cannot carry most control characters; a carriage return or tab stays.</summary>
        private static string XmlSafe(string text) =>
            new([.. text.Where(c => c is '\t' or '\n' or '\r' || !char.IsControl(c))]);

        private static void Default(XmlWriter w, string extension, string type)
        {
            w.WriteStartElement("Default", "http://schemas.openxmlformats.org/package/2006/content-types");
            w.WriteAttributeString("Extension", extension);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }

        private static void Override(XmlWriter w, string part, string type)
        {
            w.WriteStartElement("Override", "http://schemas.openxmlformats.org/package/2006/content-types");
            w.WriteAttributeString("PartName", part);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }

        private static void Rels(XmlWriter w, (string Id, string Type, string Target)[] relationships)
        {
            w.WriteStartElement("Relationships", PackageRelationships);
            foreach (var (id, type, target) in relationships)
            {
                w.WriteStartElement("Relationship", PackageRelationships);
                w.WriteAttributeString("Id", id);
                w.WriteAttributeString("Type", type);
                w.WriteAttributeString("Target", target);
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        private static void Entry(ZipArchive zip, string name, Action<XmlWriter> write)
        {
            using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
            using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
            writer.WriteStartDocument(true);
            write(writer);
            writer.WriteEndDocument();
        }
    }
}
