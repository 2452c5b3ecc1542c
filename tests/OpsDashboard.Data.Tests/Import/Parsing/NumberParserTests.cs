using System.Globalization;
using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Tests.Import.Parsing;

public class NumberParserTests
{
    [Theory]
    [InlineData("1,234", "1234")]
    [InlineData("¥1,234.50", "1234.50")]
    [InlineData("￥1,234.50", "1234.50")]
    [InlineData("$12", "12")]
    [InlineData("1 234", "1234")]
    [InlineData("3.25%", "0.0325")]
    [InlineData("3.25％", "0.0325")]
    [InlineData("-3", "-3")]
    [InlineData("-¥5", "-5")]
    [InlineData(".5", "0.5")]
    [InlineData("1E-05", "0.00001")]
    public void Export_number_forms_are_read(string cell, string expected)
    {
        Assert.True(NumberParser.TryParse(cell, out var number));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), number.Value);
    }

    [Theory]
    [InlineData("12x")]
    [InlineData("12,5")]
    [InlineData("1,23,456")]
    [InlineData("1,234 567")]
    [InlineData("%")]
    [InlineData("¥")]
    [InlineData("1.2.3")]
    [InlineData("١٢")]
    public void Anything_else_is_not_a_number(string cell) =>
        Assert.False(NumberParser.TryParse(cell, out _));

    [Theory]
    [InlineData("3.25%", 2, true)]
    [InlineData("0.0325", 4, false)]
    [InlineData("238", 0, false)]
    public void Parsed_number_remembers_how_many_decimals_were_shown(string cell, int decimals, bool isPercent)
    {
        Assert.True(NumberParser.TryParse(cell, out var number));
        Assert.Equal(decimals, number.Decimals);
        Assert.Equal(isPercent, number.IsPercent);
    }

    [Fact]
    public void Half_unit_of_a_percentage_is_scaled_to_a_fraction()
    {
        Assert.True(NumberParser.TryParse("3.25%", out var number));

        Assert.Equal(0.00005m, number.HalfUnit);
    }
}
