using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using OpsDashboard.Data;
using OpsDashboard.Data.Import;
using OpsDashboard.Testing;
using OpsDashboard.Web.Tests.Api;

namespace OpsDashboard.Bench;

/// <summary>
/// The scale run (--scale [--days 200] [--skus 5000]): one store of 5,000 SKUs × N days imported on
/// SQLite and PostgreSQL next to a baseline written with the same driver in the same run (binary
/// COPY into a keyed table of the same shape; one prepared INSERT reused in one transaction), with
/// the process's peak RSS while the app imports; then the read endpoints' p50/p95 over that data.
/// </summary>
internal static class ScaleBench
{
    public const string Heading = "## Scale: 5,000 SKUs in one store (issue 10)";

    private const int Samples = 30;

    public static async Task<string> RunAsync(string[] args)
    {
        var days = IntArg(args, "--days", 200);
        var skus = IntArg(args, "--skus", 5_000);
        var lastDay = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var data = new ScaleData(skus, days, lastDay);
        var path = Path.Combine(Path.GetTempPath(), $"opsdash-scale-{skus}x{days}.csv");
        var generate = Stopwatch.StartNew();
        data.WriteSkuDaily(path);
        var bytes = await File.ReadAllBytesAsync(path);
        Console.WriteLine($"sku-daily file: {data.Rows:N0} rows, {bytes.Length / 1024.0 / 1024.0:F1} MiB at {path} (generated in {generate.Elapsed.TotalSeconds:F1} s)");

        var culture = CultureInfo.InvariantCulture;
        var imports = new StringBuilder()
            .AppendLine("| provider | measure | OpsDashboard | baseline in the same run | ratio |")
            .AppendLine("| --- | --- | --- | --- | --- |");
        var reads = new StringBuilder()
            .AppendLine("| provider | request | p50 | p95 |")
            .AppendLine("| --- | --- | --- | --- |");

        foreach (var provider in ScaleReadBench.Providers(args))
        {
            await using var app = new ApiFactory(await TestDatabase.CreateAsync(provider));
            using var client = app.CreateApiClient();
            var importer = app.Services.GetRequiredService<ImportService>();
            var storeId = await app.Database.CreateStoreAsync("scale");

            var baseline = provider == DatabaseProvider.Postgres
                ? await PostgresBaselineAsync(app.Database.ConnectionString, data)
                : SqliteBaseline(app.Database.ConnectionString, data);

            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            var before = PeakRss.Current();
            using var peak = new PeakRss();
            var stopwatch = Stopwatch.StartNew();
            var result = await importer.ImportAsync(storeId, ImportKind.SkuDaily, bytes, "scale-sku-daily.csv");
            var elapsed = stopwatch.Elapsed;
            var peakBytes = peak.Stop();
            Require(result);

            var line = $"| {provider} | import {data.Rows:N0} sku-daily rows (parse + validate + write) | {elapsed.TotalSeconds:F2} s = {data.Rows / elapsed.TotalSeconds:N0} rows/s, peak RSS {Mb(peakBytes)} (before: {Mb(before)}) | {baseline.TotalSeconds:F2} s = {data.Rows / baseline.TotalSeconds:N0} rows/s ({(provider == DatabaseProvider.Postgres ? "binary COPY" : "prepared INSERT, one transaction")}) | {elapsed / baseline:F2}× |";
            imports.AppendLine(line);
            Console.WriteLine(line);

            var again = Stopwatch.StartNew();
            Require(await importer.ImportAsync(storeId, ImportKind.SkuDaily, bytes, "scale-sku-daily.csv"));
            line = string.Create(culture, $"| {provider} | re-import the same file (all {data.Rows:N0} rows updates) | {again.Elapsed.TotalSeconds:F2} s = {data.Rows / again.Elapsed.TotalSeconds:N0} rows/s | — | — |");
            imports.AppendLine(line);
            Console.WriteLine(line);

            Require(await importer.ImportAsync(storeId, ImportKind.StoreDaily, data.StoreDaily(), "scale-store-daily.csv"));
            Require(await importer.ImportAsync(storeId, ImportKind.SourceDaily, data.SourceDaily(), "scale-source-daily.csv"));

            foreach (var (name, url) in args.Contains("--import-only") ? [] : Requests(data))
            {
                var (p50, p95) = await PercentilesAsync(client, url);
                line = string.Create(culture, $"| {provider} | `GET …/{name}` | {p50:F0} ms | {p95:F0} ms |");
                reads.AppendLine(line);
                Console.WriteLine(line);
            }
        }

        return $"""
            {Heading}

            Measured by `dotnet run -c Release --project bench/OpsDashboard.Bench -- --scale --days {days}` on {DateTime.UtcNow:yyyy-MM-dd}
            ({Environment.ProcessorCount} cores shared with other work, .NET {Environment.Version}; PostgreSQL 15 as a local throwaway
            cluster with fsync off, SQLite as a local WAL file). One store, {skus:N0} SKUs × {days} days = {data.Rows:N0} sku-daily rows
            ({bytes.Length / 1024.0 / 1024.0:F0} MiB CSV, English headers), plus store-daily and source-daily files for the same days.
            The baseline writes the same rows with the same driver in the same run, with no parsing: PostgreSQL, one binary `COPY`
            into a table with the same columns, primary key and date index as `sku_days`; SQLite, one prepared `INSERT` reused for
            every row in one transaction into such a table. Peak RSS is the bench process (the app's host, its services and the
            file's bytes) sampled every 10 ms during the import. Reads go through the app's HTTP API (in-process test server),
            {Samples} requests after one warm-up, one at a time.

            {imports}
            {reads}
            """;
    }

