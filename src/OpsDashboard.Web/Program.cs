using OpsDashboard.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddApplicationServices();

var app = builder.Build();
app.UseApplication();
await app.PrepareDatabaseAsync();
app.Lifetime.ApplicationStarted.Register(app.AnnounceStartup);
await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
