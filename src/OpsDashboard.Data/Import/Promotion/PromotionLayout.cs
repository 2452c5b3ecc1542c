using System.Globalization;
using System.Text.RegularExpressions;
using OpsDashboard.Core.Promotion;
using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Import.Promotion;

/// <summary>
/// The header of an ads or search-keyword file, found below any title block: the first row of the
/// first 30 with the kind's key columns and a measure, each recognised column with its index, and
/// what the title block and file name say (the day of a dateless one-day export, the attribution
/// window, an old product name such as 直通车 that gives the scene of a file without a scene column).
/// </summary>
internal sealed partial class PromotionLayout
{
    private readonly Dictionary<PromotionField, (int Index, string Header)> _columns;

    private PromotionLayout(RawRow header, Dictionary<PromotionField, (int, string)> columns)
    {
        Header = header;
        _columns = columns;
    }

    public RawRow Header { get; }

    /// <summary>The day of a file without a date column, from its title block or name.</summary>
    public DateOnly? FileDate { get; private set; }

    /// <summary>The attribution window the title block or file name states, when one does.</summary>
    public int? FileWindow { get; private set; }

    /// <summary>Where <see cref="FileWindow"/> was read: "title" or "file name".</summary>
    public string? FileWindowSource { get; private set; }

    /// <summary>The scene an old 直通车/引力魔方 report without a scene column belongs to.</summary>
    public string? FileScene { get; private set; }

    public bool Has(PromotionField field) => _columns.ContainsKey(field);

    public (int Index, string Header)? Column(PromotionField field) => _columns.TryGetValue(field, out var column) ? column : null;

    public static PromotionLayout? Locate(ImportKind kind, IReadOnlyList<RawRow> head, string? fileName, IssueCollector issues)
    {
        foreach (var row in head.Where(r => r.Number <= HeaderRowFinder.RowsToScan))
        {
            var columns = new Dictionary<PromotionField, (int, string)>();
            var unknown = new List<string>();
            for (var i = 0; i < row.Cells.Count; i++)
            {
                var cell = row.Cells[i];
                if (string.IsNullOrWhiteSpace(cell))
                {
                    continue;
                }

                if (PromotionHeaders.Find(kind, cell) is { } field)
                {
                    columns.TryAdd(field, (i, cell.Trim()));
                }
                else
                {
                    unknown.Add(cell.Trim());
                }
            }

            if (!IsHeader(kind, columns))
            {
                continue;
            }

            var layout = new PromotionLayout(row, columns);
            var title = head.Where(r => r.Number < row.Number).SelectMany(r => r.Cells).ToList();
            if (!layout.ReadFileFacts(kind, title, fileName, issues))
            {
                return null;
            }

            foreach (var name in unknown)
            {
                issues.Warn(row.Number, name, "UnknownColumn", name);
            }

            return layout;
        }

        issues.Error(null, null, "NoHeader", new MessageList(RequiredNames(kind), "Join_And"), HeaderRowFinder.RowsToScan);
        return null;
    }

    /// <summary>The header row of an ads or search-keyword file (the one <see cref="Locate"/> takes), or null; nothing reported.</summary>
    public static RawRow? FindHeader(ImportKind kind, IReadOnlyList<RawRow> head) =>
        head.Where(r => r.Number <= HeaderRowFinder.RowsToScan).FirstOrDefault(row =>
        {
            var columns = new Dictionary<PromotionField, (int, string)>();
            for (var i = 0; i < row.Cells.Count; i++)
            {
                if (!string.IsNullOrWhiteSpace(row.Cells[i]) && PromotionHeaders.Find(kind, row.Cells[i]) is { } field)
                {
                    columns.TryAdd(field, (i, row.Cells[i].Trim()));
                }
            }

            return IsHeader(kind, columns);
        });

    private static bool IsHeader(ImportKind kind, Dictionary<PromotionField, (int, string)> columns) => kind == ImportKind.Ads
        ? columns.Keys.Any(f => f is PromotionField.Impressions or PromotionField.Clicks or PromotionField.Cost)
            && columns.Keys.Count(f => f != PromotionField.Known) >= 3
        : columns.ContainsKey(PromotionField.Keyword) && columns.ContainsKey(PromotionField.Visitors);

