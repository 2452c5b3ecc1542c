using Microsoft.AspNetCore.Localization;
using OpsDashboard.Data;
using OpsDashboard.Web.Routing;

namespace OpsDashboard.Web.Operations;

/// <summary>Health probes and the language switch: the endpoints that are not the v1 API.</summary>
public static class OperationalEndpoints
{
    public static IEndpointRouteBuilder MapOperationalEndpoints(this IEndpointRouteBuilder app)
    {
        // Liveness: the process answers; no database involved, so a restart loop never follows an outage.
        app.MapGet(DashboardUrls.LivenessPath, () => Results.Ok(new { status = "alive" })).AllowAnonymous();

        // Readiness: the database answers within DatabaseInitializer.ProbeTimeout, without retries.
        app.MapGet(DashboardUrls.HealthPath, async (DatabaseInitializer database, HttpContext http, CancellationToken ct) =>
        {
            if (await database.CanConnectAsync(ct))
            {
                return Results.Ok(new { status = "healthy" });
            }

            http.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Json(new { status = "unhealthy", detail = "The database does not answer." }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous();

        app.MapGet(DashboardUrls.CulturePath, (string culture, string? returnUrl, HttpContext http) =>
        {
            if (Extensions.SupportedCultures.Contains(culture))
            {
                http.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            }

            return Results.LocalRedirect(LocalReturnUrl(returnUrl));
        }).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// The return address when it stays on this site, else the home page. "//host" and "/\host" are
    /// other sites to a browser, and LocalRedirect throws on them: refuse them here, quietly.
    /// </summary>
    public static string LocalReturnUrl(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl[0] != '/')
        {
            return "/";
        }

        if (returnUrl.Length > 1 && (returnUrl[1] == '/' || returnUrl[1] == '\\'))
        {
            return "/";
        }

        return returnUrl.Any(char.IsControl) ? "/" : returnUrl;
    }
}
