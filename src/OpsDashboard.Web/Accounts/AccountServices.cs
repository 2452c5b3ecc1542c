using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsDashboard.Data;
using OpsDashboard.Data.Accounts;

namespace OpsDashboard.Web.Accounts;

/// <summary>Accounts, sign-in, the wall-screen scheme, authorization and abuse limits, registered once.</summary>
public static class AccountServices
{
    /// <summary>The cookie scheme of wall-screen display links (a principal that may open /meeting and nothing else).</summary>
    public const string DisplayScheme = "OpsDashboard.Display";

    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AuthOptions>().Bind(builder.Configuration.GetSection("Auth"));

        // Identity's EF stores want a scoped context; every other reader keeps using the factory.
        services.AddScoped<OpsDbContext>(sp => sp.GetRequiredService<IDbContextFactory<OpsDbContext>>().CreateDbContext());
        services.AddSingleton<ICallerSource, AmbientCallerSource>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.AddAuthentication().AddCookie(DisplayScheme, options =>
        {
            options.Cookie.Name = "opsdash.display";
            options.LoginPath = AccountUrls.Login;
            options.AccessDeniedPath = AccountUrls.AccessDenied;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromDays(365);
            // A revoked or expired link ends the wall screen's session at its next request.
            options.Events.OnValidatePrincipal = async context =>
            {
                var id = context.Principal?.FindFirst(AccountClaims.DisplayLinkId)?.Value;
                var directory = context.HttpContext.RequestServices.GetRequiredService<AccessDirectory>();
                if (!int.TryParse(id, System.Globalization.CultureInfo.InvariantCulture, out var linkId) || await directory.DisplayLinkByIdAsync(linkId) is null)
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(DisplayScheme);
                }
            };
        });
        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<OpsDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<AuthOptions>>((cookie, auth) =>
            {
                cookie.Cookie.Name = "opsdash.auth";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = auth.Value.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                cookie.LoginPath = AccountUrls.Login;
                cookie.LogoutPath = AccountUrls.Logout;
                cookie.AccessDeniedPath = AccountUrls.AccessDenied;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
                cookie.SlidingExpiration = true;
            });

        // The key ring lives in the database: two instances behind a load balancer accept each other's cookies.
        services.AddDataProtection().SetApplicationName("OpsDashboard");
        services.AddOptions<KeyManagementOptions>().Configure<IDbContextFactory<OpsDbContext>>((options, factory) => options.XmlRepository = new DatabaseXmlRepository(factory));

        services.AddCascadingAuthenticationState();
        // An open session's sign-in state follows role, grant and account changes without reconnecting.
        services.AddScoped<FreshAuthenticationState>();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>(sp => sp.GetRequiredService<FreshAuthenticationState>());
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.IHostEnvironmentAuthenticationStateProvider>(sp => sp.GetRequiredService<FreshAuthenticationState>());
        services.AddSingleton<IAuthorizationHandler, SignedInHandler>();
        services.AddAuthorization(options =>
        {
            // [Authorize] and every endpoint that says nothing: a user of the app, or a wall-screen link on the wall screen.
            var signedIn = new AuthorizationPolicyBuilder(IdentityConstants.ApplicationScheme, DisplayScheme)
                .AddRequirements(new SignedInRequirement())
                .Build();
            options.DefaultPolicy = signedIn;
            options.FallbackPolicy = signedIn;
        });

        services.AddAbuseLimits(builder.Configuration);
        services.AddSingleton<SetupToken>();
        services.AddSingleton<AccountBootstrap>();
        services.AddSingleton<UserAdmin>();
        return builder;
    }
}
