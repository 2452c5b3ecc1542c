using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Reports;
using OpsDashboard.Data.Stores;
using OpsDashboard.Web.Accounts;

namespace OpsDashboard.Web.Operations;

/// <summary>Warmup:Enabled (default true): whether the app reads its main screens once right after it starts listening.</summary>
public sealed class WarmupOptions
{
    public const string Section = "Warmup";

    public bool Enabled { get; set; } = true;
}

/// <summary>
/// The first visit after a restart used to pay for everything done for the first time in the process: JIT of the
/// data and rendering code and EF Core's compilation of every query the screen sends (issue 16). Right after the app
/// starts listening — start-up readiness (<c>/healthz</c>) is not delayed — this reads what the daily screens read
/// for the first store (morning review, meeting, page health, portfolio) as the system caller, and fetches the
/// anonymous sign-in page and the scripts once over loopback, so the first user finds all of it compiled. It only
/// reads: demo data and every store are untouched, and a failure (the database is down, no store yet) is logged and
/// otherwise ignored.
/// </summary>
public sealed class ScreenWarmup(
    IServiceProvider services, IHostApplicationLifetime lifetime, IServer server, IOptions<WarmupOptions> options, ILogger<ScreenWarmup> log) : IHostedService
{
    private readonly TaskCompletionSource<int?> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenRegistration _started;
    private Task _running = Task.CompletedTask;

    /// <summary>
    /// The warm-up of this start: how many stores it found (it reads the first), or null when it was switched off or
    /// stopped on a failure.
    /// </summary>
    public Task<int?> Completion => _done.Task;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Enabled)
        {
            _started = lifetime.ApplicationStarted.Register(() => _running = Task.Run(() => RunAsync(lifetime.ApplicationStopping)));
        }
        else
        {
            _done.TrySetResult(null);
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _started.DisposeAsync();
        await _running.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _done.TrySetResult(null);
    }

    private async Task RunAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var stores = await ReadScreensAsync(ct);
            await FetchPagesAsync(ct);
            log.LogInformation("Warm-up done in {Milliseconds} ms ({Stores} store(s))", clock.ElapsedMilliseconds, stores);
            _done.TrySetResult(stores);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            log.LogWarning(ex, "Warm-up stopped after {Milliseconds} ms; the first visit compiles what it needs itself", clock.ElapsedMilliseconds);
            _done.TrySetResult(null);
        }
        finally
        {
            _done.TrySetResult(null);
        }
    }

    /// <summary>The reads of the daily screens for the first store, as the screens make them; returns how many stores exist.</summary>
    private async Task<int> ReadScreensAsync(CancellationToken ct)
    {
        using var system = CallerContext.Use(Data.Accounts.Caller.System);
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var time = provider.GetRequiredService<TimeProvider>();
        var choice = await provider.GetRequiredService<Model.ScopeResolver>().StoreAsync("http://warmup/", null, ct);
        if (choice.Store is not { } store)
        {
            return 0;
        }

        var screen = await provider.GetRequiredService<Model.ScopeResolver>().ScopeAsync(choice, ct);
        if (screen is not null)
        {
            await provider.GetRequiredService<MorningReviewReports>().LoadAsync(screen, null, ct);
            await provider.GetRequiredService<PortfolioService>().RankAsync(screen.Range, choice.Stores, ct);
        }

        await provider.GetRequiredService<MeetingReports>().LoadAsync(store, store.Today(time), Comparison.Previous, ct);
        var week = CalendarPeriods.LastCompleteWeek(store.Yesterday(time), store.Thresholds.WeekStartsOn);
        var read = provider.GetRequiredService<StoreScopeReader>().Open(store, [week], ct: ct);
        await read.PageHealthAsync(week);
        await provider.GetRequiredService<PageHealthTrends>().WeeksEndingAsync(read, week, ct: ct);
        await read.SkusAsync(week);
        return choice.Stores.Count;
    }

    /// <summary>The anonymous sign-in page (server rendering, MudBlazor, localisation) and the scripts every screen loads.</summary>
    private async Task FetchPagesAsync(CancellationToken ct)
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null || !Uri.TryCreate(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var root))
        {
            return;
        }

        using var http = new HttpClient { BaseAddress = root, Timeout = TimeSpan.FromSeconds(30) };
        foreach (var path in new[] { AccountUrls.Login, "/_framework/blazor.web.js" })
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative), ct);
            await response.Content.LoadIntoBufferAsync(ct);
        }
    }
}
