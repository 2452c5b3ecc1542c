using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;
using OpsDashboard.Data.Accounts;

namespace OpsDashboard.Web.Accounts;

/// <summary>
/// The sign-in state of an open browser session (a circuit), kept current: the cookie's principal is what the
/// session started with, so this provider reads the user (or display link) again whenever this instance announces an
/// access change (<see cref="AccessChanges"/>) and every <see cref="AuthOptions.RevalidateSeconds"/> (changes made
/// on another instance). A new role replaces the principal's role claim — the nav and every [Authorize] page follow at
/// once, without reconnecting; a deleted or disabled user, or a revoked or expired link, becomes anonymous and is sent
/// to the sign-in page.
/// </summary>
public sealed class FreshAuthenticationState : AuthenticationStateProvider, IHostEnvironmentAuthenticationStateProvider, IDisposable
{
    private static readonly ClaimsPrincipal Nobody = new(new ClaimsIdentity());

    private readonly AccessDirectory _directory;
    private readonly ILogger<FreshAuthenticationState> _logger;
    private readonly CancellationTokenSource _stop = new();
    private int _disposed;
    private readonly AccessChanges _changes;
    private readonly TimeSpan _interval;
    private readonly TimeProvider _clock;
    private Task<AuthenticationState>? _state;
    private ClaimsPrincipal _signedIn = Nobody;
    private int _started;

    public FreshAuthenticationState(AccessDirectory directory, AccessChanges changes, IOptions<AuthOptions> options, TimeProvider clock, ILogger<FreshAuthenticationState> logger)
    {
        _directory = directory;
        _logger = logger;
        _clock = clock;
        _interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.RevalidateSeconds));
        _changes = changes;
        _changes.Changed += OnAccessChanged;
    }

    public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
        _state ?? throw new InvalidOperationException($"{nameof(GetAuthenticationStateAsync)} was called before {nameof(SetAuthenticationState)}.");

    /// <summary>Called once when the circuit starts, with the principal of the request that opened it.</summary>
    public void SetAuthenticationState(Task<AuthenticationState> authenticationStateTask)
    {
        _state = authenticationStateTask ?? throw new ArgumentNullException(nameof(authenticationStateTask));
        NotifyAuthenticationStateChanged(_state);
        _ = authenticationStateTask.ContinueWith(
            t =>
            {
                if (t.IsCompletedSuccessfully)
                {
                    _signedIn = t.Result.User;
                    if (Interlocked.Exchange(ref _started, 1) == 0 && _signedIn.Identity?.IsAuthenticated == true)
                    {
                        _ = RevalidateLoopAsync(_stop.Token);
                    }
                }
            },
            TaskScheduler.Default);
    }

    /// <summary>The principal as the database says it is now: null when nothing changed; an anonymous one when it is gone.</summary>
    public static async Task<ClaimsPrincipal?> CurrentAsync(ClaimsPrincipal signedIn, ClaimsPrincipal shown, AccessDirectory directory)
    {
        if (signedIn.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var caller = await CallerMiddleware.FromPrincipalAsync(signedIn, directory);
        if (caller.Kind == CallerKind.Anonymous)
        {
            return shown.Identity?.IsAuthenticated == true ? Nobody : null;
        }

        if (caller.Kind == CallerKind.DisplayLink || caller.Role is not { } role)
        {
            return null;
        }

        var current = shown.Identity?.IsAuthenticated == true ? shown : signedIn;
        if (current.IsInRole(role) && Roles.All.Count(current.IsInRole) == 1)
        {
            return current == shown ? null : current;
        }

        // Same person, new role: the cookie's identity with its role claims replaced.
        var identity = (ClaimsIdentity)signedIn.Identity!;
        var renewed = new ClaimsIdentity(identity.Claims.Where(c => c.Type != identity.RoleClaimType), identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType);
        renewed.AddClaim(new Claim(identity.RoleClaimType, role));
        return new ClaimsPrincipal(renewed);
    }

    private void OnAccessChanged(long version) => _ = RevalidateAsync();

    private async Task RevalidateLoopAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(_interval, _clock);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                await RevalidateAsync();
            }
        }
        catch (OperationCanceledException)
        {
            // The circuit ended.
        }
    }

    private async Task RevalidateAsync()
    {
        if (_state is not { IsCompletedSuccessfully: true } state || _stop.IsCancellationRequested)
        {
            return;
        }

        try
        {
            if (await CurrentAsync(_signedIn, state.Result.User, _directory) is { } renewed)
            {
                _state = Task.FromResult(new AuthenticationState(renewed));
                NotifyAuthenticationStateChanged(_state);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The database is down: keep the state the session has until the next check.
            _logger.LogWarning(ex, "Could not revalidate the sign-in of an open session");
        }
    }

    /// <summary>Once only: the request scope disposes it both as itself and as the AuthenticationStateProvider it is registered as.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _changes.Changed -= OnAccessChanged;
        _stop.Cancel();
        _stop.Dispose();
    }
}
