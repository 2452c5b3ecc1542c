using OpsDashboard.Core.Metrics;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Promotion;

namespace OpsDashboard.Data.Demo;

/// <summary>
/// 万相台 reports and 生意参谋 search keywords for a demo store's last <see cref="Days"/> days, sized by
/// its daily visitors: three scenes (关键词推广, 精准人群推广, 货品全站推广), two plans each, keywords under
/// the keyword plans and crowds under the crowd plans — a plan report and a keyword/crowd report of the
/// same days, as an operator downloads them — and the search terms that bring visitors and buyers.
/// One plan sells badly (ROI under 2) and one keyword spends without a deal, so the verdicts show.
/// </summary>
public static class DemoAds
{
    public const int Days = 60;

    private sealed record Plan(string Scene, string Name, decimal SpendPerVisitor, decimal Roi, decimal Ctr, string[] Children);

    private static readonly Plan[] Plans =
    [
        new("关键词推广", "核心词-爆款", 0.060m, 3.4m, 0.045m, ["羊毛大衣女", "大衣女冬季", "双面呢大衣"]),
        new("关键词推广", "长尾词-测款", 0.025m, 1.4m, 0.011m, ["小个子大衣", "赫本风外套", "通勤大衣 长款"]),
        new("精准人群推广", "老客召回", 0.030m, 4.2m, 0.030m, ["店铺老客", "加购未购"]),
        new("精准人群推广", "拉新-相似人群", 0.035m, 1.8m, 0.012m, ["相似宝贝人群", "竞店人群"]),
        new("货品全站推广", "全站-主推款", 0.080m, 2.9m, 0.025m, []),
        new("货品全站推广", "全站-新品", 0.030m, 2.1m, 0.020m, []),
    ];

    private static readonly (string Keyword, decimal VisitorShare, decimal Conversion)[] SearchTerms =
    [
        ("羊毛大衣女", 0.060m, 0.045m), ("大衣女冬季", 0.040m, 0.032m), ("双面呢大衣", 0.025m, 0.050m), ("小个子大衣", 0.018m, 0.028m),
        ("赫本风外套", 0.012m, 0.020m), ("通勤大衣", 0.010m, 0.035m), ("羊绒围巾", 0.008m, 0.0m), ("大衣 清仓", 0.006m, 0.015m),
    ];

