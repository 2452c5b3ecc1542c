namespace OpsDashboard.Data.Import.Parsing;

/// <summary>The container an import file arrives in.</summary>
internal enum FileFormat
{
    /// <summary>Delimited text (CSV, TSV, semicolon-separated).</summary>
    Text,

    /// <summary>Binary BIFF workbook, the format 生意参谋 exports.</summary>
    Xls,

    /// <summary>Office Open XML workbook.</summary>
    Xlsx,
}

/// <summary>
/// Decides the format from the first bytes, never from a file name: uploads arrive as raw bytes
/// and platforms are careless with extensions.
/// </summary>
internal static class FileFormatSniffer
{
    private static readonly byte[] OleCompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] ZipLocalFileHeader = [0x50, 0x4B, 0x03, 0x04];

    public static FileFormat Sniff(ReadOnlySpan<byte> content) =>
        content.StartsWith(OleCompoundFile) ? FileFormat.Xls
        : content.StartsWith(ZipLocalFileHeader) ? FileFormat.Xlsx
        : FileFormat.Text;
}
