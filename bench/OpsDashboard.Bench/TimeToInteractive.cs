using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpsDashboard.Data;
using OpsDashboard.Data.Demo;
using OpsDashboard.E2E;

namespace OpsDashboard.Bench;

/// <summary>
/// Time to interactive of each screen in headless Chromium over the demo data (--tti): the real app on
/// Kestrel over SQLite, seeded as Demo:Seed does, every page opened 5 times, each time in a fresh browser
/// context (empty cache, new circuit), after one discarded warm-up. Times are read in the page, from
/// navigation start (performance.now()):
/// <list type="bullet">
/// <item>first data visible: the page's first figure is in the document and the page has painted
/// (the later of the element's insertion and first-contentful-paint);</item>
/// <item>interactive: the layout carries data-interactive="true" (MainLayout and WallLayout set it on
/// their first interactive render: the circuit is up and clicks and timers work).</item>
/// </list>
/// </summary>
internal static class TimeToInteractive
{
    public const string Heading = "## Time to interactive";

    private const int Runs = 10;
    internal const string Store = "tmall-flagship";

    /// <summary>Each screen and the element that shows its first real figure.</summary>
    internal static readonly (string Path, string Data, string What)[] Screens =
    [
        ($"/?store={Store}", ".kpi-card[data-kpi='paymentAmount']", "sales KPI card"),
        ($"/page-health?store={Store}", "[data-testid='check-aovRatio'] [data-check]", "AOV-ratio verdict"),
        ($"/meeting?store={Store}", "[data-period='day'] [data-kpi='paymentAmount']", "day's sales"),
        ($"/import?store={Store}", "[data-testid='store-picker']", "store picker"),
        ("/portfolio", "[data-testid='portfolio'] tr[data-store]", "first store row"),
        ($"/settings?store={Store}", "[data-testid='thresholds'] input", "threshold fields"),
    ];

    /// <summary>Records when the data element and the interactive marker first appear, from navigation start.</summary>
    private const string Recorder = """
        (() => {
          const marks = { data: __DATA__, interactive: "[data-interactive='true']" };
          const seen = window.__tti = {};
          const check = () => {
            for (const [name, selector] of Object.entries(marks)) {
              if (!(name in seen) && document.querySelector(selector)) seen[name] = performance.now();
            }
          };
          new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
        })();
        """;

    /// <summary>Measures every screen and returns the markdown section (heading included).</summary>
    public static async Task<string> RunAsync()
    {
        var load = LoadAverage();
        await using var app = await StartAppAsync();
        var yesterday = DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime).AddDays(-1);
        await app.Database.Services.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync(yesterday, CancellationToken.None);

        var table = new StringBuilder()
            .AppendLine("| page | HTML received | first data visible (what) | data p95 | interactive | interactive p95 | runs (data / interactive, ms) |")
            .AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            // Every screen needs a signed-in user: sign in once and give each fresh context only the cookie (empty cache).
            var signedIn = await SignedInStateAsync(browser, app);
            foreach (var (path, data, what) in Screens)
            {
                await MeasureAsync(browser, signedIn, app.BaseUrl + path, data); // warm-up: JIT, query plans, static files
                var runs = new List<(double Html, double Data, double Interactive)>();
                for (var i = 0; i < Runs; i++)
                {
                    runs.Add(await MeasureAsync(browser, signedIn, app.BaseUrl + path, data));
                }

                var htmlMedian = Median(runs.Select(r => r.Html));
                var dataMedian = Median(runs.Select(r => r.Data));
                var interactiveMedian = Median(runs.Select(r => r.Interactive));
                var dataP95 = P95(runs.Select(r => r.Data));
                var interactiveP95 = P95(runs.Select(r => r.Interactive));
                var samples = string.Join(", ", runs.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Data:F0}/{r.Interactive:F0}")));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path,-40} html {htmlMedian,5:F0} ms  data {dataMedian,6:F0} ms (p95 {dataP95:F0})  interactive {interactiveMedian,6:F0} ms (p95 {interactiveP95:F0})  ({samples})"));
                table.AppendLine(CultureInfo.InvariantCulture, $"| `{path}` | {htmlMedian:F0} ms | {dataMedian:F0} ms ({what}) | {dataP95:F0} ms | {interactiveMedian:F0} ms | {interactiveP95:F0} ms | {samples} |");
            }
        }

        return $"""
            {Heading}

            Measured by `dotnet run -c Release --project bench/OpsDashboard.Bench -- --tti --write docs/benchmarks.md`
            on {DateTime.UtcNow:yyyy-MM-dd} ({Environment.ProcessorCount} cores, load average {load} when it started, .NET {Environment.Version},
            headless Debian Chromium {browser.Version}): the app in-process on Kestrel over SQLite with the demo data (2 stores, 18 months, ending yesterday), 1440×900, English.
            Each page is opened {Runs} times after one discarded warm-up, each time in a fresh browser context (empty cache, new
            Blazor circuit); the figures are medians and p95 (nearest rank), in milliseconds from navigation start as the page itself measures it
            (`performance.now()`). *HTML received*: the prerendered page has arrived (navigation timing's `responseEnd`).
            *First data visible*: the page's first figure is in the document and the page has painted (the later of that element's insertion and first-contentful-paint). *Interactive*: the layout's `data-interactive`
            turned `true` (MainLayout and WallLayout set it on their first interactive render, once the circuit answers).

            {table}
            """;
    }

    /// <summary>
    /// WebApplicationFactory finds the app's content root through MvcTestingAppManifest.json in the current
    /// directory, as a test runner sets it; dotnet run starts in the caller's directory instead.
    /// </summary>
    internal static async Task<RunningApp> StartAppAsync()
    {
        var directory = Environment.CurrentDirectory;
        Environment.CurrentDirectory = AppContext.BaseDirectory;
        try
        {
            return await RunningApp.StartAsync(DatabaseProvider.Sqlite);
        }
        finally
        {
            Environment.CurrentDirectory = directory;
        }
    }

    /// <summary>The owner's sign-in cookie, as Playwright storage state for new contexts.</summary>
    internal static async Task<string> SignedInStateAsync(IBrowser browser, RunningApp app)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsOwnerAsync(page, app);
        return await context.StorageStateAsync();
    }

    internal static async Task<(double Html, double Data, double Interactive)> MeasureAsync(IBrowser browser, string signedIn, string url, string dataSelector)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            StorageState = signedIn,
            Locale = "en",
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        await context.AddInitScriptAsync(Recorder.Replace("__DATA__", JsonSerializer.Serialize(dataSelector), StringComparison.Ordinal));
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        await page.WaitForFunctionAsync("() => window.__tti && 'data' in window.__tti && 'interactive' in window.__tti");
        var marks = await page.EvaluateAsync<JsonElement>("""
            () => ({
              html: performance.getEntriesByType('navigation')[0].responseEnd,
              data: window.__tti.data,
              interactive: window.__tti.interactive,
              paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
            })
            """);
        var data = Math.Max(marks.GetProperty("data").GetDouble(), marks.GetProperty("paint").GetDouble());
        return (marks.GetProperty("html").GetDouble(), data, marks.GetProperty("interactive").GetDouble());
    }

    /// <summary>The 1-minute load average (Linux), since the figures depend on what else the machine is doing.</summary>
    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>The 95th percentile by nearest rank (of 10 runs: the slowest).</summary>
    internal static double P95(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Ceiling(0.95 * sorted.Count) - 1];
    }
}
