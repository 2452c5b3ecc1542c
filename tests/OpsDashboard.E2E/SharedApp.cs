using Microsoft.Playwright;
using OpsDashboard.Data;

namespace OpsDashboard.E2E;

/// <summary>
/// One running app (Kestrel over a fresh SQLite database) and one headless Chromium for all the tests
/// of a class (<c>IClassFixture&lt;SharedApp&gt;</c>) or of a collection (<see cref="DemoDataCollection"/>).
/// Each test still opens its own browser context (<see cref="Screens.OpenAsync"/>: own cookies, culture
/// and viewport), closed after the test by <see cref="BrowserTests"/>. The tests of one class run one
/// after another, so data is seeded once per key (<see cref="OnceAsync"/>) and a test that changes data
/// does so in a store of its own.
/// </summary>
public class SharedApp : IAsyncLifetime
{
    private readonly Dictionary<string, Task> seeded = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private RunningApp? app;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public RunningApp App => app ?? throw new InvalidOperationException("The shared app is not started yet.");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The shared browser is not launched yet.");

    public virtual async Task InitializeAsync()
    {
        app = await RunningApp.StartAsync(DatabaseProvider.Sqlite);
        (playwright, browser) = await E2E.Browser.LaunchAsync();
    }

    /// <summary>
    /// Runs <paramref name="seed"/> against the app the first time <paramref name="key"/> is asked for, and
    /// only waits for that run afterwards (a failed seed fails every test that asks for it, with its own error).
    /// </summary>
    public Task OnceAsync(string key, Func<RunningApp, Task> seed)
    {
        lock (gate)
        {
            if (!seeded.TryGetValue(key, out var task))
            {
                task = seed(App);
                seeded[key] = task;
            }

            return task;
        }
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}

/// <summary>The shared app filled with the demo stores (tmall-flagship, jd-home) up to yesterday, as Demo:Seed does.</summary>
public sealed class DemoApp : SharedApp
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Screens.SeedDemoAsync(App);
    }
}

/// <summary>The classes that read the demo stores share one seeded app (seeding 18 months takes a while).</summary>
[CollectionDefinition(Name)]
public sealed class DemoDataCollection : ICollectionFixture<DemoApp>
{
    public const string Name = "Demo data";
}

/// <summary>
/// Base of a browser test class over a <see cref="SharedApp"/>: gives the app and the browser, and closes
/// every browser context a test opened when the test ends. A new class:
/// <code>
/// public sealed class MyScreenTests(SharedApp shared) : BrowserTests(shared), IClassFixture&lt;SharedApp&gt;
/// {
///     [Fact]
///     public async Task Something()
///     {
///         await OnceAsync("my-store", async app => { using var api = app.CreateApiClient(); … });
///         var page = await Screens.OpenAsync(Chromium, App, "en", "/?store=my-store");
///         …
///     }
/// }
/// </code>
/// </summary>
public abstract class BrowserTests(SharedApp shared) : IAsyncLifetime
{
    protected RunningApp App => shared.App;

    protected IBrowser Chromium => shared.Browser;

    /// <inheritdoc cref="SharedApp.OnceAsync"/>
    protected Task OnceAsync(string key, Func<RunningApp, Task> seed) => shared.OnceAsync(key, seed);

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var context in shared.Browser.Contexts.ToList())
        {
            await context.CloseAsync();
        }
    }
}
