using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Promotion;
using OpsDashboard.Data.EntityConfigurations;
using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Import.Promotion;

/// <summary>
/// Reads an ads report (万相台 商品/计划/场景, 推广关键词报表, 人群 report, old 直通车/引力魔方) or a
/// 生意参谋 search-keyword export into typed rows, or into the complete list of what is wrong with
/// it (DOMAIN §7, same rules as §5): CSV in UTF-8 or GB18030, .xls or .xlsx; the header under any
/// title block; `-` empty; rates as decimals or percents, only checked; never throws for bad input.
/// </summary>
public static class PromotionParser
{
    private static readonly string[] TotalRowMarkers = ["合计", "总计", "汇总", "total"];

    /// <param name="storeWindowDays">The store's attribution window, used when the file states none.</param>
    public static PromotionParse<AdRow> ParseAds(byte[] content, ImportFileContext context, int storeWindowDays) =>
        Parse(ImportKind.Ads, content, context, (layout, issues) => new AdRowReader(layout, issues, context.Today, storeWindowDays), AdColumns);

    public static PromotionParse<SearchKeywordRow> ParseSearchKeywords(byte[] content, ImportFileContext context) =>
        Parse(ImportKind.SearchKeywords, content, context, (layout, issues) => new KeywordRowReader(layout, issues, context.Today), KeywordColumns);

    private static PromotionParse<TRow> Parse<TRow>(
        ImportKind kind,
        byte[] content,
        ImportFileContext context,
        Func<PromotionLayout, IssueCollector, IRowReader<TRow>> reader,
        Func<PromotionLayout, IReadOnlyList<string>> columns)
        where TRow : class
    {
        var issues = new IssueCollector(context.Culture, context.Limits.MaxIssuesListed);
        try
        {
            using var table = RawTableReader.Open(content, context.Limits);
            if (PromotionLayout.Locate(kind, table.Head, context.FileName, issues) is not { } layout)
            {
                return Result<TRow>(kind, issues, 0, [], []);
            }

            var read = reader(layout, issues);
            var rows = new List<TRow>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var rowsRead = 0;
            foreach (var row in table.After(layout.Header.Number).Where(r => !r.IsBlank))
            {
                if (IsTotalRow(row))
                {
                    issues.Warn(row.Number, null, "Promotion_TotalRowSkipped", row.Number);
                    continue;
                }

                rowsRead++;
                if (read.Read(row) is not { } built)
                {
                    continue;
                }

                var key = read.Key(built);
                if (seen.TryGetValue(key, out var first))
                {
                    issues.Error(row.Number, null, "DuplicateRow", key, first);
                    continue;
                }

                seen[key] = row.Number;
                rows.Add(built);
            }

            if (rowsRead == 0)
            {
                issues.Warn(layout.Header.Number, null, "NoDataRows", layout.Header.Number);
            }

            return Result(kind, issues, rowsRead, rows, columns(layout));
        }
        catch (ImportRefusedException refused)
        {
            issues.Clear();
            issues.Error(null, null, refused.Reason);
            return Result<TRow>(kind, issues, 0, [], []) with { ExceededLimit = refused.Limit };
        }
        catch (OutOfMemoryException)
        {
            issues.Clear();
            issues.Error(null, null, "LimitMemory");
            return Result<TRow>(kind, issues, 0, [], []) with { ExceededLimit = ImportLimit.Memory };
        }
    }

