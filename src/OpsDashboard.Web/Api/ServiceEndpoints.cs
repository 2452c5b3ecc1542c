using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Service;
using OpsDashboard.Data.Reports.Service;
using OpsDashboard.Web.Configuration;

namespace OpsDashboard.Web.Api;

/// <summary>
/// DOMAIN §7's customer-service, refund, competitor and lost-customer calls under
/// /api/v1/stores/{code}/…; the store is looked up once by <see cref="StoreLookupFilter"/> (404).
/// </summary>
public static class ServiceEndpoints
{
    public static RouteGroupBuilder MapService(this RouteGroupBuilder api)
    {
        api.MapGet("/stores/{code}/service", async Task<Results<Ok<ServiceDto>, ProblemHttpResult>> (
                RouteStore store, string? from, string? to, ServiceReports reports, CancellationToken ct) =>
                RequestParsing.TryParseRange(from, to, out var range, out var error)
                    ? TypedResults.Ok(ServiceDto.From(await reports.ServiceAsync(store.Store, range, ct)))
                    : ApiEndpoints.BadRequest(error))
            .WithName("GetService").WithSummary("Customer service per agent and in total for a range: inquiry conversion against the 50% line, AOV, response, immature days.");

        api.MapGet("/stores/{code}/refunds", async Task<Results<Ok<IEnumerable<RefundGroupDto>>, ProblemHttpResult>> (
                RouteStore store, string? from, string? to, string? by, ServiceReports reports, CancellationToken ct) =>
            {
                if (!RequestParsing.TryParseRange(from, to, out var range, out var error))
                {
                    return ApiEndpoints.BadRequest(error);
                }

                if (!TryParseGrouping(by, out var grouping))
                {
                    return ApiEndpoints.BadRequest($"Unknown grouping '{by}'. Use by=reason, by=sku or by=day.");
                }

                return TypedResults.Ok((await reports.RefundsAsync(store.Store.Id, range, grouping, ct)).Select(RefundGroupDto.From));
            })
            .WithName("GetRefunds").WithSummary("Successful refunds counted on their completion day, by reason (default), SKU or day, with the refund rate of that scope.");

        api.MapGet("/stores/{code}/competitors", async Task<Results<Ok<IEnumerable<CompetitorDto>>, ProblemHttpResult>> (
                RouteStore store, string? from, string? to, ServiceReports reports, CancellationToken ct) =>
                RequestParsing.TryParseRange(from, to, out var range, out var error)
                    ? TypedResults.Ok((await reports.CompetitorsAsync(store.Store.Id, range, ct)).Select(CompetitorDto.From))
                    : ApiEndpoints.BadRequest(error))
            .WithName("GetCompetitors").WithSummary("The store's own indices and each rival's: means of the days with a value, and the trade index relative to the store's own.");

        api.MapGet("/stores/{code}/lost-customers", async Task<Results<Ok<IEnumerable<LostCustomerDto>>, ProblemHttpResult>> (
                RouteStore store, string? from, string? to, ServiceReports reports, CancellationToken ct) =>
                RequestParsing.TryParseRange(from, to, out var range, out var error)
                    ? TypedResults.Ok((await reports.LostCustomersAsync(store.Store.Id, range, ct)).Select(LostCustomerDto.From))
                    : ApiEndpoints.BadRequest(error))
            .WithName("GetLostCustomers").WithSummary("Rivals ranked by mean loss index, with the change against the period before.");

        return api;
    }

    private static bool TryParseGrouping(string? by, out RefundGrouping grouping)
    {
        switch (by?.Trim().ToLowerInvariant())
        {
            case null or "" or "reason":
                grouping = RefundGrouping.Reason;
                return true;
            case "sku":
                grouping = RefundGrouping.Sku;
                return true;
            case "day":
                grouping = RefundGrouping.Day;
                return true;
            default:
                grouping = default;
                return false;
        }
    }
}
