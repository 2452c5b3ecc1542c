using System.Text;

namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// The legacy code pages (GB18030 for Chinese text files, the BIFF code pages for .xls) are not
/// available in .NET until their provider is registered; touching this class registers it once.
/// </summary>
internal static class CodePages
{
    public static Encoding Gb18030 { get; } = RegisterAndGet("GB18030");

    private static Encoding RegisterAndGet(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name);
    }
}
