using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using OpsDashboard.Data.Accounts;

namespace OpsDashboard.Web.Accounts;

/// <summary>
/// The caller of the current request or circuit, kept in an async-local so the data layer's singletons
/// (<see cref="StoreAccess"/>, through <see cref="AmbientCallerSource"/>) see it without being handed it.
/// <see cref="CallerMiddleware"/> sets it for every HTTP request — including the /_blazor connection, whose
/// execution context every interactive render of the circuit inherits — and the API key filter narrows it to
/// the key's caller. Where nothing set it, the caller is <see cref="Caller.Anonymous"/>: no store, no action.
/// </summary>
public static class CallerContext
{
    private static readonly AsyncLocal<Holder?> Current = new();

    public static Task<Caller> CurrentAsync() => Current.Value?.GetAsync() ?? Task.FromResult(Caller.Anonymous);

    /// <summary>
    /// Makes <paramref name="resolve"/> (run on first use, again after a failure, after <see cref="MaxAge"/> and after
    /// every access change <paramref name="changes"/> announces) the caller until the returned scope is disposed.
    /// </summary>
    public static IDisposable Use(Func<Task<Caller>> resolve, AccessChanges? changes = null)
    {
        var previous = Current.Value;
        Current.Value = new Holder(resolve, changes);
        return new Restore(previous);
    }

    public static IDisposable Use(Caller caller) => Use(() => Task.FromResult(caller));

    /// <summary>
    /// How long a resolved caller is trusted when nothing announced a change: the bound on how late another instance's
    /// role, grant, key or link change reaches a browser session held open on this one (this instance's own changes are
    /// announced through <see cref="AccessChanges"/> and apply at once).
    /// </summary>
    public static TimeSpan MaxAge { get; set; } = TimeSpan.FromSeconds(30);

    private sealed class Holder(Func<Task<Caller>> resolve, AccessChanges? changes)
    {
        private readonly Lock _gate = new();
        private Task<Caller>? _caller;
        private long _version;
        private long _resolvedAt;

        public Task<Caller> GetAsync()
        {
            lock (_gate)
            {
                // A failed read (the database was down) is tried again next time, not remembered; an open circuit's
                // caller is read again after an access change or MaxAge, so a new role or grant applies without reconnecting.
                if (_caller is null || _caller.IsFaulted || _caller.IsCanceled || _version != Version
                    || Environment.TickCount64 - _resolvedAt > (long)MaxAge.TotalMilliseconds)
                {
                    _version = Version;
                    _resolvedAt = Environment.TickCount64;
                    _caller = resolve();
                }

                return _caller;
            }
        }

        private long Version => changes?.Version ?? 0;
    }

    private sealed class Restore(Holder? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}

/// <summary>The web app's <see cref="ICallerSource"/>: the ambient caller of <see cref="CallerContext"/>.</summary>
public sealed class AmbientCallerSource : ICallerSource
{
    public async ValueTask<Caller> CurrentAsync(CancellationToken ct) => await CallerContext.CurrentAsync();
}

/// <summary>Claims the app puts on its principals beyond Identity's own.</summary>
public static class AccountClaims
{
    /// <summary>On a wall-screen principal: the display link's id.</summary>
    public const string DisplayLinkId = "opsdash:display-link";
}

/// <summary>Sets the caller of every request from its signed-in principal: a user (cookie) or a wall-screen link.</summary>
public sealed class CallerMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, AccessDirectory directory, AccessChanges changes)
    {
        CallerClient.Address = context.Connection.RemoteIpAddress?.ToString();
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true
            && await context.AuthenticateAsync(AccountServices.DisplayScheme) is { Succeeded: true, Principal: { } wall })
        {
            // Not the default scheme: a wall screen's cookie is read here so its stores are known before any page runs.
            user = wall;
        }

        using (CallerContext.Use(() => FromPrincipalAsync(user, directory), changes))
        {
            await next(context);
        }
    }

    /// <remarks>Reads without the request's cancellation: a circuit keeps this caller after its first request ended.</remarks>
    public static async Task<Caller> FromPrincipalAsync(ClaimsPrincipal principal, AccessDirectory directory)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return Caller.Anonymous;
        }

        if (principal.FindFirstValue(AccountClaims.DisplayLinkId) is { } linkId && int.TryParse(linkId, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return await directory.DisplayLinkByIdAsync(id, CancellationToken.None) ?? Caller.Anonymous;
        }

        return principal.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
            ? await directory.UserAsync(userId, ct: CancellationToken.None) ?? Caller.Anonymous
            : Caller.Anonymous;
    }
}
