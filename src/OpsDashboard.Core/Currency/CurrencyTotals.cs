namespace OpsDashboard.Core.Currency;

/// <summary>One amount in its own currency (a store's sales).</summary>
public sealed record CurrencyAmount(string Currency, decimal Amount);

/// <summary>A rate the owner entered: 1 <see cref="From"/> = <see cref="Rate"/> <see cref="To"/>, for <see cref="Date"/>.</summary>
public sealed record DatedRate(string From, string To, decimal Rate, DateOnly Date);

/// <summary>
/// Money across currencies (DOMAIN §9): the sum per currency (adding within a currency is always
/// right), and a total in <see cref="Target"/> only when every other currency has a rate — then it
/// names the rates used. <see cref="Converted"/> is null when a rate is missing, never a partial sum.
/// </summary>
public sealed record CurrencyTotals(
    IReadOnlyList<CurrencyAmount> PerCurrency,
    string Target,
    decimal? Converted,
    IReadOnlyList<DatedRate> RatesUsed,
    IReadOnlyList<string> MissingRates)
{
    /// <summary>Whether the amounts are in more than one currency (only then is a conversion a question).</summary>
    public bool IsMixed => PerCurrency.Count > 1;

    /// <summary>
    /// Sums <paramref name="amounts"/> per currency and, when every currency other than
    /// <paramref name="target"/> has a rate to it dated on or before <paramref name="asOf"/> (the
    /// latest such rate; a rate entered the other way round is inverted), their total in the target.
    /// </summary>
    public static CurrencyTotals Of(IEnumerable<CurrencyAmount> amounts, string target, IReadOnlyList<DatedRate> rates, DateOnly asOf)
    {
        var perCurrency = amounts
            .GroupBy(a => a.Currency, StringComparer.Ordinal)
            .Select(g => new CurrencyAmount(g.Key, g.Sum(a => a.Amount)))
            .OrderBy(a => a.Currency == target ? 0 : 1)
            .ThenBy(a => a.Currency, StringComparer.Ordinal)
            .ToList();
        var used = new List<DatedRate>();
        var missing = new List<string>();
        decimal converted = 0m;
        foreach (var amount in perCurrency)
        {
            if (amount.Currency == target)
            {
                converted += amount.Amount;
                continue;
            }

            if (Latest(rates, amount.Currency, target, asOf) is { } rate)
            {
                used.Add(rate);
                converted += amount.Amount * Factor(rate, amount.Currency);
            }
            else
            {
                missing.Add(amount.Currency);
            }
        }

        return new CurrencyTotals(perCurrency, target, missing.Count == 0 ? converted : null, used, missing);
    }

    /// <summary>The currency a converted total is given in: the one most stores use (ties: CNY, then alphabetical).</summary>
    public static string TargetFor(IEnumerable<string> currencies) =>
        currencies
            .GroupBy(c => c, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key == "CNY" ? 0 : 1)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault() ?? "CNY";

    /// <summary>The latest rate between the two currencies (either direction) dated on or before <paramref name="asOf"/>.</summary>
    public static DatedRate? Latest(IReadOnlyList<DatedRate> rates, string from, string to, DateOnly asOf) =>
        rates
            .Where(r => r.Date <= asOf && r.Rate > 0 && ((r.From == from && r.To == to) || (r.From == to && r.To == from)))
            .OrderByDescending(r => r.Date)
            .ThenBy(r => r.From == from ? 0 : 1)
            .FirstOrDefault();

    /// <summary>How many target units one unit of <paramref name="from"/> is worth under <paramref name="rate"/>.</summary>
    private static decimal Factor(DatedRate rate, string from) => rate.From == from ? rate.Rate : 1m / rate.Rate;
}
