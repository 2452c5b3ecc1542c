using OpsDashboard.Core.Currency;

namespace OpsDashboard.Core.Tests.Currency;

/// <summary>Money across currencies (DOMAIN §9): never added without a dated rate; a total names its rates.</summary>
public sealed class CurrencyTotalsTests
{
    private static readonly DateOnly Day = new(2026, 11, 17);

    private static readonly CurrencyAmount[] Mixed = [new("CNY", 10000m), new("USD", 3600m), new("CNY", 500m)];

    [Fact]
    public void Without_a_rate_there_is_a_sum_per_currency_and_no_total()
    {
        var totals = CurrencyTotals.Of(Mixed, "CNY", [], Day);

        Assert.Equal([new CurrencyAmount("CNY", 10500m), new CurrencyAmount("USD", 3600m)], totals.PerCurrency);
        Assert.Null(totals.Converted);
        Assert.Equal(["USD"], totals.MissingRates);
        Assert.True(totals.IsMixed);
    }

    [Fact]
    public void The_latest_rate_on_or_before_the_day_is_used_and_named()
    {
        DatedRate[] rates = [new("USD", "CNY", 7.0m, Day.AddDays(-30)), new("USD", "CNY", 7.1m, Day.AddDays(-2)), new("USD", "CNY", 7.3m, Day.AddDays(1))];

        var totals = CurrencyTotals.Of(Mixed, "CNY", rates, Day);

        Assert.Equal(10500m + (3600m * 7.1m), totals.Converted);
        Assert.Equal([rates[1]], totals.RatesUsed);
    }

    [Fact]
    public void A_rate_entered_the_other_way_round_is_inverted()
    {
        var totals = CurrencyTotals.Of([new("USD", 100m), new("CNY", 800m)], "USD", [new("USD", "CNY", 8m, Day)], Day);

        Assert.Equal(200m, totals.Converted);
    }

    [Fact]
    public void A_rate_for_only_some_currencies_gives_no_partial_total()
    {
        var totals = CurrencyTotals.Of([.. Mixed, new("EUR", 100m)], "CNY", [new("USD", "CNY", 7.1m, Day)], Day);

        Assert.Null(totals.Converted);
        Assert.Equal(["EUR"], totals.MissingRates);
    }

    [Theory]
    [InlineData(new[] { "USD", "CNY", "USD" }, "USD")]
    [InlineData(new[] { "USD", "CNY" }, "CNY")]
    [InlineData(new[] { "USD", "EUR" }, "EUR")]
    public void The_total_is_in_the_currency_most_stores_use(string[] currencies, string expected) =>
        Assert.Equal(expected, CurrencyTotals.TargetFor(currencies));
}
