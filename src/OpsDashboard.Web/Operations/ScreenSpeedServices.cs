using System.IO.Compression;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.ResponseCompression;

namespace OpsDashboard.Web.Operations;

/// <summary>Issue 16's knobs (docs/operations.md, "Screen speed"): the start-up warm-up and how long a closed connection's circuit is kept.</summary>
public static class ScreenSpeedServices
{
    /// <summary>A dropped connection's circuit is kept this long for the browser to reconnect (ASP.NET Core's default: 3 minutes).</summary>
    public static readonly TimeSpan DisconnectedCircuitRetention = TimeSpan.FromMinutes(1);

    /// <summary>At most this many dropped circuits are kept at once; the oldest goes first (default: 100).</summary>
    public const int DisconnectedCircuitMaxRetained = 50;

    /// <summary>The section that overrides the circuit options (Circuits__DisconnectedCircuitRetentionPeriod=00:03:00, say).</summary>
    public const string CircuitsSection = "Circuits";

    /// <summary>The response types compressed on the fly: static stylesheets and scripts only.</summary>
    private static readonly string[] CompressedTypes = ["text/css", "text/javascript", "application/javascript"];

    public static IServiceCollection AddScreenSpeed(this IServiceCollection services)
    {
        services.AddOptions<WarmupOptions>().BindConfiguration(WarmupOptions.Section);
        services.AddSingleton<ScreenWarmup>();
        services.AddSingleton<Components.Layout.PrerenderHandoff>(); // the prerender's read, handed to the circuit
        services.AddHostedService(sp => sp.GetRequiredService<ScreenWarmup>());
        services.AddOptions<CircuitOptions>()
            .Configure(options =>
            {
                options.DisconnectedCircuitRetentionPeriod = DisconnectedCircuitRetention;
                options.DisconnectedCircuitMaxRetained = DisconnectedCircuitMaxRetained;
            })
            .BindConfiguration(CircuitsSection);

        // The build compresses the app's and the framework's assets ahead of time (MapStaticAssets serves .br/.gz), but a
        // package's fingerprinted URLs (MudBlazor's CSS and JS, 627 KB + 70 KB) come without a compressed variant: those
        // are compressed here once per browser (they are cached for a year). Only stylesheets and scripts — never HTML
        // or JSON, which carry secrets next to user input (BREACH), and never a response already compressed.
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = CompressedTypes;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }
}
