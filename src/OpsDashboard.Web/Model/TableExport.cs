using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace OpsDashboard.Web.Model;

/// <summary>A table as the user sees it (headers and raw cell values), ready to export.</summary>
public sealed record ExportTable(string FileName, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>
/// Writes tables to CSV (UTF-8 with BOM, so Excel opens Chinese text correctly) and .xlsx.
/// Text cells that a spreadsheet would run as a formula (starting with = + - @ tab or CR) are
/// neutralised with a leading apostrophe; numbers stay numbers.
/// </summary>
public static class TableExport
{
    public static byte[] ToCsv(ExportTable table)
    {
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(',', table.Headers.Select(h => Quote(Neutralise(h)))));
        foreach (var row in table.Rows)
        {
            csv.AppendLine(string.Join(',', row.Select(cell => Quote(Cell(cell)))));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    public static byte[] ToXlsx(ExportTable table)
    {
        var rows = table.Rows.Select(row =>
        {
            var record = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < table.Headers.Count; i++)
            {
                var value = i < row.Count ? row[i] : null;
                record[Neutralise(table.Headers[i])] = value is string text ? Neutralise(text) : value;
            }

            return record;
        }).ToList();

        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }

    /// <summary>Prefixes text that a spreadsheet would evaluate, so an imported name cannot become a formula.</summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        string text => Neutralise(text),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => Neutralise(value.ToString() ?? string.Empty),
    };

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
