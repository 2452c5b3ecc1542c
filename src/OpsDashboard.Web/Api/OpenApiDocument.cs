using Microsoft.AspNetCore.OpenApi;

namespace OpsDashboard.Web.Api;

/// <summary>
/// The API's OpenAPI document, served at /openapi/v1.json (<see cref="Routing.DashboardUrls.OpenApiDocumentPath"/>):
/// every /api/v1 endpoint with its name, summary, parameters and results, and the X-Api-Key header it needs.
/// Pages, the health check and the culture switch are not part of it.
/// </summary>
public static class OpenApiDocument
{
    public const string Name = "v1";

    public static void Configure(OpenApiOptions options)
    {
        options.ShouldInclude = description => description.RelativePath?.StartsWith(Routing.DashboardUrls.ApiBasePath.TrimStart('/'), StringComparison.Ordinal) == true;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "OpsDashboard API";
            document.Info.Version = Name;
            document.Info.Description = "Stores, imports, KPIs, page health, targets, annotations, attention and portfolio (DOMAIN §6). Send the API key in the X-Api-Key header.";
            return Task.CompletedTask;
        });
    }
}
