using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpsDashboard.Data;
using OpsDashboard.Testing;
using OpsDashboard.Web.Configuration;

namespace OpsDashboard.Web.Tests.Configuration;

/// <summary>
/// Settings are bound and checked when the app starts (ValidateOnStart, registered by
/// <c>AddApplicationServices</c>): a bad value stops the start with a message naming the setting,
/// its environment variable, the value and what is accepted — the message Program.cs prints.
/// </summary>
public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("Import:MaxUploadMegabytes", "0", "Import:MaxUploadMegabytes (Import__MaxUploadMegabytes) is 0; it must be a whole number from 1 to 10240.")]
    [InlineData("Meeting:RefreshSeconds", "0", "Meeting:RefreshSeconds (Meeting__RefreshSeconds) is 0; it must be a whole number from 1 to 86400.")]
    [InlineData("Meeting:RotateSeconds", "-5", "Meeting:RotateSeconds (Meeting__RotateSeconds) is -5; it must be a whole number from 1 to 86400.")]
    [InlineData("Database:UpsertBatchSize", "0", "Database:UpsertBatchSize (Database__UpsertBatchSize) is 0; it must be a whole number from 1 to 100000.")]
    [InlineData("Database:ReplicaMaxLagSeconds", "0", "Database:ReplicaMaxLagSeconds (Database__ReplicaMaxLagSeconds) is 0; it must be a whole number from 1 to 3600.")]
    [InlineData("ConnectionStrings:OpsDashboardRead", "Host=standby;Database=ops", "ConnectionStrings:OpsDashboardRead (ConnectionStrings__OpsDashboardRead) names a read standby, which needs Database:Provider (Database__Provider) to be Postgres; SQLite has no standby.")]
    public async Task ABadValue_StopsTheStart_WithAMessageNamingIt(string key, string value, string message)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = Build(database.ConnectionString, key, value);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(message, AppContentRoot.Describe(failure), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostgresWithoutAConnectionString_StopsTheStart_WithAnExample()
    {
        await using var app = Build(string.Empty, "Database:Provider", "Postgres");

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Database__Provider is Postgres but ConnectionStrings__OpsDashboard is not set.", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoodValues_Start()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = Build(database.ConnectionString, "Meeting:RefreshSeconds", "15");

        await app.StartAsync();

        Assert.Equal(15, app.Services.GetRequiredService<IOptions<MeetingOptions>>().Value.RefreshSeconds);
        await app.StopAsync();
    }

    /// <summary>The app's own service registration over a test server, with one setting changed.</summary>
    private static WebApplication Build(string connectionString, string key, string value)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:OpsDashboard"] = connectionString,
            ["Database:DataFolder"] = Path.Combine(Path.GetTempPath(), "opsdash-web-tests"),
            ["Demo:Seed"] = "false",
            [key] = value,
        });
        builder.AddApplicationServices();
        return builder.Build();
    }
}
