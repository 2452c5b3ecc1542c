using OpsDashboard.Data.Import.Promotion;
using OpsDashboard.Data.Import.Service;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Data.Import;

/// <summary>One import kind as the API and the import page name it, and how a file of it is read and written.</summary>
/// <param name="Name">The kind in <c>POST /stores/{code}/imports/{kind}</c>.</param>
/// <param name="Import">Parses the file with its own parser and writes it with its own writer, all or nothing.</param>
public sealed record ImportKindEntry(string Name, Func<ImportKindRegistry, StoreInfo, byte[], ImportFileContext, CancellationToken, Task<ImportResult>> Import);

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

    /// <summary>Imports <paramref name="content"/> as <paramref name="kind"/> into <paramref name="store"/>.</summary>
    public Task<ImportResult> ImportAsync(ImportKindEntry kind, StoreInfo store, byte[] content, ImportFileContext context, CancellationToken ct = default) =>
        kind.Import(this, store, content, context, ct);

    private static ImportKindEntry Daily(ImportKind kind) =>
        new(kind.ToApiName(), (r, store, content, context, ct) => r.DailyImports.ImportFileAsync(store.Id, kind, content, context, ct));

    private static ImportKindEntry Promotion(ImportKind kind) =>
        new(kind.ToApiName(), (r, store, content, context, ct) => r.PromotionImports.ImportAsync(store, kind, content, context, ct));

    private static ImportKindEntry Service(ServiceImportKind kind) =>
        new(kind.ToApiName(), (r, store, content, context, ct) => r.ServiceImports.ImportFileAsync(store.Id, kind, content, context, ct));
}
