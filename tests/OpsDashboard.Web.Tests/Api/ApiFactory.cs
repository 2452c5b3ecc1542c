using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using OpsDashboard.Data;
using OpsDashboard.Testing;

namespace OpsDashboard.Web.Tests.Api;

/// <summary>The real app and HTTP pipeline over a real database (a fresh SQLite file or PostgreSQL database).</summary>
/// <remarks>
/// Any type of the web assembly names its entry point; the root component is used rather than
/// <c>Program</c>, which the bench (compiling this file too) has a top-level one of its own.
/// </remarks>
public sealed class ApiFactory(TestDatabase database) : WebApplicationFactory<OpsDashboard.Web.Components.App>
{
    public const string ApiKey = "test-api-key-0123456789";

    public TestDatabase Database { get; } = database;

    /// <summary>Extra configuration for one test (set before the first request).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    public static async Task<ApiFactory> CreateAsync(DatabaseProvider provider) => new(await TestDatabase.CreateAsync(provider));

    public HttpClient CreateApiClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Found from the solution, so the bench (which compiles this file too) runs the app the same way.
        builder.UseSolutionRelativeContentRoot("src/OpsDashboard.Web");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Database.Provider.ToString(),
            ["ConnectionStrings:OpsDashboard"] = Database.ConnectionString,
            ["Database:DataFolder"] = Path.Combine(Path.GetTempPath(), "opsdash-web-tests"),
            ["Demo:Seed"] = "false",
            ["Api:BootstrapKey"] = ApiKey,
            ["Import:MaxUploadMegabytes"] = "1",
        }).AddInMemoryCollection(Settings));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}