    private static IEnumerable<(string Name, string Url)> Requests(ScaleData data)
    {
        string Range(int days) => string.Create(CultureInfo.InvariantCulture, $"from={data.LastDay.AddDays(1 - days):yyyy-MM-dd}&to={data.LastDay:yyyy-MM-dd}");
        yield return ("skus, 30 days", OpsDashboard.Web.Routing.DashboardUrls.ApiBasePath + "/stores/scale/skus?" + Range(30));
        yield return ($"skus, {Math.Min(180, data.Days)} days", OpsDashboard.Web.Routing.DashboardUrls.ApiBasePath + "/stores/scale/skus?" + Range(Math.Min(180, data.Days)));
        yield return ("page-health, 30 days", OpsDashboard.Web.Routing.DashboardUrls.ApiBasePath + "/stores/scale/page-health?" + Range(30));
        yield return ("attention?date=", OpsDashboard.Web.Routing.DashboardUrls.ApiBasePath + string.Create(CultureInfo.InvariantCulture, $"/stores/scale/attention?date={data.LastDay:yyyy-MM-dd}"));
    }

    private static async Task<(double P50, double P95)> PercentilesAsync(HttpClient client, string url)
    {
        (await client.GetAsync(new Uri(url, UriKind.Relative))).EnsureSuccessStatusCode();
        var samples = new List<double>();
        for (var i = 0; i < Samples; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            await response.Content.ReadAsByteArrayAsync();
            response.EnsureSuccessStatusCode();
            samples.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        samples.Sort();
        return (samples[(int)Math.Ceiling(samples.Count * 0.5) - 1], samples[(int)Math.Ceiling(samples.Count * 0.95) - 1]);
    }

    /// <summary>Binary COPY of the same rows into a keyed table of sku_days' shape.</summary>
    private static async Task<TimeSpan> PostgresBaselineAsync(string connectionString, ScaleData data)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand(
            "CREATE TABLE baseline_sku_days (store_id integer NOT NULL, sku_id bigint NOT NULL, date date NOT NULL, visitors bigint, page_views bigint, bounced_visitors bigint, add_to_cart_buyers bigint, order_buyers bigint, paying_buyers bigint, units bigint, payment_amount_minor bigint, stock_on_hand bigint, presale boolean NOT NULL, PRIMARY KEY (store_id, sku_id, date));" +
            "CREATE INDEX ix_baseline_sku_days_store_id_date ON baseline_sku_days (store_id, date);",
            connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        var stopwatch = Stopwatch.StartNew();
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY baseline_sku_days (store_id, sku_id, date, visitors, page_views, bounced_visitors, add_to_cart_buyers, order_buyers, paying_buyers, units, payment_amount_minor, stock_on_hand, presale) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var r in data.SkuDays())
            {
                copy.StartRow();
                copy.Write(1, NpgsqlDbType.Integer);
                copy.Write((long)r.Sku + 1, NpgsqlDbType.Bigint);
                copy.Write(r.Date, NpgsqlDbType.Date);
                copy.Write(r.Visitors, NpgsqlDbType.Bigint);
                copy.Write(r.PageViews, NpgsqlDbType.Bigint);
                copy.Write(r.Bounced, NpgsqlDbType.Bigint);
                copy.Write(r.AddToCart, NpgsqlDbType.Bigint);
                copy.Write(r.OrderBuyers, NpgsqlDbType.Bigint);
                copy.Write(r.PayingBuyers, NpgsqlDbType.Bigint);
                copy.Write(r.Units, NpgsqlDbType.Bigint);
                copy.Write(r.PaymentMinor, NpgsqlDbType.Bigint);
                copy.Write(r.Stock, NpgsqlDbType.Bigint);
                copy.Write(false, NpgsqlDbType.Boolean);
            }

            await copy.CompleteAsync();
        }

