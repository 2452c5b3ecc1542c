using OpsDashboard.Data.Import.Parsing;
using OpsDashboard.Data.Import.Promotion;
using OpsDashboard.Data.Import.Service;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Data.Import;

/// <summary>One import kind as the API and the import page name it, and how a file of it is read and written.</summary>
/// <param name="Name">The kind in <c>POST /stores/{code}/imports/{kind}</c>.</param>
/// <param name="Import">Parses the file with its own parser and writes it with its own writer, all or nothing.</param>
public sealed record ImportKindEntry(string Name, Func<ImportKindRegistry, StoreInfo, byte[], ImportFileContext, CancellationToken, Task<ImportResult>> Import)
{
    /// <summary>Whether a file's first rows hold this kind's header row, found by its own parser's header finder.</summary>
    internal Func<IReadOnlyList<RawRow>, HeaderDialect, bool> Recognizes { get; init; } = (_, _) => false;

    /// <summary>The first rows and every problem of a file read as this kind (store, file, rows to show, context); nothing written.</summary>
    internal Func<StoreInfo, byte[], int, ImportFileContext, ImportPreview> Preview { get; init; } = (_, content, rows, context) => ImportParser.Preview(null, content, rows, context);
}

/// <summary>
/// Every import kind in one place (DOMAIN §6 and §7): the daily facts (<see cref="ImportService"/>), the promotion
/// reports (<see cref="PromotionImportService"/>) and the service, refund and competitor files
/// (<see cref="ServiceImportService"/>). The API dispatches through it; a new kind is one line here.
/// </summary>
public sealed class ImportKindRegistry(ImportService daily, PromotionImportService promotion, ServiceImportService service)
{
    private ImportService DailyImports => daily;
    private PromotionImportService PromotionImports => promotion;
    private ServiceImportService ServiceImports => service;

    public static readonly IReadOnlyList<ImportKindEntry> All =
    [
        Daily(ImportKind.StoreDaily),
        Daily(ImportKind.SkuDaily),
        Daily(ImportKind.SourceDaily),
        Promotion(ImportKind.Ads),
        Promotion(ImportKind.SearchKeywords),
        .. ServiceImportKinds.All.Select(Service),
    ];

    /// <summary>The kinds' names in order, for messages ("Use store-daily, sku-daily, …").</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(k => k.Name).ToList();

    /// <summary>The kind named <paramref name="name"/> (case and surrounding spaces ignored), or null.</summary>
    public static ImportKindEntry? Find(string? name)
    {
        var wanted = name?.Trim().ToLowerInvariant();
        return All.FirstOrDefault(k => k.Name == wanted);
    }

    /// <summary>
    /// The order kinds are told from a header row in: the most specific headers first. A service, refund or
    /// competitor header names columns no daily file has; a search-keyword file may carry 商品ID (so before
    /// sku-daily); a source file with 展现量/点击量/花费 also passes the ads test (so source-daily before ads); an
    /// ads report may carry 商品ID (so ads before sku-daily); store-daily takes any dated file (so last).
    /// </summary>
    internal static IReadOnlyList<string> DetectionOrder { get; } =
        ["refunds", "service-agents", "lost-customers", "competitors", "search-keywords", "source-daily", "ads", "sku-daily", "store-daily"];

    /// <summary>
    /// The kind whose header row the file has (by API name), or null when no kind's headers are there: every
    /// kind's own header finder, in <see cref="DetectionOrder"/>; then a one-day daily export without a date
    /// column (<see cref="ImportKindDetector"/>).
    /// </summary>
    public static string? Detect(byte[] content, ImportFileContext context)
    {
        try
        {
            using var table = RawTableReader.Open(content, context.Limits);
            var dialect = HeaderDialects.Choose(table.Head, context.Platform);
            var found = DetectionOrder.Select(name => Find(name)!).FirstOrDefault(kind => kind.Recognizes(table.Head, dialect));
            return found?.Name ?? ImportKindDetector.Detect(table.Head, context.FileName, dialect)?.ToApiName();
        }
        catch (ImportRefusedException)
        {
            return null;
        }
    }

    /// <summary>
    /// How <paramref name="content"/> will be read as <paramref name="kind"/> (when null, as the kind it is
    /// detected as) with what the import would say about every row — nothing written. The preview names
    /// the detected kind too, so a file chosen as one kind whose headers are another's can be said so.
    /// </summary>
    public static ImportPreview Preview(ImportKindEntry? kind, StoreInfo store, byte[] content, int maxRows, ImportFileContext context)
    {
        var detected = Detect(content, context);
        if ((kind ?? Find(detected)) is not { } chosen)
        {
            return ImportParser.Preview(null, content, maxRows, context);
        }

        return chosen.Preview(store, content, maxRows, context) with { DetectedKindName = detected };
    }

