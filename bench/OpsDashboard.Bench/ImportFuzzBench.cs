using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsCheck;
using OpsDashboard.Data;
using OpsDashboard.Data.Import;
using OpsDashboard.Testing;

namespace OpsDashboard.Bench;

/// <summary>
/// <c>--fuzz N</c>: the long run of the suite's import fuzzing (<see cref="ImportFuzz"/>): N generated
/// and mutated CSV/xlsx files through the parser, every tenth also through the whole import on
/// SQLite and on PostgreSQL. Violations are collected, not thrown, so the run reports all it found;
/// the section "Import fuzzing" of docs/benchmarks.md holds the last run.
/// </summary>
public static class ImportFuzzBench
{
    public const string Heading = "## Import fuzzing";

    /// <summary>Runs <c>--fuzz N</c> and, with <c>--write path</c>, replaces this section of that file.</summary>
    public static async Task RunAsync(string[] args, string? output)
    {
        var files = int.Parse(args.SkipWhile(a => a != "--fuzz").Skip(1).FirstOrDefault() ?? "10000", CultureInfo.InvariantCulture);
        var section = await RunAsync(files);
        Console.WriteLine(section);
        if (output is not null)
        {
            var existing = File.Exists(output) ? await File.ReadAllTextAsync(output) : "# Benchmarks\n";
            await File.WriteAllTextAsync(output, MarkdownSections.Replace(existing, Heading, section));
            Console.WriteLine($"Written to {output}");
        }
    }

    public static async Task<string> RunAsync(int files)
    {
        var stopwatch = Stopwatch.StartNew();
        var findings = new List<string>();
        int tried = 0, accepted = 0, refused = 0;
        ImportFuzz.Files.Sample(
            file =>
            {
                tried++;
                var violations = ImportFuzz.Violations(file);
                findings.AddRange(violations.Select(v => file + " → " + v));
                var parsed = Data.Import.Parsing.ImportParser.Parse(file.Kind, file.Bytes, new ImportFileContext { Today = ImportFuzz.Today, Limits = ImportFuzz.Limits });
                if (parsed.IsValid)
                {
                    accepted++;
                }
                else
                {
                    refused++;
                }
            },
            iter: files,
            threads: 1);
        var parserSeconds = stopwatch.Elapsed.TotalSeconds;

        var databaseFiles = Math.Max(1, files / 10);
        var perProvider = new StringBuilder();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            await using var db = await TestDatabase.CreateAsync(provider);
            var store = await db.CreateStoreAsync("fuzz");
            var run = Stopwatch.StartNew();
            var before = findings.Count;
            await ImportFuzz.Files.SampleAsync(
                async file => findings.AddRange((await ImportFuzz.CheckDatabaseAsync(db, store, file)).Select(v => file + " → " + v)),
                iter: databaseFiles,
                threads: 1);
            perProvider.Append(CultureInfo.InvariantCulture, $"| {provider} | {databaseFiles:N0} files through the whole import | {findings.Count - before} violations, {run.Elapsed.TotalSeconds:F0} s |\n");
        }

        var section = new StringBuilder();
        section.AppendLine(Heading).AppendLine();
        section.AppendLine("`dotnet run -c Release --project bench/OpsDashboard.Bench -- --fuzz N [--write docs/benchmarks.md]`: CsCheck generates CSV (UTF-8, UTF-8 with BOM, GB18030, UTF-16; comma, tab, semicolon) and .xlsx files from known and hostile headers and cells, then flips, cuts, inserts and repeats bytes. Properties: the parser never throws, lists at most the cap of errors and warnings, allocates under 256 MB per file, and accepts only dates in 2000-01-01…today, values within the bounds of docs/security.md and clean text; on both databases a refused file changes no table and the totals over 2000–2100 still answer.").AppendLine();
        section.AppendLine("| scope | measurement | result |").AppendLine("| --- | --- | --- |");
        section.Append(CultureInfo.InvariantCulture, $"| parser | {tried:N0} files ({accepted:N0} accepted, {refused:N0} refused) | {findings.Count(f => !f.Contains(" → Sqlite", StringComparison.Ordinal) && !f.Contains(" → Postgres", StringComparison.Ordinal))} violations, {parserSeconds:F0} s |\n");
        section.Append(perProvider);
        section.AppendLine();
        section.AppendLine(findings.Count == 0
            ? "Nothing found in this run."
            : "Found:\n\n" + string.Join('\n', findings.Take(20).Select(f => "- " + f.Replace("|", "\\|", StringComparison.Ordinal))));
        return section.ToString();
    }
}
