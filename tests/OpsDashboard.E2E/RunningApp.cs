using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Testing;

namespace OpsDashboard.E2E;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 on a free port, over a real database, stopped when the
/// test is done (in-process, so it cannot outlive the test run). Also compiled into
/// bench/OpsDashboard.Bench (--tti), whose own top-level <c>Program</c> would hide the app's: the
/// factory is therefore keyed on <see cref="Web.Components.App"/>, a type of the app's assembly.
/// </summary>
public sealed class RunningApp : WebApplicationFactory<Web.Components.App>
{
    public const string ApiKey = "e2e-api-key-0123456789";

    /// <summary>The owner every browser test signs in as (Auth__BootstrapAdmin; <see cref="Screens.OpenAsync"/> signs in).</summary>
    public const string OwnerEmail = "owner@e2e.example";

    public const string OwnerPassword = "e2e-owner-password";

    private readonly bool _withOwner;

    private RunningApp(TestDatabase database, bool withOwner)
    {
        _withOwner = withOwner;
        Database = database;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public TestDatabase Database { get; }

    public string BaseUrl { get; private set; } = string.Empty;

    /// <param name="withOwner">False for a first run: no account exists until someone opens the setup link.</param>
    public static async Task<RunningApp> StartAsync(Data.DatabaseProvider provider, bool withOwner = true)
    {
        var app = new RunningApp(await TestDatabase.CreateAsync(provider), withOwner);
        app.StartServer();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel did not report its address.");
        app.BaseUrl = addresses.Addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal);
        return app;
    }

    public HttpClient CreateApiClient()
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // Outside Development the build's static assets (MudBlazor's CSS and JS) must be switched on explicitly.
        builder.UseStaticWebAssets();
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Database.Provider.ToString(),
            ["ConnectionStrings:OpsDashboard"] = Database.ConnectionString,
            ["Database:DataFolder"] = Path.Combine(Path.GetTempPath(), "opsdash-e2e"),
            ["Demo:Seed"] = "false",
            ["Api:BootstrapKey"] = ApiKey,
            ["Auth:BootstrapAdmin:Email"] = _withOwner ? OwnerEmail : null,
            ["Auth:BootstrapAdmin:Password"] = _withOwner ? OwnerPassword : null,
        }));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}
