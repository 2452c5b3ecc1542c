using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;
using OpsDashboard.Data;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Queries;
using OpsDashboard.Testing;
using OpsDashboard.Web.Configuration;

namespace OpsDashboard.Web.Tests.Components;

/// <summary>
/// bUnit with MudBlazor, the real resources (tests pin the culture with <see cref="UseCultureAttribute"/>) and the real services over a
/// real SQLite database; the clock is a <see cref="TestTimeProvider"/>.
/// </summary>
public sealed class ScreenTestContext : IAsyncDisposable
{
    private ScreenTestContext(TestDatabase database, TestTimeProvider clock, MeetingOptions meeting)
    {
        Database = database;
        Clock = clock;

        var services = Bunit.Services;
        services.AddMudServices();
        services.AddLocalization();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IDbContextFactory<OpsDbContext>>(database.Factory);
        services.AddSingleton(database.Stores);
        services.AddSingleton(database.Queries);
        services.AddSingleton(database.Reports);
        services.AddSingleton(new PageHealthTrends(database.Queries));
        services.AddSingleton(database.Targets);
        services.AddSingleton(database.Annotations);
        services.AddSingleton(database.Attention);
        services.AddSingleton<OpsDashboard.Web.Model.AttentionText>();
        services.AddSingleton(new MeetingReports(database.Queries, database.Reports));
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(Options.Create(meeting));
        Bunit.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public BunitContext Bunit { get; } = new();

    public TestDatabase Database { get; }

    public TestTimeProvider Clock { get; }

    public NavigationManager Navigation => Bunit.Services.GetRequiredService<NavigationManager>();

    public static async Task<ScreenTestContext> CreateAsync(DateTimeOffset now, MeetingOptions? meeting = null) =>
        new(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite), new TestTimeProvider(now), meeting ?? new MeetingOptions());

    /// <summary>Renders a page at a URL, under a popover provider as MudBlazor's selects need.</summary>
    public IRenderedComponent<TPage> RenderAt<TPage>(string relativeUrl)
        where TPage : IComponent
    {
        Navigation.NavigateTo(relativeUrl);
        Bunit.Render<MudPopoverProvider>();
        return Bunit.Render<TPage>();
    }

    public async Task<int> StoreAsync(string code) => await Database.CreateStoreAsync(code);

    public async Task ImportAsync(int store, ImportKind kind, string csv)
    {
        var result = await Database.Imports.ImportAsync(store, kind, Encoding.UTF8.GetBytes(csv), null);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Row}/{e.Column}: {e.Message}")));
    }

    public async ValueTask DisposeAsync()
    {
        await Bunit.DisposeAsync();
        await Database.DisposeAsync();
    }
}
