using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;
using OpsDashboard.Data;
using OpsDashboard.Data.Demo;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Planning;
using OpsDashboard.Data.Reports;
using OpsDashboard.Data.Stores;
using OpsDashboard.Web.Accounts;
using OpsDashboard.Web.Api;
using OpsDashboard.Web.Configuration;
using OpsDashboard.Web.Operations;
using Serilog;

namespace OpsDashboard.Web;

/// <summary>All service registration and start-up work, so Program.cs stays a table of contents.</summary>
public static class Extensions
{
    public static readonly string[] SupportedCultures = ["zh-CN", "en"];

    public static WebApplicationBuilder AddApplicationServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services);
            if (!builder.Configuration.GetSection("Serilog:WriteTo").GetChildren().Any())
            {
                // No configured sink (appsettings.json missing or without Serilog): never run silent.
                logger.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        });

        // Everything configuration-dependent is resolved when first used, after all configuration
        // sources (including test overrides) are in place.
        // Bound and checked at start-up, with a message naming a bad setting (Configuration/OptionsValidation.cs).
        builder.Services.AddValidatedOptions();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        builder.Services.AddSingleton<IDbContextFactory<OpsDbContext>>(sp =>
        {
            var options = sp.GetRequiredService<DatabaseOptions>();
            var contentRoot = sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath;
            // Every change made through EF is audited with the caller who made it (Data/Accounts/AuditInterceptor).
            return new OpsDbContextFactory(options.Provider, options.ResolveConnectionString(contentRoot),
                new Data.Accounts.AuditInterceptor(sp.GetRequiredService<Data.Accounts.ICallerSource>(), sp.GetRequiredService<TimeProvider>()));
        });
        builder.Services.AddSingleton(sp =>
        {
            var api = sp.GetRequiredService<IOptions<ApiOptions>>().Value;
            var database = sp.GetRequiredService<DatabaseOptions>();
            var contentRoot = sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath;
            return new ApiKeys(api.BootstrapKey, Path.Combine(contentRoot, database.DataFolder));
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddAccounts();
        builder.Services.AddDashboardServices();

        builder.Services.AddSingleton(sp => Model.UploadStaging.UnderDataFolder(
            sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath, sp.GetRequiredService<DatabaseOptions>().DataFolder, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<ImportOptions>>(
            (kestrel, import) => kestrel.Limits.MaxRequestBodySize = import.Value.MaxUploadBytes + (1024 * 1024));
        builder.Services.AddOptions<FormOptions>().Configure<IOptions<ImportOptions>>(
            (form, import) => form.MultipartBodyLengthLimit = import.Value.MaxUploadBytes + (1024 * 1024));

        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<DatabaseOutageExceptionHandler>();
        builder.Services.AddOpenApi(Api.OpenApiDocument.Name, Api.OpenApiDocument.Configure);
        builder.Services.AddLocalization();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddScreenSpeed();
        builder.Services.AddMudServices();
        return builder;
    }

    /// <summary>
    /// The app's service graph, registered once: the data services (<see cref="DataServices.AddOpsDashboardData"/>)
    /// and the web ones the pages read. The app calls it from <see cref="AddApplicationServices"/>; the bUnit
    /// context calls it with its test database, clock and context factory registered first.
    /// </summary>
    public static IServiceCollection AddDashboardServices(this IServiceCollection services)
    {
        services.AddOpsDashboardData();
        services.TryAddSingleton<Model.AttentionText>();
        services.TryAddSingleton<Model.ScopeResolver>();
        services.TryAddSingleton(sp => new Model.DatabaseStatus(
            sp.GetRequiredService<DatabaseInitializer>().CanConnectAsync, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<Model.DatabaseStatus>>()));
        return services;
    }

    public static WebApplication UseApplication(this WebApplication app)
    {
        app.UseSerilogRequestLogging();
        app.UseResponseCompression(); // stylesheets and scripts without a build-time compressed file (ScreenSpeedServices)
        app.UseSecurityHeaders();
        if (app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.RequireHttps)
        {
            // Behind a TLS proxy (Auth__RequireHttps=true): the proxy's scheme and client address, and HSTS.
            app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto });
            app.UseHsts();
        }

        app.UseExceptionHandler();
        app.UseDatabaseOutageGate();
        app.UseStatusCodePages();
        app.UseRequestLocalization(new RequestLocalizationOptions()
            .SetDefaultCulture(SupportedCultures[0])
            .AddSupportedCultures(SupportedCultures)
            .AddSupportedUICultures(SupportedCultures));
        // Accounts (Accounts/): failed-attempt limits, who is asking, what they may open.
        app.UseMiddleware<FailedAttemptMiddleware>();
        app.UseAuthentication();
        app.UseMiddleware<CallerMiddleware>();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapOperationalEndpoints();
        app.MapAccountEndpoints();
        app.MapApiV1();
        app.MapOpenApi(Routing.DashboardUrls.OpenApiDocumentPattern).AllowAnonymous();
        app.MapRazorComponents<Components.App>().AddInteractiveServerRenderMode();
        return app;
    }

    /// <summary>Migrates the database and seeds demo data into an empty one (Demo__Seed, default true).</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        await app.Services.GetRequiredService<AccountBootstrap>().PrepareAsync();
        // The app's own start-up work sees every store (requests see only their caller's).
        using var system = CallerContext.Use(Data.Accounts.Caller.System);
        if (app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Seed)
        {
            // The demo stores keep Beijing time (the default zone), so their data ends on Beijing's yesterday.
            var yesterday = Core.Periods.StoreClock.Yesterday(app.Services.GetRequiredService<TimeProvider>(), Core.Periods.StoreClock.DefaultTimeZone);
            await app.Services.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync(yesterday, CancellationToken.None);
        }
    }

    /// <summary>Says on the console what the content root lacks (settings, web root) instead of running without it silently.</summary>
    public static void ReportMissingContent(this WebApplication app)
    {
        app.Logger.LogInformation("Content root: {ContentRoot}", app.Environment.ContentRootPath);
        foreach (var missing in AppContentRoot.Missing(app.Environment.ContentRootPath))
        {
            app.Logger.LogWarning("{Missing}", missing);
        }
    }

    /// <summary>Tells the person who ran the app where it is and how to call its API (never the key itself).</summary>
    public static void AnnounceStartup(this WebApplication app)
    {
        var keys = app.Services.GetRequiredService<ApiKeys>();
        foreach (var url in app.Urls)
        {
            app.Logger.LogInformation("OpsDashboard is running at {Url}", url);
        }

        if (app.Services.GetRequiredService<AccountBootstrap>().NeededSetupAtStart && app.Urls.FirstOrDefault() is { } first)
        {
            // The one-time link: the first visitor to open it creates the owner.
            app.Logger.LogWarning("No account exists yet. Create the owner at {SetupUrl}", $"{first.TrimEnd('/')}{AccountUrls.Setup}?token={app.Services.GetRequiredService<SetupToken>().Value}");
        }

        if (keys.KeyFile is not null)
        {
            app.Logger.LogInformation("API key for /api/v1 (send as X-Api-Key) is in {KeyFile}", keys.KeyFile);
        }
        else
        {
            app.Logger.LogInformation("API accepts the key configured in Api__BootstrapKey (send as X-Api-Key)");
        }
    }
}
