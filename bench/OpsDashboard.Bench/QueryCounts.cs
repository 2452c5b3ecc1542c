using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Parsing;
using OpsDashboard.Data.Reports;
using OpsDashboard.Data.Stores;
using OpsDashboard.Testing;

namespace OpsDashboard.Bench;

/// <summary>
/// How many database commands EF sends for each screen's load over the demo data (--queries), counted by a
/// <see cref="DbCommandInterceptor"/> on every context of the real app (in-process on a test server, Demo:Seed
/// on). A screen's load is its prerendered GET: the app renders the page, its layout and filter bar exactly as
/// for a browser, running each component's data load once (since issue 16's prerender handoff a browser's
/// visit does not run it again when the interactive circuit starts). The meeting screen's refresh is what its timer runs (Meeting.LoadAsync); the
/// import page's preview and import are what its buttons run (ImportPage.PreviewAsync / ImportAsync).
/// </summary>
internal static class QueryCounts
{
    public const string Heading = "## Query counts";

    private const string Store = "tmall-flagship";
    private const string ApiKey = "bench-api-key-0123456789";

    /// <summary>
    /// The --queries mode: prints the counts and, with --write, puts them in that file as the section
    /// "## Query counts" followed by --label's text when given (so a "before" section survives an "after" run).
    /// </summary>
    public static async Task RunAsync(string[] args, string? output)
    {
        var label = args.SkipWhile(a => a != "--label").Skip(1).FirstOrDefault();
        var heading = label is null ? Heading : Heading + " " + label;
        var section = await MeasureAsync(heading);
        Console.WriteLine(section);
        if (output is not null)
        {
            var existing = File.Exists(output) ? await File.ReadAllTextAsync(output) : "# Benchmarks\n";
            await File.WriteAllTextAsync(output, MarkdownSections.Replace(existing, heading, section));
            Console.WriteLine($"Written to {output}");
        }
    }

    /// <summary>Counts every screen on SQLite and PostgreSQL and returns the markdown section under <paramref name="heading"/>.</summary>
    private static async Task<string> MeasureAsync(string heading)
    {
        var rows = new StringBuilder();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            await using var app = new CountingApp(await TestDatabase.CreateAsync(provider));
            using var client = app.CreateClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
            await client.GetStringAsync(new Uri("/healthz", UriKind.Relative)); // starts the app: migrates and seeds the demo data

            foreach (var (screen, load) in Screens(app, client))
            {
                app.Counter.Reset();
                await load();
                var commands = app.Counter.Commands;
                var repeated = commands.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList();
                rows.AppendLine(CultureInfo.InvariantCulture,
                    $"| {screen} | {provider} | {commands.Count} | {commands.Distinct(StringComparer.Ordinal).Count()} | {repeated.Sum(g => g.Count() - 1)} |");
                Console.WriteLine($"{provider,-8} {screen}: {commands.Count} commands, {commands.Distinct(StringComparer.Ordinal).Count()} distinct");
                foreach (var group in repeated)
                {
                    Console.WriteLine($"    {group.Count()}× {OneLine(group.Key)}");
                }
            }
        }

