using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using OpsDashboard.Data.Accounts;

namespace OpsDashboard.Web.Accounts;

/// <summary>Marks the page a wall-screen display link may open (the meeting screen); no other page admits one.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class WallScreenAttribute : Attribute;

/// <summary>The app's default and fallback requirement: a signed-in user with a role, or a display link on a <see cref="WallScreenAttribute"/> page.</summary>
public sealed class SignedInRequirement : IAuthorizationRequirement;

/// <summary>
/// Decides <see cref="SignedInRequirement"/> for both places a page is authorized: the endpoint (first, server-rendered
/// request; resource = the HttpContext) and the router inside a circuit (resource = the page's RouteData).
/// </summary>
public sealed class SignedInHandler : AuthorizationHandler<SignedInRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SignedInRequirement requirement)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return Task.CompletedTask;
        }

        if (user.FindFirst(AccountClaims.DisplayLinkId) is null)
        {
            if (Roles.All.Any(user.IsInRole))
            {
                context.Succeed(requirement);
            }

            return Task.CompletedTask;
        }

        if (AdmitsDisplayLink(context.Resource))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    /// <summary>A wall-screen page, or the circuit's own connection (/_blazor), which a wall screen needs to run.</summary>
    private static bool AdmitsDisplayLink(object? resource) => resource switch
    {
        Microsoft.AspNetCore.Components.RouteData route => IsWallScreen(route.PageType),
        HttpContext http => http.GetEndpoint() is { } endpoint
            && (endpoint.Metadata.GetMetadata<WallScreenAttribute>() is not null
                || (endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is null && http.Request.Path.StartsWithSegments("/_blazor", StringComparison.Ordinal))),
        _ => false,
    };

    private static bool IsWallScreen(Type page) => page.GetCustomAttributes(typeof(WallScreenAttribute), true).Length > 0;
}
