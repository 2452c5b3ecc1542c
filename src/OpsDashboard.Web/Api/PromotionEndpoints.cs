using Microsoft.AspNetCore.Http.HttpResults;
using OpsDashboard.Core.Promotion;
using OpsDashboard.Data.Reports.Promotion;

namespace OpsDashboard.Web.Api;

/// <summary>The ads and search-keyword reads of DOMAIN §7, under /stores/{code}/ (store lookup and key by the group's filters).</summary>
public static class PromotionEndpoints
{
    public static RouteGroupBuilder MapPromotion(this RouteGroupBuilder api)
    {
        api.MapGet("/stores/{code}/ads", async Task<Results<Ok<IEnumerable<AdRowDto>>, ProblemHttpResult>> (
                RouteStore store, string? from, string? to, string? by, PromotionReports reports, CancellationToken ct) =>
            {
                if (!RequestParsing.TryParseRange(from, to, out var range, out var error))
                {
                    return ApiEndpoints.BadRequest(error);
                }

                var level = AdLevel.Scene;
                if (!string.IsNullOrWhiteSpace(by) && !AdLevels.TryParse(by, out level))
                {
                    return ApiEndpoints.BadRequest($"'by' = '{by}' is not one of scene, plan, item, keyword, crowd.");
                }

                var report = await reports.AdsAsync(store.Store, range, level, ct);
                return TypedResults.Ok(report.Rows.Select(AdRowDto.From));
            })
            .WithName("GetAds")
            .WithSummary("Ads report rows (万相台/直通车) for a range, by scene, plan, item, keyword or crowd; one row per attribution window, immature days counted.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/stores/{code}/search-keywords", async Task<Results<Ok<IEnumerable<SearchKeywordDto>>, ProblemHttpResult>> (
                RouteStore store, string? from, string? to, PromotionReports reports, CancellationToken ct) =>
                RequestParsing.TryParseRange(from, to, out var range, out var error)
                    ? TypedResults.Ok((await reports.SearchKeywordsAsync(store.Store.Id, range, ct)).Select(SearchKeywordDto.From))
                    : ApiEndpoints.BadRequest(error))
            .WithName("GetSearchKeywords")
            .WithSummary("Search keywords (生意参谋 搜索词/成交关键词) for a range: visitors, buyers, conversion and share of the store's visitors.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }
}
