using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpsDashboard.Data.Accounts;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Web.Accounts;

/// <summary>Sign-out (a form post with its antiforgery token) and the wall-screen link's entry.</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(AccountUrls.Logout, async (HttpContext http, IAntiforgery antiforgery, SignInManager<AppUser> signIn, AuditLog audit) =>
            {
                if (!await antiforgery.IsRequestValidAsync(http))
                {
                    return Results.BadRequest();
                }

                await audit.WriteAsync("logout", null, null);
                await signIn.SignOutAsync();
                await http.SignOutAsync(AccountServices.DisplayScheme);
                return Results.LocalRedirect(AccountUrls.Login);
            })
            .DisableAntiforgery()
            .AllowAnonymous();

        // A display link: signs the wall screen in as that link (read only, its stores, the meeting page only).
        app.MapGet(AccountUrls.Display + "/{token}", async (string token, HttpContext http, AccessDirectory directory, StoreCatalog stores, ILogger<AccessDirectory> logger) =>
            {
                if (await directory.DisplayLinkAsync(token, http.RequestAborted) is not { } link)
                {
                    http.Features.Get<FailedAttemptFeature>()?.Fail();
                    logger.LogWarning("Rejected a display link from {ClientAddress}", http.Connection.RemoteIpAddress);
                    return Results.NotFound();
                }

                var identity = new ClaimsIdentity(
                    [new Claim(ClaimTypes.Name, link.Name), new Claim(AccountClaims.DisplayLinkId, link.DisplayLinkId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))],
                    AccountServices.DisplayScheme);
                await http.SignInAsync(AccountServices.DisplayScheme, new ClaimsPrincipal(identity));
                using (CallerContext.Use(link))
                {
                    var codes = (await stores.ListAsync(http.RequestAborted)).Select(s => s.Code);
                    return Results.LocalRedirect($"{Routing.DashboardUrls.MeetingPath}?stores={Uri.EscapeDataString(string.Join(',', codes))}");
                }
            })
            .AllowAnonymous();
        return app;
    }
}
