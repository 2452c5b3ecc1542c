using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Data;
using OpsDashboard.Data.Import;
using OpsDashboard.Testing;
using OpsDashboard.Web.Tests.Api;

namespace OpsDashboard.Bench;

/// <summary>
/// The agency's portfolio at scale (--portfolio-scale [--stores 20] [--skus 5000] [--days 60]): N stores of 5,000 SKUs
/// each on SQLite and PostgreSQL, then `GET /api/v1/portfolio` (every store's overview, page health and attention list,
/// the screen's one read) for 7 and 30 days with the read cache off and on. The days loaded cover what the portfolio
/// reads for those ranges (the range, the previous range and the attention rules' windows); the year-ago comparison
/// finds no rows, as for a store in its first year.
/// </summary>
internal static class PortfolioScaleBench
{
    public const string Heading = "## Portfolio at scale: 20 stores of thousands of SKUs (issue 10)";

    private const int RawSamples = 3;
    private const int WarmSamples = 30;

    public static async Task<string> RunAsync(string[] args)
    {
        var stores = ScaleReadBench.IntArg(args, "--stores", 20);
        var skus = ScaleReadBench.IntArg(args, "--skus", 5_000);
        var days = ScaleReadBench.IntArg(args, "--days", 60);
        var data = new ScaleData(skus, days, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1));
        var loads = new StringBuilder();
        var reads = new StringBuilder()
            .AppendLine("| provider | read | cache off: first / p50 / p95 | cache on: first after an import / p50 / p95 (warm) | load (1 min) |")
            .AppendLine("| --- | --- | --- | --- | --- |");

        foreach (var provider in ScaleReadBench.Providers(args))
        {
            await using var app = new ApiFactory(await TestDatabase.CreateAsync(provider));
            await using var raw = ScaleReadBench.CacheOff(app);
            using var client = app.CreateApiClient();
            using var rawClient = ScaleReadBench.ApiClient(raw);

            var load = Stopwatch.StartNew();
            var codes = Enumerable.Range(1, stores).Select(i => string.Create(CultureInfo.InvariantCulture, $"scale-{i:00}")).ToList();
            foreach (var code in codes)
            {
                await ScaleReadBench.LoadAsync(app, data, code);
            }

            var line = $"{provider}: {stores} stores × {data.Rows:N0} sku-daily rows = {stores * data.Rows:N0} loaded in {load.Elapsed.TotalSeconds:F0} s";
            loads.AppendLine("- " + line);
            Console.WriteLine(line);

            foreach (var rangeDays in new[] { 7, 30 })
            {
                var url = OpsDashboard.Web.Routing.DashboardUrls.ApiBasePath + string.Create(CultureInfo.InvariantCulture, $"/portfolio?from={data.LastDay.AddDays(1 - rangeDays):yyyy-MM-dd}&to={data.LastDay:yyyy-MM-dd}");
                var off = await ScaleReadBench.SampleAsync(() => ScaleReadBench.GetAsync(rawClient, url), RawSamples);
                await ImportOneStoreDayAsync(app, data, codes);
                var on = await ScaleReadBench.SampleAsync(() => ScaleReadBench.GetAsync(client, url), WarmSamples);
                line = string.Create(CultureInfo.InvariantCulture, $"| {provider} | `GET /api/v1/portfolio`, {stores} stores, {rangeDays} days | {off.First:F0} / {off.P50:F0} / {off.P95:F0} ms | {on.First:F0} / {on.P50:F1} / {on.P95:F1} ms | {LoadAverage()} |");
                reads.AppendLine(line);
                Console.WriteLine(line);
            }
        }

        return $"""
            {Heading}

            Measured by `dotnet run -c Release --project bench/OpsDashboard.Bench -- --portfolio-scale --stores {stores} --skus {skus} --days {days}`
            on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC ({Environment.ProcessorCount} cores, .NET {Environment.Version}; PostgreSQL 15 throwaway
            cluster, SQLite WAL file). {stores} stores, each {skus:N0} SKUs × {days} days (the days the portfolio reads for a 7- or
            30-day range: the range, the one before it and the attention rules' windows; no year-ago rows, as for a store in its first year), 8 sources and one store
            row a day. `GET /api/v1/portfolio` through the HTTP API (in-process server) is the portfolio screen's one read: every
            store's overview, page health and attention list. "Cache off" is `Database__ReadCacheRows=0` ({RawSamples} samples after
            the first); "cache on" is the first read after an import into every store, then {WarmSamples} warm reads.

            {loads}
            {reads}
            """;
    }

    /// <summary>Re-imports every store's last store day (unchanged values): every store's data version moves on, so the next read is a first read.</summary>
    private static async Task ImportOneStoreDayAsync(ApiFactory app, ScaleData data, IEnumerable<string> codes)
    {
        var importer = app.Services.GetRequiredService<ImportService>();
        var lastDay = new ScaleData(data.Skus, 1, data.LastDay).StoreDaily();
        foreach (var code in codes)
        {
            var store = (await app.Database.Stores.FindAsync(code))!;
            var result = await importer.ImportAsync(store.Id, ImportKind.StoreDaily, lastDay, "store-daily.csv");
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Re-import of {code}'s last day failed: {string.Join("; ", result.Errors.Take(3).Select(e => e.Message))}");
            }
        }
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "—";
}