    private static bool IsTotalRow(RawRow row) =>
        row.Cells.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c)) is { } first
        && TotalRowMarkers.Any(m => first.Trim().StartsWith(m, StringComparison.OrdinalIgnoreCase));

    private static PromotionParse<TRow> Result<TRow>(ImportKind kind, IssueCollector issues, int rowsRead, IReadOnlyList<TRow> rows, IReadOnlyList<string> columns) => new()
    {
        Kind = kind,
        RowsRead = rowsRead,
        Rows = issues.ErrorCount == 0 ? rows : [],
        Columns = columns,
        Errors = issues.Errors,
        Warnings = issues.Warnings,
        ErrorCount = issues.ErrorCount,
        WarningCount = issues.WarningCount,
        ErrorRowCount = issues.ErrorRowCount,
        Culture = issues.Culture,
    };

    /// <summary>The ad_days measure columns a file carries.</summary>
    private static IReadOnlyList<string> AdColumns(PromotionLayout layout)
    {
        var columns = new List<string>();
        void Add(bool has, string column)
        {
            if (has)
            {
                columns.Add(column);
            }
        }

        Add(layout.Has(PromotionField.Impressions), "impressions");
        Add(layout.Has(PromotionField.Clicks), "clicks");
        Add(layout.Has(PromotionField.Cost), "cost_minor");
        Add(layout.Has(PromotionField.DirectAmount) || layout.Has(PromotionField.TotalAmount), "direct_amount_minor");
        Add(layout.Has(PromotionField.IndirectAmount) || layout.Has(PromotionField.TotalAmount), "indirect_amount_minor");
        Add(layout.Has(PromotionField.Orders), "orders");
        Add(layout.Has(PromotionField.Carts), "carts");
        Add(layout.Has(PromotionField.Favorites) || layout.Has(PromotionField.FavoriteItems) || layout.Has(PromotionField.FavoriteShops), "favorites");
        Add(layout.Has(PromotionField.PresaleAmount), "presale_amount_minor");
        return columns;
    }

    private static IReadOnlyList<string> KeywordColumns(PromotionLayout layout)
    {
        var columns = new List<string>();
        foreach (var (field, column) in new[]
                 {
                     (PromotionField.Visitors, "visitors"), (PromotionField.PageViews, "page_views"),
                     (PromotionField.PayingBuyers, "paying_buyers"), (PromotionField.PaymentAmount, "payment_amount_minor"),
                 })
        {
            if (layout.Has(field))
            {
                columns.Add(column);
            }
        }

        return columns;
    }

    private interface IRowReader<TRow>
    {
        TRow? Read(RawRow row);

        string Key(TRow row);
    }

    private sealed class AdRowReader(PromotionLayout layout, IssueCollector issues, DateOnly? today, int storeWindowDays) : IRowReader<AdRow>
    {
        private bool _windowNoted;

        public string Key(AdRow row) => row.KeyText;

        public AdRow? Read(RawRow row)
        {
            var cells = new PromotionCells(layout, issues, row);
            var date = cells.Date(today);
            var scene = cells.Text(PromotionField.Scene, AdDayEntityTypeConfiguration.NameLength);
            var plan = cells.Text(PromotionField.Plan, AdDayEntityTypeConfiguration.NameLength);
            var unit = cells.Text(PromotionField.Unit, AdDayEntityTypeConfiguration.NameLength);
            var item = cells.ItemId(AdDayEntityTypeConfiguration.ItemLength);
            var itemName = cells.Text(PromotionField.ItemName, 400);
            var keyword = cells.Text(PromotionField.Keyword, AdDayEntityTypeConfiguration.NameLength);
            var crowd = cells.Text(PromotionField.Crowd, AdDayEntityTypeConfiguration.NameLength);
            var window = Window(row);
            var impressions = cells.Count(PromotionField.Impressions);
            var clicks = cells.Count(PromotionField.Clicks);
            var cost = cells.Money(PromotionField.Cost);
            var direct = cells.Money(PromotionField.DirectAmount);
            var indirect = cells.Money(PromotionField.IndirectAmount);
            var total = cells.Money(PromotionField.TotalAmount);
            var orders = cells.Count(PromotionField.Orders);
            var carts = cells.Count(PromotionField.Carts);
            var favoriteItems = cells.Count(PromotionField.FavoriteItems);
            var favoriteShops = cells.Count(PromotionField.FavoriteShops);
            var favorites = cells.Count(PromotionField.Favorites);
            var presale = cells.Money(PromotionField.PresaleAmount);
            if (cells.Failed || date is null || window is null)
            {
                return null;
            }

            if (clicks > impressions)
            {
                issues.Error(row.Number, layout.Column(PromotionField.Clicks)!.Value.Header, "Promotion_ClicksAboveImpressions", clicks, impressions);
                return null;
            }

            // 总成交金额 = 直接 + 间接; a file with only the total stores it as direct, indirect unknown (DOMAIN §7).
            (direct, indirect) = Amounts(row, direct, indirect, total);
            var built = new AdRow
            {
                RowNumber = row.Number,
                Date = date.Value,
                Scene = scene.Length > 0 ? SceneNames.Current(scene) : layout.FileScene ?? string.Empty,
                Plan = plan,
                Unit = unit,
                Item = item,
                ItemName = itemName.Length > 0 ? itemName : null,
                Keyword = keyword,
                Crowd = crowd,
                WindowDays = window.Value,
                Impressions = impressions,
                Clicks = clicks,
                CostMinor = cost,
                DirectAmountMinor = direct,
                IndirectAmountMinor = indirect,
                Orders = orders,
                Carts = carts,
                Favorites = favorites ?? (favoriteItems is null && favoriteShops is null ? null : (favoriteItems ?? 0) + (favoriteShops ?? 0)),
                PresaleAmountMinor = presale,
            };
            CheckRates(cells, built);
            return built;
        }

        private (long? Direct, long? Indirect) Amounts(RawRow row, long? direct, long? indirect, long? total)
        {
            if (total is not { } sum)
            {
                return (direct, indirect);
            }

            if (direct is { } d && indirect is { } i)
            {
                if (d + i != sum)
                {
                    var header = layout.Column(PromotionField.TotalAmount)!.Value.Header;
                    issues.Warn(row.Number, header, "Promotion_TotalNotSum", Core.Metrics.Money.FromMinorUnits(sum), Core.Metrics.Money.FromMinorUnits(d + i));
                }

                return (d, i);
            }

            if (direct is { } onlyDirect)
            {
                return (onlyDirect, sum >= onlyDirect ? sum - onlyDirect : null);
            }

            return (sum, null);
        }

        private int? Window(RawRow row)
        {
            if (layout.Column(PromotionField.Window) is { } column && CellParser.Text(row.Cell(column.Index)) is { } text)
            {
                if (PromotionLayout.WindowCell(text) is { } days)
                {
                    return days;
                }

                issues.Error(row.Number, column.Header, "Promotion_WindowInvalid", text);
                return null;
            }

            if (layout.FileWindow is { } fileWindow)
            {
                Note("Promotion_WindowFromFile", fileWindow, new ImportMessage(layout.FileWindowSource!));
                return fileWindow;
            }

            Note("Promotion_WindowFromSetting", storeWindowDays);
            return storeWindowDays;
        }

        private void Note([ResourceKey("ImportMessages")] string key, params object?[] arguments)
        {
            if (!_windowNoted)
            {
                _windowNoted = true;
                issues.Warn(null, null, key, arguments);
            }
        }

        private static void CheckRates(PromotionCells cells, AdRow row)
        {
            var totals = new AdTotals
            {
                Impressions = row.Impressions ?? 0,
                Clicks = row.Clicks ?? 0,
                Cost = Core.Metrics.Money.FromMinorUnits(row.CostMinor ?? 0),
                DirectAmount = row.DirectAmountMinor is { } d ? Core.Metrics.Money.FromMinorUnits(d) : null,
                IndirectAmount = row.IndirectAmountMinor is { } i ? Core.Metrics.Money.FromMinorUnits(i) : null,
                Orders = row.Orders,
            };
            cells.Compare(PromotionField.CheckCtr, Catalogue.AdClickThroughRate.Of(totals));
            cells.Compare(PromotionField.CheckCpc, Catalogue.AdCostPerClick.Of(totals));
            cells.Compare(PromotionField.CheckCpm, Catalogue.AdCostPerMille.Of(totals));
            cells.Compare(PromotionField.CheckRoi, Catalogue.AdRoi.Of(totals));
            cells.Compare(PromotionField.CheckCvr, Catalogue.AdConversionRate.Of(totals));
        }
    }

    private sealed class KeywordRowReader(PromotionLayout layout, IssueCollector issues, DateOnly? today) : IRowReader<SearchKeywordRow>
    {
        public string Key(SearchKeywordRow row) => row.KeyText;

        public SearchKeywordRow? Read(RawRow row)
        {
            var cells = new PromotionCells(layout, issues, row);
            var date = cells.Date(today);
            var keyword = cells.Text(PromotionField.Keyword, AdDayEntityTypeConfiguration.NameLength);
            var item = cells.ItemId(AdDayEntityTypeConfiguration.ItemLength);
            var visitors = cells.Count(PromotionField.Visitors);
            var pageViews = cells.Count(PromotionField.PageViews);
            var paying = cells.Count(PromotionField.PayingBuyers);
            var amount = cells.Money(PromotionField.PaymentAmount);
            if (keyword.Length == 0 && !cells.Failed)
            {
                issues.Error(row.Number, layout.Column(PromotionField.Keyword)!.Value.Header, "Promotion_KeywordEmpty");
                return null;
            }

            if (cells.Failed || date is null)
            {
                return null;
            }

            if (paying > visitors)
            {
                issues.Error(row.Number, layout.Column(PromotionField.PayingBuyers)!.Value.Header, "ExceedsVisitors", layout.Column(PromotionField.PayingBuyers)!.Value.Header, paying, visitors);
                return null;
            }

            var totals = new KeywordTotals { Keyword = keyword, Visitors = visitors ?? 0, PayingBuyers = paying ?? 0 };
            cells.Compare(PromotionField.CheckConversion, Catalogue.KeywordConversionRate.Of(totals));
            return new SearchKeywordRow
            {
                RowNumber = row.Number,
                Date = date.Value,
                Keyword = keyword,
                Item = item,
                Visitors = visitors,
                PageViews = pageViews,
                PayingBuyers = paying,
                PaymentAmountMinor = amount,
            };
        }
    }
}
