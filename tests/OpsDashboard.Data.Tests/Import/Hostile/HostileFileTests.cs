using System.Text;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Parsing;
using OpsDashboard.Data.Tests.Import.Parsing;

namespace OpsDashboard.Data.Tests.Import.Hostile;

/// <summary>Issue 14's hostile files, read by the parser: each cap refuses early and says which limit and its value.</summary>
public sealed class HostileFileTests
{
    [Fact]
    public void A_sheet_claiming_A1_XFD1048576_is_refused_by_the_row_cap_without_trusting_its_dimension()
    {
        var file = HostileFiles.HugeDimensionXlsx();

        var parsed = ImportParser.Parse(ImportKind.StoreDaily, file);

        Assert.True(file.Length < 4096, $"the file is {file.Length} bytes");
        Assert.Equal(ImportLimit.Rows, parsed.ExceededLimit);
        var error = Assert.Single(parsed.Errors);
        Assert.Contains("200,000 rows", error.Message, StringComparison.Ordinal);
        Assert.Contains("Import:Limits:MaxRows", error.Message, StringComparison.Ordinal);
        Assert.Empty(parsed.Rows);
    }

    [Fact]
    public void A_cell_past_the_column_cap_under_a_whole_sheet_dimension_is_refused_by_the_column_cap()
    {
        var parsed = ImportParser.Parse(ImportKind.StoreDaily, HostileFiles.HugeDimensionXlsx("3", "IW3"));

        Assert.Equal(ImportLimit.Columns, parsed.ExceededLimit);
        Assert.StartsWith("Row 3 has 257 columns or more; the limit is 256 columns", Assert.Single(parsed.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_bomb_is_refused_by_the_uncompressed_size_cap()
    {
        var limits = new ImportLimits { MaxXlsxUncompressedMegabytes = 8 };
        var bomb = HostileFiles.ZipBombXlsx(20L * 1024 * 1024);

        var parsed = ImportParser.Parse(ImportKind.StoreDaily, bomb, new ImportFileContext { Limits = limits });

        Assert.True(bomb.Length < 2 * 1024 * 1024, $"the bomb is {bomb.Length} bytes");
        Assert.Equal(ImportLimit.XlsxUncompressedSize, parsed.ExceededLimit);
        Assert.Contains("more than 8 MB", Assert.Single(parsed.Errors).Message, StringComparison.Ordinal);
        Assert.Contains("Import:Limits:MaxXlsxUncompressedMegabytes", parsed.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_with_too_many_parts_is_refused_by_the_entry_cap()
    {
        var parsed = ImportParser.Parse(ImportKind.StoreDaily, ImportFiles.Xlsx(["date", "visitors"], ["2026-11-01", 100]), new ImportFileContext { Limits = new ImportLimits { MaxXlsxEntries = 2 } });

        Assert.Equal(ImportLimit.XlsxEntries, parsed.ExceededLimit);
        Assert.Contains("Import:Limits:MaxXlsxEntries = 2", Assert.Single(parsed.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_over_the_length_cap_is_refused_naming_row_column_and_limit()
    {
        var parsed = ImportParser.Parse(ImportKind.StoreDaily, HostileFiles.CsvWithLongCell(5_000));

        Assert.Equal(ImportLimit.CellLength, parsed.ExceededLimit);
        Assert.Equal("Row 2, column C: a cell of 5,000 characters; the limit is 4,000 (setting Import:Limits:MaxCellLength = 4,000); nothing was imported", Assert.Single(parsed.Errors).Message);
    }

    [Fact]
    public void A_cell_far_over_the_length_cap_is_refused_before_it_is_buffered_whole()
    {
        var parsed = ImportParser.Parse(ImportKind.StoreDaily, HostileFiles.CsvWithLongCell(20_000_000));

        Assert.Equal(ImportLimit.CellLength, parsed.ExceededLimit);
        Assert.Contains("Import:Limits:MaxCellLength", Assert.Single(parsed.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_of_two_million_unknown_columns_is_refused_by_the_column_cap_not_answered_with_warnings()
    {
        var parsed = ImportParser.Parse(ImportKind.StoreDaily, HostileFiles.CsvWithUnknownColumns(2_000_000));

        Assert.Equal(ImportLimit.Columns, parsed.ExceededLimit);
        Assert.Equal("Row 1 has 2,000,002 columns or more; the limit is 256 columns (setting Import:Limits:MaxColumns = 256); nothing was imported", Assert.Single(parsed.Errors).Message);
        Assert.Empty(parsed.Warnings);
    }

    [Fact]
    public void Errors_and_warnings_are_listed_up_to_the_cap_with_every_one_counted()
    {
        var parsed = ImportParser.Parse(ImportKind.StoreDaily, HostileFiles.CsvWithBadRows(150_000));

        Assert.Equal(300_000, parsed.ErrorCount);
        Assert.Equal(200, parsed.Errors.Count);
        Assert.Equal(150_000, parsed.ErrorRowCount);
        Assert.Equal("…and 299,800 more", ImportResult.More(parsed.ErrorCount, parsed.Errors.Count, ImportCultures.English));
        Assert.Equal("……另有 299,800 条", ImportResult.More(parsed.ErrorCount, parsed.Errors.Count, ImportCultures.For(new System.Globalization.CultureInfo("zh-CN"))));
    }

    [Fact]
    public void Warnings_are_capped_too()
    {
        var header = "date,visitors," + string.Join(',', Enumerable.Range(0, 250).Select(i => "u" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var parsed = ImportParser.Parse(ImportKind.StoreDaily, ImportFiles.Utf8(ImportFiles.Lines(header, "2026-11-01,100")), new ImportFileContext { Limits = new ImportLimits { MaxIssuesListed = 10 } });

        Assert.True(parsed.IsValid);
        Assert.Equal(250, parsed.WarningCount);
        Assert.Equal(10, parsed.Warnings.Count);
    }

    [Fact]
    public void The_limits_are_validated_naming_the_setting()
    {
        var problems = new ImportLimits { MaxRows = 0, MaxColumns = 20_000 }.Problems();

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Import:Limits:MaxRows is 0", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Import:Limits:MaxColumns is 20000", StringComparison.Ordinal));
        Assert.Empty(ImportLimits.Default.Problems());
    }

    [Theory]
    [InlineData("9223372036854775807")]
    [InlineData("100000001")]
    public void A_count_above_the_bound_is_a_row_error(string visitors)
    {
        var parsed = ImportFiles.Parse(ImportKind.StoreDaily, "date,visitors", "2026-11-01," + visitors);

        var error = Assert.Single(parsed.Errors);
        Assert.Equal((2, "visitors"), (error.Row, error.Column));
        Assert.Equal($"'{visitors}' is above 100,000,000, the largest value a cell may hold (so that sums over a century of days still fit)", error.Message);
    }

    [Fact]
    public void Money_and_average_stay_above_their_bounds_are_row_errors()
    {
        var parsed = ImportFiles.Parse(ImportKind.StoreDaily, "date,visitors,payment_amount,average_stay_seconds", "2026-11-01,100,1000000000.01,1800.5");

        Assert.Equal<string?>(["payment_amount", "average_stay_seconds"], parsed.Errors.Select(e => e.Column).ToList());
        Assert.All(parsed.Errors, e => Assert.Equal(2, e.Row));
    }

    [Fact]
    public void The_bound_keeps_a_century_of_sums_inside_64_bits()
    {
        Assert.Equal(36_890, ImportBounds.LongestRangeDays);
        Assert.True(ImportBounds.LongestRangeDays * (decimal)ImportBounds.MaxCount * 1_800_000m < long.MaxValue);
        Assert.True(ImportBounds.LongestRangeDays * ImportBounds.MaxMoney * 100m * 2_500m < long.MaxValue);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1999-12-31")]
    public void A_date_before_2000_is_a_row_error(string date)
    {
        var parsed = ImportFiles.Parse(ImportKind.StoreDaily, "date,visitors", date + ",100");

        var error = Assert.Single(parsed.Errors);
        Assert.Equal((2, "date"), (error.Row, error.Column));
        Assert.Equal($"Row 2: {date} is before 2000-01-01, the earliest day the dashboard accepts", error.Message);
    }

    [Fact]
    public void A_date_after_today_such_as_9999_12_31_is_a_row_error()
    {
        var parsed = ImportParser.Parse(ImportKind.StoreDaily, ImportFiles.Utf8(ImportFiles.Lines("date,visitors", "9999-12-31,100")), new ImportFileContext { Today = new DateOnly(2026, 12, 1) });

        Assert.Equal((2, "date"), (Assert.Single(parsed.Errors).Row, parsed.Errors[0].Column));
    }

    [Fact]
    public void A_sku_code_longer_than_its_column_is_a_row_error_never_truncated()
    {
        var code = new string('7', 300);
        var parsed = ImportFiles.Parse(ImportKind.SkuDaily, "date,sku_code,visitors", $"2026-11-01,{code},100");

        var error = Assert.Single(parsed.Errors);
        Assert.Equal((2, "sku_code"), (error.Row, error.Column));
        Assert.Contains("300 characters long; sku_code holds at most 128", error.Message, StringComparison.Ordinal);
        Assert.Empty(parsed.Rows);
    }

    [Fact]
    public void A_sku_name_longer_than_its_column_is_a_row_error()
    {
        var parsed = ImportFiles.Parse(ImportKind.SkuDaily, "date,sku_code,sku_name,visitors", $"2026-11-01,680512,{new string('衣', 401)},100");

        Assert.Equal((2, "sku_name"), (Assert.Single(parsed.Errors).Row, parsed.Errors[0].Column));
    }

    [Fact]
    public void A_file_mostly_in_utf8_with_gbk_rows_reports_those_rows_instead_of_storing_mojibake()
    {
        var utf8 = ImportFiles.Utf8(ImportFiles.Lines("date,sku_code,sku_name,visitors", "2026-11-01,A1,羊毛大衣 女,100", "2026-11-02,A1,羊毛大衣 女,120", "2026-11-03,A1,羊毛大衣 女,90"));
        var gbk = ImportFiles.Gb18030("2026-11-04,A1,羊毛大衣 女,80\r\n");
        var parsed = ImportParser.Parse(ImportKind.SkuDaily, [.. utf8, .. gbk]);

        var error = Assert.Single(parsed.Errors);
        Assert.Equal(5, error.Row);
        Assert.Contains("not in the file's encoding (UTF-8)", error.Message, StringComparison.Ordinal);
        Assert.False(parsed.IsValid);
    }

    [Fact]
    public void A_file_mostly_in_gbk_with_utf8_rows_reports_those_rows()
    {
        var gbk = ImportFiles.Gb18030(ImportFiles.Lines("日期,商品ID,商品名称,商品访客数", "2026-11-01,A1,羊毛大衣 女,100", "2026-11-02,A1,羊毛大衣 女,120", "2026-11-03,A1,羊毛大衣 女,90"));
        var utf8 = ImportFiles.Utf8("2026-11-04,A1,羊毛大衣 女,80\r\n");
        var parsed = ImportParser.Parse(ImportKind.SkuDaily, [.. gbk, .. utf8]);

        var error = Assert.Single(parsed.Errors);
        Assert.Equal(5, error.Row);
        Assert.Contains("GBK/GB18030", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pure_gbk_file_still_reads_without_complaint()
    {
        var parsed = ImportParser.Parse(ImportKind.SourceDaily, ImportFiles.Gb18030(ImportFiles.Lines("日期,流量来源,访客数", "2026-11-01,直通车,100", "2026-11-01,淘宝客,50", "2026-11-01,手淘搜索,300")));

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors.Select(e => e.Message)));
        Assert.Equal<string?>(["直通车", "淘宝客", "手淘搜索"], parsed.Rows.Select(r => r.SourceName).ToList());
    }

    [Fact]
    public void Bidi_overrides_and_control_characters_are_stripped_from_names_and_codes()
    {
        var parsed = ImportParser.Parse(ImportKind.SkuDaily, Encoding.UTF8.GetBytes("date,sku_code,sku_name,category,visitors\n2026-11-01,A\u202E1\u0007,\u2066羊毛\u001B大衣\u2069 女\u202D,女装\u0008,100\n"));

        var row = Assert.Single(parsed.Rows);
        Assert.Equal(("A1", "羊毛大衣 女", "女装"), (row.SkuCode, row.SkuName, row.SkuCategory));
    }

    [Fact]
    public void A_nul_in_a_text_file_is_still_refused_as_binary()
    {
        var parsed = ImportParser.Parse(ImportKind.StoreDaily, Encoding.UTF8.GetBytes("date,visitors\n2026-11-01,1\0 0\n"));

        Assert.Contains("binary", Assert.Single(parsed.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_preview_carries_the_parse_so_the_import_needs_no_second_decode()
    {
        var preview = ImportParser.Preview(null, ImportFiles.Utf8(ImportFiles.Lines("date,visitors", "2026-11-01,100", "2026-11-02,bad")), 10);

        Assert.NotNull(preview.Parsed);
        Assert.Equal(ImportKind.StoreDaily, preview.Parsed.Kind);
        Assert.Equal(2, preview.Parsed.RowsRead);
        Assert.Single(preview.Parsed.Rows);
        Assert.Equal(1, preview.RowErrorCount);
        Assert.Equal(2, preview.Rows.Count);
    }

    [Fact]
    public void The_preview_of_a_refused_file_names_the_limit()
    {
        var preview = ImportParser.Preview(ImportKind.StoreDaily, HostileFiles.CsvWithUnknownColumns(300), 10);

        Assert.Equal(ImportLimit.Columns, preview.ExceededLimit);
        Assert.Contains("Import:Limits:MaxColumns = 256", Assert.Single(preview.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf16_file_cut_in_the_middle_of_a_character_reports_the_row_instead_of_storing_a_replacement_character()
    {
        // Found by the fuzzer: the last name decoded as "18271\uFFFD" and was accepted.
        byte[] text = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("date\tsource\tvisitors\r\n2026-11-01\t直通车\t5\r\n2026-11-02\t18271")];
        var parsed = ImportParser.Parse(ImportKind.SourceDaily, text[..^1]);

        var error = Assert.Single(parsed.Errors);
        Assert.Equal(3, error.Row);
        Assert.Contains("(UTF-16)", error.Message, StringComparison.Ordinal);
    }
}
