using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OpsDashboard.Data.Tests.Import.Hostile;

/// <summary>
/// Peak memory of reading each hostile file, measured as the peak working set of a fresh process
/// that does nothing but parse it (the test host's own peak says nothing about one call). The
/// child runs under a 2 GiB GC heap cap so that a regression fails fast instead of taking the
/// machine down (before the caps, the 1.6 KB sheet alone drove a process past 12 GB).
/// </summary>
public sealed partial class HostileMemoryTests
{
    private const int BudgetMegabytes = 500;

    public static TheoryData<string> Files => ["huge-dimension.xlsx", "zip-bomb-1.1GB.xlsx", "long-cell-90MB.csv", "two-million-columns.csv", "bad-rows.csv", "large-valid-sku.csv"];

    [Theory]
    [MemberData(nameof(Files))]
    public void Reading_a_hostile_file_stays_under_500_MB_and_is_answered(string name)
    {
        var path = Write(name);

        var (output, peak) = RunFresh(name.Contains("sku", StringComparison.Ordinal) ? "sku-daily" : "store-daily", path);

        Assert.True(peak < BudgetMegabytes, $"{name}: peak working set {peak} MB\n{output}");
        Assert.Matches(name == "large-valid-sku.csv" ? "errors 0 listed 0" : "errors [1-9]", output);
    }

    private static string Write(string name)
    {
        if (name.StartsWith("zip-bomb", StringComparison.Ordinal))
        {
            return HostileFiles.ZipBombFile(1_100L * 1024 * 1024);
        }

        var path = Path.Combine(Path.GetTempPath(), $"hostile-{Guid.NewGuid():N}-{name}");
        File.WriteAllBytes(path, name switch
        {
            "huge-dimension.xlsx" => HostileFiles.HugeDimensionXlsx(),
            "long-cell-90MB.csv" => HostileFiles.CsvWithLongCell(90 * 1024 * 1024),
            "two-million-columns.csv" => HostileFiles.CsvWithUnknownColumns(2_000_000),
            "bad-rows.csv" => HostileFiles.CsvWithBadRows(199_000),
            _ => HostileFiles.LargeSkuCsv(199_000),
        });
        return path;
    }

    private static (string Output, long PeakMegabytes) RunFresh(string kind, string path)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x80000000";
        start.ArgumentList.Add(typeof(HostileMemoryTests).Assembly.Location);
        start.ArgumentList.Add("peak");
        start.ArgumentList.Add(kind);
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var output = stdout + stderr.GetAwaiter().GetResult();
        if (!path.Contains("zip-bomb", StringComparison.Ordinal))
        {
            File.Delete(path);
        }

        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}\n{output}");
        var peak = PeakLine().Match(output);
        Assert.True(peak.Success, output);
        return (output, long.Parse(peak.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"peak-mb (\d+)")]
    private static partial Regex PeakLine();
}
