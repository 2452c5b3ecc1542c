namespace OpsDashboard.Web.Accounts;

/// <summary>The response headers every answer carries (DOMAIN §8 hardening).</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Everything from the app's own origin (its scripts, styles, fonts and the circuit's WebSocket: CSP3's 'self'
    /// covers ws/wss to the same host), no inline or eval'd script, no plug-ins, no framing by another site.
    /// Styles allow 'unsafe-inline' because MudBlazor writes its theme and positions as inline styles; images allow
    /// data: for the inline SVG icons MudBlazor and the sparklines use. ContentSecurityPolicyTests walks every screen
    /// in Chromium and fails on any violation.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

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
