using System.Globalization;
using System.Text.RegularExpressions;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Targets;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Planning;
using OpsDashboard.Data.Reports;
using OpsDashboard.Data.Stores;
using Microsoft.AspNetCore.Http.HttpResults;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Api;

public sealed record TargetRequest(decimal? Amount, string? Shape);

public sealed record TargetDayDto(DateOnly Date, decimal Target, decimal Actual);

public sealed record TargetProgressDto(
    DateOnly Day, decimal DayActual, decimal DayTarget, bool DayMet, decimal DayGap, decimal? DayAttainment,
    decimal MonthToDateActual, decimal MonthToDateTarget, decimal? MonthToDateAttainment, decimal ProjectedMonthEnd, decimal? ProjectedAttainment,
    int RemainingDays = 0, decimal? NeededDailySales = null)
{
    public static TargetProgressDto? From(TargetProgress? p) => p is null ? null : new(
        p.Day, p.DayActual, p.DayTarget, p.DayMet, p.DayGap, p.DayAttainment,
        p.MonthToDateActual, p.MonthToDateTarget, p.MonthToDateAttainment, p.ProjectedMonthEnd, p.ProjectedAttainment,
        p.RemainingDays, p.NeededDailySales);
}

/// <summary>A month's plan; <c>fellBackToEven</c> is true when last year's shape was asked for but the store has no sales that month last year.</summary>
public sealed record MonthTargetDto(string Month, decimal Amount, string Shape, string SetFor, IReadOnlyList<TargetDayDto> Days, TargetProgressDto? Progress, bool FellBackToEven = false)
{
    public static MonthTargetDto From(MonthPlan plan) => new(
        plan.Target.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        plan.Target.Amount,
        TargetService.ShapeName(plan.Target.Shape),
        TargetService.KindName(plan.SetFor),
        plan.Target.Daily.OrderBy(d => d.Key).Select(d => new TargetDayDto(d.Key, d.Value, plan.DailyActual.GetValueOrDefault(d.Key))).ToList(),
        TargetProgressDto.From(plan.Progress),
        plan.Target.FellBackToEven);
}

public sealed record TargetPeriodDto(string Period, DateOnly Start, DateOnly End, decimal Amount, string Shape);

/// <summary>A dated note; with <c>endDate</c> it marks a campaign whose days the attention baselines leave out.</summary>
public sealed record AnnotationRequest(string? Date, string? Text, string? EndDate = null);

public sealed record PortfolioEntryDto(
    StoreDto Store, decimal PaymentAmount, decimal PreviousPaymentAmount, decimal? SalesChange, decimal? ConversionRate, decimal? AverageOrderValue,
    IReadOnlyDictionary<string, string> PageHealth, int AttentionItems, int HighSeverityItems);

public sealed record AttentionItemDto(
    string Rule, string Severity, string Team, string? Subject, string Message, string Action, IReadOnlyDictionary<string, decimal?> Figures, string Link, int More = 0);

/// <summary>Targets and annotations (issue 4): PUT/GET /stores/{code}/targets, /stores/{code}/annotations.</summary>
public static partial class PlanningEndpoints
{
    public static RouteGroupBuilder MapPlanning(this RouteGroupBuilder api)
    {
        api.MapGet("/stores/{code}/targets", GetTargetsAsync)
            .WithName("GetTargets").WithSummary("All targets of a store, or one month's plan and progress (?month=yyyy-MM, ?asOf=).");
        api.MapPut("/stores/{code}/targets", PutTargetAsync)
            .WithName("SetTarget").WithSummary("Sets a month, quarter or year sales target (?month=, ?quarter=, ?year=).");
        api.MapDelete("/stores/{code}/targets", DeleteTargetAsync)
            .WithName("DeleteTarget").WithSummary("Deletes the target of a month, quarter or year.");
        api.MapGet("/stores/{code}/attention", GetAttentionAsync)
            .WithName("GetAttention").WithSummary("The attention list for a day (default yesterday), in English or Chinese (?lang=zh-CN).");
        api.MapGet("/portfolio", GetPortfolioAsync)
            .WithName("GetPortfolio").WithSummary("All stores ranked by need for a range.");
        api.MapGet("/stores/{code}/annotations", GetAnnotationsAsync)
            .WithName("ListAnnotations").WithSummary("The store's notes and campaigns in a range.");
        api.MapPost("/stores/{code}/annotations", PostAnnotationAsync)
            .WithName("AddAnnotation").WithSummary("Adds a dated note; with endDate, a campaign.");
        api.MapDelete("/stores/{code}/annotations/{id:long}", DeleteAnnotationAsync)
            .WithName("DeleteAnnotation").WithSummary("Deletes a note.");
        return api;
    }

