using System.Globalization;
using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Tests.Import.Parsing;

public class CellParserTests
{
    [Theory]
    [InlineData("1234", 1234)]
    [InlineData("1,234", 1234)]
    [InlineData("1,234,567", 1234567)]
    [InlineData("1 234", 1234)]
    [InlineData("1\u00A0234", 1234)]
    [InlineData(" 42 ", 42)]
    [InlineData("12.0", 12)]
    [InlineData("0", 0)]
    public void Count_accepts_whole_numbers_with_group_separators(string cell, long expected)
    {
        var result = CellParser.Count(cell);

        Assert.Null(result.Error);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-")]
    [InlineData("--")]
    [InlineData("—")]
    public void Count_reads_an_empty_cell_or_a_dash_as_zero(string cell)
    {
        var result = CellParser.Count(cell);

        Assert.Null(result.Error);
        Assert.Equal(0, result.Value);
    }

    [Theory]
    [InlineData("12x", "'12x' is not a number")]
    [InlineData("12.5", "'12.5' is not a whole number")]
    [InlineData("-3", "'-3' is negative")]
    [InlineData("12%", "'12%' is a percentage, not a count")]
    [InlineData("12,34", "'12,34' is not a number")]
    [InlineData("1,2345", "'1,2345' is not a number")]
    [InlineData("99999999999999999999", "'99999999999999999999' is above 100,000,000, the largest value a cell may hold (so that sums over a century of days still fit)")]
    public void Count_rejects_what_is_not_a_whole_non_negative_number(string cell, string message) =>
        Assert.Equal(message, CellParser.Count(cell).Error?.ToString());

    [Theory]
    [InlineData("1234.50", 123450)]
    [InlineData("¥1,234.50", 123450)]
    [InlineData("￥1,234.50", 123450)]
    [InlineData("$12", 1200)]
    [InlineData("1 234", 123400)]
    [InlineData("0.005", 1)]
    [InlineData("0.004", 0)]
    [InlineData("7616", 761600)]
    [InlineData("-", 0)]
    [InlineData("", 0)]
    public void Money_is_stored_in_minor_units_rounded_half_away_from_zero(string cell, long minorUnits)
    {
        var result = CellParser.MinorUnits(cell);

        Assert.Null(result.Error);
        Assert.Equal(minorUnits, result.Value);
    }

    [Theory]
    [InlineData("-5", "'-5' is negative (money amounts, refunds included, are written as positive numbers)")]
    [InlineData("¥-5", "'¥-5' is negative (money amounts, refunds included, are written as positive numbers)")]
    [InlineData("5%", "'5%' is a percentage, not an amount of money")]
    [InlineData("¥abc", "'¥abc' is not a number")]
    public void Money_rejects_negative_amounts_and_non_numbers(string cell, string message) =>
        Assert.Equal(message, CellParser.MinorUnits(cell).Error?.ToString());

    [Theory]
    [InlineData("3.25%", "0.0325")]
    [InlineData("3.25 %", "0.0325")]
    [InlineData("0.0325", "0.0325")]
    [InlineData("100%", "1")]
    [InlineData("0", "0")]
    [InlineData("1", "1")]
    [InlineData("1E-05", "0.00001")]
    public void Rate_takes_a_percentage_divided_by_100_or_a_fraction(string cell, string expected)
    {
        var result = CellParser.Rate(cell);

        Assert.Null(result.Error);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), result.Value);
    }

    [Theory]
    [InlineData("3.25", "'3.25' is not a rate between 0 and 1 (write percentages with a % sign)")]
    [InlineData("120%", "'120%' is not a rate between 0% and 100%")]
    [InlineData("-1%", "'-1%' is not a rate between 0% and 100%")]
    [InlineData("abc%", "'abc%' is not a number")]
    public void Rate_outside_zero_to_one_is_an_error(string cell, string message) =>
        Assert.Equal(message, CellParser.Rate(cell).Error?.ToString());

    [Fact]
    public void Platform_rate_is_stored_in_units_of_1e_minus_8()
    {
        Assert.Equal(3_250_000L, CellParser.PlatformRate("3.25%").Value);
        Assert.Null(CellParser.PlatformRate("-").Value);
    }

    [Theory]
    [InlineData("4.8", "4.8")]
    [InlineData("5", "5")]
    [InlineData("0", "0")]
    public void Dsr_score_is_a_decimal_between_0_and_5(string cell, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), CellParser.Score(cell).Value);

    [Theory]
    [InlineData("5.2")]
    [InlineData("-0.1")]
    [InlineData("48%")]
    public void Dsr_score_outside_0_to_5_is_an_error(string cell) =>
        Assert.Equal($"'{cell}' is not a DSR score between 0 and 5", CellParser.Score(cell).Error?.ToString());

    [Fact]
    public void Empty_dsr_score_is_unknown()
    {
        var result = CellParser.Score("");

        Assert.Null(result.Error);
        Assert.Null(result.Value);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("yes", true)]
    [InlineData("Y", true)]
    [InlineData("是", true)]
    [InlineData("预售", true)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("No", false)]
    [InlineData("n", false)]
    [InlineData("否", false)]
    [InlineData("非预售", false)]
    [InlineData("", false)]
    [InlineData("-", false)]
    public void Flag_accepts_english_chinese_and_numeric_yes_no(string cell, bool expected)
    {
        var result = CellParser.Flag(cell);

        Assert.Null(result.Error);
        Assert.Equal(expected, result.Value);
    }

    [Fact]
    public void Flag_rejects_other_words() =>
        Assert.Equal("'maybe' is not a yes/no value (use true/false, yes/no, 1/0, 是/否 or 预售/非预售)", CellParser.Flag("maybe").Error?.ToString());

    [Theory]
    [InlineData("2026-11-03")]
    [InlineData("2026/11/3")]
    [InlineData("2026/11/03")]
    [InlineData("2026-11-3")]
    [InlineData("20261103")]
    [InlineData("2026-11-03 00:00:00")]
    [InlineData("2026/11/3 0:00")]
    [InlineData("2026-11-03T00:00:00")]
    [InlineData(" 2026-11-03 ")]
    public void Date_accepts_the_export_forms(string cell) =>
        Assert.Equal(new DateOnly(2026, 11, 3), CellParser.Date(cell).Value);

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("2026-02-30")]
    [InlineData("03/11/2026")]
    [InlineData("2026.11.03")]
    [InlineData("2026-11/03")]
    [InlineData("Nov 3 2026")]
    [InlineData("2026110")]
    [InlineData("合计")]
    public void Date_rejects_anything_else_naming_the_value(string cell) =>
        Assert.Equal($"'{cell}' is not a date (use yyyy-MM-dd, yyyy/M/d or yyyyMMdd)", CellParser.Date(cell).Error?.ToString());

    [Fact]
    public void Empty_date_is_null_so_the_row_can_report_it()
    {
        var result = CellParser.Date("-");

        Assert.Null(result.Error);
        Assert.Null(result.Value);
    }

    [Theory]
    [InlineData("680512345678901234", "680512345678901234")]
    [InlineData(" 680512345678901234 ", "680512345678901234")]
    [InlineData("=\"680512345678901234\"", "680512345678901234")]
    [InlineData("00123", "00123")]
    [InlineData("ABC-01", "ABC-01")]
    public void Text_keeps_item_ids_exactly_as_written(string cell, string expected) =>
        Assert.Equal(expected, CellParser.Text(cell));

    [Theory]
    [InlineData("6.80512E+17", true)]
    [InlineData("6.805123456789E+017", true)]
    [InlineData("680512345678901234", false)]
    public void Item_ids_in_scientific_notation_are_detected(string text, bool expected) =>
        Assert.Equal(expected, CellParser.IsScientificNotation(text));

    [Theory]
    [InlineData("paid", "paid")]
    [InlineData("Free", "free")]
    [InlineData("付费", "paid")]
    [InlineData("免费", "free")]
    [InlineData("内容", "content")]
    [InlineData("社交", "social")]
    [InlineData("直接", "direct")]
    [InlineData("会员", "membership")]
    public void Source_kind_accepts_english_and_chinese_names(string cell, string expected) =>
        Assert.Equal(expected, CellParser.SourceKind(cell).Value);

    [Fact]
    public void Unknown_source_kind_is_an_error() =>
        Assert.Equal("'organic' is not a source kind (use free, paid, content, social, direct, membership or 免费/付费/内容/社交/直接/会员)",
            CellParser.SourceKind("organic").Error?.ToString());

    [Fact]
    public void Number_parsing_ignores_the_current_culture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            Assert.Equal(123450, CellParser.MinorUnits("1,234.50").Value);
            Assert.Equal(0.0325m, CellParser.Rate("3.25%").Value);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }
}
