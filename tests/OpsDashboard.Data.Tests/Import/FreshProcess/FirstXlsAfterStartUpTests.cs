using System.Diagnostics;
using System.Text;

namespace OpsDashboard.Data.Tests.Import.FreshProcess;

/// <summary>
/// The first file a freshly started app reads must not depend on what was read before it. An .xls
/// as the very first import failed with "No data is available for encoding 1252" until some
/// GB18030 CSV had registered the code pages. In-process tests cannot show it (once any test
/// registers the provider, it stays registered for the whole run), so these start this test
/// assembly as a program (see Program.cs) in a new process where nothing has registered anything.
/// </summary>
public sealed class FirstXlsAfterStartUpTests
{
    [Fact]
    public void An_xls_as_the_first_file_in_a_fresh_process_is_read()
    {
        var (exitCode, output) = RunFreshParse("sku-daily", Path.Combine(AppContext.BaseDirectory, "Fixtures", "sku-daily-sycm.xls"));

        Assert.DoesNotContain("encoding 1252", output, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
        Assert.Contains("rows 3", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_day_xlsx_as_the_first_file_in_a_fresh_process_is_read_and_dated_by_its_name()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fresh-{Guid.NewGuid():N}.xlsx");
        File.WriteAllBytes(path, Import.Parsing.ImportFiles.Xlsx(
            ["商品排行"],
            [],
            ["商品ID", "商品名称", "商品访客数", "商品支付买家数", "商品支付金额"],
            ["680512345678901234", "羊毛大衣 女", 100, 4, 880.5]));
        try
        {
            var (exitCode, output) = RunFreshParse("sku-daily", path, "【生意参谋平台】商品_全部_2026-11-30_2026-11-30.xlsx");

            Assert.Equal(0, exitCode);
            Assert.Contains("rows 1", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static (int ExitCode, string Output) RunFreshParse(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(typeof(FirstXlsAfterStartUpTests).Assembly.Location);
        start.ArgumentList.Add("parse");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.GetAwaiter().GetResult());
    }
}
