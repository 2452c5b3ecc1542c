using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Data.Planning;
using OpsDashboard.Data.Stores;
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
        api.MapGet("/stores/{code}/budgets", async Task<Results<Ok<BudgetsDto>, ProblemHttpResult>> (
                RouteStore store, string? month, PromotionBudgetService budgets, TimeProvider clock, CancellationToken ct) =>
                TryParseMonth(month, store.Store.Today(clock), out var first, out var error)
                    ? TypedResults.Ok(await BudgetsAsync(budgets, store.Store, first, clock, ct))
                    : ApiEndpoints.BadRequest(error))
            .WithName("GetBudgets")
            .WithSummary("A month's promotion budgets per scene (?month=yyyy-MM, default this month) with the spend so far and its pace.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapPut("/stores/{code}/budgets", async Task<Results<Ok<BudgetsDto>, ProblemHttpResult>> (
                RouteStore store, string? month, BudgetsRequest? request, PromotionBudgetService budgets, TimeProvider clock, CancellationToken ct) =>
            {
                if (!TryParseMonth(month, store.Store.Today(clock), out var first, out var error))
                {
                    return ApiEndpoints.BadRequest(error);
                }

                if (request?.Budgets is not { } list || list.Any(b => b.Budget is null))
                {
                    return ApiEndpoints.BadRequest("The body must be JSON {\"budgets\": [{\"scene\": \"关键词推广\", \"budget\": 30000}, …]}, every budget a number.");
                }

                try
                {
                    await budgets.SetAsync(store.Store.Id, first, list.Select(b => new SceneBudget(b.Scene ?? string.Empty, b.Budget!.Value)).ToList(), ct);
                }
                catch (BudgetRejectedException ex)
                {
                    return ApiEndpoints.BadRequest(string.Join(" ", ex.Problems));
                }

                return TypedResults.Ok(await BudgetsAsync(budgets, store.Store, first, clock, ct));
            })
            .WithName("SetBudgets")
            .WithSummary("Replaces a month's promotion budgets per scene (?month=yyyy-MM, default this month); 0 or a scene left out: no budget.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    /// <summary>The month's budgets paced as of the month's last day, or the store's today while the month runs.</summary>
    private static async Task<BudgetsDto> BudgetsAsync(PromotionBudgetService budgets, StoreInfo store, DateOnly first, TimeProvider clock, CancellationToken ct)
    {
        var end = first.AddMonths(1).AddDays(-1);
        var today = store.Today(clock);
        var pacing = await budgets.PacingAsync(store, end < today ? end : today, ct);
        return new BudgetsDto(first.ToString("yyyy-MM", CultureInfo.InvariantCulture), pacing.Select(ScenePacingDto.From).ToList());
    }

    /// <summary>?month=yyyy-MM, or the month of <paramref name="today"/> when it is not given.</summary>
    internal static bool TryParseMonth(string? month, DateOnly today, out DateOnly first, out string error)
    {
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(month))
        {
            first = new DateOnly(today.Year, today.Month, 1);
            return true;
        }

        if (DateOnly.TryParseExact(month.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out first))
        {
            return true;
        }

        error = $"'month' = '{month}' is not a month in the form yyyy-MM.";
        return false;
    }
}
