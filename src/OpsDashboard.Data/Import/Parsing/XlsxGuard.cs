using System.IO.Compression;

namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// Checks an .xlsx zip before the workbook reader sees it: no more entries than allowed, and all
/// entries together no larger than allowed once inflated. The sizes the zip declares are not
/// trusted: every entry is actually inflated (into one small reused buffer) and counted, so a zip
/// bomb stops at the cap instead of at the end of memory.
/// </summary>
internal static class XlsxGuard
{
    public static void Check(byte[] content, ImportLimits limits)
    {
        using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > limits.MaxXlsxEntries)
        {
            throw new ImportRefusedException(new ImportMessage("LimitXlsxEntries", zip.Entries.Count, limits.MaxXlsxEntries), ImportLimit.XlsxEntries);
        }

        var budget = limits.MaxXlsxUncompressedBytes;
        var buffer = new byte[81920];
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            if (entry.Length > budget - total)
            {
                throw TooLarge(limits);
            }

            using var stream = entry.Open();
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                total += read;
                if (total > budget)
                {
                    throw TooLarge(limits);
                }
            }
        }
    }

    private static ImportRefusedException TooLarge(ImportLimits limits) =>
        new(new ImportMessage("LimitXlsxUncompressed", limits.MaxXlsxUncompressedMegabytes), ImportLimit.XlsxUncompressedSize);
}
