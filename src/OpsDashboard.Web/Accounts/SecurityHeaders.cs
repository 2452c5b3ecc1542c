namespace OpsDashboard.Web.Accounts;

/// <summary>The response headers every answer carries (DOMAIN §8 hardening).</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Only frame-ancestors 'none' (no other site may frame a page) for now: a full policy (default-src 'self',
    /// style-src 'unsafe-inline' for MudBlazor's inline styles, no 'unsafe-eval') stopped the circuit from becoming
    /// interactive in the E2E run and needs its violations found in the browser console before it is switched on.
    /// </summary>
    public const string ContentSecurityPolicy = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        await next(context);
    });
}
