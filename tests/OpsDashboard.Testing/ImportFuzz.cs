using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsCheck;
using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Testing;

/// <summary>One generated upload: what it is meant as, its bytes and how it was made (for a failure message).</summary>
public sealed record FuzzFile(ImportKind Kind, byte[] Bytes, string Recipe)
{
    public override string ToString() => $"{Kind.ToApiName()} {Bytes.Length} bytes: {Recipe}";
}

/// <summary>
/// Property-based fuzzing of the import (issue 14): CsCheck generates CSV and .xlsx files from known
/// and hostile headers and cells, in several encodings and delimiters, then mutates their bytes
/// (flips, cuts, inserted junk, repeated slices). <see cref="Violations"/> states what must hold for
/// any file: the parser never throws, answers with bounded lists and bounded allocations, and what
/// it accepts lies within <see cref="ImportBounds"/> and is clean text. <see cref="CheckDatabaseAsync"/>
/// adds the database: a refused file changes nothing, and the totals over a century still answer.
/// Shared by the suite (a short run) and the bench (<c>--fuzz N</c>).
/// </summary>
public static class ImportFuzz
{
    /// <summary>Bytes one parse of a small generated file may allocate before it counts as unbounded.</summary>
    public const long AllocationBudget = 256L * 1024 * 1024;

    public static readonly DateOnly Today = new(2026, 11, 30);

    /// <summary>Caps small enough for a fast run; the defaults are tested by the hostile-file tests.</summary>
    public static readonly ImportLimits Limits = new() { MaxRows = 5_000, MaxTextRows = 5_000, MaxColumns = 64, MaxCellLength = 2_000, MaxIssuesListed = 50, MaxXlsxUncompressedMegabytes = 16, MaxXlsxEntries = 50 };

    private static readonly string[] StoreHeaders = ["date", "日期", "统计日期", "visitors", "访客数", "page_views", "浏览量", "bounced_visitors", "跳失率", "paying_buyers", "支付买家数", "payment_amount", "支付金额", "refund_amount", "average_stay_seconds", "平均停留时长", "支付转化率", "客单价", "dsr_description", "peer_conversion_rate", "stock_on_hand", "unknown", "备注", ""];
    private static readonly string[] SkuHeaders = ["sku_code", "商品ID", "sku_name", "商品名称", "category", "商品访客数", "units", "presale"];
    private static readonly string[] SourceHeaders = ["source", "流量来源", "kind", "来源类型", "clicks", "impressions", "cost", "花费"];

    private static readonly string[] HostileCells =
    [
        "9223372036854775807", "-9223372036854775808", "99999999999999999999999", "100000001", "1000000000.01", "1e308", "-1", "NaN", "∞", "１２３",
        "0001-01-01", "9999-12-31", "1999-12-31", "2000-01-01", "2026-02-29", "2026-13-45", "20261130", "2026/11/3 23:59:59", "2027-01-01",
        "\u202Eevil\u202C", "\u2066iso\u2069", "a\u0007b", "\u001B[31mred", "tab\there", "line\nbreak", "=\"680512345678901234\"", "6.80512E+17",
        "¥1,234.50", "￥1,234.50", "3.25%", "250%", "-", "--", "—", "", " ", "\"", "\"\"\"", "'", ",", ";", "\t",
        "羊毛大衣 女", "直通车", "引力魔方", "免费", "付费", "是", "32.15秒", "1801", "5.1", "<script>alert(1)</script>", "=cmd|' /C calc'!A0",
    ];

