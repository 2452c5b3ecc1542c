using System.Globalization;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Tests.Model;

/// <summary>Signed changes: the sign follows the digits shown, so a change that rounds to zero has none.</summary>
public sealed class SignedFormatTests
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    [Theory]
    [InlineData("0.0004", "0.0 pt")]
    [InlineData("-0.0004", "0.0 pt")]
    [InlineData("0", "0.0 pt")]
    [InlineData("0.0005", "+0.1 pt")]
    [InlineData("-0.0005", "−0.1 pt")]
    [InlineData("0.003", "+0.3 pt")]
    public void PointChanges_UnderHalfTheShownPrecision_ReadZeroWithoutASign(string difference, string shown) =>
        Assert.Equal(shown, Formats.SignedPoints(decimal.Parse(difference, CultureInfo.InvariantCulture), En));

    [Theory]
    [InlineData("0.0004", "0.0%")]
    [InlineData("-0.0004", "0.0%")]
    [InlineData("0", "0.0%")]
    [InlineData("0.124", "+12.4%")]
    [InlineData("-0.23", "−23.0%")]
    public void RelativeChanges_UnderHalfTheShownPrecision_ReadZeroWithoutASign(string fraction, string shown) =>
        Assert.Equal(shown, Formats.SignedPercent(decimal.Parse(fraction, CultureInfo.InvariantCulture), En));

    [Fact]
    public void APointChangeBetweenTwoRates_OfPlusFourHundredthsOfAPoint_ReadsZero() =>
        Assert.Equal("0.0 pt", Formats.Change(Catalogue.ConversionRate, Catalogue.ConversionRate.Change(0.0304m, 0.03m), En));
}
