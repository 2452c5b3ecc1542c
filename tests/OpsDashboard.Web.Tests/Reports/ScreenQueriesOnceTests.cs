using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data;
using OpsDashboard.Data.Reports;
using OpsDashboard.Data.Stores;
using OpsDashboard.Testing;
using OpsDashboard.Web.Tests.Api;

namespace OpsDashboard.Web.Tests.Reports;

/// <summary>
/// Issue 9, "each screen issues each distinct query once": the real app over the demo data (2 stores, 18 months) on
/// each database, every command EF sends counted by an interceptor; a screen's load (its prerendered GET with layout
/// and filter bar, the meeting screen's 60 s refresh, the attention API) must not send the same command text twice.
/// </summary>
public sealed class ScreenQueriesOnceTests
{
    private const string Store = "tmall-flagship";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task EveryScreenLoad_SendsEachCommandTextOnce(DatabaseProvider provider)
    {
        var counter = new CommandCounter();
        await using var factory = await ApiFactory.CreateAsync(provider);
        var database = factory.Database;
        await using var app = factory.WithWebHostBuilder(builder =>
        {
            builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?> { ["Demo:Seed"] = "true" }));
            builder.ConfigureTestServices(services => services.AddSingleton<IDbContextFactory<OpsDbContext>>(
                new OpsDbContextFactory(database.Provider, database.ConnectionString, counter)));
        });
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiFactory.ApiKey);
        await client.GetStringAsync(new Uri("/healthz", UriKind.Relative)); // starts the app: migrates and seeds the demo data

        var loads = new (string Screen, Func<Task> Load)[]
        {
            ("morning review", () => client.GetStringAsync(new Uri($"/?store={Store}", UriKind.Relative))),
            ("morning review, a year ago", () => client.GetStringAsync(new Uri($"/?store={Store}&compare=yoy", UriKind.Relative))),
            ("page health", () => client.GetStringAsync(new Uri($"/page-health?store={Store}", UriKind.Relative))),
            ("meeting", () => client.GetStringAsync(new Uri($"/meeting?store={Store}", UriKind.Relative))),
            ("meeting refresh", () => MeetingRefreshAsync(app.Services)),
            ("portfolio", () => client.GetStringAsync(new Uri("/portfolio", UriKind.Relative))),
            ("attention API", () => client.GetStringAsync(new Uri($"/api/v1/stores/{Store}/attention", UriKind.Relative))),
        };

        var repeats = new List<string>();
        foreach (var (screen, load) in loads)
        {
            counter.Reset();
            await load();
            Assert.NotEmpty(counter.Commands); // the load did read the database
            repeats.AddRange(counter.Repeated.Select(r => $"{screen}: {r.Times}× {r.Text}"));
        }

        Assert.True(repeats.Count == 0, "A screen load sent the same command more than once:\n" + string.Join("\n\n", repeats));
    }

    /// <summary>What the meeting screen's timer runs every 60 s.</summary>
    private static async Task MeetingRefreshAsync(IServiceProvider services)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        var store = (await services.GetRequiredService<StoreCatalog>().ListAsync()).First(s => s.Code == Store);
        await services.GetRequiredService<MeetingReports>().LoadAsync(store, store.Today(clock), Comparison.Previous);
    }
}