    private static async Task<Results<Ok<IEnumerable<TargetPeriodDto>>, Ok<MonthTargetDto>, ProblemHttpResult>> GetTargetsAsync(
        RouteStore route, string? month, string? quarter, string? year, string? asOf, TargetService targets, TimeProvider clock, CancellationToken ct)
    {
        var store = route.Store;
        if (month is null && quarter is null && year is null)
        {
            var all = await targets.ListAsync(store.Id, ct);
            return TypedResults.Ok(all.Select(t => new TargetPeriodDto(TargetService.KindName(t.Kind), t.Start, t.End, t.Amount, TargetService.ShapeName(t.Shape))));
        }

        if (!TryParsePeriod(month, quarter, year, out var kind, out var start, out var error) || kind != TargetPeriodKind.Month)
        {
            return ApiEndpoints.BadRequest(error.Length > 0 ? error : "GET one month at a time: ?month=yyyy-MM (the month shows its share of a quarter or year target).");
        }

        DateOnly? day = store.Yesterday(clock);
        if (asOf is not null)
        {
            if (!DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return ApiEndpoints.BadRequest($"'asOf' = '{asOf}' is not a date in the form yyyy-MM-dd.");
            }

            day = parsed;
        }

        var plan = await targets.MonthAsync(store.Id, start, day, ct);
        return plan is null
            ? TypedResults.Problem(detail: $"No month, quarter or year target covers {month}. Set one with PUT ?month={month}.", statusCode: StatusCodes.Status404NotFound, title: "Not found")
            : TypedResults.Ok(MonthTargetDto.From(plan));
    }

