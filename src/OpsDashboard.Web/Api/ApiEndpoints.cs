using Microsoft.AspNetCore.Http.HttpResults;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Reports;
using OpsDashboard.Data.Stores;
using OpsDashboard.Web.Configuration;
using Microsoft.Extensions.Options;

namespace OpsDashboard.Web.Api;

/// <summary>The public v1 API (DOMAIN §6). Every query is scoped by the store it reads.</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapApiV1(this IEndpointRouteBuilder app)
    {
        // The key is checked first (401), then the store of /stores/{code}/… is looked up once (404).
        var api = app.MapGroup(Routing.DashboardUrls.ApiBasePath)
            .AddEndpointFilter<ApiKeyFilter>()
            .AddEndpointFilter<StoreLookupFilter>()
            .AddEndpointFilter<Accounts.ApiAuditFilter>()
            .DisableAntiforgery()
            // Not the cookie: the API authenticates by key (ApiKeyFilter), limited per key.
            .AllowAnonymous()
            .RequireRateLimiting(Accounts.ApiRateLimit.PolicyName)
            .WithTags("OpsDashboard API v1")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapPlanning();
        api.MapSettings();
        api.MapPromotion();
        api.MapService();
        api.MapExchangeRates();
        Accounts.AccountApi.MapAccountApi(api);

        api.MapGet("/stores", async Task<Ok<IEnumerable<StoreDto>>> (StoreCatalog stores, CancellationToken ct) =>
                TypedResults.Ok((await stores.ListAllAsync(ct)).Select(StoreDto.From)))
            .WithName("ListStores").WithSummary("All stores, archived ones included.");

        api.MapGet("/stores/{code}", (RouteStore store) => TypedResults.Ok(StoreDto.From(store.Store)))
            .WithName("GetStore").WithSummary("One store by its code.");

        api.MapPost("/stores", CreateStoreAsync)
            .WithName("CreateStore").WithSummary("Creates a store (code, name, platform, currency, time zone).");
        api.MapPut("/stores/{code}", UpdateStoreAsync)
            .WithName("UpdateStore").WithSummary("Changes a store's name, platform, currency, flagship SKU, time zone or archived state.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/stores/{code}", async Task<Results<NoContent, ProblemHttpResult>> (string code, StoreCatalog stores, CancellationToken ct) =>
                await stores.DeleteAsync(code, ct) ? TypedResults.NoContent() : StoreNotFound(code))
            .WithName("DeleteStore").WithSummary("Deletes a store and all its data.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/stores/{code}/imports/{kind}", ImportAsync)
            .WithName("ImportFile").WithSummary("Imports a CSV or Excel export (store-daily, sku-daily, source-daily, ads, search-keywords, service-agents, refunds, competitors, lost-customers), all or nothing.")
            .Produces<ImportResultDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/stores/{code}/overview", async Task<Results<Ok<OverviewDto>, ProblemHttpResult>> (
                RouteStore store, string? from, string? to, StoreReports reports, CancellationToken ct) =>
            {
                if (!RequestParsing.TryParseRange(from, to, out var range, out var error))
                {
                    return BadRequest(error);
                }

                var o = await reports.OverviewAsync(store.Store.Id, range, ct);
                return TypedResults.Ok(KpiSnapshotDto.Fill(
                    new OverviewDto
                    {
                        Previous = KpiSnapshotDto.Of(o.PreviousRange, o.Previous, store.Store.Platform),
                        YearAgo = KpiSnapshotDto.Of(o.YearAgoRange, o.YearAgo, store.Store.Platform),
                        ChangeVsPrevious = GmvChangeDto.From(o.ChangeVsPrevious),
                        ChangeVsYearAgo = GmvChangeDto.From(o.ChangeVsYearAgo),
                    },
                    o.Range,
                    o.Current,
                    store.Store.Platform));
            })
            .WithName("GetOverview").WithSummary("The store's KPIs for a range (from, to), against the previous period and a year ago.");

        api.MapGet("/stores/{code}/page-health", async Task<Results<Ok<PageHealthDto>, ProblemHttpResult>> (
                RouteStore store, string? from, string? to, StoreReports reports, CancellationToken ct) =>
                RequestParsing.TryParseRange(from, to, out var range, out var error)
                    ? TypedResults.Ok(PageHealthDto.Of(range, await reports.PageHealthAsync(store.Store, range, ct), store.Store.Platform))
                    : BadRequest(error))
            .WithName("GetPageHealth").WithSummary("The page-health checks (bounce rate, visit depth, AOV ratio) for a range.");

        api.MapGet("/stores/{code}/sources", async Task<Results<Ok<IEnumerable<SourceDto>>, ProblemHttpResult>> (
                RouteStore store, string? from, string? to, StoreReports reports, CancellationToken ct) =>
                RequestParsing.TryParseRange(from, to, out var range, out var error)
                    ? TypedResults.Ok((await reports.SourcesAsync(store.Store.Id, range, ct)).Select(s => SourceDto.From(s, store.Store.Thresholds)))
                    : BadRequest(error))
            .WithName("GetSources").WithSummary("The traffic sources' totals and verdicts for a range.");

        api.MapGet("/stores/{code}/skus", async Task<Results<Ok<IEnumerable<SkuDto>>, ProblemHttpResult>> (
                RouteStore store, string? from, string? to, StoreReports reports, CancellationToken ct) =>
                RequestParsing.TryParseRange(from, to, out var range, out var error)
                    ? TypedResults.Ok((await reports.SkusAsync(store.Store.Id, range, ct)).Select(SkuDto.From))
                    : BadRequest(error))
            .WithName("GetSkus").WithSummary("The SKUs' totals for a range.");

        return app;
    }

    private static async Task<Results<Created<StoreDto>, ProblemHttpResult>> CreateStoreAsync(CreateStoreRequest? request, StoreCatalog stores, CancellationToken ct)
    {
        if (request is null)
        {
            return BadRequest("The body must be JSON: {\"code\",\"name\",\"platform\",\"currency\",\"timeZone\"}.");
        }

        try
        {
            var store = await stores.CreateAsync(new NewStore(request.Code, request.Name, request.Platform, request.Currency, request.TimeZone), ct);
            return TypedResults.Created($"/api/v1/stores/{store.Code}", StoreDto.From(store));
        }
        catch (StoreValidationException ex)
        {
            return BadRequest(ex.Message);
        }
        catch (StoreConflictException ex)
        {
            return TypedResults.Problem(detail: ex.Message, statusCode: StatusCodes.Status409Conflict, title: "Conflict");
        }
    }

    private static async Task<Results<Ok<StoreDto>, ProblemHttpResult>> UpdateStoreAsync(string code, UpdateStoreRequest? request, StoreCatalog stores, CancellationToken ct)
    {
        if (request is null)
        {
            return BadRequest("The body must be JSON, e.g. {\"name\":\"…\",\"flagshipSku\":\"…\"}.");
        }

        try
        {
            var store = await stores.UpdateAsync(code, new StoreChanges(request.Name, request.Platform, request.Currency, request.FlagshipSku) { TimeZone = request.TimeZone, Archived = request.Archived }, ct);
            return store is null ? StoreNotFound(code) : TypedResults.Ok(StoreDto.From(store));
        }
        catch (StoreValidationException ex)
        {
            return BadRequest(ex.Message);
        }
    }

    /// <summary>Every kind goes through the one registry of kinds (<see cref="ImportKindRegistry"/>): its own parser and writer.</summary>
    private static async Task<IResult> ImportAsync(
        RouteStore route, string kind, HttpRequest request, ImportKindRegistry kinds, IOptions<ImportOptions> options, IOptions<ImportLimits> limits, CancellationToken ct)
    {
        if (ImportKindRegistry.Find(kind) is not { } importKind)
        {
            return BadRequest($"Unknown import kind '{kind}'. Use {string.Join(", ", ImportKindRegistry.Names.SkipLast(1))} or {ImportKindRegistry.Names[^1]}.");
        }

        var upload = await UploadReader.ReadAsync(request, options.Value.MaxUploadBytes, ct);
        if (upload.Error is { } error)
        {
            return error;
        }

        var context = new ImportFileContext { FileName = upload.FileName, Culture = ImportLanguage.Of(request), Limits = limits.Value };
        var result = await kinds.ImportAsync(importKind, route.Store, upload.Content!, context, ct);
        return result.Succeeded
            ? Results.Ok(new ImportResultDto(result.RowsRead, result.RowsInserted, result.RowsUpdated, result.Warnings.Select(ImportIssueDto.From).ToList())
            {
                WarningCount = result.WarningCount,
                MoreWarnings = ImportResult.More(result.WarningCount, result.Warnings.Count, context.Culture),
            })
            : ImportRejection.Of(result, context.Culture);
    }

    internal static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    internal static ProblemHttpResult StoreNotFound(string code) =>
        TypedResults.Problem(detail: $"No store with code '{code}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