    private static readonly Gen<string> Cell = Gen.Frequency(
        (4, Gen.Int[0, 20_000].Select(i => i.ToString(CultureInfo.InvariantCulture))),
        (3, Gen.OneOf(HostileCells)),
        (2, Gen.Int[0, 500].Select(d => new DateOnly(2025, 8, 1).AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
        (1, Gen.String),
        (1, Gen.Int[1, 6].Select(n => new string('长', n * 500))));

    private static readonly Gen<ImportKind> Kind = Gen.OneOf(ImportKind.StoreDaily, ImportKind.SkuDaily, ImportKind.SourceDaily);

    /// <summary>Half the headers start with the kind's key columns (so that many files are accepted and their values checked), the rest are anything.</summary>
    private static Gen<string[]> Header(ImportKind kind) => Gen.Int[0, 3].SelectMany(shape =>
        Gen.OneOf(StoreHeaders.Concat(SkuHeaders).Concat(SourceHeaders).ToArray()).Array[1, 9]
            .Select(names => shape switch
            {
                0 => names,
                1 => ["date", .. names],
                _ => [.. Keys(kind), .. names.Where(name => StoreHeaders.Contains(name) && name is not ("date" or "日期" or "统计日期" or "")).Distinct()],
            }));

    private static string[] Keys(ImportKind kind) => kind switch
    {
        ImportKind.SkuDaily => ["date", "sku_code", "sku_name"],
        ImportKind.SourceDaily => ["date", "source"],
        _ => ["date"],
    };

    /// <summary>Rows that mostly read: a date first, mostly plain numbers, now and then a hostile cell.</summary>
    private static readonly Gen<string[][]> Body =
        Gen.Int[0, 400].Select(d => new DateOnly(2025, 11, 1).AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .SelectMany(date => Gen.Frequency((12, Gen.Int[0, 20_000].Select(i => i.ToString(CultureInfo.InvariantCulture))), (1, Cell)).Array[0, 10]
                .Select(cells => (string[])[date, .. cells]))
            .Array[0, 12];

    private static readonly Gen<int> Encodings = Gen.Int[0, 4];
    private static readonly Gen<string> Separator = Gen.OneOf(",", "\t", ";");

    /// <summary>A clean CSV or xlsx table built from generated headers and cells.</summary>
    public static readonly Gen<FuzzFile> Tables = Kind.SelectMany(kind => Header(kind).SelectMany(header => Gen.OneOf(Body, Cell.Array[0, 12].Array[0, 40]).SelectMany(body =>
        Gen.Int[0, 3].SelectMany(title => Encodings.SelectMany(encoding => Separator.Select(separator =>
        {
            var rows = new List<string[]>();
            for (var i = 0; i < title; i++)
            {
                rows.Add(i == 0 ? ["统计日期：2026-11-24~2026-11-30"] : []);
            }

            rows.Add(header);
            rows.AddRange(body);
            return encoding == 4
                ? new FuzzFile(kind, Xlsx(rows), $"xlsx {rows.Count} rows header [{string.Join('|', header)}]")
                : new FuzzFile(kind, Csv(rows, separator, encoding), $"csv enc {encoding} sep {Escape(separator)} {rows.Count} rows header [{string.Join('|', header)}]");
        }))))));

    /// <summary>A table, then its bytes mutated zero to four times.</summary>
    public static readonly Gen<FuzzFile> Files = Tables.SelectMany(file =>
        Gen.Int[0, 4].SelectMany(count => Gen.Int[0, 3].Array[count].SelectMany(kinds =>
            Gen.Int[0, int.MaxValue].Array[count].SelectMany(positions =>
                Gen.Byte.Array[1, 16].Array[count].Select(junk => Mutate(file, kinds, positions, junk))))));

    /// <summary>What is wrong with the parser's answer to <paramref name="file"/>; empty when every property holds.</summary>
    public static IReadOnlyList<string> Violations(FuzzFile file)
    {
        var violations = new List<string>();
        ParsedImport parsed;
        var before = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            parsed = ImportParser.Parse(file.Kind, file.Bytes, new ImportFileContext { Today = Today, Limits = Limits });
        }
        catch (Exception exception)
        {
            violations.Add("threw " + exception.GetType().Name + ": " + exception.Message);
            return violations;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        if (allocated > AllocationBudget)
        {
            violations.Add($"allocated {allocated / (1024 * 1024)} MB");
        }

        if (parsed.Errors.Count > Limits.MaxIssuesListed || parsed.Warnings.Count > Limits.MaxIssuesListed)
        {
            violations.Add($"listed {parsed.Errors.Count} errors and {parsed.Warnings.Count} warnings");
        }

        if (parsed.ErrorCount < parsed.Errors.Count || parsed.WarningCount < parsed.Warnings.Count)
        {
            violations.Add("a total is below its list");
        }

        if (parsed.IsValid)
        {
            foreach (var row in parsed.Rows)
            {
                violations.AddRange(RowViolations(row));
            }
        }

        return violations;
    }

    private static IEnumerable<string> RowViolations(ParsedRow row)
    {
        if (row.Date < ImportBounds.EarliestDate || row.Date > Today)
        {
            yield return $"row {row.RowNumber}: date {row.Date:yyyy-MM-dd} accepted";
        }

        foreach (var (column, value) in row.Values)
        {
            if (value is long number && (number < 0 || number > (long)(ImportBounds.MaxMoney * 100)))
            {
                yield return $"row {row.RowNumber}: {column} = {number} accepted";
            }
        }

        foreach (var (name, text, max) in new[]
        {
            ("sku_code", row.SkuCode, ImportBounds.SkuCodeLength), ("sku_name", row.SkuName, ImportBounds.SkuNameLength),
            ("category", row.SkuCategory, ImportBounds.SkuCategoryLength), ("source", row.SourceName, ImportBounds.SourceNameLength),
        })
        {
            if (text is null)
            {
                continue;
            }

            if (text.Length > max || TextHygiene.HasUnsafeCharacters(text) || text.Contains('\uFFFD', StringComparison.Ordinal))
            {
                yield return $"row {row.RowNumber}: {name} '{Escape(text[..Math.Min(40, text.Length)])}' ({text.Length} chars) accepted";
            }
        }
    }

    /// <summary>
    /// Imports <paramref name="file"/> into <paramref name="storeId"/>: a refused file must leave every
    /// table as it was, and afterwards the store's totals over the longest range must still answer.
    /// </summary>
    public static async Task<IReadOnlyList<string>> CheckDatabaseAsync(TestDatabase db, int storeId, FuzzFile file)
    {
        var violations = new List<string>();
        var before = await CountsAsync(db);
        ImportResult result;
        try
        {
            result = await db.Imports.ImportFileAsync(storeId, file.Kind, file.Bytes, new ImportFileContext { Limits = Limits });
        }
        catch (Exception exception)
        {
            violations.Add($"{db.Provider}: import threw {exception.GetType().Name}: {exception.Message}");
            return violations;
        }

        var after = await CountsAsync(db);
        if (!result.Succeeded && before != after)
        {
            violations.Add($"{db.Provider}: refused, yet the tables went from {before} to {after}");
        }

        try
        {
            var century = new DateRange(ImportBounds.EarliestDate, ImportBounds.LatestDate);
            await db.Queries.StoreTotalsAsync(storeId, century);
            await db.Queries.SkuTotalsAsync(storeId, century);
            await db.Queries.SourceTotalsAsync(storeId, century);
        }
        catch (Exception exception)
        {
            violations.Add($"{db.Provider}: totals over a century threw {exception.GetType().Name}: {exception.Message}");
        }

        return violations;
    }

    private static async Task<(int, int, int, int, int, int)> CountsAsync(TestDatabase db)
    {
        await using var context = db.CreateContext();
        return (await context.StoreDays.CountAsync(), await context.SkuDays.CountAsync(), await context.SourceDays.CountAsync(),
            await context.Skus.CountAsync(), await context.TrafficSources.CountAsync(), await context.ImportBatches.CountAsync());
    }

    private static FuzzFile Mutate(FuzzFile file, int[] kinds, int[] positions, byte[][] junk)
    {
        var bytes = file.Bytes.ToList();
        var recipe = new StringBuilder(file.Recipe);
        for (var i = 0; i < kinds.Length && bytes.Count > 0; i++)
        {
            var at = positions[i] % bytes.Count;
            switch (kinds[i])
            {
                case 0:
                    bytes[at] ^= junk[i][0] == 0 ? (byte)0x80 : junk[i][0];
                    recipe.Append(CultureInfo.InvariantCulture, $"; flip @{at}");
                    break;
                case 1:
                    bytes.RemoveRange(at, bytes.Count - at);
                    recipe.Append(CultureInfo.InvariantCulture, $"; cut @{at}");
                    break;
                case 2:
                    bytes.InsertRange(at, junk[i]);
                    recipe.Append(CultureInfo.InvariantCulture, $"; insert {junk[i].Length} @{at}");
                    break;
                default:
                    var length = Math.Min(bytes.Count - at, 1 + (junk[i][0] * 4));
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    recipe.Append(CultureInfo.InvariantCulture, $"; repeat {length} @{at}");
                    break;
            }
        }

        return file with { Bytes = [.. bytes], Recipe = recipe.ToString() };
    }

    private static byte[] Csv(List<string[]> rows, string separator, int encoding)
    {
        var text = string.Join("\r\n", rows.Select(row => string.Join(separator, row.Select(cell => Quote(cell, separator))))) + "\r\n";
        return encoding switch
        {
            0 => new UTF8Encoding(false).GetBytes(text),
            1 => [0xEF, 0xBB, 0xBF, .. new UTF8Encoding(false).GetBytes(text)],
            2 => CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!.GetBytes(text),
            _ => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        };
    }

    private static string Quote(string cell, string separator) =>
        cell.Contains(separator, StringComparison.Ordinal) || cell.Contains('"', StringComparison.Ordinal) || cell.Contains('\n', StringComparison.Ordinal)
            ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : cell;

    private static byte[] Xlsx(List<string[]> rows)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Add(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            var sheet = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
            foreach (var row in rows)
            {
                sheet.Append("<row>");
                foreach (var cell in row)
                {
                    sheet.Append("""<c t="inlineStr"><is><t>""").Append(System.Security.SecurityElement.Escape(XmlSafe(cell))).Append("</t></is></c>");
                }

                sheet.Append("</row>");
            }

            Add(zip, "xl/worksheets/sheet1.xml", sheet.Append("</sheetData></worksheet>").ToString());
        }

        return buffer.ToArray();
    }

    /// <summary>XML 1.0 cannot carry most control characters; a workbook never holds them.</summary>
    private static string XmlSafe(string cell) => new(cell.Where(c => c >= ' ' || c is '\t' or '\n' or '\r').ToArray());

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    private static string Escape(string text) => text.Replace("\t", "\\t", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