        var elapsed = stopwatch.Elapsed;
        await using (var drop = new NpgsqlCommand("DROP TABLE baseline_sku_days", connection))
        {
            await drop.ExecuteNonQueryAsync();
        }

        return elapsed;
    }

    /// <summary>One prepared INSERT, parameters reused, one transaction, into a keyed table of sku_days' shape.</summary>
    private static TimeSpan SqliteBaseline(string connectionString, ScaleData data)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var create = new SqliteCommand(
            "CREATE TABLE baseline_sku_days (store_id INTEGER NOT NULL, sku_id INTEGER NOT NULL, date TEXT NOT NULL, visitors INTEGER, page_views INTEGER, bounced_visitors INTEGER, add_to_cart_buyers INTEGER, order_buyers INTEGER, paying_buyers INTEGER, units INTEGER, payment_amount_minor INTEGER, stock_on_hand INTEGER, presale INTEGER NOT NULL, PRIMARY KEY (store_id, sku_id, date));" +
            "CREATE INDEX ix_baseline_sku_days_store_id_date ON baseline_sku_days (store_id, date);",
            connection))
        {
            create.ExecuteNonQuery();
        }

        var stopwatch = Stopwatch.StartNew();
        using (var transaction = connection.BeginTransaction())
        using (var insert = new SqliteCommand(
            "INSERT INTO baseline_sku_days VALUES ($store, $sku, $date, $v, $pv, $b, $c, $o, $p, $u, $m, $s, 0)", connection, transaction))
        {
            var parameters = new[] { "$store", "$sku", "$date", "$v", "$pv", "$b", "$c", "$o", "$p", "$u", "$m", "$s" }
                .Select(name => insert.Parameters.Add(new SqliteParameter(name, DBNull.Value)))
                .ToArray();
            insert.Prepare();
            foreach (var r in data.SkuDays())
            {
                parameters[0].Value = 1;
                parameters[1].Value = (long)r.Sku + 1;
                parameters[2].Value = r.Date;
                parameters[3].Value = r.Visitors;
                parameters[4].Value = r.PageViews;
                parameters[5].Value = r.Bounced;
                parameters[6].Value = r.AddToCart;
                parameters[7].Value = r.OrderBuyers;
                parameters[8].Value = r.PayingBuyers;
                parameters[9].Value = r.Units;
                parameters[10].Value = r.PaymentMinor;
                parameters[11].Value = r.Stock;
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        var elapsed = stopwatch.Elapsed;
        using (var drop = new SqliteCommand("DROP TABLE baseline_sku_days", connection))
        {
            drop.ExecuteNonQuery();
        }

        return elapsed;
    }

    private static void Require(ImportResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Scale import failed: " + string.Join("; ", result.Errors.Take(5).Select(e => $"row {e.Row} {e.Column}: {e.Message}")));
        }
    }

    private static int IntArg(string[] args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:N0} MB");
}

/// <summary>The process's resident set size, sampled every 10 ms from /proc/self/statm until stopped; the maximum seen.</summary>
internal sealed class PeakRss : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private long _peak;

    public PeakRss()
    {
        _peak = Current();
        _sampler = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                var now = Current();
                if (now > Interlocked.Read(ref _peak))
                {
                    Interlocked.Exchange(ref _peak, now);
                }

                try
                {
                    await Task.Delay(10, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        });
    }

    public static long Current()
    {
        var fields = File.ReadAllText("/proc/self/statm").Split(' ');
        return long.Parse(fields[1], CultureInfo.InvariantCulture) * Environment.SystemPageSize;
    }

    public long Stop()
    {
        _stop.Cancel();
        _sampler.Wait();
        return Math.Max(Interlocked.Read(ref _peak), Current());
    }

    public void Dispose()
    {
        if (!_stop.IsCancellationRequested)
        {
            Stop();
        }

        _stop.Dispose();
    }
}
