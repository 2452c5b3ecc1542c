using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace OpsDashboard.Web.Components.Layout;

/// <summary>
/// The base of a screen whose state lives in its URL (store, range, drill-down…): it loads from the URL
/// when it opens, again when the URL of its own path changes (filter bar, drill-down links, back/forward),
/// and again after an outage; it keeps the loading flag and the error text, and a failed load reaches the
/// database-status banner (<see cref="ScreenComponent.ReportFailureAsync"/>). A screen says what to read
/// (<see cref="LoadFromAsync"/>), what to forget when a load fails (<see cref="OnLoadFailed"/>) and in what
/// words (<see cref="FailureMessage"/>).
/// </summary>
public abstract class UrlScreen : ScreenComponent
{
    private string? _loadedUri;

    [Inject] public required NavigationManager Navigation { get; init; }

    /// <summary>True while a load runs.</summary>
    protected bool Loading { get; private set; } = true;

    /// <summary>The failure text of the last load, or null when it succeeded.</summary>
    protected string? Error { get; private set; }

    /// <summary>The screen's route (<see cref="Routing.DashboardUrls"/>): a URL change elsewhere is not this screen's.</summary>
    protected abstract string ScreenPath { get; }

    /// <summary>What the screen says when a load fails (the database is down or a query failed).</summary>
    protected abstract string FailureMessage { get; }

    /// <summary>Where a failed load is logged, with the screen's name.</summary>
    protected abstract ILogger Log { get; }

    /// <summary>Reads everything the screen shows for <paramref name="uri"/>.</summary>
    protected abstract Task LoadFromAsync(string uri);

    /// <summary>What a failed load leaves on screen: by default what the last good load read stays.</summary>
    protected virtual void OnLoadFailed()
    {
    }

    protected override void OnInitialized() => Navigation.LocationChanged += OnLocationChanged;

    protected override Task OnParametersSetAsync() => LoadIfMovedAsync();

    protected override Task ReloadAfterOutageAsync() => LoadAsync();

    /// <summary>Loads the current URL again (after a change the screen made itself, e.g. a saved setting).</summary>
    protected async Task LoadAsync()
    {
        var uri = _loadedUri = Navigation.Uri;
        Loading = true;
        try
        {
            await LoadFromAsync(uri);
            Error = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.LogError(ex, "The screen {Screen} failed to load {Uri}", GetType().Name, uri);
            OnLoadFailed();
            Error = FailureMessage;
            await ReportFailureAsync(ex);
        }
        finally
        {
            Loading = false;
        }
    }

    private Task LoadIfMovedAsync() => Navigation.Uri == _loadedUri ? Task.CompletedTask : LoadAsync();

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        if (e.Location != _loadedUri && IsOwnPath(e.Location))
        {
            RunOnRenderer(LoadIfMovedAsync);
        }
    }

    private bool IsOwnPath(string location) =>
        string.Equals(Navigation.ToBaseRelativePath(location).Split('?', '#')[0], ScreenPath.TrimStart('/'), StringComparison.OrdinalIgnoreCase);

    /// <summary>A screen's own clean-up runs in <see cref="OnScreenDisposing"/>; the URL subscription ends here.</summary>
    protected sealed override void OnDisposing()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        OnScreenDisposing();
    }

    /// <summary>A screen's own clean-up (event handlers, timers), run when it is disposed.</summary>
    protected virtual void OnScreenDisposing()
    {
    }
}