    private static List<object> RequiredNames(ImportKind kind) => kind == ImportKind.Ads
        ? ["日期", "展现量 / 点击量 / 花费"]
        : ["日期", "搜索词", "访客数"];

    private bool ReadFileFacts(ImportKind kind, IReadOnlyList<string> titleCells, string? fileName, IssueCollector issues)
    {
        var titleRows = new[] { new RawRow(0, titleCells) };
        if (!Has(PromotionField.Date))
        {
            var span = FileDates.FromTitle(titleRows) ?? FileDates.FromFileName(fileName);
            if (span is null)
            {
                issues.Error(Header.Number, null, "NoHeaderMissing", new MessageList(RequiredNames(kind), "Join_And"), HeaderRowFinder.RowsToScan, Header.Number, "日期");
                return false;
            }

            if (!span.IsOneDay)
            {
                issues.Error(null, null, "MultiDayAggregate", span.From, span.To, new ImportMessage(span.SourceKey));
                return false;
            }

            FileDate = span.From;
            issues.Warn(null, null, "DateFromFile", span.From, new ImportMessage(span.SourceKey));
        }

        if (kind != ImportKind.Ads)
        {
            return true;
        }

        var name = fileName is null ? string.Empty : Path.GetFileNameWithoutExtension(fileName.Replace('\\', '/'));
        if (WindowIn(titleCells) is { } titleWindow)
        {
            (FileWindow, FileWindowSource) = (titleWindow, "Source_Title");
        }
        else if (WindowIn([name]) is { } nameWindow)
        {
            (FileWindow, FileWindowSource) = (nameWindow, "Source_FileName");
        }

        if (!Has(PromotionField.Scene))
        {
            FileScene = SceneNames.FromProductName(string.Join(' ', titleCells) + " " + name);
        }

        return true;
    }

    /// <summary>A window column's cell: "15", "15天", "15日", "15 days"; null when it is not one of the allowed windows.</summary>
    internal static int? WindowCell(string text)
    {
        var digits = WindowCellText().Match(text.Trim());
        return digits.Success
            && int.TryParse(digits.Groups["d"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var days)
            && AttributionWindows.IsValid(days)
                ? days
                : null;
    }

    /// <summary>The window a text states ("归因周期：15天", "7天累计数据", "转化周期 3天"), if one of the allowed ones.</summary>
    internal static int? WindowIn(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            var match = WindowText().Match(text);
            if (match.Success)
            {
                var digits = match.Groups["a"].Success ? match.Groups["a"].Value : match.Groups["b"].Value;
                if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && AttributionWindows.IsValid(days))
                {
                    return days;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?<d>[0-9]{1,2})\s*(?:天|日|days?|d)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WindowCellText();

    [GeneratedRegex(@"(?:归因|转化|效果)(?:周期|窗口|窗口期)?\s*[：:]?\s*(?<a>[0-9]{1,2})\s*天|(?<b>[0-9]{1,2})\s*天\s*(?:累计|归因|转化)", RegexOptions.CultureInvariant)]
    private static partial Regex WindowText();
}

/// <summary>
/// Scene names across the 2024 renames (DOMAIN §5): 直通车 → 关键词推广, 引力魔方 → 精准人群推广,
/// 万相台 → 智能场景, so a series does not break when the product was renamed.
/// </summary>
internal static class SceneNames
{
    private static readonly (string Old, string Current)[] Renames =
    [
        ("直通车", "关键词推广"),
        ("引力魔方", "精准人群推广"),
        ("万相台", "智能场景"),
    ];

    /// <summary>The current name of a scene as written in a file.</summary>
    public static string Current(string scene)
    {
        var trimmed = scene.Trim();
        foreach (var (old, current) in Renames)
        {
            if (trimmed == old)
            {
                return current;
            }
        }

        return trimmed;
    }

    /// <summary>The current scene of an old product named in a file's title or name (直通车报表 → 关键词推广); null when none is named.</summary>
    public static string? FromProductName(string text)
    {
        foreach (var (old, current) in Renames.Take(2))
        {
            if (text.Contains(old, StringComparison.Ordinal))
            {
                return current;
            }
        }

        return null;
    }
}
