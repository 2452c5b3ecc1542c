using System.Globalization;

namespace OpsDashboard.Core.Metrics;

/// <summary>
/// Money is stored as integer minor units (1/100 of the currency unit) so that it sums exactly
/// in SQL on every provider; SQLite has no exact decimal type.
/// </summary>
public static class Money
{
    public const int MinorUnitsPerUnit = 100;

    public static long ToMinorUnits(decimal amount) =>
        (long)decimal.Round(amount * MinorUnitsPerUnit, 0, MidpointRounding.AwayFromZero);

    public static decimal FromMinorUnits(long minorUnits) => minorUnits / (decimal)MinorUnitsPerUnit;

    public static string Format(decimal amount, string currency, IFormatProvider culture)
    {
        var symbol = Symbol(currency);
        return symbol + amount.ToString("#,##0.00", culture);
    }

    public static string Symbol(string currency) => currency.ToUpperInvariant() switch
    {
        "CNY" or "RMB" => "¥",
        "JPY" => "JP¥",
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "HKD" => "HK$",
        _ => currency.ToUpperInvariant() + " ",
    };

    public static string Invariant(decimal amount) => amount.ToString(CultureInfo.InvariantCulture);
}
