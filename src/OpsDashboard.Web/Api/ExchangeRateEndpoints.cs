using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using OpsDashboard.Core.Currency;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Currency;

namespace OpsDashboard.Web.Api;

/// <summary>One owner-entered rate: 1 <paramref name="From"/> = <paramref name="Rate"/> <paramref name="To"/> for <paramref name="Date"/> (DOMAIN §9).</summary>
public sealed record ExchangeRateDto(string From, string To, decimal Rate, DateOnly Date)
{
    public static ExchangeRateDto Of(DatedRate r) => new(r.From, r.To, r.Rate, r.Date);
}

/// <summary>
/// The owner-entered, dated exchange rates a cross-currency total may use (DOMAIN §9): GET lists them (newest day
/// first), PUT enters one (or replaces the rate of that pair and day). Every caller may read them; only an owner
/// enters one (<see cref="ApiPermissions"/>); each entry is audited ("exchange-rate-set").
/// </summary>
public static class ExchangeRateEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RouteGroupBuilder MapExchangeRates(this RouteGroupBuilder api)
    {
        api.MapGet("/exchange-rates", async Task<Ok<IEnumerable<ExchangeRateDto>>> (ExchangeRateService rates, CancellationToken ct) =>
                TypedResults.Ok((await rates.ListAsync(ct)).Select(ExchangeRateDto.Of)))
            .WithName("ListExchangeRates").WithSummary("The owner-entered exchange rates, newest day first.");

        api.MapPut("/exchange-rates", PutAsync)
            .WithName("SetExchangeRate")
            .WithSummary("Enters the rate 1 from = rate to for a day (owner only); the same pair and day again replaces it.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    private static async Task<Results<Ok<ExchangeRateDto>, ProblemHttpResult>> PutAsync(HttpRequest request, ExchangeRateService rates, CancellationToken ct)
    {
        JsonObject? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonObject>(request.Body, Json, ct);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null)
        {
            return ApiEndpoints.BadRequest("The body must be a JSON object: {\"from\":\"USD\",\"to\":\"CNY\",\"rate\":7.1,\"date\":\"2026-11-15\"}.");
        }

        var problems = new List<ThresholdProblem>();
        var from = Currency(body, "from", problems);
        var to = Currency(body, "to", problems);
        var rate = Rate(body, problems);
        var date = Date(body, problems);
        if (from is not null && from == to)
        {
            problems.Add(new ThresholdProblem("to", "to must be a different currency from from."));
        }

        if (problems.Count > 0)
        {
            return Invalid(problems);
        }

        try
        {
            return TypedResults.Ok(ExchangeRateDto.Of(await rates.SetAsync(from, to, rate!.Value, date!.Value, ct)));
        }
        catch (ExchangeRateValidationException ex)
        {
            return ApiEndpoints.BadRequest(ex.Message);
        }
        catch (UnauthorizedAccessException ex)
        {
            return TypedResults.Problem(detail: ex.Message, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        }
    }

    private static ProblemHttpResult Invalid(IReadOnlyList<ThresholdProblem> problems) => TypedResults.Problem(
        detail: string.Join(" ", problems.Select(p => p.Message)),
        statusCode: StatusCodes.Status400BadRequest,
        title: "Bad request",
        extensions: new Dictionary<string, object?> { ["errors"] = problems });

    private static string? Currency(JsonObject body, string field, List<ThresholdProblem> problems)
    {
        var text = Text(body, field);
        var code = text?.Trim().ToUpperInvariant();
        if (code is { Length: 3 } && code.All(c => c is >= 'A' and <= 'Z'))
        {
            return code;
        }

        problems.Add(new ThresholdProblem(field, $"{field} must be a three-letter currency code (CNY, USD…){(text is null ? "" : $", not '{text}'")}."));
        return null;
    }

    private static decimal? Rate(JsonObject body, List<ThresholdProblem> problems)
    {
        decimal? rate = body["rate"] is JsonValue value && value.TryGetValue<decimal>(out var number) ? number
            : Text(body, "rate") is { } text && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed
            : null;
        if (rate is > 0m and <= 1_000_000m)
        {
            return rate;
        }

        problems.Add(new ThresholdProblem("rate", rate is null
            ? "rate must be a number: how many units of to one unit of from is worth (7.1)."
            : string.Create(CultureInfo.InvariantCulture, $"rate must be more than 0 and at most 1000000, not {rate}.")));
        return null;
    }

    private static DateOnly? Date(JsonObject body, List<ThresholdProblem> problems)
    {
        var text = Text(body, "date");
        if (text is not null && DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(new ThresholdProblem("date", $"date must be the day the rate is for, as yyyy-MM-dd{(text is null ? "" : $", not '{text}'")}."));
        return null;
    }

    private static string? Text(JsonObject body, string field) =>
        body[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