        return $"""
            {heading}

            Measured by `dotnet run -c Release --project bench/OpsDashboard.Bench -- --queries --write docs/benchmarks.md`
            on {DateTime.UtcNow:yyyy-MM-dd}: the database commands EF sends (a `DbCommandInterceptor` on every context of the
            real app, in-process, over the demo data: 2 stores, 18 months, ending yesterday) for one load of each screen
            of `{Store}`. A page's load is its prerendered GET (page, layout, filter bar and figures; since issue 16 the
            morning review, page health, meeting and portfolio hand what they read to the interactive circuit, which does
            not read it again). *Refresh* is what the meeting screen's timer
            runs every 60 s; *preview + import* is what the import page's two buttons run for a one-day store-daily file.
            *Distinct* counts different command texts; *repeated* is how many commands re-sent a text already sent
            in the same load (the same query with the same or other parameters).

            | screen | provider | commands | distinct | repeated |
            | --- | --- | --- | --- | --- |
            {rows}
            """;
    }

    private static IEnumerable<(string Screen, Func<Task> Load)> Screens(CountingApp app, HttpClient client)
    {
        Task Get(string path) => client.GetStringAsync(new Uri(path, UriKind.Relative));

        yield return ("morning review `/`", () => Get($"/?store={Store}"));
        yield return ("page health `/page-health`", () => Get($"/page-health?store={Store}"));
        yield return ("meeting `/meeting`, first load", () => Get($"/meeting?store={Store}"));
        yield return ("meeting, one refresh", () => MeetingRefreshAsync(app.Services));
        yield return ("portfolio `/portfolio`", () => Get("/portfolio"));
        yield return ("attention API `/api/v1/stores/{code}/attention`", () => Get($"/api/v1/stores/{Store}/attention"));
        yield return ("import page `/import`", () => Get($"/import?store={Store}"));
        yield return ("import page, preview + import", () => PreviewAndImportAsync(app.Services));
    }

    /// <summary>What Meeting.LoadAsync runs on each refresh: the store list and the meeting report (with the day's attention items).</summary>
    private static async Task MeetingRefreshAsync(IServiceProvider services)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        var store = (await services.GetRequiredService<StoreCatalog>().ListAsync()).First(s => s.Code == Store);
        await services.GetRequiredService<MeetingReports>().LoadAsync(store, store.Today(clock), Comparison.Previous);
    }

    /// <summary>What ImportPage.PreviewAsync and ImportAsync run for a staged one-day store-daily file.</summary>
    private static async Task PreviewAndImportAsync(IServiceProvider services)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        var store = (await services.GetRequiredService<StoreCatalog>().FindAsync(Store))!;
        var day = store.Yesterday(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var file = Encoding.UTF8.GetBytes(
            "date,visitors,page_views,bounced_visitors,order_buyers,paying_buyers,payment_amount\n" +
            $"{day},1000,3000,600,50,40,4000.00\n");
        var context = new ImportFileContext { FileName = "store-daily.csv", Culture = ImportCultures.English, Today = store.Today(clock) };
        var preview = ImportParser.Preview(null, file, 10, context);
        var result = await services.GetRequiredService<ImportService>().ImportFileAsync(store.Id, preview.Kind ?? ImportKind.StoreDaily, file, context);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Bench import failed: " + string.Join("; ", result.Errors.Select(e => e.Message)));
        }
    }

    private static string OneLine(string sql)
    {
        var line = string.Join(' ', sql.Split((char[])['\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return line.Length > 160 ? line[..160] + "…" : line;
    }

    /// <summary>The app over the given database, seeded with the demo data, every context counting its commands.</summary>
    private sealed class CountingApp(TestDatabase database) : WebApplicationFactory<Web.Components.App>
    {
        public CommandCounter Counter { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseContentRoot(WebProjectFolder());
            builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = database.Provider.ToString(),
                ["ConnectionStrings:OpsDashboard"] = database.ConnectionString,
                ["Database:DataFolder"] = Path.Combine(Path.GetTempPath(), "opsdash-bench"),
                ["Demo:Seed"] = "true",
                ["Api:BootstrapKey"] = ApiKey,
            }));
            builder.ConfigureTestServices(services => services.AddSingleton<IDbContextFactory<OpsDbContext>>(
                new OpsDbContextFactory(database.Provider, database.ConnectionString, Counter)));
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            await database.DisposeAsync();
        }

        /// <summary>src/OpsDashboard.Web, found upwards from the bench's output folder.</summary>
        private static string WebProjectFolder()
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "src", "OpsDashboard.Web");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new InvalidOperationException("src/OpsDashboard.Web was not found above " + AppContext.BaseDirectory);
        }
    }
}
