namespace OpsDashboard.Core.Attention;

public enum Severity
{
    High,
    Medium,
    Low,
}

/// <summary>The teams of the manager's meeting (DOMAIN §1) that own attention items.</summary>
public static class Teams
{
    public const string Promotion = "promotion";
    public const string Design = "design";
    public const string CustomerService = "customerService";
    public const string Content = "content";
    public const string Operations = "operations";
}

/// <summary>
/// The screen that holds an attention item's detail, named by what it is, not where it lives:
/// the web app maps it to a route (OpsDashboard.Web.Routing.DashboardUrls).
/// </summary>
public enum DetailScreen
{
    MorningReview,
    PageHealth,

    /// <summary>The customer-service screen (agents, DSR, refunds).</summary>
    Service,

    /// <summary>The competitors screen (rivals, lost customers).</summary>
    Competitors,

    /// <summary>The promotion screen (ads drill-down); the item's <see cref="AttentionItem.DetailQuery"/> names the rows.</summary>
    Promotion,
}

/// <summary>How a figure of an attention item is shown.</summary>
public enum FigureKind
{
    Count,
    Money,
    Rate,
    Ratio,

    /// <summary>A relative change, e.g. −0.23 for −23%.</summary>
    Change,
    Days,
}

public sealed record AttentionFigure(string Name, decimal? Value, FigureKind Kind);

/// <summary>
/// One thing to do today: which rule fired, how urgent, which team owns it, the figures that
/// triggered it, what it is about (a source or SKU) and where the detail is. The words are
/// added by the UI in the reader's language.
/// </summary>
public sealed record AttentionItem(string Rule, Severity Severity, string Team, string? Subject, IReadOnlyList<AttentionFigure> Figures, DetailScreen Screen)
{
    /// <summary>How many days, ending on the item's day, its figures cover: the span its detail link opens.</summary>
    public int DetailDays { get; init; } = 1;

    /// <summary>The days the item was judged on when they do not end on the item's day (last week's page health): its link opens them.</summary>
    public Periods.DateRange? DetailRange { get; init; }

    /// <summary>The SKU the item is about: its link asks the screen to show and highlight that SKU (<c>sku=</c>).</summary>
    public string? DetailSku { get; init; }

    /// <summary>
    /// More of the detail screen's URL state: the row the item is about under <see cref="DetailKeys.Highlight"/> (an
    /// agent, a DSR score, a SKU's refunds, a rival, an ads row — every screen marks it), and the promotion screen's
    /// level, scene and plan.
    /// </summary>
    public IReadOnlyDictionary<string, string>? DetailQuery { get; init; }

    /// <summary>What people call the subject (a SKU's product name), when it has one beside its code.</summary>
    public string? SubjectName { get; init; }

    /// <summary>Which wording of the rule fits (e.g. the target-missed reasons); null for the rule's only wording.</summary>
    public string? Variant { get; init; }

    /// <summary>How many more items of the same rule were folded into this one (the list says "N more" instead of repeating).</summary>
    public int More { get; init; }

    public decimal? Figure(string name) => Figures.FirstOrDefault(f => f.Name == name)?.Value;
}

public static class AttentionRules
{
    public const string TargetMissed = "targetMissed";
    public const string SourceDrop = "sourceDrop";
    public const string PaidRoiLow = "paidRoiLow";
    public const string ConversionBelowPeer = "conversionBelowPeer";
    public const string SkuConversionRising = "skuConversionRising";
    public const string SkuConversionFalling = "skuConversionFalling";
    public const string PresaleSku = "presaleSku";
    public const string NegativeReviews = "negativeReviews";
    public const string LowStock = "lowStock";
    public const string InquiryConversionLow = "inquiryConversionLow";
    public const string FixPagesFirst = "fixPagesFirst";
    public const string AdRoiLow = "adRoiLow";
    public const string KeywordNoDeal = "keywordNoDeal";
    public const string AdCtrLow = "adCtrLow";
    public const string BudgetOverPace = "budgetOverPace";
    public const string BudgetUnderPace = "budgetUnderPace";

    /// <summary>The rules in the order they rank within one severity.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        TargetMissed, FixPagesFirst, NegativeReviews, LowStock, SourceDrop, PaidRoiLow, ConversionBelowPeer,
        InquiryConversionLow, SkuConversionFalling, SkuConversionRising, PresaleSku,
        AdRoiLow, KeywordNoDeal, BudgetOverPace, AdCtrLow, BudgetUnderPace,
        .. ServiceRules.All,
    ];
}

/// <summary>The keys of <see cref="AttentionItem.DetailQuery"/> that more than one detail screen reads.</summary>
public static class DetailKeys
{
    /// <summary>The row an item is about: the detail screen (service, competitors, promotion) marks that row.</summary>
    public const string Highlight = "highlight";

    /// <summary>A detail query that only marks <paramref name="row"/>.</summary>
    public static IReadOnlyDictionary<string, string> HighlightOnly(string row) =>
        new Dictionary<string, string>(StringComparer.Ordinal) { [Highlight] = row };
}
