using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpsDashboard.Data.Demo;
using OpsDashboard.E2E;

namespace OpsDashboard.Bench;

/// <summary>
/// Issue 16 (--tti, or alone with --speed): what the per-screen times leave out.
/// <list type="bullet">
/// <item><b>First visit after a restart</b>: the published app (<c>dotnet publish</c>, or the folders given as
/// <c>--published label=folder</c>) is started as its own process over a demo database seeded by an earlier start,
/// and as soon as <c>/healthz</c> answers a signed-in user opens the morning review in a fresh context; timed as
/// <see cref="TimeToInteractive"/> does. Each folder is measured with the start-up warm-up off and on
/// (<c>Warmup__Enabled</c>), <see cref="Restarts"/> restarts each.</item>
/// <item><b>Memory per circuit</b>: the app in-process; <see cref="OpenScreens"/> morning reviews opened as tabs of
/// one browser, each waited for until interactive; the server's GC heap (after a full blocking collection) and
/// working set before and with them open, divided by the count; then the tabs are closed and the app's own circuit
/// meter says how long until every circuit is released.</item>
/// </list>
/// </summary>
internal static class ScreenSpeed
{
    public const string Heading = "## Screen speed (issue 16)";

    private const int Restarts = 3;
    private const int ScreenRuns = 10;
    private const int OpenScreens = 50;
    private const string MorningReview = "/?store=" + TimeToInteractive.Store;
    private const string SalesCard = ".kpi-card[data-kpi='paymentAmount']";

    /// <summary>With --gcdump folder: a GC heap dump of each build with its tabs open (needs the dotnet-gcdump tool).</summary>
    private static string? GcDumpFolder { get; set; }

    public static async Task<string> RunAsync(string[] args)
    {
        GcDumpFolder = args.SkipWhile(a => a != "--gcdump").Skip(1).FirstOrDefault();
        var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault(); // memory | restart | screens
        var load = TimeToInteractive.LoadAverage();
        var culture = CultureInfo.InvariantCulture;
        var report = new StringBuilder();
        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var builds = await PublishedFoldersAsync(args);
            if (only is null or "screens")
            {
                report.AppendLine(await PerScreenAsync(browser, builds));
            }

            report.AppendLine("### First visit after a restart (morning review)").AppendLine()
                .AppendLine("| build | warm-up | start → /healthz | HTML received | first data visible | interactive | runs (data / interactive, ms) |")
                .AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
            foreach (var (label, folder) in only is null or "restart" ? builds : [])
            {
                foreach (var warmup in new[] { false, true })
                {
                    var runs = await RestartsAsync(browser, folder, warmup);
                    var samples = string.Join(", ", runs.Select(r => string.Create(culture, $"{r.Data:F0}/{r.Interactive:F0}")));
                    if (runs.Count < Restarts)
                    {
                        samples += string.Create(culture, $"; {Restarts - runs.Count} of {Restarts} timed out (> 30 s)");
                    }

                    if (runs.Count == 0)
                    {
                        report.AppendLine(string.Create(culture, $"| {label} | {(warmup ? "on" : "off")} | — | — | — | — | {samples} |"));
                        continue;
                    }

                    var line = string.Create(culture,
                        $"| {label} | {(warmup ? "on" : "off")} | {TimeToInteractive.Median(runs.Select(r => r.Ready)):F0} ms | {TimeToInteractive.Median(runs.Select(r => r.Html)):F0} ms | {TimeToInteractive.Median(runs.Select(r => r.Data)):F0} ms | {TimeToInteractive.Median(runs.Select(r => r.Interactive)):F0} ms | {samples} |");
                    Console.WriteLine(line);
                    report.AppendLine(line);
                }
            }

            report.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### Memory per circuit ({OpenScreens} morning reviews open)").AppendLine();
            report.AppendLine("Each build as its own process: its resident memory (VmRSS) before and with the tabs open, divided by the count.").AppendLine()
                .AppendLine("| build | RSS before → open | RSS per open morning review |")
                .AppendLine("| --- | --- | --- |");
            foreach (var (label, folder) in only is null or "memory" ? builds : [])
            {
                report.AppendLine(await ProcessMemoryAsync(browser, label, folder));
            }

            if (only is null or "memory")
            {
                report.AppendLine().AppendLine("This build in-process (the bench's own heap is the server's: a full blocking GC before each reading):").AppendLine();
                report.AppendLine(await MemoryPerCircuitAsync(browser));
            }
        }