    /// <summary>Imports <paramref name="content"/> as <paramref name="kind"/> into <paramref name="store"/>.</summary>
    public Task<ImportResult> ImportAsync(ImportKindEntry kind, StoreInfo store, byte[] content, ImportFileContext context, CancellationToken ct = default) =>
        kind.Import(this, store, content, context, ct);

    private static ImportKindEntry Daily(ImportKind kind) =>
        new(kind.ToApiName(), (r, store, content, context, ct) => r.DailyImports.ImportFileAsync(store.Id, kind, content, context, ct))
        {
            Recognizes = (head, dialect) => HeaderRowFinder.Find(head, kind, dialect) is not null,
            Preview = (_, content, rows, context) => ImportParser.Preview(kind, content, rows, context),
        };

    private static ImportKindEntry Promotion(ImportKind kind) =>
        new(kind.ToApiName(), (r, store, content, context, ct) => r.PromotionImports.ImportAsync(store, kind, content, context, ct))
        {
            Recognizes = (head, _) => PromotionLayout.FindHeader(kind, head) is not null,
            Preview = (store, content, rows, context) => KindPreview.Build(kind.ToApiName(), content, rows, context,
                head => PromotionLayout.FindHeader(kind, head), header => PromotionColumnUse(kind, header), (bytes, c) => kind == ImportKind.Ads
                    ? Outcome(PromotionParser.ParseAds(bytes, c, store.Thresholds.AdsAttributionWindowDays))
                    : Outcome(PromotionParser.ParseSearchKeywords(bytes, c))),
        };

    private static ImportKindEntry Service(ServiceImportKind kind) =>
        new(kind.ToApiName(), (r, store, content, context, ct) => r.ServiceImports.ImportFileAsync(store.Id, kind, content, context, ct))
        {
            Recognizes = (head, _) => ServiceHeaderRow.Find(head, kind) is not null,
            Preview = (_, content, rows, context) => KindPreview.Build(kind.ToApiName(), content, rows, context,
                head => ServiceHeaderRow.Find(head, kind), header => ServiceColumnUse(kind, header), (bytes, c) =>
                {
                    var parsed = ServiceImportParser.Parse(kind, bytes, c);
                    return new KindParse(parsed.RowsRead, parsed.Errors, parsed.Warnings, parsed.ErrorCount, parsed.WarningCount, null);
                }),
        };

    private static KindParse Outcome<TRow>(PromotionParse<TRow> parsed) =>
        new(parsed.RowsRead, parsed.Errors, parsed.Warnings, parsed.ErrorCount, parsed.WarningCount, parsed.ExceededLimit);

    private static (ColumnUse, string?) ServiceColumnUse(ServiceImportKind kind, string header) => ServiceHeaders.Find(kind, header) switch
    {
        null => (ColumnUse.Unknown, null),
        ServiceField.Ignored => (ColumnUse.Ignored, null),
        ServiceField.CheckInquiryConversion => (ColumnUse.CheckedOnly, "inquiry_conversion_rate"),
        var key and (ServiceField.Date or ServiceField.Agent or ServiceField.RefundId or ServiceField.OrderId or ServiceField.ShopName
            or ServiceField.ItemName or ServiceField.RivalId or ServiceField.IsSelf) => (ColumnUse.Key, KindPreview.FieldName(key)),
        var field => (ColumnUse.Stored, KindPreview.FieldName(field)),
    };

    private static (ColumnUse, string?) PromotionColumnUse(ImportKind kind, string header) => PromotionHeaders.Find(kind, header) switch
    {
        null => (ColumnUse.Unknown, null),
        PromotionField.Known => (ColumnUse.Ignored, null),
        var check and (PromotionField.CheckCtr or PromotionField.CheckCpc or PromotionField.CheckCpm or PromotionField.CheckRoi
            or PromotionField.CheckCvr or PromotionField.CheckConversion) => (ColumnUse.CheckedOnly, KindPreview.FieldName(check)),
        var key and (PromotionField.Date or PromotionField.Scene or PromotionField.Plan or PromotionField.Unit or PromotionField.Item
            or PromotionField.ItemName or PromotionField.Keyword or PromotionField.Crowd or PromotionField.Window) => (ColumnUse.Key, KindPreview.FieldName(key)),
        var field => (ColumnUse.Stored, KindPreview.FieldName(field)),
    };
}
