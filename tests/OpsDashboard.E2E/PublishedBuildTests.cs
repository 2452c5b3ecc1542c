using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
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

/// <summary><c>dotnet OpsDashboard.Web.dll</c> as a child process with its console captured; killed (whole tree) on dispose.</summary>
public sealed class PublishedProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromMinutes(5);
    private readonly Process _process;
    private readonly StringBuilder _console = new();

    private PublishedProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public string Console
    {
        get
        {
            lock (_console)
            {
                return _console.ToString();
            }
        }
    }

    public static Task<PublishedProcess> StartAsync(string appFolder, string workingDirectory, string dataFolder)
    {
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(appFolder, "OpsDashboard.Web.dll"), "--urls", baseUrl })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var inherited in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_CONTENTROOT", "DOTNET_CONTENTROOT", "ASPNETCORE_URLS" })
        {
            start.Environment.Remove(inherited);
        }

        start.Environment["Database__DataFolder"] = dataFolder;
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__OpsDashboard"] = string.Empty;
        start.Environment["Auth__BootstrapAdmin__Email"] = RunningApp.OwnerEmail;
        start.Environment["Auth__BootstrapAdmin__Password"] = RunningApp.OwnerPassword;

        var process = new Process { StartInfo = start };
        var app = new PublishedProcess(process, baseUrl);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return Task.FromResult(app);
    }

    /// <summary>Polls /healthz until it answers 200; fails with the console when the process exits or never answers.</summary>
    public async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var giveUp = Stopwatch.StartNew();
        while (giveUp.Elapsed < StartPatience)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The published app exited with {_process.ExitCode}:\n{Console}");
            }

            try
            {
                using var response = await http.GetAsync(BaseUrl + "/healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy seeding.
            }

            await Task.Delay(500);
        }

        throw new InvalidOperationException($"The published app did not answer /healthz:\n{Console}");
    }

    /// <summary>The exit code once the process ends by itself; fails with the console when it keeps running.</summary>
    public async Task<int> WaitForExitAsync()
    {
        using var patience = new CancellationTokenSource(StartPatience);
        try
        {
            await _process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            throw new InvalidOperationException($"The app kept running with a broken configuration:\n{Console}");
        }

        _process.WaitForExit(); // Flushes the redirected output.
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_console)
        {
            _console.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Temporary folders deleted with the test.</summary>
public sealed class TempFolders : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "opsdash-firstuse-" + Guid.NewGuid().ToString("N"));

    public string Create(string name)
    {
        var path = Path.Combine(_root, name);
        Directory.CreateDirectory(path);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
