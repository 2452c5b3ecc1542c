using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Data;
using OpsDashboard.Web.Api;
using OpsDashboard.Web.Tests.Api;

namespace OpsDashboard.Web.Tests.Accounts;

/// <summary>
/// DOMAIN §8's matrix on both providers: 3 stores × {owner, manager of A, operator of A+B, viewer of C, read key for B,
/// import key for B, a display link of A presented as a key, anonymous} × every /api/v1 endpoint of the running app
/// (enumerated, so a new endpoint is in the matrix the day it is mapped), and the screens for signed-in users.
/// </summary>
public sealed partial class AccessMatrixTests
{
    private static readonly string[] StoreCodes = ["a", "b", "c"];

    /// <summary>A caller of the matrix: how it authenticates, what it may see and do.</summary>
    private sealed record Who(string Name, string? Key, string[] Sees, string Role, string Scope = "full");

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task EveryApiEndpoint_AnswersExactlyByRoleScopeAndStore_NoLeaks(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        // The matrix presents a wrong key (the display link) far more than 20 times: not a guesser to slow down here.
        app.Settings["Limits:FailuresPerClientPerMinute"] = "100000";
        var callers = await SeedAsync(app);
        var endpoints = ApiEndpoints(app);
        Assert.True(endpoints.Count >= 20, $"The app maps {endpoints.Count} API endpoints; the matrix expected at least 20.");

        var failures = new List<string>();
        foreach (var who in callers)
        {
            using var client = app.CreateClient();
            if (who.Key is not null)
            {
                client.DefaultRequestHeaders.Add(ApiKeyFilter.HeaderName, who.Key);
            }

            foreach (var (method, pattern) in endpoints)
            {
                foreach (var store in pattern.Contains("{code}", StringComparison.Ordinal) ? StoreCodes.Select(c => (string?)c) : [null])
                {
                    if (method == "DELETE" && store is not null && pattern.EndsWith("{code}", StringComparison.Ordinal) && who.Role == "owner")
                    {
                        continue; // the owner deleting a store is checked last, on its own store
                    }

                    var url = Url(pattern, store);
                    using var request = new HttpRequestMessage(new HttpMethod(method), url);
                    if (method is "POST" or "PUT")
                    {
                        request.Content = JsonContent.Create(new { });
                    }

                    using var response = await client.SendAsync(request);
                    var status = (int)response.StatusCode;
                    var expected = Expected(who, method, pattern, store);
                    var ok = expected switch
                    {
                        401 or 403 or 404 => status == expected,
                        // Allowed: whatever the handler says about an empty body, but never a denial or a hidden store.
                        _ => status is not (401 or 403) && !(status == 404 && await IsStoreNotFoundAsync(response)),
                    };
                    if (!ok)
                    {
                        failures.Add($"{who.Name} {method} {url}: {status}, expected {(expected == 0 ? "allowed" : expected.ToString(System.Globalization.CultureInfo.InvariantCulture))}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task HiddenStore_AnswersTheSame404AsAMissingOne_AndListsLeaveItOut(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var callers = await SeedAsync(app);
        var viewer = callers.Single(c => c.Name == "viewer of C");
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyFilter.HeaderName, viewer.Key);

        var hidden = await client.GetAsync("/api/v1/stores/a/overview");
        var missing = await client.GetAsync("/api/v1/stores/zz/overview");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(
            Problem(await missing.Content.ReadAsStringAsync()).Replace("'zz'", "'?'", StringComparison.Ordinal),
            Problem(await hidden.Content.ReadAsStringAsync()).Replace("'a'", "'?'", StringComparison.Ordinal));

        var stores = await client.GetFromJsonAsync<JsonElement>("/api/v1/stores");
        Assert.Equal(["c"], stores.EnumerateArray().Select(s => s.GetProperty("code").GetString() ?? string.Empty).ToArray());
        var portfolio = await client.GetStringAsync("/api/v1/portfolio?from=2026-11-01&to=2026-11-07");
        Assert.DoesNotContain("\"a\"", portfolio, StringComparison.Ordinal);
        Assert.DoesNotContain("\"b\"", portfolio, StringComparison.Ordinal);
    }

    /// <summary>What <paramref name="who"/> must get: 401, 403, 404, or 0 for "allowed".</summary>
    private static int Expected(Who who, string method, string pattern, string? store)
    {
        if (who.Key is null || who.Role == "display")
        {
            return 401;
        }

        if (store is not null && !who.Sees.Contains(store))
        {
            return 404;
        }

        var needed = ApiPermissions.For(method, pattern);
        if (pattern.StartsWith("/api/v1/users", StringComparison.Ordinal))
        {
            needed = Data.Accounts.Permission.Administer;
        }
        else if (pattern.StartsWith("/api/v1/keys", StringComparison.Ordinal))
        {
            needed = Data.Accounts.Permission.Read;
        }
        else if (pattern.StartsWith("/api/v1/display-links", StringComparison.Ordinal))
        {
            needed = Data.Accounts.Permission.DisplayLinks;
        }
        else if (pattern.StartsWith("/api/v1/audit", StringComparison.Ordinal))
        {
            needed = Data.Accounts.Permission.Audit;
        }

        var allowed = new HashSet<Data.Accounts.Permission>(Data.Accounts.Caller.PermissionsOf(who.Role));
        allowed.IntersectWith(Data.Accounts.Caller.ScopeCap(who.Scope));
        return allowed.Contains(needed) ? 0 : 403;
    }

    /// <summary>Stores a, b, c; a manager of A, an operator of A+B, a viewer of C (each with a full key), a read and an import key for B's operator, and a display link of A.</summary>
    private static async Task<IReadOnlyList<Who>> SeedAsync(ApiFactory app)
    {
        var owner = app.CreateApiClient();
        foreach (var code in StoreCodes)
        {
            (await owner.PostAsJsonAsync("/api/v1/stores", new { code, name = "Store " + code })).EnsureSuccessStatusCode();
        }

        async Task<string> UserKeyAsync(string email, string role, string[] stores, string scope = "full")
        {
            var created = await owner.PostAsJsonAsync("/api/v1/users", new { email, password = "correct-horse-battery", role, stores });
            Assert.True(created.IsSuccessStatusCode || created.StatusCode == HttpStatusCode.BadRequest, await created.Content.ReadAsStringAsync());
            var key = await owner.PostAsJsonAsync("/api/v1/keys", new { name = $"{role} {scope}", scope, user = email });
            Assert.Equal(HttpStatusCode.Created, key.StatusCode);
            return (await key.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        }

        var link = await owner.PostAsJsonAsync("/api/v1/display-links", new { stores = new[] { "a" } });
        Assert.Equal(HttpStatusCode.Created, link.StatusCode);
        var linkToken = (await link.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!.Split('/').Last();

        return
        [
            new Who("owner", ApiFactory.ApiKey, StoreCodes, "owner"),
            new Who("manager of A", await UserKeyAsync("manager@example.com", "manager", ["a"]), ["a"], "manager"),
            new Who("operator of A+B", await UserKeyAsync("operator@example.com", "operator", ["a", "b"]), ["a", "b"], "operator"),
            new Who("viewer of C", await UserKeyAsync("viewer@example.com", "viewer", ["c"]), ["c"], "viewer"),
            new Who("read key for B", await UserKeyAsync("b-operator@example.com", "operator", ["b"], "read"), ["b"], "operator", "read"),
            new Who("import key for B", await UserKeyAsync("b-operator@example.com", "operator", ["b"], "import"), ["b"], "operator", "import"),
            new Who("display link of A", linkToken, ["a"], "display"),
            new Who("anonymous", null, [], "none"),
        ];
    }

    /// <summary>Every endpoint under /api/v1 the app maps, as (method, route pattern).</summary>
    private static List<(string Method, string Pattern)> ApiEndpoints(WebApplicationFactory<OpsDashboard.Web.Components.App> app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern.RawText!)))
            .Distinct()
            .OrderBy(e => e.Item2, StringComparer.Ordinal).ThenBy(e => e.m, StringComparer.Ordinal)
            .ToList();

    private static string Url(string pattern, string? store) =>
        RouteParameter().Replace(pattern.Replace("{code}", store ?? string.Empty, StringComparison.Ordinal), match => match.Groups[1].Value switch
        {
            "kind" => "store-daily",
            "email" => "nobody@example.com",
            _ => "999999",
        });

    private static async Task<bool> IsStoreNotFoundAsync(HttpResponseMessage response) =>
        (await response.Content.ReadAsStringAsync()).Contains("No store with code", StringComparison.Ordinal);

    /// <summary>A problem body without its trace id.</summary>
    private static string Problem(string json)
    {
        var element = JsonDocument.Parse(json).RootElement;
        return string.Join("|", element.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value}"));
    }

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();
}
