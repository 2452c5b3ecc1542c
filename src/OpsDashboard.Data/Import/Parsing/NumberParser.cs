using System.Globalization;
using System.Text.RegularExpressions;

namespace OpsDashboard.Data.Import.Parsing;

/// <summary>Reads the number forms exports write, independent of the server's culture.</summary>
internal static partial class NumberParser
{
    private static readonly char[] CurrencySymbols = ['¥', '￥', '$', '€', '£'];

    /// <summary>
    /// Parses 1,234 · ¥1,234.50 · ￥1,234.50 · $12 · 1 234 · 3.25% · -3 · 1E-05. Group separators must
    /// group by three, so a decimal comma (12,5) is rejected instead of being read as 125.
    /// </summary>
    public static bool TryParse(string cell, out ParsedNumber number)
    {
        if (TryPlain(cell, out number))
        {
            return true;
        }

        number = default;
        var text = cell.Trim();
        var isPercent = text.EndsWith('%') || text.EndsWith('％');
        if (isPercent)
        {
            text = text[..^1].TrimEnd();
        }

        var negative = false;
        if (text.StartsWith('-') || text.StartsWith('+'))
        {
            negative = text[0] == '-';
            text = text[1..].TrimStart();
        }

        if (text.Length > 0 && CurrencySymbols.Contains(text[0]))
        {
            text = text[1..].TrimStart();
            if (!negative && text.StartsWith('-'))
            {
                negative = true;
                text = text[1..].TrimStart();
            }
        }

        var match = PlainNumber().Match(text);
        if (!match.Success || (match.Groups["int"].Length == 0 && match.Groups["frac"].Length == 0))
        {
            return false;
        }

        var digits = match.Groups["sep"].Success ? text.Replace(match.Groups["sep"].Value, string.Empty, StringComparison.Ordinal) : text;
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        value = negative ? -value : value;
        number = new ParsedNumber(isPercent ? value / 100 : value, isPercent, match.Groups["frac"].Length);
        return true;
    }

    /// <summary>
    /// The common cell of a big export, digits with at most one decimal point inside ("1234",
    /// "2556.59"), read without the general path's trimming and pattern (issue 10: a million rows
    /// hold ten million such cells). The value and decimals are exactly what the general path gives;
    /// anything else (signs, symbols, separators, spaces, exponents) goes the general way.
    /// </summary>
    private static bool TryPlain(string cell, out ParsedNumber number)
    {
        number = default;
        if (cell.Length is 0 or > 28)
        {
            return false;
        }

        var dot = -1;
        for (var i = 0; i < cell.Length; i++)
        {
            var c = cell[i];
            if (c == '.' && dot < 0)
            {
                dot = i;
            }
            else if (c is < '0' or > '9')
            {
                return false;
            }
        }

        if (dot == cell.Length - 1)
        {
            return false;
        }

        if (dot < 0 && cell.Length <= 18)
        {
            var whole = 0L;
            foreach (var c in cell)
            {
                whole = (whole * 10) + (c - '0');
            }

            number = new ParsedNumber(whole, false, 0);
            return true;
        }

        if (!decimal.TryParse(cell, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        number = new ParsedNumber(value, false, dot < 0 ? 0 : cell.Length - dot - 1);
        return true;
    }

    [GeneratedRegex(@"^(?<int>[0-9]{1,3}(?<sep>[, \u00A0\u202F\u2009])[0-9]{3}(?:\k<sep>[0-9]{3})*|[0-9]*)(?:\.(?<frac>[0-9]+))?(?:[eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
