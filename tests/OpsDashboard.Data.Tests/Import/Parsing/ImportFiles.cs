using System.Text;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Tests.Import.Parsing;

/// <summary>Builds upload bytes for the parser tests.</summary>
internal static class ImportFiles
{
    public static byte[] Utf8(string text) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);

    public static byte[] Utf8WithBom(string text) => [0xEF, 0xBB, 0xBF, .. Utf8(text)];

    public static byte[] Gb18030(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetBytes(text);
    }

    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    /// <summary>Lines joined with CRLF, as spreadsheet programs write CSV.</summary>
    public static string Lines(params string[] lines) => string.Join("\r\n", lines) + "\r\n";

    public static ParsedImport Parse(ImportKind kind, params string[] lines) => ImportParser.Parse(kind, Utf8(Lines(lines)));
}
