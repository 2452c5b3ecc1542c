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

    [GeneratedRegex(@"^(?<int>[0-9]{1,3}(?<sep>[, \u00A0\u202F\u2009])[0-9]{3}(?:\k<sep>[0-9]{3})*|[0-9]*)(?:\.(?<frac>[0-9]+))?(?:[eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
