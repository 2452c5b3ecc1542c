using System.Text;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Tests.Import.Parsing;

/// <summary>Builds upload bytes for the parser tests.</summary>
internal static class ImportFiles
{
    public static byte[] Utf8(string text) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);

    public static byte[] Utf8WithBom(string text) => [0xEF, 0xBB, 0xBF, .. Utf8(text)];

    /// <summary>
    /// GB18030 bytes, from the provider itself: registering it globally here would hide an importer
    /// that forgets to register it (the first .xls after start-up once failed that way).
    /// </summary>
    public static byte[] Gb18030(string text) => CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!.GetBytes(text);

    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    /// <summary>Lines joined with CRLF, as spreadsheet programs write CSV.</summary>
    public static string Lines(params string[] lines) => string.Join("\r\n", lines) + "\r\n";

    public static ParsedImport Parse(ImportKind kind, params string[] lines) => ImportParser.Parse(kind, Utf8(Lines(lines)));

    /// <summary>A minimal .xlsx (one worksheet of inline strings and numbers) as Excel and 生意参谋 write them.</summary>
    public static byte[] Xlsx(params object?[][] rows) => XlsxWriter.Write(rows);
}
