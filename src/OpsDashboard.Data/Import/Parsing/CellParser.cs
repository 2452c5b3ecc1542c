using System.Globalization;
using System.Text.RegularExpressions;
using OpsDashboard.Core.Metrics;

namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// Reads one cell's text as the value a column needs (DOMAIN §5). Culture never leaks in: the
/// forms accepted are the ones exports use, whatever the server's locale.
/// </summary>
internal static partial class CellParser
{

    private static readonly string[] EmptyMarkers = ["-", "--", "—", "——", "–"];

    private static readonly Dictionary<string, bool> FlagWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["true"] = true, ["yes"] = true, ["y"] = true, ["1"] = true, ["是"] = true, ["预售"] = true,
        ["false"] = false, ["no"] = false, ["n"] = false, ["0"] = false, ["否"] = false, ["非预售"] = false,
    };

    private static readonly Dictionary<string, string> SourceKindWords = new(StringComparer.OrdinalIgnoreCase)
    {
        [SourceKinds.Free] = SourceKinds.Free, ["免费"] = SourceKinds.Free,
        [SourceKinds.Paid] = SourceKinds.Paid, ["付费"] = SourceKinds.Paid,
        [SourceKinds.Content] = SourceKinds.Content, ["内容"] = SourceKinds.Content,
        [SourceKinds.Social] = SourceKinds.Social, ["社交"] = SourceKinds.Social,
        [SourceKinds.Direct] = SourceKinds.Direct, ["直接"] = SourceKinds.Direct,
        [SourceKinds.Membership] = SourceKinds.Membership, ["会员"] = SourceKinds.Membership,
    };

    /// <summary>Blank, or one of the dashes exports write for "no value".</summary>
    public static bool IsEmpty(string cell)
    {
        var text = cell.Trim();
        return text.Length == 0 || EmptyMarkers.Contains(text);
    }

    /// <summary>A stored fact's value in the type <see cref="ParsedRow.Values"/> promises.</summary>
    public static CellResult<object?> Fact(FactValueType type, string cell) => type switch
    {
        FactValueType.Count => Box(Count(cell)),
        FactValueType.Money => Box(MinorUnits(cell)),
        FactValueType.Level => Box(Level(cell)),
        FactValueType.PlatformRate => Box(PlatformRate(cell)),
        FactValueType.Score => Box(Score(cell)),
        FactValueType.Flag => Box(Flag(cell)),
        FactValueType.Duration => Box(DurationMilliseconds(cell)),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "A fact type the importer does not know how to read."),
    };

    /// <summary>A flow count: whole, not negative; empty is 0.</summary>
    public static CellResult<long> Count(string cell) =>
        IsEmpty(cell) ? CellResult.Ok(0L) : WholeNumber(cell);

    /// <summary>A level (stock on hand): whole, not negative; empty is unknown.</summary>
    public static CellResult<long?> Level(string cell)
    {
        if (IsEmpty(cell))
        {
            return CellResult.Ok<long?>(null);
        }

        var whole = WholeNumber(cell);
        return whole.IsOk ? CellResult.Ok<long?>(whole.Value) : CellResult.Fail<long?>(whole.Error!);
    }

    /// <summary>Money in minor units: not negative (refunds are positive amounts); empty is 0.</summary>
    public static CellResult<long> MinorUnits(string cell)
    {
        if (IsEmpty(cell))
        {
            return CellResult.Ok(0L);
        }

        var text = cell.Trim();
        if (!NumberParser.TryParse(text, out var number))
        {
            return CellResult.Fail<long>("NotANumber", text);
        }

        if (number.IsPercent)
        {
            return CellResult.Fail<long>("PercentNotMoney", text);
        }

        if (number.Value < 0)
        {
            return CellResult.Fail<long>("NegativeMoney", text);
        }

        return number.Value > ImportBounds.MaxMoney
            ? CellResult.Fail<long>("AboveMaximum", text, ImportBounds.MaxMoney)
            : CellResult.Ok(Money.ToMinorUnits(number.Value));
    }

    /// <summary>A rate between 0 and 1, written as a fraction (0.0325) or a percentage (3.25%); empty is unknown.</summary>
    public static CellResult<decimal?> Rate(string cell)
    {
        if (IsEmpty(cell))
        {
            return CellResult.Ok<decimal?>(null);
        }

        var text = cell.Trim();
        if (!NumberParser.TryParse(text, out var number))
        {
            return CellResult.Fail<decimal?>("NotANumber", text);
        }

        if (number.Value is >= 0 and <= 1)
        {
            return CellResult.Ok<decimal?>(number.Value);
        }

        return CellResult.Fail<decimal?>(number.IsPercent ? "RateOutOfRangePercent" : "RateOutOfRange", text);
    }

    /// <summary>A platform-given rate in <see cref="RateScale"/> units; empty is unknown.</summary>
    public static CellResult<long?> PlatformRate(string cell)
    {
        var rate = Rate(cell);
        return !rate.IsOk ? CellResult.Fail<long?>(rate.Error!)
            : CellResult.Ok<long?>(rate.Value is { } value ? RateScale.ToUnits(value) : null);
    }

    /// <summary>A DSR score between 0 and 5; empty is unknown.</summary>
    public static CellResult<decimal?> Score(string cell)
    {
        if (IsEmpty(cell))
        {
            return CellResult.Ok<decimal?>(null);
        }

        var text = cell.Trim();
        if (!NumberParser.TryParse(text, out var number))
        {
            return CellResult.Fail<decimal?>("NotANumber", text);
        }

        return !number.IsPercent && number.Value is >= 0 and <= 5
            ? CellResult.Ok<decimal?>(number.Value)
            : CellResult.Fail<decimal?>("NotAScore", text);
    }

    /// <summary>
    /// An average duration written in seconds (平均停留时长 12.35, also "12.35秒"), in whole milliseconds
    /// (halves up); empty is unknown, as an average of nothing is not zero.
    /// </summary>
    public static CellResult<long?> DurationMilliseconds(string cell)
    {
        if (IsEmpty(cell))
        {
            return CellResult.Ok<long?>(null);
        }

        var text = cell.Trim();
        var seconds = text.EndsWith('秒') ? text[..^1].TrimEnd() : text;
        if (!NumberParser.TryParse(seconds, out var number) || number.IsPercent)
        {
            return CellResult.Fail<long?>("NotADuration", text);
        }

        if (number.Value < 0)
        {
            return CellResult.Fail<long?>("Negative", text);
        }

        return number.Value > ImportBounds.MaxAverageStaySeconds
            ? CellResult.Fail<long?>("AverageStayAboveMaximum", text, ImportBounds.MaxAverageStaySeconds)
            : CellResult.Ok<long?>((long)decimal.Round(number.Value * 1000m, 0, MidpointRounding.AwayFromZero));
    }

    /// <summary>A yes/no flag; empty is false.</summary>
    public static CellResult<bool> Flag(string cell)
    {
        if (IsEmpty(cell))
        {
            return CellResult.Ok(false);
        }

        var text = cell.Trim();
        return FlagWords.TryGetValue(text, out var flag)
            ? CellResult.Ok(flag)
            : CellResult.Fail<bool>("NotAFlag", text);
    }

    /// <summary>A calendar date: 2026-11-03, 2026/11/3 or 20261103, optionally followed by a time; empty is null.</summary>
    public static CellResult<DateOnly?> Date(string cell)
    {
        if (IsoDate(cell) is { } iso)
        {
            return CellResult.Ok<DateOnly?>(iso);
        }

        if (IsEmpty(cell))
        {
            return CellResult.Ok<DateOnly?>(null);
        }

        var text = cell.Trim();
        var match = SeparatedDate().Match(text);
        if (!match.Success)
        {
            match = CompactDate().Match(text);
        }

        if (match.Success
            && int.TryParse(match.Groups["y"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(match.Groups["m"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(match.Groups["d"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return CellResult.Ok<DateOnly?>(new DateOnly(year, month, day));
        }

        return CellResult.Fail<DateOnly?>("NotADate", text);
    }

    /// <summary>Text kept exactly as written (item ids!), unwrapping Excel's ="123" guard; empty is null.</summary>
    public static string? Text(string cell)
    {
        if (IsEmpty(cell))
        {
            return null;
        }

        var text = TextHygiene.Clean(cell).Trim();
        var guarded = ExcelTextGuard().Match(text);
        var value = guarded.Success ? guarded.Groups["text"].Value : text;
        return value.Length == 0 ? null : value;
    }

    /// <summary>Whether an item id has been through a spreadsheet as a number and lost its digits (6.80512E+17).</summary>
    public static bool IsScientificNotation(string text) => ScientificNotation().IsMatch(text);

    /// <summary>A traffic-source kind (DOMAIN §2), in English or Chinese; empty is null.</summary>
    public static CellResult<string?> SourceKind(string cell)
    {
        if (IsEmpty(cell))
        {
            return CellResult.Ok<string?>(null);
        }

        var text = cell.Trim();
        return SourceKindWords.TryGetValue(text, out var kind)
            ? CellResult.Ok<string?>(kind)
            : CellResult.Fail<string?>("NotASourceKind", text, string.Join(", ", SourceKinds.All));
    }

    private static CellResult<long> WholeNumber(string cell)
    {
        var text = cell.Trim();
        if (!NumberParser.TryParse(text, out var number))
        {
            return CellResult.Fail<long>("NotANumber", text);
        }

        if (number.IsPercent)
        {
            return CellResult.Fail<long>("PercentNotCount", text);
        }

        if (number.Value < 0)
        {
            return CellResult.Fail<long>("Negative", text);
        }

        if (decimal.Truncate(number.Value) != number.Value)
        {
            return CellResult.Fail<long>("NotWhole", text);
        }

        return number.Value > ImportBounds.MaxCount
            ? CellResult.Fail<long>("AboveMaximum", text, ImportBounds.MaxCount)
            : CellResult.Ok((long)number.Value);
    }

    /// <summary>A cell that is exactly yyyy-MM-dd and a real day (the common case, read without the general pattern); otherwise null.</summary>
    private static DateOnly? IsoDate(string cell)
    {
        if (cell.Length != 10 || cell[4] != '-' || cell[7] != '-')
        {
            return null;
        }

        var year = Digits(cell, 0, 4);
        var month = Digits(cell, 5, 2);
        var day = Digits(cell, 8, 2);
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    /// <summary>The number written by <paramref name="count"/> ASCII digits at <paramref name="start"/>, or -1.</summary>
    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return -1;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }

    private static CellResult<object?> Box<T>(CellResult<T> result) => new(result.Value, result.Error);

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?<sep>[-/])(?<m>[0-9]{1,2})\k<sep>(?<d>[0-9]{1,2})(?:(?:T|\s+)[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatedDate();

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?<m>[0-9]{2})(?<d>[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex CompactDate();

    [GeneratedRegex(@"^=""(?<text>.*)""$", RegexOptions.CultureInvariant)]
    private static partial Regex ExcelTextGuard();

    [GeneratedRegex(@"^[0-9](?:\.[0-9]+)?[eE]\+?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ScientificNotation();
}
