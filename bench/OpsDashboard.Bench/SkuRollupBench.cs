using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using OpsDashboard.Data;
using OpsDashboard.Data.Rollups;
using OpsDashboard.Testing;
using OpsDashboard.Web.Tests.Api;

namespace OpsDashboard.Bench;

/// <summary>
/// The SKU range read with and without the month rollup (--sku-rollup [--days 730] [--skus 5000]): the data of
/// --scale-reads (ScaleReadBench.LoadAsync), then `GET …/skus` for 7, 30 and 365 days with the read cache off, once
/// with the rollup current ("after") and once with it left behind by a bare version bump ("before": every day read
/// raw, the read before the rollup). Each range's response bodies must be equal byte for byte; also times a whole-store
/// rebuild of the rollup.
/// </summary>
internal static class SkuRollupBench
{
    public const string Heading = "## SKU range reads from monthly rollups (issue 10)";

    private const int Samples = 10;

    public static async Task<string> RunAsync(string[] args)
    {
        var days = ScaleReadBench.IntArg(args, "--days", 730);
        var skus = ScaleReadBench.IntArg(args, "--skus", 5_000);
        var data = new ScaleData(skus, days, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1));
        var table = new StringBuilder()
            .AppendLine("| provider | `GET …/skus` | before (raw days): p50 / p95 | after (months + edge days): p50 / p95 | load (uptime) |")
            .AppendLine("| --- | --- | --- | --- | --- |");
        var notes = new StringBuilder();
        foreach (var provider in ScaleReadBench.Providers(args))
        {
            await using var app = new ApiFactory(await TestDatabase.CreateAsync(provider));
            await using var raw = ScaleReadBench.CacheOff(app);
            using var client = ScaleReadBench.ApiClient(raw);

            var load = Stopwatch.StartNew();
            await ScaleReadBench.LoadAsync(app, data);
            var storeId = (await app.Database.Stores.FindAsync("scale"))!.Id;
            var rebuild = await RebuildAsync(app.Database, storeId);
            var line = string.Create(CultureInfo.InvariantCulture, $"{provider}: {data.Rows:N0} sku-daily rows loaded in {load.Elapsed.TotalSeconds:F0} s; whole-store rollup rebuild {rebuild:F1} s (load {Load()})");
            notes.AppendLine("- " + line);
            Console.WriteLine(line);

            var after = new Dictionary<int, (double P50, double P95, string Body)>();
            foreach (var range in new[] { 7, 30, 365 })
            {
                after[range] = await SampleAsync(client, data, range);
            }

            await using (var db = app.Database.CreateContext())
            {
                // A bare bump: the rollup state falls behind and every read takes raw days.
                await Data.Caching.StoreDataVersion.BumpAsync(db, storeId, CancellationToken.None);
            }

            foreach (var range in new[] { 7, 30, 365 })
            {
                var before = await SampleAsync(client, data, range);
                if (before.Body != after[range].Body)
                {
                    throw new InvalidOperationException($"{provider}, {range} days: the rollup read differs from the raw read.");
                }

                line = string.Create(CultureInfo.InvariantCulture, $"| {provider} | {range} days | {before.P50:F0} / {before.P95:F0} ms | {after[range].P50:F0} / {after[range].P95:F0} ms | {Load()} |");
                table.AppendLine(line);
                Console.WriteLine(line);
            }
        }

        return $"""
            {Heading}

            Measured by `dotnet run -c Release --project bench/OpsDashboard.Bench -- --sku-rollup --days {days} --skus {skus}` on
            {DateTime.UtcNow:yyyy-MM-dd} ({Environment.ProcessorCount} cores shared with other agents' builds and tests; the load average
            is next to every figure). One store, {skus:N0} SKUs × {days} days = {data.Rows:N0} sku-daily rows (the --scale-reads data),
            the range ending yesterday. `GET …/skus` through the HTTP API with the read cache off (`Database__ReadCacheRows=0`),
            {Samples} samples after a first read. "Before": the rollup left behind by a bare version bump, so every day of the
            range is read raw (the read before the rollup). "After": full calendar months from `sku_months`, partial edge months
            from raw days, in one statement. Both answers were checked equal byte for byte.

            {notes}
            {table}
            """;
    }

    private static async Task<double> RebuildAsync(TestDatabase database, int storeId)
    {
        await using var db = database.CreateContext();
        var stopwatch = Stopwatch.StartNew();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await SkuMonthRollup.RebuildStoreAsync(db, storeId, CancellationToken.None);
            await transaction.CommitAsync();
        });
        var seconds = stopwatch.Elapsed.TotalSeconds;
        if (database.Provider == DatabaseProvider.Postgres)
        {
            // As the importer does after a write: the planner's statistics for the new month rows.
            await db.Database.ExecuteSqlRawAsync("ANALYZE sku_months");
        }

        return seconds;
    }

    private static async Task<(double P50, double P95, string Body)> SampleAsync(HttpClient client, ScaleData data, int days)
    {
        var url = OpsDashboard.Web.Routing.DashboardUrls.ApiBasePath + "/stores/scale/skus?" +
            string.Create(CultureInfo.InvariantCulture, $"from={data.LastDay.AddDays(1 - days):yyyy-MM-dd}&to={data.LastDay:yyyy-MM-dd}");
        var body = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        var times = new List<double>();
        for (var i = 0; i < Samples; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await ScaleReadBench.GetAsync(client, url);
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        return (ScaleReadBench.Percentile(times, 0.5), ScaleReadBench.Percentile(times, 0.95), body);
    }

    /// <summary>The 1-minute load average (/proc/loadavg), as `uptime` shows it.</summary>
    private static string Load() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
