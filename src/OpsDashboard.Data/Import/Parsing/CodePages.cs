using System.Text;

namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// The legacy code pages (GB18030 for Chinese text files; 1252 and the other BIFF code pages that
/// ExcelDataReader asks for as soon as its configuration is created) exist in .NET only once their
/// provider is registered. <see cref="RawTableReader.Open"/> — the one door every parse, preview
/// and kind detection goes through — calls <see cref="EnsureRegistered"/> before anything decodes,
/// so the first file after start-up reads the same as the hundredth, whatever its format.
/// </summary>
internal static class CodePages
{
    private static readonly Lazy<Encoding> Gb18030Encoding = new(() =>
    {
        EnsureRegistered();
        return Encoding.GetEncoding("GB18030");
    });

    public static Encoding Gb18030 => Gb18030Encoding.Value;

    /// <summary>Registers the code-page provider (idempotent: the runtime ignores a provider registered twice).</summary>
    public static void EnsureRegistered() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