    private static async Task<Results<Ok<TargetPeriodDto>, ProblemHttpResult>> PutTargetAsync(
        RouteStore route, string? month, string? quarter, string? year, TargetRequest? request, TargetService targets, CancellationToken ct)
    {
        var store = route.Store;
        if (!TryParsePeriod(month, quarter, year, out var kind, out var start, out var error))
        {
            return ApiEndpoints.BadRequest(error);
        }

        if (request?.Amount is not { } amount || amount < 0m)
        {
            return ApiEndpoints.BadRequest("The body must be JSON {\"amount\": <sales target ≥ 0>, \"shape\": \"even\" | \"lastYear\"}.");
        }

        if (!TargetService.TryParseShape(request.Shape, out var shape))
        {
            return ApiEndpoints.BadRequest($"shape '{request.Shape}' is not 'even' or 'lastYear'.");
        }

        var period = new TargetPeriod(kind, start, amount, shape);
        await targets.SetAsync(store.Id, period, ct);
        return TypedResults.Ok(new TargetPeriodDto(TargetService.KindName(kind), period.Start, period.End, amount, TargetService.ShapeName(shape)));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteTargetAsync(
        RouteStore route, string? month, string? quarter, string? year, TargetService targets, CancellationToken ct)
    {
        var store = route.Store;
        if (!TryParsePeriod(month, quarter, year, out var kind, out var start, out var error))
        {
            return ApiEndpoints.BadRequest(error);
        }

        return await targets.DeleteAsync(store.Id, kind, start, ct)
            ? TypedResults.NoContent()
            : TypedResults.Problem(detail: "No target is set for that period.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
    }

    /// <summary>Today's attention list for a day (default yesterday); words in English, or Chinese with ?lang=zh-CN.</summary>
    private static async Task<Results<Ok<IEnumerable<AttentionItemDto>>, ProblemHttpResult>> GetAttentionAsync(
        RouteStore route, string? date, string? lang, AttentionService attention, AttentionText text, TimeProvider clock, CancellationToken ct)
    {
        var store = route.Store;
        var day = store.Yesterday(clock);
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return ApiEndpoints.BadRequest($"'date' = '{date}' is not a date in the form yyyy-MM-dd.");
        }

        var culture = CultureInfo.GetCultureInfo(string.Equals(lang, "zh-CN", StringComparison.OrdinalIgnoreCase) ? "zh-CN" : "en");
        var items = await attention.ForDayAsync(store, day, ct);
        return TypedResults.Ok(items.Select(item =>
        {
            var view = text.Describe(item, store.Currency, culture);
            return new AttentionItemDto(
                item.Rule,
                item.Severity.ToString().ToLowerInvariant(),
                item.Team,
                item.Subject,
                view.Message,
                view.Action,
                item.Figures.ToDictionary(f => f.Name, f => f.Value),
                Model.AttentionLinks.For(item, store.Code, day),
                item.More);
        }));
    }

    /// <summary>All stores ranked by need for the range; attention items are those of the range's last day.</summary>
    private static async Task<Results<Ok<IEnumerable<PortfolioEntryDto>>, ProblemHttpResult>> GetPortfolioAsync(string? from, string? to, PortfolioService portfolio, CancellationToken ct)
    {
        if (!RequestParsing.TryParseRange(from, to, out var range, out var error))
        {
            return ApiEndpoints.BadRequest(error);
        }

        var entries = await portfolio.RankAsync(range, ct);
        return TypedResults.Ok(entries.Select(e => new PortfolioEntryDto(
            StoreDto.From(e.Store),
            e.Overview.Current.PaymentAmount,
            e.Overview.Previous.PaymentAmount,
            e.Overview.ChangeVsPrevious?.SalesChange,
            Catalogue.ConversionRate.Of(e.Overview.Current),
            Catalogue.AverageOrderValue.Of(e.Overview.Current),
            e.PageHealth.Checks.ToDictionary(c => c.Metric, c => c.Status.ToApiName()),
            e.Attention.Count,
            e.HighItems)));
    }

    private static async Task<Results<Ok<IReadOnlyList<AnnotationInfo>>, ProblemHttpResult>> GetAnnotationsAsync(
        RouteStore route, string? from, string? to, AnnotationService annotations, CancellationToken ct)
    {
        var store = route.Store;
        return RequestParsing.TryParseRange(from, to, out var range, out var error)
            ? TypedResults.Ok(await annotations.ListAsync(store.Id, range, ct))
            : ApiEndpoints.BadRequest(error);
    }

    private static async Task<Results<Created<AnnotationInfo>, ProblemHttpResult>> PostAnnotationAsync(
        RouteStore route, AnnotationRequest? request, AnnotationService annotations, CancellationToken ct)
    {
        var store = route.Store;
        if (!DateOnly.TryParseExact(request?.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return ApiEndpoints.BadRequest("date is required, in the form yyyy-MM-dd.");
        }

        if (string.IsNullOrWhiteSpace(request!.Text) || request.Text.Trim().Length > AnnotationService.MaxLength)
        {
            return ApiEndpoints.BadRequest($"text is required, at most {AnnotationService.MaxLength} characters.");
        }

        if (OpsDashboard.Data.Import.TextHygiene.HasUnsafeCharacters(request.Text))
        {
            return ApiEndpoints.BadRequest("text contains control or text-direction characters (such as NUL, ESC or U+202E); remove them.");
        }

        DateOnly? endDate = null;
        if (!string.IsNullOrWhiteSpace(request.EndDate))
        {
            if (!DateOnly.TryParseExact(request.EndDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
            {
                return ApiEndpoints.BadRequest("endDate must be in the form yyyy-MM-dd.");
            }

            endDate = end;
        }

        if (AnnotationService.CampaignProblem(date, endDate) is { } problem)
        {
            return ApiEndpoints.BadRequest(problem);
        }

        var note = await annotations.AddAsync(store.Id, date, request.Text, endDate, ct);
        return TypedResults.Created($"/api/v1/stores/{route.Code}/annotations/{note.Id}", note);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAnnotationAsync(
        RouteStore route, long id, AnnotationService annotations, CancellationToken ct)
    {
        var store = route.Store;
        return await annotations.DeleteAsync(store.Id, id, ct)
            ? TypedResults.NoContent()
            : TypedResults.Problem(detail: $"No annotation {id} on store '{route.Code}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
    }

    /// <summary>Exactly one of ?month=yyyy-MM, ?quarter=yyyy-Qn, ?year=yyyy.</summary>
    private static bool TryParsePeriod(string? month, string? quarter, string? year, out TargetPeriodKind kind, out DateOnly start, out string error)
    {
        kind = TargetPeriodKind.Month;
        start = default;
        error = string.Empty;
        var given = new[] { month, quarter, year }.Count(v => v is not null);
        if (given != 1)
        {
            error = "Give exactly one of ?month=yyyy-MM, ?quarter=yyyy-Qn or ?year=yyyy.";
            return false;
        }

        if (month is not null)
        {
            if (DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
            {
                return true;
            }

            error = $"'month' = '{month}' is not in the form yyyy-MM.";
            return false;
        }

        if (quarter is not null)
        {
            var match = QuarterPattern().Match(quarter);
            if (match.Success)
            {
                kind = TargetPeriodKind.Quarter;
                start = new DateOnly(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), ((int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) - 1) * 3) + 1, 1);
                return true;
            }

            error = $"'quarter' = '{quarter}' is not in the form yyyy-Q1 … yyyy-Q4.";
            return false;
        }

        if (int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100)
        {
            kind = TargetPeriodKind.Year;
            start = new DateOnly(y, 1, 1);
            return true;
        }

        error = $"'year' = '{year}' is not a year such as 2026.";
        return false;
    }

    [GeneratedRegex("^(\\d{4})-?[Qq]([1-4])$")]
    private static partial Regex QuarterPattern();
}
