using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace OpsDashboard.Web.Accounts;

/// <summary>Auth__ and Api__ limits (per minute): requests per API key, failed keys or sign-ins per client address.</summary>
public sealed class AbuseLimitOptions
{
    public int RequestsPerKeyPerMinute { get; set; } = 600;

    public int FailuresPerClientPerMinute { get; set; } = 20;
}

/// <summary>Set on a request that may fail authentication; <see cref="Fail"/> counts one failure for the client.</summary>
public sealed class FailedAttemptFeature(FailedAttempts attempts, string client)
{
    public void Fail() => attempts.Record(client);
}

/// <summary>
/// Failed API keys and sign-ins per client address, counted with a fixed-window rate limiter: once a client used up
/// its failures for the window, every further key or sign-in attempt answers 429 with Retry-After until it ends —
/// right or wrong, so guessing gains nothing.
/// </summary>
public sealed class FailedAttempts : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures;
    private readonly TimeSpan _window = TimeSpan.FromMinutes(1);

    public FailedAttempts(Microsoft.Extensions.Options.IOptions<AbuseLimitOptions> options)
    {
        var limit = Math.Max(1, options.Value.FailuresPerClientPerMinute);
        _failures = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit,
            Window = _window,
            QueueLimit = 0,
        }));
    }

    public void Record(string client) => _failures.AttemptAcquire(client).Dispose();

    public bool IsBlocked(string client) => _failures.GetStatistics(client)?.CurrentAvailablePermits <= 0;

    public int RetryAfterSeconds => (int)_window.TotalSeconds;

    public void Dispose() => _failures.Dispose();
}

/// <summary>Answers 429 + Retry-After to a blocked client's key or sign-in attempts and lets the others count their failures.</summary>
public sealed class FailedAttemptMiddleware(RequestDelegate next, FailedAttempts attempts)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (IsAttempt(context.Request))
        {
            var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            if (attempts.IsBlocked(client))
            {
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = attempts.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await context.Response.WriteAsync("Too many failed attempts from this address; try again later.");
                return;
            }

            context.Features.Set(new FailedAttemptFeature(attempts, client));
        }

        await next(context);
    }

    /// <summary>A request that presents a secret: an API key, a sign-in form or a display link.</summary>
    private static bool IsAttempt(HttpRequest request) =>
        request.Headers.ContainsKey(Api.ApiKeyFilter.HeaderName)
        || (HttpMethods.IsPost(request.Method) && request.Path.Equals(AccountUrls.Login, StringComparison.OrdinalIgnoreCase))
        || request.Path.StartsWithSegments(AccountUrls.Display, StringComparison.OrdinalIgnoreCase);
}

/// <summary>The API's per-key request limit (ASP.NET Core rate limiting), rejected with 429 and Retry-After.</summary>
public static class ApiRateLimit
{
    public const string PolicyName = "api-key";

    public static IServiceCollection AddAbuseLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AbuseLimitOptions>().Bind(configuration.GetSection("Limits"));
        services.AddSingleton<FailedAttempts>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? (int)Math.Ceiling(after.TotalSeconds) : 60;
                context.HttpContext.Response.Headers.RetryAfter = retry.ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(PolicyName, http =>
            {
                var limit = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<AbuseLimitOptions>>().Value.RequestsPerKeyPerMinute;
                var key = http.Request.Headers[Api.ApiKeyFilter.HeaderName].ToString();
                // The partition is the key's hash, so no key is kept in memory in clear.
                var partition = key.Length == 0 ? "none" : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));
                return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, limit),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }
}
