using System.Globalization;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Tests;

/// <summary>
/// The entry point when this assembly is run as a program (the test host never calls it): parses
/// one file in a process where nothing else has run, so a test can see what a freshly started app
/// sees (code pages not yet registered by anything). Usage: <c>parse kind path [file-name]</c>;
/// prints "rows N", then one line per error, and exits 0 when the file parsed without errors.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["peak", var peakKind, var peakPath] && ImportKinds.TryParse(peakKind, out var measured))
        {
            return Peak(measured, peakPath);
        }

        if (args is not ["parse", var kindName, var path, .. var rest] || !ImportKinds.TryParse(kindName, out var kind))
        {
            Console.Error.WriteLine("usage: parse store-daily|sku-daily|source-daily path [file-name]");
            return 2;
        }

        var context = new ImportFileContext { FileName = rest.Length > 0 ? rest[0] : Path.GetFileName(path) };
        var result = ImportParser.Parse(kind, File.ReadAllBytes(path), context);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rows {result.Rows.Count}"));
        foreach (var error in result.Errors)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error {error.Row} {error.Column}: {error.Message}"));
        }

        return result.IsValid ? 0 : 1;
    }

    /// <summary>
    /// <c>peak kind path</c>: parses one file (as the import does) and prints the process's peak
    /// working set ("peak-mb N"), the rows kept, the error count and the first error.
    /// </summary>
    private static int Peak(ImportKind kind, string path)
    {
        var result = ImportParser.Parse(kind, File.ReadAllBytes(path), ImportFileContext.Default);
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak-mb {process.PeakWorkingSet64 / (1024 * 1024)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rows {result.Rows.Count}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"errors {result.ErrorCount} listed {result.Errors.Count} limit {result.ExceededLimit}"));
        Console.WriteLine(result.Errors.Count > 0 ? "first " + result.Errors[0].Message : "first -");
        return 0;
    }
}
