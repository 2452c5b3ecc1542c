using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OpsDashboard.E2E;

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

    /// <summary>The process id (the speed bench reads its memory).</summary>
    public int ProcessId => _process.Id;

    /// <param name="settings">Further settings as environment variables (e.g. <c>Warmup__Enabled</c>), applied last.</param>
    public static Task<PublishedProcess> StartAsync(string appFolder, string workingDirectory, string dataFolder, IReadOnlyDictionary<string, string>? settings = null)
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
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

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
