using OpsDashboard.Core.Metrics;

namespace OpsDashboard.Core.Tests;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("1234.50", 123450)]
    [InlineData("0.005", 1)]
    [InlineData("-0.005", -1)]
    [InlineData("0.004", 0)]
    public void MinorUnits_RoundHalfAwayFromZero(string amount, long minor) =>
        Assert.Equal(minor, Money.ToMinorUnits(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void MinorUnits_RoundTripExactly() => Assert.Equal(13000.50m, Money.FromMinorUnits(Money.ToMinorUnits(13000.50m)));

    [Fact]
    public void PlatformRates_StoreInHundredMillionths() => Assert.Equal(3_250_000, RateScale.ToUnits(0.0325m));
}
