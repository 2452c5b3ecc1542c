using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using OpsDashboard.Bench;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data;
using OpsDashboard.Data.Demo;
using OpsDashboard.Data.Import;
using OpsDashboard.Testing;

// Side-by-side figures on SQLite and PostgreSQL: import throughput for a 100k-row file and read
// latency of the KPI queries on demo data. Usage: dotnet run -c Release --project bench/OpsDashboard.Bench [-- --write docs/benchmarks.md]
// With --tti instead: each screen's time to interactive in headless Chromium over the demo data
// (TimeToInteractive.cs), written as the "Time to interactive" section of the same file.
// With --screenshots [folder]: the pictures of every screen into docs/screenshots (Screenshots.cs).
if (args.Contains("--screenshots")) { await Screenshots.RunAsync(args); return; }

var output = args.SkipWhile(a => a != "--write").Skip(1).FirstOrDefault();
if (args.Contains("--queries"))
{
    await QueryCounts.RunAsync(args, output); // database commands per screen load (QueryCounts.cs)
    return;
}

if (args.Contains("--tti"))
{
    await WriteSectionAsync(TimeToInteractive.Heading, await TimeToInteractive.RunAsync());
    await WriteSectionAsync(ScreenSpeed.Heading, await ScreenSpeed.RunAsync(args)); // issue 16: first visit after a restart, memory per circuit (ScreenSpeed.cs)
    return;
}

if (args.Contains("--speed")) { await WriteSectionAsync(ScreenSpeed.Heading, await ScreenSpeed.RunAsync(args)); return; } // issue 16 alone

if (args.Contains("--chaos"))
{
    await WriteSectionAsync(Chaos.Heading, await Chaos.RunAsync());
    return;
}

if (args.Contains("--sku-rollup")) { await WriteSectionAsync(SkuRollupBench.Heading, await SkuRollupBench.RunAsync(args)); return; } // issue 10: SKU range reads from month rollups (SkuRollupBench.cs)

if (args.Contains("--portfolio-scale")) { await WriteSectionAsync(PortfolioScaleBench.Heading, await PortfolioScaleBench.RunAsync(args)); return; } // issue 10: the portfolio of 20 stores × 5,000 SKUs (PortfolioScaleBench.cs)

if (args.Contains("--scale-reads"))
{
    await WriteSectionAsync(ScaleReadBench.Heading, await ScaleReadBench.RunAsync(args)); // issue 10: reads at 5,000 SKUs × 2 years, cache off/on (ScaleReadBench.cs)
    return;
}

if (args.Contains("--scale"))
{
    await WriteSectionAsync(ScaleBench.Heading, await ScaleBench.RunAsync(args)); // issue 10: 5,000 SKUs (ScaleBench.cs)
    return;
}

if (args.Contains("--service")) { await WriteSectionAsync(ServiceBench.Heading, await ServiceBench.RunAsync()); return; } // issue 12 (ServiceBench.cs)

if (args.Contains("--fuzz"))
{
    await ImportFuzzBench.RunAsync(args, output);
    return;
}

var report = new StringBuilder();
var culture = CultureInfo.InvariantCulture;
report.AppendLine("| provider | measurement | result |").AppendLine("| --- | --- | --- |");

var file = ImportFile.SkuDaily(skus: 200, days: 500);
Console.WriteLine($"Import file: {file.Rows:N0} rows, {file.Bytes.Length / 1024.0 / 1024.0:F1} MiB (sku-daily CSV)");

foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
{
    await using var db = await TestDatabase.CreateAsync(provider);
    var store = await db.CreateStoreAsync("bench");

    var insert = await Timed(() => db.Imports.ImportAsync(store, ImportKind.SkuDaily, file.Bytes, "bench.csv"));
    Require(insert.Result);
    var update = await Timed(() => db.Imports.ImportAsync(store, ImportKind.SkuDaily, file.Bytes, "bench.csv"));
    Require(update.Result);
    Row(provider, $"import {file.Rows:N0} new rows (parse + write)", $"{insert.Elapsed.TotalSeconds:F2} s = {file.Rows / insert.Elapsed.TotalSeconds:N0} rows/s");
    Row(provider, $"re-import the same {file.Rows:N0} rows (all updates)", $"{update.Elapsed.TotalSeconds:F2} s = {file.Rows / update.Elapsed.TotalSeconds:N0} rows/s");

    await using (var demoDb = await TestDatabase.CreateAsync(provider))
    {
        var demo = new DemoDataSeeder(demoDb.Factory, demoDb.Stores, demoDb.Imports, demoDb.Targets, demoDb.Annotations, demoDb.Queries, NullLogger<DemoDataSeeder>.Instance);
        var lastDay = new DateOnly(2026, 11, 22);
        var seed = await Timed(() => demo.SeedIfEmptyAsync(lastDay, CancellationToken.None));
        Row(provider, "seed demo data (2 stores, 18 months)", $"{seed.Elapsed.TotalSeconds:F2} s");

        var tmall = (await demoDb.Stores.FindAsync("tmall-flagship"))!;
        foreach (var days in new[] { 7, 30, 365 })
        {
            var range = new DateRange(lastDay.AddDays(1 - days), lastDay);
            var overview = await Median(() => demoDb.Reports.OverviewAsync(tmall.Id, range));
            var pageHealth = await Median(() => demoDb.Reports.PageHealthAsync(tmall, range));
            var sources = await Median(() => demoDb.Queries.SourceTotalsAsync(tmall.Id, range));
            Row(provider, $"overview, {days} days (3 periods summed)", $"{overview:F1} ms median of 21");
            Row(provider, $"page health, {days} days", $"{pageHealth:F1} ms median of 21");
            Row(provider, $"sources, {days} days", $"{sources:F1} ms median of 21");
        }
    }
}

