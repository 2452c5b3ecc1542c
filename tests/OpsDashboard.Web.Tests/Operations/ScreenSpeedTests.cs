using Microsoft.AspNetCore.Components.Server;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpsDashboard.Data;
using OpsDashboard.Web.Operations;
using OpsDashboard.Web.Tests.Api;

namespace OpsDashboard.Web.Tests.Operations;

/// <summary>Issue 16's server-side knobs: the start-up warm-up and how long a dropped connection's circuit is kept.</summary>
public sealed class ScreenSpeedTests
{
    [Fact]
    public async Task DroppedCircuits_AreKeptAMinute_AtMostFifty()
    {
        await using var app = await ApiFactory.CreateAsync(DatabaseProvider.Sqlite);
        var circuits = app.Services.GetRequiredService<IOptions<CircuitOptions>>().Value;
        Assert.Equal(TimeSpan.FromMinutes(1), circuits.DisconnectedCircuitRetentionPeriod);
        Assert.Equal(50, circuits.DisconnectedCircuitMaxRetained);
    }

    [Fact]
    public async Task CircuitRetention_IsSetInTheCircuitsSection()
    {
        await using var app = await ApiFactory.CreateAsync(DatabaseProvider.Sqlite);
        app.Settings["Circuits:DisconnectedCircuitRetentionPeriod"] = "00:03:00";
        app.Settings["Circuits:DisconnectedCircuitMaxRetained"] = "200";
        var circuits = app.Services.GetRequiredService<IOptions<CircuitOptions>>().Value;
        Assert.Equal(TimeSpan.FromMinutes(3), circuits.DisconnectedCircuitRetentionPeriod);
        Assert.Equal(200, circuits.DisconnectedCircuitMaxRetained);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Warmup_ReadsTheDailyScreens_AndWritesNothing(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        await app.Database.CreateStoreAsync("warm");
        var before = await StateAsync(app.Database);

        var warmup = app.Services.GetRequiredService<ScreenWarmup>(); // starts the app; the warm-up runs once it listens
        var storesRead = await warmup.Completion.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(1, storesRead);
        Assert.Equal(before, await StateAsync(app.Database));
    }

    [Fact]
    public async Task Warmup_CanBeSwitchedOff()
    {
        await using var app = await ApiFactory.CreateAsync(DatabaseProvider.Sqlite);
        await app.Database.CreateStoreAsync("warm");
        app.Settings["Warmup:Enabled"] = "false";

        var warmup = app.Services.GetRequiredService<ScreenWarmup>();

        Assert.Null(await warmup.Completion.WaitAsync(TimeSpan.FromMinutes(2)));
    }

    /// <summary>What a write anywhere would change: every store's data version and the audit trail's length.</summary>
    private static async Task<string> StateAsync(Testing.TestDatabase database)
    {
        await using var db = database.CreateContext();
        var versions = await db.Stores.OrderBy(s => s.Id).Select(s => s.DataVersion).ToListAsync();
        var audit = await db.AuditEntries.CountAsync();
        var stores = await db.Stores.CountAsync();
        return $"{stores} stores, versions {string.Join(',', versions)}, {audit} audit entries";
    }
}
