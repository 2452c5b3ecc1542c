using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Tests.Import.Parsing;

/// <summary>
/// Import errors, warnings and notes come from one catalogue keyed by message id, in English by
/// default and in Chinese for a Chinese reader — rendered from resources, not translated afterwards.
/// </summary>
public partial class ImportMessageLanguageTests
{
    private static readonly ImportFileContext English = new() { Culture = ImportCultures.English, Today = new DateOnly(2026, 12, 1) };
    private static readonly ImportFileContext Chinese = new() { Culture = ImportCultures.Chinese, Today = new DateOnly(2026, 12, 1) };

    private static ParsedImport Parse(ImportKind kind, ImportFileContext context, params string[] lines) =>
        ImportParser.Parse(kind, ImportFiles.Utf8(ImportFiles.Lines(lines)), context);

    [Fact]
    public void A_bad_number_and_a_negative_count_in_both_languages()
    {
        string[] file = ["日期,访客数,支付买家数", "2026-11-01,abc,3", "2026-11-02,100,-4"];

        Assert.Equal(
            [new ImportIssue(2, "访客数", "'abc' is not a number"), new ImportIssue(3, "支付买家数", "'-4' is negative")],
            Parse(ImportKind.StoreDaily, English, file).Errors);
        Assert.Equal(
            [new ImportIssue(2, "访客数", "“abc”不是数字"), new ImportIssue(3, "支付买家数", "“-4”是负数")],
            Parse(ImportKind.StoreDaily, Chinese, file).Errors);
    }

    [Fact]
    public void Paying_buyers_above_visitors_in_both_languages()
    {
        string[] file = ["日期,访客数,支付买家数", "2026-11-01,100,120"];

        Assert.Equal("paying buyers (120) exceed visitors (100)", Assert.Single(Parse(ImportKind.StoreDaily, English, file).Errors).Message);
        Assert.Equal("支付买家数（120）超过访客数（100）", Assert.Single(Parse(ImportKind.StoreDaily, Chinese, file).Errors).Message);
    }

    [Fact]
    public void An_unknown_column_warning_in_both_languages()
    {
        string[] file = ["日期,访客数,主商品ID", "2026-11-01,100,1"];

        Assert.Equal([new ImportIssue(1, "主商品ID", "Unknown column '主商品ID' ignored")], Parse(ImportKind.StoreDaily, English, file).Warnings);
        Assert.Equal([new ImportIssue(1, "主商品ID", "未知列“主商品ID”，已忽略")], Parse(ImportKind.StoreDaily, Chinese, file).Warnings);
    }

    [Fact]
    public void No_date_in_both_languages()
    {
        string[] file = ["访客数,支付买家数", "100,3"];

        Assert.Equal("No header row with 日期/date found in the first 30 rows (row 1 looks like a header but has no 日期/date column)",
            Assert.Single(Parse(ImportKind.StoreDaily, English, file).Errors).Message);
        Assert.Equal("前 30 行中没有找到含日期/date的表头行（第 1 行像表头，但没有日期/date列）",
            Assert.Single(Parse(ImportKind.StoreDaily, Chinese, file).Errors).Message);
    }

    [Fact]
    public void An_empty_date_and_a_date_that_does_not_parse_in_chinese()
    {
        var errors = Parse(ImportKind.StoreDaily, Chinese, "日期,访客数", ",100", "11月3日,100").Errors;

        Assert.Equal(
            [new ImportIssue(2, "日期", "日期为空"), new ImportIssue(3, "日期", "“11月3日”不是日期（请用 yyyy-MM-dd、yyyy/M/d 或 yyyyMMdd）")],
            errors);
    }

    [Fact]
    public void A_future_date_in_both_languages_names_the_row()
    {
        string[] file = ["日期,访客数", "2026-12-01,100", "2026-12-02,100"];

        Assert.Equal(
            [new ImportIssue(3, "日期", "Row 3: 2026-12-02 is after the store's today (2026-12-01); a day that has not ended cannot be imported")],
            Parse(ImportKind.StoreDaily, English, file).Errors);
        Assert.Equal(
            [new ImportIssue(3, "日期", "第 3 行：2026-12-02 晚于店铺的今天（2026-12-01）；尚未结束的日子不能导入")],
            Parse(ImportKind.StoreDaily, Chinese, file).Errors);
    }

    [Fact]
    public void A_disagreeing_rate_warning_names_the_facts_in_chinese()
    {
        var warning = Assert.Single(Parse(ImportKind.StoreDaily, Chinese, "日期,访客数,支付买家数,支付转化率", "2026-11-01,100,5,9%").Warnings);

        Assert.Equal("“9%”与支付买家数 ÷ 访客数 = 5.00%（5 ÷ 100）不符；此列不保存，我们用计数自行计算", warning.Message);
    }

    [Fact]
    public void File_level_errors_and_the_preview_follow_the_language()
    {
        Assert.Equal("文件是空的", Assert.Single(ImportParser.Parse(ImportKind.StoreDaily, [], Chinese).Errors).Message);

        var preview = ImportParser.Preview(null, ImportFiles.Utf8("foo,bar\n1,2\n"), 10, Chinese);
        Assert.Equal("前 30 行中没有找到含日期列（日期/date）和其他已知列的表头行，无法判断文件类型", Assert.Single(preview.Errors).Message);
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("zh-CN", "zh-CN")]
    [InlineData("zh", "zh-CN")]
    [InlineData("zh-Hans-CN", "zh-CN")]
    [InlineData("en-US", "")]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.8", "zh-CN")]
    [InlineData("en-GB,en;q=0.9,zh-CN;q=0.5", "")]
    [InlineData("fr-FR", "")]
    public void Language_tags_choose_chinese_or_english(string? tags, string culture) =>
        Assert.Equal(culture, ImportCultures.FromLanguageTags(tags).Name);

    [Fact]
    public void Both_catalogues_hold_the_same_keys_with_the_same_placeholders()
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var chinese = Entries(ImportCultures.Chinese);

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), chinese.Keys.Order(StringComparer.Ordinal));
        Assert.All(english, entry => Assert.Equal(Placeholders(entry.Value), Placeholders(chinese[entry.Key])));
        Assert.All(chinese.Values, text => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}|^[和或]$", text));
    }

    [Fact]
    public void Every_fact_column_has_a_label_in_both_languages()
    {
        var facts = FactColumns.StoreDay.Concat(FactColumns.SkuDay).Concat(FactColumns.SourceDay).Select(fact => fact.Name).Distinct();

        Assert.All(facts, fact =>
        {
            Assert.False(string.IsNullOrWhiteSpace(FactLabels.Of(fact).Render(ImportCultures.English)));
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", FactLabels.Of(fact).Render(ImportCultures.Chinese));
        });
    }

    private static Dictionary<string, string> Entries(CultureInfo culture)
    {
        var set = ImportMessage.Entries(culture, fallBack: false);
        Assert.NotNull(set);
        return set.Cast<DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);
    }

    private static List<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(match => match.Value).Distinct().Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{[0-9]+\}")]
    private static partial Regex Placeholder();
}