    /// <summary>The ads rows (plan and keyword/crowd level, window 15) and the search-keyword rows of the store's last days.</summary>
    public static (PromotionParse<AdRow> Ads, PromotionParse<SearchKeywordRow> Keywords) Build(DemoStoreProfile profile, IReadOnlyList<DemoStoreDay> storeDays)
    {
        var random = new Random(profile.Code.Aggregate(17, (hash, c) => unchecked((hash * 31) + c)));
        var recent = storeDays.OrderBy(d => d.Date).TakeLast(Days).ToList();
        var ads = new List<AdRow>();
        var keywords = new List<SearchKeywordRow>();
        var row = 0;
        foreach (var day in recent)
        {
            foreach (var plan in Plans)
            {
                var noise = 0.85m + ((decimal)random.NextDouble() * 0.3m);
                var cost = Money.ToMinorUnits(day.Visitors * plan.SpendPerVisitor * noise);
                var clicks = Math.Max(1, (long)(Money.FromMinorUnits(cost) / 1.6m));
                var impressions = (long)(clicks / plan.Ctr);
                var amount = Money.ToMinorUnits(Money.FromMinorUnits(cost) * plan.Roi * (0.8m + ((decimal)random.NextDouble() * 0.4m)));
                var orders = amount / 25_000;
                var direct = amount * 7 / 10;
                ads.Add(new AdRow
                {
                    RowNumber = ++row, Date = day.Date, Scene = plan.Scene, Plan = plan.Name, WindowDays = 15,
                    Impressions = impressions, Clicks = clicks, CostMinor = cost, DirectAmountMinor = direct, IndirectAmountMinor = amount - direct,
                    Orders = orders, Carts = orders * 3, Favorites = orders * 2, PresaleAmountMinor = 0,
                });

                // The plan's spend split over its keywords or crowds; the last keyword of the test plan spends without selling.
                for (var i = 0; i < plan.Children.Length; i++)
                {
                    var part = i == plan.Children.Length - 1 ? 1 : 2;
                    var parts = (plan.Children.Length * 2) - 1;
                    var unsold = plan.Name == "长尾词-测款" && i == plan.Children.Length - 1;
                    var childAmount = unsold ? 0 : amount * part / (parts - (plan.Name == "长尾词-测款" ? 1 : 0));
                    var isKeyword = plan.Scene == "关键词推广";
                    ads.Add(new AdRow
                    {
                        RowNumber = ++row, Date = day.Date, Scene = plan.Scene, Plan = plan.Name, WindowDays = 15,
                        Keyword = isKeyword ? plan.Children[i] : string.Empty, Crowd = isKeyword ? string.Empty : plan.Children[i],
                        Impressions = impressions * part / parts, Clicks = clicks * part / parts, CostMinor = cost * part / parts,
                        DirectAmountMinor = childAmount, IndirectAmountMinor = null, Orders = unsold ? 0 : orders * part / parts,
                    });
                }
            }

            foreach (var (keyword, share, conversion) in SearchTerms)
            {
                var visitors = (long)(day.Visitors * share * (0.8m + ((decimal)random.NextDouble() * 0.4m)));
                var buyers = (long)(visitors * conversion);
                keywords.Add(new SearchKeywordRow
                {
                    RowNumber = ++row, Date = day.Date, Keyword = keyword, Visitors = visitors, PageViews = visitors * 2,
                    PayingBuyers = buyers, PaymentAmountMinor = buyers * 23_800,
                });
            }
        }

        return (Parse(ImportKind.Ads, ads, ["impressions", "clicks", "cost_minor", "direct_amount_minor", "indirect_amount_minor", "orders", "carts", "favorites", "presale_amount_minor"]),
            Parse(ImportKind.SearchKeywords, keywords, ["visitors", "page_views", "paying_buyers", "payment_amount_minor"]));
    }

    /// <summary>
    /// Each scene's budget as a share of the month's spend at the demo's pace, so the pacing shows all three verdicts:
    /// 关键词推广 spends faster than its budget, 精准人群推广 slower, 货品全站推广 on the line.
    /// </summary>
    private static readonly Dictionary<string, decimal> BudgetFactors = new(StringComparer.Ordinal)
    {
        ["关键词推广"] = 0.75m,
        ["精准人群推广"] = 1.5m,
        ["货品全站推广"] = 1.0m,
    };

    /// <summary>
    /// The demo's monthly budgets per scene for every month the ads rows touch: the scene's plan-level spend per day ×
    /// the month's days ÷ its <see cref="BudgetFactors"/> share, rounded to ¥100.
    /// </summary>
    public static IReadOnlyList<(DateOnly Month, Planning.SceneBudget Budget)> Budgets(IReadOnlyList<AdRow> ads) =>
        ads.Where(r => r.Plan.Length > 0 && r.Keyword.Length == 0 && r.Crowd.Length == 0)
            .GroupBy(r => (Month: new DateOnly(r.Date.Year, r.Date.Month, 1), r.Scene))
            .Select(g =>
            {
                var perDay = Money.FromMinorUnits(g.Sum(r => r.CostMinor ?? 0)) / g.Select(r => r.Date).Distinct().Count();
                var month = perDay * DateTime.DaysInMonth(g.Key.Month.Year, g.Key.Month.Month);
                var budget = Math.Max(100m, Math.Round(month * BudgetFactors.GetValueOrDefault(g.Key.Scene, 1m) / 100m, MidpointRounding.AwayFromZero) * 100m);
                return (g.Key.Month, new Planning.SceneBudget(g.Key.Scene, budget));
            })
            .OrderBy(b => b.Month).ThenBy(b => b.Item2.Scene, StringComparer.Ordinal)
            .ToList();

    private static PromotionParse<T> Parse<T>(ImportKind kind, IReadOnlyList<T> rows, IReadOnlyList<string> columns) => new()
    {
        Kind = kind, RowsRead = rows.Count, Rows = rows, Columns = columns, Errors = [], Warnings = [], ErrorCount = 0, WarningCount = 0,
    };
}
