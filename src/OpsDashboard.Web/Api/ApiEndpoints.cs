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
        var api = app.MapGroup("/api/v1").AddEndpointFilter<ApiKeyFilter>().DisableAntiforgery();
        api.MapPlanning();
        api.MapSettings();

        api.MapGet("/stores", async (StoreCatalog stores, CancellationToken ct) =>
            Results.Ok((await stores.ListAllAsync(ct)).Select(StoreDto.From)));

        api.MapGet("/stores/{code}", async (string code, StoreCatalog stores, CancellationToken ct) =>
            await stores.FindAsync(code, ct) is { } store ? Results.Ok(StoreDto.From(store)) : StoreNotFound(code));

        api.MapPost("/stores", CreateStoreAsync);
        api.MapPut("/stores/{code}", UpdateStoreAsync);
        api.MapDelete("/stores/{code}", async (string code, StoreCatalog stores, CancellationToken ct) =>
            await stores.DeleteAsync(code, ct) ? Results.NoContent() : StoreNotFound(code));
        api.MapPost("/stores/{code}/imports/{kind}", ImportAsync);

        api.MapGet("/stores/{code}/overview", (string code, string? from, string? to, StoreCatalog stores, StoreReports reports, CancellationToken ct) =>
            WithStoreAndRange(code, from, to, stores, async (store, range) =>
            {
                var o = await reports.OverviewAsync(store.Id, range, ct);
                return Results.Ok(KpiSnapshotDto.Fill(
                    new OverviewDto
                    {
                        Previous = KpiSnapshotDto.Of(o.PreviousRange, o.Previous),
                        YearAgo = KpiSnapshotDto.Of(o.YearAgoRange, o.YearAgo),
                        ChangeVsPrevious = GmvChangeDto.From(o.ChangeVsPrevious),
                        ChangeVsYearAgo = GmvChangeDto.From(o.ChangeVsYearAgo),
                    },
                    o.Range,
                    o.Current));
            }, ct));

        api.MapGet("/stores/{code}/page-health", (string code, string? from, string? to, StoreCatalog stores, StoreReports reports, CancellationToken ct) =>
            WithStoreAndRange(code, from, to, stores, async (store, range) =>
                Results.Ok(PageHealthDto.Of(range, await reports.PageHealthAsync(store, range, ct))), ct));

        api.MapGet("/stores/{code}/sources", (string code, string? from, string? to, StoreCatalog stores, KpiQueries queries, CancellationToken ct) =>
            WithStoreAndRange(code, from, to, stores, async (store, range) =>
                Results.Ok((await queries.SourceTotalsAsync(store.Id, range, ct)).Select(s => SourceDto.From(s, store.Thresholds))), ct));

        api.MapGet("/stores/{code}/skus", (string code, string? from, string? to, StoreCatalog stores, KpiQueries queries, CancellationToken ct) =>
            WithStoreAndRange(code, from, to, stores, async (store, range) =>
                Results.Ok((await queries.SkuTotalsAsync(store.Id, range, ct)).Select(SkuDto.From)), ct));

        return app;
    }

    private static async Task<IResult> CreateStoreAsync(CreateStoreRequest? request, StoreCatalog stores, CancellationToken ct)
    {
        if (request is null)
        {
            return BadRequest("The body must be JSON: {\"code\",\"name\",\"platform\",\"currency\",\"timeZone\"}.");
        }

        try
        {
            var store = await stores.CreateAsync(new NewStore(request.Code, request.Name, request.Platform, request.Currency, request.TimeZone), ct);
            return Results.Created($"/api/v1/stores/{store.Code}", StoreDto.From(store));
        }
        catch (StoreValidationException ex)
        {
            return BadRequest(ex.Message);
        }
        catch (StoreConflictException ex)
        {
            return Results.Problem(detail: ex.Message, statusCode: StatusCodes.Status409Conflict, title: "Conflict");
        }
    }

    private static async Task<IResult> UpdateStoreAsync(string code, UpdateStoreRequest? request, StoreCatalog stores, CancellationToken ct)
    {
        if (request is null)
        {
            return BadRequest("The body must be JSON, e.g. {\"name\":\"…\",\"flagshipSku\":\"…\"}.");
        }

        try
        {
            var store = await stores.UpdateAsync(code, new StoreChanges(request.Name, request.Platform, request.Currency, request.FlagshipSku) { TimeZone = request.TimeZone, Archived = request.Archived }, ct);
            return store is null ? StoreNotFound(code) : Results.Ok(StoreDto.From(store));
        }
        catch (StoreValidationException ex)
        {
            return BadRequest(ex.Message);
        }
    }

    private static async Task<IResult> ImportAsync(
        string code, string kind, HttpRequest request, StoreCatalog stores, ImportService imports, IOptions<ImportOptions> options, CancellationToken ct)
    {
        if (await stores.FindAsync(code, ct) is not { } store)
        {
            return StoreNotFound(code);
        }

        if (!ImportKinds.TryParse(kind, out var importKind))
        {
            return BadRequest($"Unknown import kind '{kind}'. Use store-daily, sku-daily or source-daily.");
        }

        var upload = await UploadReader.ReadAsync(request, options.Value.MaxUploadBytes, ct);
        if (upload.Error is { } error)
        {
            return error;
        }

        var context = new ImportFileContext { FileName = upload.FileName, Culture = ImportLanguage.Of(request) };
        var result = await imports.ImportFileAsync(store.Id, importKind, upload.Content!, context, ct);
        if (!result.Succeeded)
        {
            return Results.Json(
                new
                {
                    type = "https://tools.ietf.org/html/rfc4918#section-11.2",
                    title = new ImportMessage("RejectedTitle").Render(context.Culture),
                    status = StatusCodes.Status422UnprocessableEntity,
                    detail = new ImportMessage("RejectedDetail", result.Errors.Count, result.RowsRead).Render(context.Culture),
                    rowsRead = result.RowsRead,
                    errors = result.Errors.Select(ImportIssueDto.From),
                    warnings = result.Warnings.Select(ImportIssueDto.From),
                },
                statusCode: StatusCodes.Status422UnprocessableEntity,
                contentType: "application/problem+json");
        }

        return Results.Ok(new ImportResultDto(result.RowsRead, result.RowsInserted, result.RowsUpdated, result.Warnings.Select(ImportIssueDto.From).ToList()));
    }

    private static async Task<IResult> WithStoreAndRange(
        string code, string? from, string? to, StoreCatalog stores, Func<StoreInfo, DateRange, Task<IResult>> read, CancellationToken ct)
    {
        if (await stores.FindAsync(code, ct) is not { } store)
        {
            return StoreNotFound(code);
        }

        return RequestParsing.TryParseRange(from, to, out var range, out var error)
            ? await read(store, range)
            : BadRequest(error);
    }

    internal static IResult BadRequest(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    internal static IResult StoreNotFound(string code) =>
        Results.Problem(detail: $"No store with code '{code}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
