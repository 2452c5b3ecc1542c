using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Web.Api;

/// <summary>
/// The store a /stores/{code}/… endpoint works on. A handler takes it as a parameter; the
/// <see cref="StoreLookupFilter"/> looks the code up once, before the handler runs, and answers 404
/// for a code no store has, so no handler looks a store up itself.
/// </summary>
public sealed class RouteStore : IEndpointParameterMetadataProvider
{
    public const string RouteKey = "code";

    private StoreInfo? _store;

    private RouteStore(string code) => Code = code;

    /// <summary>The code in the route, as given.</summary>
    public string Code { get; }

    /// <summary>The store; set by <see cref="StoreLookupFilter"/> before the handler runs.</summary>
    public StoreInfo Store => _store ?? throw new InvalidOperationException($"The store '{Code}' was not looked up: add {nameof(StoreLookupFilter)} to the endpoint.");

    internal void Found(StoreInfo store) => _store = store;

    /// <summary>Minimal APIs bind it from the route's {code}.</summary>
    public static ValueTask<RouteStore?> BindAsync(HttpContext context) =>
        ValueTask.FromResult<RouteStore?>(new RouteStore(context.Request.RouteValues[RouteKey]?.ToString() ?? string.Empty));

    /// <summary>Says in the endpoint's metadata (and OpenAPI) that an unknown store code answers 404.</summary>
    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status404NotFound, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]));
}

/// <summary>
/// The one store lookup of the API: for an endpoint with a <see cref="RouteStore"/> parameter it finds
/// the store by its route code and answers 404 (ProblemDetails "No store with code '…'.") when there is none —
/// or when the caller may not see it (<see cref="StoreCatalog"/> asks <see cref="Data.Accounts.StoreAccess"/>), with
/// the same body. Then, for every endpoint, the caller's role and key scope must allow the action
/// (<see cref="ApiPermissions"/>), else 403.
/// </summary>
public sealed class StoreLookupFilter(StoreCatalog stores) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.Arguments.OfType<RouteStore>().FirstOrDefault() is { } route)
        {
            if (await stores.FindAsync(route.Code, context.HttpContext.RequestAborted) is not { } store)
            {
                return ApiEndpoints.StoreNotFound(route.Code);
            }

            route.Found(store);
        }
        else if (context.HttpContext.Request.RouteValues[RouteStore.RouteKey]?.ToString() is { } code
            && await stores.FindAsync(code, context.HttpContext.RequestAborted) is null)
        {
            // An endpoint that takes the code as a plain string: the store is still looked up here, so a hidden store
            // answers 404 before the caller's permission is judged (a 403 would tell that it exists).
            return ApiEndpoints.StoreNotFound(code);
        }

        var caller = await Accounts.CallerContext.CurrentAsync();
        var needed = ApiPermissions.For(context.HttpContext);
        if (!caller.May(needed))
        {
            return TypedResults.Problem(
                detail: $"This {(caller.Kind == Data.Accounts.CallerKind.ApiKey ? "key" : "account")} may not do this ({needed}).",
                statusCode: StatusCodes.Status403Forbidden,
                title: "Forbidden");
        }

        return await next(context);
    }
}
