using System.Text;
using ExcelDataReader;
using Microsoft.Playwright;

namespace OpsDashboard.E2E;

/// <summary>What the export tests share: a download a button starts, read as bytes, and an .xlsx sheet read as rows.</summary>
public static class Downloads
{
    /// <summary>Clicks <paramref name="button"/> and returns the bytes of the download it starts.</summary>
    public static async Task<byte[]> DownloadAsync(IPage page, ILocator button)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => button.ClickAsync());
        var path = await download.PathAsync();
        return await File.ReadAllBytesAsync(path);
    }

    /// <summary>The first sheet of an .xlsx file, row by row (the header row first).</summary>
    public static List<object?[]> ReadXlsx(byte[] bytes)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = new MemoryStream(bytes);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[i] = reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>A CSV export's lines (UTF-8 with BOM) split on commas — for files whose cells hold no comma or quote.</summary>
    public static List<string[]> ReadCsv(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return text.TrimStart('\uFEFF').TrimEnd().Split(["\r\n", "\n"], StringSplitOptions.None).Select(l => l.Split(',')).ToList();
    }
}