        return $"""
            {Heading}

            Measured by `dotnet run -c Release --project bench/OpsDashboard.Bench -- --speed --write docs/benchmarks.md`
            (also part of `--tti`) on {DateTime.UtcNow:yyyy-MM-dd} ({Environment.ProcessorCount} cores, load average {load} when it started,
            .NET {Environment.Version}, headless Debian Chromium). First visit: the published app as its own process, {Restarts} restarts per
            row, medians; *start → /healthz* is from starting the process to the first 200 of `/healthz` (polled every 0.5 s),
            the page times are from navigation start as in "Time to interactive", the page being opened as soon as `/healthz` answered.

            {report}
            """;
    }

    /// <summary>The folders named with --published label=folder, else this repository's web project published once (Release).</summary>
    private static async Task<IReadOnlyList<(string Label, string Folder)>> PublishedFoldersAsync(string[] args)
    {
        var given = args.Select((a, i) => (a, i)).Where(x => x.a == "--published" && x.i + 1 < args.Length)
            .Select(x => args[x.i + 1].Split('=', 2)).Select(p => (Label: p[0], Folder: p[1])).ToList();
        if (given.Count > 0)
        {
            return given;
        }

        var folder = Path.Combine(Path.GetTempPath(), "opsdash-speed-publish");
        var project = Path.Combine(RepositoryRoot(), "src", "OpsDashboard.Web", "OpsDashboard.Web.csproj");
        await RunAsync("dotnet", "publish", project, "-c", "Release", "--no-restore", "-o", folder, "-nologo");
        return [("dotnet publish", folder)];
    }

    /// <summary>
    /// Every screen on every build, the builds running side by side as their own processes over their own demo database;
    /// the runs alternate between builds so a change in the machine's load hits both alike.
    /// </summary>
    private static async Task<string> PerScreenAsync(IBrowser browser, IReadOnlyList<(string Label, string Folder)> builds)
    {
        using var folders = new TempFolders();
        var apps = new List<(string Label, PublishedProcess App, string SignedIn)>();
        try
        {
            foreach (var (label, folder) in builds)
            {
                var app = await PublishedProcess.StartAsync(folder, folders.Create(label + "-cwd"), folders.Create(label + "-data"));
                apps.Add((label, app, string.Empty));
                await app.WaitUntilHealthyAsync();
                apps[^1] = (label, app, await SignInAsync(browser, app.BaseUrl));
            }

            var culture = CultureInfo.InvariantCulture;
            var table = new StringBuilder("### Every screen, build by build (same run, runs alternating)").AppendLine().AppendLine()
                .AppendLine("| page | build | HTML received | first data visible | data p95 | interactive | interactive p95 |")
                .AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
            foreach (var (path, data, _) in TimeToInteractive.Screens)
            {
                var runs = apps.ToDictionary(a => a.Label, _ => new List<(double Html, double Data, double Interactive)>());
                foreach (var (_, app, signedIn) in apps)
                {
                    await TimeToInteractive.MeasureAsync(browser, signedIn, app.BaseUrl + path, data); // warm-up
                }

                for (var i = 0; i < ScreenRuns; i++)
                {
                    foreach (var (label, app, signedIn) in apps)
                    {
                        runs[label].Add(await TimeToInteractive.MeasureAsync(browser, signedIn, app.BaseUrl + path, data));
                    }
                }

                foreach (var (label, list) in runs)
                {
                    var line = string.Create(culture,
                        $"| `{path}` | {label} | {TimeToInteractive.Median(list.Select(r => r.Html)):F0} ms | {TimeToInteractive.Median(list.Select(r => r.Data)):F0} ms | {TimeToInteractive.P95(list.Select(r => r.Data)):F0} ms | {TimeToInteractive.Median(list.Select(r => r.Interactive)):F0} ms | {TimeToInteractive.P95(list.Select(r => r.Interactive)):F0} ms |");
                    Console.WriteLine(line);
                    table.AppendLine(line);
                }
            }

            return table.ToString();
        }
        finally
        {
            foreach (var (_, app, _) in apps)
            {
                await app.DisposeAsync();
            }
        }
    }

    private static async Task<string> SignInAsync(IBrowser browser, string baseUrl)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, baseUrl, RunningApp.OwnerEmail, RunningApp.OwnerPassword);
        return await context.StorageStateAsync();
    }

    /// <summary>A build's resident memory per open morning review, as its own process (no GC can be forced there: RSS only).</summary>
    private static async Task<string> ProcessMemoryAsync(IBrowser browser, string label, string folder)
    {
        using var folders = new TempFolders();
        await using var app = await PublishedProcess.StartAsync(folder, folders.Create("cwd"), folders.Create("data"));
        await app.WaitUntilHealthyAsync();
        var signedIn = await SignInAsync(browser, app.BaseUrl);
        await TimeToInteractive.MeasureAsync(browser, signedIn, app.BaseUrl + MorningReview, SalesCard);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var before = ResidentBytes(app.ProcessId);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { StorageState = signedIn });
        var pages = new List<IPage>();
        for (var i = 0; i < OpenScreens; i++)
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(app.BaseUrl + MorningReview);
            await page.Locator("[data-interactive='true']").WaitForAsync();
            pages.Add(page);
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        var open = ResidentBytes(app.ProcessId);
        if (GcDumpFolder is { } dumps)
        {
            // --gcdump <folder>: what the open circuits hold, by type (dotnet-gcdump report <file>).
            await RunAsync("dotnet-gcdump", "collect", "-p", app.ProcessId.ToString(CultureInfo.InvariantCulture), "-o", Path.Combine(dumps, label + ".gcdump"));
        }

        foreach (var page in pages)
        {
            await page.CloseAsync();
        }

        var line = string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {before / 1048576.0:F0} MB → {open / 1048576.0:F0} MB | {(open - before) / (double)OpenScreens / 1048576.0:F2} MB |");
        Console.WriteLine(line);
        return line;
    }

    private static long ResidentBytes(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    private static async Task<List<(double Ready, double Html, double Data, double Interactive)>> RestartsAsync(IBrowser browser, string folder, bool warmup)
    {
        using var folders = new TempFolders();
        var data = folders.Create("data");
        var cwd = folders.Create("cwd");
        var settings = new Dictionary<string, string> { ["Warmup__Enabled"] = warmup ? "true" : "false" };

        // The first start migrates and seeds the demo data; the sign-in cookie outlives restarts (keys are in the database).
        string signedIn;
        await using (var first = await PublishedProcess.StartAsync(folder, cwd, data, settings))
        {
            await first.WaitUntilHealthyAsync();
            await using var context = await browser.NewContextAsync();
            var page = await context.NewPageAsync();
            await SignIn.AsAsync(page, first.BaseUrl, RunningApp.OwnerEmail, RunningApp.OwnerPassword);
            signedIn = await context.StorageStateAsync();
        }

        var runs = new List<(double, double, double, double)>();
        for (var i = 0; i < Restarts; i++)
        {
            var clock = Stopwatch.StartNew();
            await using var app = await PublishedProcess.StartAsync(folder, cwd, data, settings);
            await app.WaitUntilHealthyAsync();
            var ready = clock.Elapsed.TotalMilliseconds;
            double html, shown, interactive;
            try
            {
                (html, shown, interactive) = await TimeToInteractive.MeasureAsync(browser, signedIn, app.BaseUrl + MorningReview, SalesCard);
            }
            catch (TimeoutException)
            {
                // On a loaded machine a first visit can outlast Playwright's 30 s: the run is said, not lost with the others.
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"restart warm-up {(warmup ? "on " : "off")}: healthz {ready:F0} ms, page timed out (> 30 s)"));
                continue;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"restart warm-up {(warmup ? "on " : "off")}: healthz {ready:F0} ms, html {html:F0}, data {shown:F0}, interactive {interactive:F0}"));
            runs.Add((ready, html, shown, interactive));
        }

        return runs;
    }

    private static async Task<string> MemoryPerCircuitAsync(IBrowser browser)
    {
        await using var app = await TimeToInteractive.StartAppAsync();
        using var circuits = new CircuitGauge(app.Services.GetRequiredService<IMeterFactory>());
        var yesterday = DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime).AddDays(-1);
        await app.Database.Services.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync(yesterday, CancellationToken.None);
        var signedIn = await TimeToInteractive.SignedInStateAsync(browser, app);
        await TimeToInteractive.MeasureAsync(browser, signedIn, app.BaseUrl + MorningReview, SalesCard); // warm-up: JIT, query plans
        await circuits.WaitUntilActiveAtMostAsync(0, TimeSpan.FromSeconds(30));

        var before = Snapshot();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { StorageState = signedIn, ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        var pages = new List<IPage>();
        for (var i = 0; i < OpenScreens; i++)
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(app.BaseUrl + MorningReview);
            await page.Locator("[data-interactive='true']").WaitForAsync();
            pages.Add(page);
        }

        var open = Snapshot();
        var held = circuits.Active;
        var clock = Stopwatch.StartNew();
        foreach (var page in pages)
        {
            await page.CloseAsync(); // as a user closing the tab: the page unloads and Blazor says goodbye
        }

        var released = await circuits.WaitUntilActiveAtMostAsync(0, TimeSpan.FromMinutes(5));
        var releaseTime = clock.Elapsed;
        var after = Snapshot();
        var heapPer = (open.Heap - before.Heap) / (double)OpenScreens / 1024 / 1024;
        var workingSetPer = (open.WorkingSet - before.WorkingSet) / (double)OpenScreens / 1024 / 1024;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{held} circuits: GC heap {before.Heap / 1048576.0:F1} → {open.Heap / 1048576.0:F1} MB ({heapPer:F2} MB each), working set {workingSetPer:F2} MB each; closed: {(released ? "all released" : $"{circuits.Active} left")} after {releaseTime.TotalSeconds:F1} s, heap {after.Heap / 1048576.0:F1} MB"));
        return string.Create(CultureInfo.InvariantCulture, $"""
            | measurement | result |
            | --- | --- |
            | circuits held with {OpenScreens} tabs open (the app's circuit meter) | {held} |
            | server GC heap, before → with them open (after a full blocking GC) | {before.Heap / 1048576.0:F1} MB → {open.Heap / 1048576.0:F1} MB |
            | **GC heap per open morning review** | **{heapPer:F2} MB** |
            | working set per open morning review | {workingSetPer:F2} MB |
            | tabs closed → every circuit released | {(released ? $"{releaseTime.TotalSeconds:F1} s" : $"not within 5 min ({circuits.Active} left)")} |
            | GC heap after closing them | {after.Heap / 1048576.0:F1} MB |
            """);
    }

    private static (long Heap, long WorkingSet) Snapshot()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpsDashboard.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"OpsDashboard.sln is not above {AppContext.BaseDirectory}.");
    }
}
