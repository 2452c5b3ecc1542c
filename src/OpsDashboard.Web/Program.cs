using Microsoft.Extensions.Hosting;
using OpsDashboard.Web;
using OpsDashboard.Web.Configuration;
using Serilog;

// A console logger that needs no configuration, so a start that fails before the configured
// logging exists (an unreadable appsettings.json, say) is never silent.
using var bootstrap = new LoggerConfiguration().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateLogger();
try
{
    var builder = WebApplication.CreateBuilder(AppContentRoot.Options(args));
    builder.AddApplicationServices();

    var app = builder.Build();
    app.ReportMissingContent();
    app.UseApplication();
    await app.PrepareDatabaseAsync();
    app.Lifetime.ApplicationStarted.Register(app.AnnounceStartup);
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    bootstrap.Fatal(ex, "OpsDashboard could not start: {Reason}", AppContentRoot.Describe(ex));
    return 1;
}

/// <summary>The entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
