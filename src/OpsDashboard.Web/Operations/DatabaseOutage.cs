using Microsoft.AspNetCore.Diagnostics;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Operations;

/// <summary>
/// API calls while the database is down answer 503 with Retry-After and words, never a 500 with
/// a stack trace: the gate answers at once while <see cref="DatabaseStatus"/> knows of an outage,
/// and the handler turns a failure that the database status confirms into the same answer.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>Seconds a client should wait before trying again (the status re-probes every 3 s).</summary>
    public const int RetryAfterSeconds = 5;

    public const string Title = "The database does not answer";

    public const string Detail =
        "OpsDashboard cannot reach its database right now. Nothing was changed by this request; try again in a few seconds.";

    /// <summary>While an outage is known, API requests are answered 503 without waiting for the database's retries.</summary>
    public static IApplicationBuilder UseDatabaseOutageGate(this IApplicationBuilder app) =>
        app.UseWhen(
            http => http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase),
            api => api.Use(async (http, next) =>
            {
                if (http.RequestServices.GetRequiredService<DatabaseStatus>().IsDown)
                {
                    await WriteAsync(http, exception: null);
                    return;
                }

                await next(http);
            }));

    internal static async ValueTask<bool> WriteAsync(HttpContext http, Exception? exception)
    {
        http.Response.Clear();
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = Title,
                Detail = Detail,
            },
        });
    }
}

/// <summary>An unhandled failure that the database status confirms as an outage becomes a 503 (see <see cref="DatabaseOutage"/>).</summary>
public sealed class DatabaseOutageExceptionHandler(DatabaseStatus status, ILogger<DatabaseOutageExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext.Response.HasStarted || !await status.ReportFailureAsync(exception, cancellationToken))
        {
            return false;
        }

        logger.LogWarning("{Method} {Path} answered 503: the database does not answer ({Failure})",
            httpContext.Request.Method, httpContext.Request.Path, exception.GetType().Name);
        return await DatabaseOutage.WriteAsync(httpContext, exception);
    }
}