Console.WriteLine(report);
if (output is not null)
{
    var text = $"""
        # Benchmarks

        Measured by `bench/OpsDashboard.Bench` on {DateTime.UtcNow:yyyy-MM-dd} ({Environment.ProcessorCount} cores, .NET {Environment.Version}),
        PostgreSQL 15 as a local throwaway cluster (fsync off), SQLite as a local WAL file. Re-run with
        `dotnet run -c Release --project bench/OpsDashboard.Bench -- --write docs/benchmarks.md`.

        {report}
        On PostgreSQL every import that adds rows ends with `ANALYZE` of the table it wrote: before that,
        right after a bulk load the planner's statistics were empty and "page health, 365 days" took
        4,689 ms instead of 14 ms (the SKU stock join chose a nested loop); it costs the demo seed about 3 s.
        """;
    // The --tti run's section is kept.
    var kept = File.Exists(output) ? MarkdownSections.Find(await File.ReadAllTextAsync(output), TimeToInteractive.Heading) : null;
    await File.WriteAllTextAsync(output, kept is null ? text : MarkdownSections.Replace(text, TimeToInteractive.Heading, kept));
    Console.WriteLine($"Written to {output}");
}

void Row(DatabaseProvider provider, string what, string result)
{
    report.AppendLine(culture, $"| {provider} | {what} | {result} |");
    Console.WriteLine($"{provider,-8} {what}: {result}");
}

static void Require(ImportResult result)
{
    if (!result.Succeeded)
    {
        throw new InvalidOperationException("Benchmark import failed: " + string.Join("; ", result.Errors.Take(5).Select(e => e.Message)));
    }
}

static async Task<(T Result, TimeSpan Elapsed)> Timed<T>(Func<Task<T>> action)
{
    var stopwatch = Stopwatch.StartNew();
    var result = await action();
    return (result, stopwatch.Elapsed);
}

static async Task<double> Median<T>(Func<Task<T>> action)
{
    await action(); // warm-up: connection pool, query plan caches
    var samples = new List<double>();
    for (var i = 0; i < 21; i++)
    {
        var stopwatch = Stopwatch.StartNew();
        await action();
        samples.Add(stopwatch.Elapsed.TotalMilliseconds);
    }

    samples.Sort();
    return samples[samples.Count / 2];
}

/// <summary>A generated platform export of a given size.</summary>
// Prints a mode's section and, with --write, replaces that section of the benchmarks file.
async Task WriteSectionAsync(string heading, string section)
{
    Console.WriteLine(section);
    if (output is not null)
    {
        var existing = File.Exists(output) ? await File.ReadAllTextAsync(output) : "# Benchmarks\n";
        await File.WriteAllTextAsync(output, MarkdownSections.Replace(existing, heading, section));
        Console.WriteLine($"Written to {output}");
    }
}

internal sealed record ImportFile(byte[] Bytes, int Rows)
{
    public static ImportFile SkuDaily(int skus, int days)
    {
        var csv = new StringBuilder("日期,商品ID,商品名称,商品访客数,商品浏览量,跳失人数,商品加购人数,下单买家数,支付买家数,支付件数,支付金额,库存\n");
        var random = new Random(42);
        var start = new DateOnly(2025, 1, 1);
        for (var d = 0; d < days; d++)
        {
            var date = start.AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            for (var s = 0; s < skus; s++)
            {
                var visitors = random.Next(50, 5000);
                var paying = random.Next(0, visitors / 20);
                csv.Append(CultureInfo.InvariantCulture,
                    $"{date},6805{s:00000000000000},商品{s},{visitors},{visitors * 3},{visitors / 2},{visitors / 10},{paying + 1},{paying},{paying},\"¥{paying * 129.9m:N2}\",{random.Next(0, 900)}\n");
            }
        }

        return new ImportFile(Encoding.UTF8.GetBytes(csv.ToString()), skus * days);
    }
}
