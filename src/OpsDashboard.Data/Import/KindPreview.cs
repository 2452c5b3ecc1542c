using System.Text.RegularExpressions;
using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Import;

/// <summary>What a kind's own parser said about a whole file: the counts and problems a preview shows.</summary>
internal sealed record KindParse(int RowsRead, IReadOnlyList<ImportIssue> Errors, IReadOnlyList<ImportIssue> Warnings, int ErrorCount, int WarningCount, ImportLimit? ExceededLimit);

/// <summary>
/// The preview of a kind whose parser has no preview of its own (ads, search keywords, service agents, refunds,
/// competitors, lost customers): the header row its parser's own finder takes, how each column is read (its
/// parser's own header names), the first rows as written, and every problem its parser finds in the whole file —
/// the same validation as the import, nothing written.
/// </summary>
internal static partial class KindPreview
{
    public static ImportPreview Build(
        string kind,
        byte[] content,
        int maxRows,
        ImportFileContext context,
        Func<IReadOnlyList<RawRow>, RawRow?> findHeader,
        Func<string, (ColumnUse Use, string? Field)> columnUse,
        Func<byte[], ImportFileContext, KindParse> parse)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        var parsed = parse(content, context);
        RawRow? header = null;
        var columns = new List<PreviewColumn>();
        var shown = new List<PreviewRow>();
        if (parsed.ExceededLimit is null)
        {
            try
            {
                using var table = RawTableReader.Open(content, context.Limits);
                header = findHeader(table.Head);
                if (header is not null)
                {
                    columns = Columns(header, columnUse, parsed.Warnings);
                    shown = table.After(header.Number).Where(row => !row.IsBlank).Take(maxRows)
                        .Select(row => new PreviewRow(row.Number, columns.Select(column => row.Cell(column.Index)).ToList())).ToList();
                }
            }
            catch (ImportRefusedException)
            {
                // The parse said why already (its one file-level error).
            }
        }

        var headerNumber = header?.Number ?? int.MaxValue;
        var fileErrors = parsed.Errors.Where(issue => issue.Row is null || issue.Row <= headerNumber).ToList();
        var rowErrors = parsed.Errors.Where(issue => issue.Row > headerNumber).ToList();
        return new ImportPreview
        {
            DetectedKind = null,
            Kind = null,
            KindName = kind,
            HeaderRowNumber = header?.Number,
            DataRowCount = parsed.RowsRead,
            Columns = header is null ? [] : columns,
            Rows = header is null ? [] : shown,
            Errors = fileErrors,
            Warnings = parsed.Warnings,
            WarningCount = parsed.WarningCount,
            RowErrors = rowErrors,
            RowErrorCount = parsed.ErrorCount - fileErrors.Count,
            BadRowCount = rowErrors.Select(issue => issue.Row).Distinct().Count(),
            ExceededLimit = parsed.ExceededLimit,
        };
    }

    /// <summary>A field's English snake_case name, from its enum name (RefundAmount → refund_amount), for the preview's labels.</summary>
    public static string FieldName(Enum field) => Capital().Replace(field.ToString(), "_$1").ToLowerInvariant();

    private static List<PreviewColumn> Columns(RawRow header, Func<string, (ColumnUse Use, string? Field)> columnUse, IReadOnlyList<ImportIssue> warnings)
    {
        var columns = new List<PreviewColumn>();
        for (var index = 0; index < header.Cells.Count; index++)
        {
            var text = HeaderCatalog.Clean(header.Cells[index]);
            if (text.Length == 0)
            {
                continue;
            }

            var (use, field) = columnUse(text);
            var note = warnings.FirstOrDefault(issue => issue.Row == header.Number && issue.Column == text)?.Message;
            columns.Add(new PreviewColumn(index, text, use, field, note));
        }

        return columns;
    }

    [GeneratedRegex("(?<!^)([A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex Capital();
}
