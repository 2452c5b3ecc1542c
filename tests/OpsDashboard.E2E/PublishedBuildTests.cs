using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OpsDashboard.E2E;

/// <summary>
/// The app as an operator installs it: <c>dotnet publish</c> output started as
/// <c>dotnet /somewhere/OpsDashboard.Web.dll</c> from an unrelated working directory.
/// </summary>
public sealed class PublishedBuildTests(PublishedBuild build, ITestOutputHelper output) : IClassFixture<PublishedBuild>
{
    [Fact]
    public async Task PublishedDll_StartedFromAnotherFolder_ServesFiguresAndItsStylesheets()
    {
        using var folders = new TempFolders();
        await using var app = await PublishedProcess.StartAsync(build.Folder, folders.Create("cwd"), folders.Create("data"));
        try
        {
            await app.WaitUntilHealthyAsync();

            var (playwright, browser) = await Browser.LaunchAsync();
            using (playwright)
            await using (browser)
            {
                var page = await browser.NewPageAsync();
                await SignIn.AsAsync(page, app.BaseUrl, RunningApp.OwnerEmail, RunningApp.OwnerPassword);
                await page.GotoAsync(app.BaseUrl + "/");
                var sales = page.Locator(".kpi-card[data-kpi='paymentAmount']");
                await Assertions.Expect(sales).ToHaveAttributeAsync("data-value", new System.Text.RegularExpressions.Regex(@"^\d+(\.\d+)?$"));
                Assert.True(await Screens.DecimalAsync(sales) > 0m, "The demo store's sales figure is on the page.");

                var sheets = await page.Locator("link[rel='stylesheet']").EvaluateAllAsync<string[]>("links => links.map(l => l.href)");
                Assert.Contains(sheets, href => href.Contains("MudBlazor", StringComparison.Ordinal));
                foreach (var href in sheets)
                {
                    var css = await page.APIRequest.GetAsync(href);
                    Assert.True(css.Ok, $"{href} answered {css.Status}");
                    Assert.True((await css.BodyAsync()).Length > 0, $"{href} is empty");
                }
            }
        }
        finally
        {
            output.WriteLine(app.Console);
        }
    }

    /// <summary>Issue 16: the assets every screen links are fingerprinted, cached for a year and compressed (ScreenSpeedTests).</summary>
    [Fact]
    public async Task PublishedApp_SendsEveryLinkedAsset_Fingerprinted_CachedForAYear_AndCompressed()
    {
        using var folders = new TempFolders();
        await using var app = await PublishedProcess.StartAsync(build.Folder, folders.Create("cwd"), folders.Create("data"), new Dictionary<string, string> { ["Demo__Seed"] = "false" });
        await app.WaitUntilHealthyAsync();
        await ScreenSpeedTests.AssertAssetsFingerprintedCachedAndCompressedAsync(app.BaseUrl);
    }

    [Fact]
    public async Task BrokenAppSettings_IsNamedOnTheConsole_NotSilence()
    {
        using var folders = new TempFolders();
        var copy = folders.Create("app");
        foreach (var file in Directory.EnumerateFiles(build.Folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(build.Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        await File.WriteAllTextAsync(Path.Combine(copy, "appsettings.json"), "{ \"Database\": { \"Provider\": ");
        await using var app = await PublishedProcess.StartAsync(copy, folders.Create("cwd"), folders.Create("data"));

        var exitCode = await app.WaitForExitAsync();

        output.WriteLine(app.Console);
        Assert.NotEqual(0, exitCode);
        Assert.Contains("could not start", app.Console, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(copy, "appsettings.json"), app.Console, StringComparison.Ordinal);
    }
}

/// <summary>The web project published once for the class, with the configuration the tests were built in (no network restore).</summary>
public sealed class PublishedBuild : IAsyncLifetime
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "opsdash-publish-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        var project = Path.Combine(RepositoryRoot(), "src", "OpsDashboard.Web", "OpsDashboard.Web.csproj");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "publish", project, "-c", Configuration, "--no-restore", "-o", Folder, "-nologo" })
        {
            start.ArgumentList.Add(arg);
        }

        using var publish = Process.Start(start) ?? throw new InvalidOperationException("dotnet publish did not start.");
        var stdout = publish.StandardOutput.ReadToEndAsync();
        var stderr = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed ({publish.ExitCode}):\n{await stdout}\n{await stderr}");
        }
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        return Task.CompletedTask;
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
