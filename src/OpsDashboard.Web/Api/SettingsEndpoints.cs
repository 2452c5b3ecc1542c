using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Web.Api;

/// <summary>Per-store thresholds (DOMAIN §4 defaults): GET, PUT (any subset of fields), DELETE = reset to defaults.</summary>
public static class SettingsEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RouteGroupBuilder MapSettings(this RouteGroupBuilder api)
    {
        api.MapGet("/stores/{code}/settings", (RouteStore store) => TypedResults.Ok(store.Store.Thresholds))
            .WithName("GetSettings").WithSummary("The store's thresholds (DOMAIN §4).");

        api.MapPut("/stores/{code}/settings", PutAsync)
            .WithName("ChangeSettings").WithSummary("Changes any subset of the store's thresholds, all checked before any is saved.");

        api.MapDelete("/stores/{code}/settings", async (RouteStore store, StoreCatalog stores, CancellationToken ct) =>
            {
                await stores.SaveThresholdsAsync(store.Code, StoreThresholds.Defaults, ct);
                return TypedResults.Ok(StoreThresholds.Defaults);
            })
            .WithName("ResetSettings").WithSummary("Resets the store's thresholds to the documented defaults.");
        return api;
    }

    private static async Task<Results<Ok<StoreThresholds>, ProblemHttpResult>> PutAsync(RouteStore route, HttpRequest request, StoreCatalog stores, CancellationToken ct)
    {
        var store = route.Store;
        var code = route.Code;

        JsonObject? changes;
        try
        {
            changes = await JsonSerializer.DeserializeAsync<JsonObject>(request.Body, Json, ct);
        }
        catch (JsonException)
        {
            changes = null;
        }

        if (changes is null)
        {
            return ApiEndpoints.BadRequest("The body must be a JSON object of thresholds, e.g. {\"bounceFail\": 0.65}.");
        }

        var merged = JsonSerializer.SerializeToNode(store.Thresholds, Json)!.AsObject();
        var unknown = changes.Select(c => c.Key).Where(k => !merged.ContainsKey(k)).ToList();
        if (unknown.Count > 0)
        {
            return ApiEndpoints.BadRequest($"Unknown setting(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", merged.Select(m => m.Key))}.");
        }

        foreach (var (key, value) in changes)
        {
            merged[key] = value?.DeepClone();
        }

        StoreThresholds? thresholds;
        try
        {
            thresholds = merged.Deserialize<StoreThresholds>(Json);
        }
        catch (JsonException ex)
        {
            return ApiEndpoints.BadRequest($"A setting has the wrong type: {ex.Message}");
        }

        var problems = ThresholdValidation.Validate(thresholds!);
        if (problems.Count > 0)
        {
            return TypedResults.Problem(
                detail: string.Join(" ", problems.Select(p => p.Message)),
                statusCode: StatusCodes.Status400BadRequest,
                title: "Bad request",
                extensions: new Dictionary<string, object?> { ["errors"] = problems });
        }

        await stores.SaveThresholdsAsync(code, thresholds!, ct);
        return TypedResults.Ok(thresholds!);
    }
}
