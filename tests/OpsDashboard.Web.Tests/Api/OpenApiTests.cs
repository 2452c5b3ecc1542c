using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Data;

namespace OpsDashboard.Web.Tests.Api;

/// <summary>
/// /openapi/v1.json describes the whole v1 API: every endpoint the app maps under /api/v1 (read from
/// the app's own route table, so a new endpoint cannot be missed), each with a name, a summary, its
/// success result and the 401/404 answers the filters give.
/// </summary>
public sealed class OpenApiTests
{
    [Fact]
    public async Task TheDocument_ListsEveryApiEndpoint_WithANameAndSummary()
    {
        await using var app = await ApiFactory.CreateAsync(DatabaseProvider.Sqlite);
        var response = await app.CreateClient().GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paths");

        var mapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (Path: OpenApiPath(e.RoutePattern.RawText!), Method: m.ToLowerInvariant())))
            .ToList();

        Assert.True(mapped.Count >= 20, $"Only {mapped.Count} API endpoints were found in the route table.");
        Assert.All(mapped, endpoint =>
        {
            Assert.True(paths.TryGetProperty(endpoint.Path, out var path), $"{endpoint.Path} is not in the document.");
            Assert.True(path.TryGetProperty(endpoint.Method, out var operation), $"{endpoint.Method.ToUpperInvariant()} {endpoint.Path} is not in the document.");
            Assert.False(string.IsNullOrEmpty(operation.GetProperty("operationId").GetString()), $"{endpoint.Method} {endpoint.Path} has no name.");
            Assert.False(string.IsNullOrEmpty(operation.GetProperty("summary").GetString()), $"{endpoint.Method} {endpoint.Path} has no summary.");
            var responses = operation.GetProperty("responses");
            Assert.True(responses.TryGetProperty("401", out _), $"{endpoint.Method} {endpoint.Path} does not say it answers 401 without a key.");
            Assert.Contains(responses.EnumerateObject(), r => r.Name.StartsWith('2'));
            if (endpoint.Path.Contains("{code}", StringComparison.Ordinal))
            {
                Assert.True(responses.TryGetProperty("404", out _), $"{endpoint.Method} {endpoint.Path} does not say an unknown store answers 404.");
            }
        });
        Assert.Equal(mapped.Select(m => m.Path).Distinct().Count(), paths.EnumerateObject().Count());
    }

    [Fact]
    public async Task TheDocument_NeedsNoApiKey_AndLeavesOutPagesAndHealth()
    {
        await using var app = await ApiFactory.CreateAsync(DatabaseProvider.Sqlite);
        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.All(document.GetProperty("paths").EnumerateObject(), p => Assert.StartsWith("/api/v1/", p.Name, StringComparison.Ordinal));
        Assert.Equal("OpsDashboard API", document.GetProperty("info").GetProperty("title").GetString());
    }

    /// <summary>"/api/v1/stores/{code}/annotations/{id:long}" as OpenAPI writes it: "/api/v1/stores/{code}/annotations/{id}".</summary>
    private static string OpenApiPath(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, "\\{([^}:?]+)[^}]*\\}", "{$1}");
}
