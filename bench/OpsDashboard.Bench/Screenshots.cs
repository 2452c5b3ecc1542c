using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Demo;
using OpsDashboard.E2E;
using OpsDashboard.Testing;

namespace OpsDashboard.Bench;

/// <summary>
/// The pictures in docs/screenshots (--screenshots): the real app on Kestrel over SQLite with the demo
/// stores up to yesterday, headless Debian Chromium, every screen in English and Chinese, each taken once
/// the page is interactive and shows its figures, saved as &lt;page&gt;-&lt;culture&gt;-&lt;width&gt;x&lt;height&gt;.png.
/// The only command that writes them: <c>dotnet test</c> takes its pictures into a temporary folder.
/// </summary>
internal static class Screenshots
{
    private const string Store = "tmall-flagship";

    private static readonly string[] Cultures = ["en", "zh-CN"];

    private static readonly (int Width, int Height) Laptop = (1440, 900);

    /// <summary>Every picture: its name, the page, the sizes, and the element that shows the page has its figures.</summary>
    private static readonly (string Name, string Path, (int Width, int Height)[] Sizes, string Ready)[] Shots =
    [
        ("morning-review", $"/?store={Store}", [Laptop, (1920, 1080)], ".kpi-card[data-kpi='paymentAmount']"),
        ("page-health", $"/page-health?store={Store}", [Laptop], "[data-testid='check-aovRatio'] [data-check]"),
        ("meeting", $"/meeting?store={Store}", [Laptop, (1920, 1080), (3840, 2160)], "[data-period='day'] [data-kpi='paymentAmount']"),
        ("portfolio", "/portfolio", [Laptop], "[data-testid='portfolio'] tbody tr[data-store]"),
        ("settings", $"/settings?store={Store}", [Laptop], "[data-testid='targets']"),
        ("import", $"/import?store={Store}", [Laptop], "[data-testid='import-page'][data-interactive='true']"),
        ("promotion", $"/promotion?store={Store}", [Laptop, (1920, 1080)], "[data-testid='ads-drilldown']"),
        ("promotion-report", $"/promotion/report?store={Store}&period=month", [Laptop], "[data-testid='report-title']"),
        ("plan", $"/plan?store={Store}", [Laptop, (1920, 1080)], "[data-testid='plan-sales']"),
        ("service", $"/service?store={Store}", [Laptop, (1920, 1080)], "[data-testid='agents']"),
        ("competitors", $"/competitors?store={Store}", [Laptop, (1920, 1080)], "[data-testid='rivals']"),
        ("users", "/admin/users", [Laptop], "tr[data-user]"),
    ];

    /// <summary>--screenshots [folder]: every picture into the folder (docs/screenshots by default).</summary>
    public static async Task RunAsync(string[] args)
    {
        var folder = args.SkipWhile(a => a != "--screenshots").Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? DefaultFolder();
        var written = await ShootAsync(Path.GetFullPath(folder));
        Console.WriteLine($"{written.Count} screenshots written to {folder}");
    }

    /// <summary>Takes every picture into <paramref name="folder"/> and returns the files written.</summary>
    public static async Task<IReadOnlyList<string>> ShootAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        await using var app = await TimeToInteractive.StartAppAsync();
        var yesterday = StoreClock.Yesterday(app.Services.GetRequiredService<TimeProvider>(), StoreClock.DefaultTimeZone);
        await app.Database.Services.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync(yesterday, CancellationToken.None);

        var written = new List<string>();
        var (playwright, browser) = await Browser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            foreach (var culture in Cultures)
            {
                foreach (var (name, path, sizes, ready) in Shots)
                {
                    foreach (var size in sizes)
                    {
                        var page = await OpenAsync(browser, app, culture, path, size);
                        await using var context = page.Context;
                        await page.Locator(ready).First.WaitForAsync();
                        written.Add(await SaveAsync(page, folder, name, culture));
                    }
                }

                // The import page with a file chosen (its preview), and with a bad file imported (its error table);
                // the bad file writes nothing, the good one is only previewed.
                var preview = await OpenImportAsync(browser, app, culture, "流量概况.csv", TrafficOverviewFiles.Good);
                await using (preview.Context)
                {
                    written.Add(await SaveAsync(preview, folder, "import-preview", culture));
                }

                var errors = await OpenImportAsync(browser, app, culture, "流量概况-bad.csv", TrafficOverviewFiles.Bad);
                await using (errors.Context)
                {
                    await errors.ClickAsync("[data-testid='import-button']");
                    await errors.Locator("[data-testid='import-page'][data-stage='done']").WaitForAsync();
                    await errors.Locator("[data-testid='error-table']").WaitForAsync();
                    written.Add(await SaveAsync(errors, folder, "import-errors", culture));
                }
            }
        }

        return written;
    }

    /// <summary>docs/screenshots of the repository this runs from (found by walking up to OpsDashboard.sln).</summary>
    private static string DefaultFolder()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpsDashboard.sln")))
            {
                return Path.Combine(dir.FullName, "docs", "screenshots");
            }
        }

        throw new InvalidOperationException($"OpsDashboard.sln is not above {Environment.CurrentDirectory}: pass the folder after --screenshots.");
    }

    /// <summary>A fresh context in the culture at the size, opened through the culture switch (which sets the cookie), once interactive.</summary>
    private static async Task<IPage> OpenAsync(IBrowser browser, RunningApp app, string culture, string path, (int Width, int Height) size)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = culture,
            ViewportSize = new ViewportSize { Width = size.Width, Height = size.Height },
            ColorScheme = ColorScheme.Light,
        });
        var page = await context.NewPageAsync();
        await SignIn.AsOwnerAsync(page, app, $"/culture/{culture}?returnUrl={Uri.EscapeDataString(path)}");
        await page.Locator("[data-interactive='true']").First.WaitForAsync();
        return page;
    }

    private static async Task<IPage> OpenImportAsync(IBrowser browser, RunningApp app, string culture, string fileName, string content)
    {
        var page = await OpenAsync(browser, app, culture, $"/import?store={Store}", Laptop);
        await page.Locator("[data-testid='import-page'][data-interactive='true']").WaitForAsync();
        await page.Locator("input[type='file']:not(.d-none)").SetInputFilesAsync(new FilePayload
        {
            Name = fileName,
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(content),
        });
        await page.Locator("[data-testid='import-page'][data-stage='preview']").WaitForAsync();
        return page;
    }

    /// <summary>Moves the mouse off the page (no hover tooltips) and saves the viewport as &lt;name&gt;-&lt;culture&gt;-&lt;w&gt;x&lt;h&gt;.png.</summary>
    private static async Task<string> SaveAsync(IPage page, string folder, string name, string culture)
    {
        var viewport = page.ViewportSize ?? throw new InvalidOperationException("The page has no fixed viewport.");
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{name}-{culture}-{viewport.Width}x{viewport.Height}.png"));
        await page.Mouse.MoveAsync(0, 0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        Console.WriteLine($"{path} ({new FileInfo(path).Length / 1024} KiB)");
        return path;
    }
}
