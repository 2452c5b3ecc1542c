using System.Globalization;
using System.Text.RegularExpressions;

namespace OpsDashboard.Data.Import.Parsing;

/// <summary>The days a file says it covers, and where it says so.</summary>
internal sealed record FileDateSpan(DateOnly From, DateOnly To, string SourceKey)
{
    public bool IsOneDay => From == To;
}

/// <summary>
/// Reads the period a 生意参谋 export covers from outside its table (DOMAIN §6, later additions): a
/// one-day download of 商品排行 and friends has no date column; the day is only in the title block
/// (<c>统计日期：2026-11-30</c> or <c>统计日期：2026-11-30~2026-11-30</c>) and in the file name
/// (<c>【生意参谋平台】商品_全部_2026-11-30_2026-11-30.xls</c>). The title is inside the file, so it wins
/// over a name that may have been changed.
/// </summary>
internal static partial class FileDates
{
    public static FileDateSpan? FromTitle(IEnumerable<RawRow> titleRows)
    {
        foreach (var cell in titleRows.SelectMany(row => row.Cells))
        {
            var match = TitleDate().Match(cell);
            if (match.Success && Parse(match.Groups["from"].Value) is { } from)
            {
                var to = match.Groups["to"].Success ? Parse(match.Groups["to"].Value) : from;
                if (to is { } end && end >= from)
                {
                    return new FileDateSpan(from, end, "Source_Title");
                }
            }
        }

        return null;
    }

    /// <summary>The first and last yyyy-MM-dd date in a file name (download timestamps like 20261130_093015 are not read).</summary>
    public static FileDateSpan? FromFileName(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return null;
        }

        var dates = NameDate().Matches(Path.GetFileNameWithoutExtension(fileName.Replace('\\', '/')))
            .Select(match => Parse(match.Value))
            .OfType<DateOnly>()
            .ToList();
        if (dates.Count == 0)
        {
            return null;
        }

        var (from, to) = (dates[0], dates[^1]);
        return to >= from ? new FileDateSpan(from, to, "Source_FileName") : new FileDateSpan(to, from, "Source_FileName");
    }

    private static DateOnly? Parse(string text)
    {
        var parts = text.Split('-', '/', '.');
        return parts.Length == 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    [GeneratedRegex(@"(?:统计日期|统计时间|日期范围|时间范围|日期|时间)\s*[：:]\s*(?<from>[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2})(?:\s*(?:~|～|至|到|—|–|\s-\s)\s*(?<to>[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}))?", RegexOptions.CultureInvariant)]
    private static partial Regex TitleDate();

    [GeneratedRegex(@"(?<![0-9])[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NameDate();
}
