using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Components.Layout;

/// <summary>
/// The base of screens and controls that load data: failures reach the database-status banner, and
/// the screen loads again by itself once the database answers (issue: screens that survive an outage).
/// </summary>
public abstract class ScreenComponent : ComponentBase, IDisposable
{
    private bool _failedOnOutage;
    private bool _watching;
    private PersistingComponentStateSubscription? _handingOff;

    [Inject] public required DatabaseStatus Database { get; init; }

    /// <summary>Optional services (the prerender handoff): resolved when present, so a test host without them still renders.</summary>
    [Inject] public required IServiceProvider ScreenServices { get; init; }

    private string HandoffKey => "screen:" + GetType().FullName;

    /// <summary>
    /// In the circuit's first render: what this screen read while prerendering <paramref name="uri"/>
    /// (<see cref="PrerenderHandoff"/>), or null (no prerender, another URL, expired): then it reads as usual.
    /// </summary>
    protected T? TakePrerendered<T>(string uri)
        where T : class =>
        ScreenServices.GetService<PersistentComponentState>() is { } state
        && ScreenServices.GetService<PrerenderHandoff>() is { } handoff
        && state.TryTakeFromJson<string>(HandoffKey, out var key) && key is not null
            ? handoff.Take<T>(key, uri)
            : null;

    /// <summary>
    /// When the prerender ends, keeps what <paramref name="snapshot"/> returns (null: nothing worth handing over,
    /// e.g. a failed load) for this screen's circuit, which takes it with <see cref="TakePrerendered{T}"/>.
    /// Call once, when the screen initializes.
    /// </summary>
    protected void HandPrerenderedToCircuit(Func<(string Uri, object? State)> snapshot)
    {
        if (ScreenServices.GetService<PersistentComponentState>() is not { } state || ScreenServices.GetService<PrerenderHandoff>() is not { } handoff)
        {
            return;
        }

        _handingOff = state.RegisterOnPersisting(() =>
        {
            var (uri, current) = snapshot();
            if (current is not null && handoff.Put(uri, current) is { } key)
            {
                state.PersistAsJson(HandoffKey, key);
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// Runs work on the renderer for an event raised outside it (navigation, a timer, the database
    /// status) and renders; a failure goes to the screen's error boundary instead of vanishing.
    /// </summary>
    protected void RunOnRenderer(Func<Task> work) => _ = InvokeAsync(async () =>
    {
        try
        {
            await work();
            StateHasChanged();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await DispatchExceptionAsync(ex);
        }
    });

    /// <summary>
    /// A load failed and the screen shows so itself: tell the database status (which shows the banner
    /// when the database is down) and, if it is down, load again through <see cref="ReloadAfterOutageAsync"/>
    /// when it answers. True when the database is down.
    /// </summary>
    protected async Task<bool> ReportFailureAsync(Exception failure)
    {
        if (!_watching)
        {
            _watching = true;
            Database.Changed += OnDatabaseChanged;
        }

        var down = await Database.ReportFailureAsync(failure);
        _failedOnOutage |= down;
        return down;
    }

    /// <summary>Loads the screen's data again after the outage that made its last load fail.</summary>
    protected abstract Task ReloadAfterOutageAsync();

    private void OnDatabaseChanged()
    {
        if (!Database.IsDown && _failedOnOutage)
        {
            _failedOnOutage = false;
            RunOnRenderer(ReloadAfterOutageAsync);
        }
    }

    /// <summary>A screen's own clean-up (event handlers, timers), run when it is disposed.</summary>
    protected virtual void OnDisposing()
    {
    }

    public void Dispose()
    {
        OnDisposing();
        _handingOff?.Dispose();
        Database.Changed -= OnDatabaseChanged;
        GC.SuppressFinalize(this);
    }
}
