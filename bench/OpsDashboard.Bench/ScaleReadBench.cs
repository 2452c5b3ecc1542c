using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Reports;
using OpsDashboard.Data.Stores;
using OpsDashboard.Testing;
using OpsDashboard.Web.Tests.Api;

namespace OpsDashboard.Bench;

/// <summary>
/// The scale read run (--scale-reads [--days 730] [--skus 5000] [--viewers 20] [--seconds 20]): one store of 5,000 SKUs
/// × 730 days on SQLite and PostgreSQL. The SKUs come in through the importer (one day's file), the other days'
/// sku-daily rows by the driver's bulk path straight into sku_days (the import itself is --scale's subject), the store
/// and source days through the importer. Then every screen's reads with the read cache off (every request sums the
/// facts, as before issue 10's cache) and on (first read after an import, then warm), and N concurrent API clients.
/// </summary>
internal static class ScaleReadBench
{
    public const string Heading = "## Scale reads: 5,000 SKUs × 2 years, read cache off and on (issue 10)";

    private const int WarmSamples = 30;
    private const int RawSamples = 3;

    public static async Task<string> RunAsync(string[] args)
    {
        var days = IntArg(args, "--days", 730);
        var skus = IntArg(args, "--skus", 5_000);
        var viewers = IntArg(args, "--viewers", 20);
        var seconds = IntArg(args, "--seconds", 20);
        var lastDay = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var data = new ScaleData(skus, days, lastDay);

        var reads = new StringBuilder()
            .AppendLine("| provider | read | cache off: first / p50 / p95 | cache on: first after an import / p50 / p95 (warm) |")
            .AppendLine("| --- | --- | --- | --- |");
        var crowd = new StringBuilder()
            .AppendLine("| provider | cache | clients × seconds | requests | p50 | p95 | errors |")
            .AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
        var loads = new StringBuilder();

        foreach (var provider in Providers(args))
        {
            await using var app = new ApiFactory(await TestDatabase.CreateAsync(provider));
            await using var raw = CacheOff(app);
            using var client = app.CreateApiClient();
            using var rawClient = ApiClient(raw);

            var load = Stopwatch.StartNew();
            await LoadAsync(app, data);
            var line = $"{provider}: {data.Rows:N0} sku-daily rows loaded in {load.Elapsed.TotalSeconds:F0} s";
            loads.AppendLine("- " + line);
            Console.WriteLine(line);

            var store = (await app.Database.Stores.FindAsync("scale"))!;
            foreach (var (name, read) in Reads(data, store))
            {
                var off = await SampleAsync(() => read(raw.Services, rawClient), RawSamples);
                await BumpAsync(app);
                var on = await SampleAsync(() => read(app.Services, client), WarmSamples);
                line = string.Create(CultureInfo.InvariantCulture, $"| {provider} | {name} | {off.First:F0} / {off.P50:F0} / {off.P95:F0} ms | {on.First:F0} / {on.P50:F1} / {on.P95:F1} ms |");
                reads.AppendLine(line);
                Console.WriteLine(line);
            }

            foreach (var (label, factory, httpClient, duration) in new[] { ("on", (WebApplicationFactory<OpsDashboard.Web.Components.App>)app, client, seconds), ("off", raw, rawClient, Math.Max(5, seconds / 2)) })
            {
                var result = await CrowdAsync(httpClient, data, viewers, TimeSpan.FromSeconds(duration));
                line = string.Create(CultureInfo.InvariantCulture, $"| {provider} | {label} | {viewers} × {duration} | {result.Count:N0} | {result.P50:F0} ms | {result.P95:F0} ms | {result.Errors} |");
                crowd.AppendLine(line);
                Console.WriteLine(line);
                _ = factory;
            }
        }

        return $"""
            {Heading}

            Measured by `dotnet run -c Release --project bench/OpsDashboard.Bench -- --scale-reads --days {days} --viewers {viewers} --seconds {seconds}`
            on {DateTime.UtcNow:yyyy-MM-dd} ({Environment.ProcessorCount} cores shared with other work, .NET {Environment.Version}; PostgreSQL 15
            throwaway cluster, SQLite WAL file). One store, {skus:N0} SKUs × {days} days = {data.Rows:N0} sku-daily rows, 8 sources, one
            store row a day. Each read is what a screen or API call asks of the data layer, through the real services (screens) or the
            HTTP API (in-process server). "Cache off" is the same app with `Database__ReadCacheRows=0`: every request sums the facts
            (what every request cost before the read cache), {RawSamples} samples after the first. "Cache on": the first read after an
            import (the store's data version was just bumped, so it sums the facts once), then {WarmSamples} warm reads (one
            primary-key query for the store's data version, the figures from memory).

            {loads}
            {reads}
            Many viewers: {viewers} concurrent API clients, each looping over the attention list, the 30-day SKUs, the 30-day
            page health and the 30-day overview (wall screens refreshing), for the given time.

            {crowd}
            """;
    }

    private delegate Task ReadAsync(IServiceProvider services, HttpClient client);

    private static IEnumerable<(string Name, ReadAsync Read)> Reads(ScaleData data, StoreInfo store)
    {
        string Range(int days) => string.Create(CultureInfo.InvariantCulture, $"from={data.LastDay.AddDays(1 - days):yyyy-MM-dd}&to={data.LastDay:yyyy-MM-dd}");
        DateRange Days(int days) => new(data.LastDay.AddDays(1 - days), data.LastDay);
        var api = OpsDashboard.Web.Routing.DashboardUrls.ApiBasePath + "/stores/scale/";
        foreach (var days in new[] { 7, 30, 365 })
        {
            yield return ($"morning review, {days} days (all parts)", (s, _) => s.GetRequiredService<MorningReviewReports>().LoadAsync(new DashboardScope(store, Days(days), Comparison.Previous)));
        }

        yield return ("page health screen (last week + 8-week trend)", async (s, _) =>
        {
            var week = CalendarPeriods.LastCompleteWeek(data.LastDay, store.Thresholds.WeekStartsOn);
            var read = s.GetRequiredService<StoreScopeReader>().Open(store, [week]);
            await read.PageHealthAsync(week);
            await s.GetRequiredService<PageHealthTrends>().WeeksEndingAsync(read, week);
        });
        yield return ("meeting screen refresh", (s, _) => s.GetRequiredService<MeetingReports>().LoadAsync(store, data.LastDay.AddDays(1), Comparison.Previous));
        foreach (var days in new[] { 7, 30, 365 })
        {
            yield return ($"`GET …/skus`, {days} days", (_, c) => GetAsync(c, api + "skus?" + Range(days)));
        }

        foreach (var days in new[] { 7, 30, 365 })
        {
            yield return ($"`GET …/page-health`, {days} days", (_, c) => GetAsync(c, api + "page-health?" + Range(days)));
        }

        yield return ("`GET …/overview`, 365 days", (_, c) => GetAsync(c, api + "overview?" + Range(365)));
        yield return ("`GET …/attention?date=`", (_, c) => GetAsync(c, api + string.Create(CultureInfo.InvariantCulture, $"attention?date={data.LastDay:yyyy-MM-dd}")));
    }

    /// <summary>The providers a run measures: both, or the one --postgres-only / --sqlite-only names.</summary>
    internal static DatabaseProvider[] Providers(string[] args) =>
        args.Contains("--postgres-only") ? [DatabaseProvider.Postgres] : args.Contains("--sqlite-only") ? [DatabaseProvider.Sqlite] : [DatabaseProvider.Postgres, DatabaseProvider.Sqlite];

    /// <summary>The same app with the read cache off: every request sums the facts.</summary>
    internal static WebApplicationFactory<OpsDashboard.Web.Components.App> CacheOff(ApiFactory app) =>
        app.WithWebHostBuilder(b => b.ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?> { ["Database:ReadCacheRows"] = "0" })));

    /// <summary>An HTTP client of <paramref name="factory"/> that sends the test API key.</summary>
    internal static HttpClient ApiClient(WebApplicationFactory<OpsDashboard.Web.Components.App> factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiFactory.ApiKey);
        return client;
    }

    internal static async Task GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        await response.Content.ReadAsByteArrayAsync();
        response.EnsureSuccessStatusCode();
    }

    internal static async Task<(double First, double P50, double P95)> SampleAsync(Func<Task> read, int samples)
    {
        var stopwatch = Stopwatch.StartNew();
        await read();
        var first = stopwatch.Elapsed.TotalMilliseconds;
        var times = new List<double>();
        for (var i = 0; i < samples; i++)
        {
            stopwatch.Restart();
            await read();
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        return (first, Percentile(times, 0.5), Percentile(times, 0.95));
    }

    private static async Task<(int Count, double P50, double P95, int Errors)> CrowdAsync(HttpClient client, ScaleData data, int viewers, TimeSpan duration)
    {
        string Range(int days) => string.Create(CultureInfo.InvariantCulture, $"from={data.LastDay.AddDays(1 - days):yyyy-MM-dd}&to={data.LastDay:yyyy-MM-dd}");
        var api = OpsDashboard.Web.Routing.DashboardUrls.ApiBasePath + "/stores/scale/";
        string[] urls = [api + string.Create(CultureInfo.InvariantCulture, $"attention?date={data.LastDay:yyyy-MM-dd}"), api + "skus?" + Range(30), api + "page-health?" + Range(30), api + "overview?" + Range(30)];
        var times = new System.Collections.Concurrent.ConcurrentBag<double>();
        var errors = 0;
        var end = DateTime.UtcNow + duration;
        await Task.WhenAll(Enumerable.Range(0, viewers).Select(async v =>
        {
            for (var i = v; DateTime.UtcNow < end; i++)
            {
                var stopwatch = Stopwatch.StartNew();
                try
                {
                    await GetAsync(client, urls[i % urls.Length]);
                    times.Add(stopwatch.Elapsed.TotalMilliseconds);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        var sorted = times.ToList();
        return (sorted.Count, Percentile(sorted, 0.5), Percentile(sorted, 0.95), errors);
    }

    internal static double Percentile(List<double> samples, double p)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        samples.Sort();
        return samples[(int)Math.Ceiling(samples.Count * p) - 1];
    }

    /// <summary>An import of one store day (unchanged values): bumps the store's data version, so the next read is a first read.</summary>
    private static async Task BumpAsync(ApiFactory app)
    {
        var store = (await app.Database.Stores.FindAsync("scale"))!;
        await using var db = app.Database.CreateContext();
        await Data.Caching.StoreDataVersion.BumpAsync(db, store.Id, CancellationToken.None);
    }

    /// <summary>The SKUs through the importer (the first day's file); every other day straight into sku_days by the driver.</summary>
    internal static async Task LoadAsync(ApiFactory app, ScaleData data, string code = "scale")
    {
        var storeId = await app.Database.CreateStoreAsync(code);
        var importer = app.Services.GetRequiredService<ImportService>();
        var firstDay = new ScaleData(data.Skus, 1, data.FirstDay);
        var path = Path.Combine(Path.GetTempPath(), $"opsdash-scale-first-day-{data.Skus}.csv");
        firstDay.WriteSkuDaily(path);
        Require(await importer.ImportAsync(storeId, ImportKind.SkuDaily, await File.ReadAllBytesAsync(path), "first-day.csv"));

        await using (var db = app.Database.CreateContext())
        {
            var ids = db.Skus.Where(s => s.StoreId == storeId).ToDictionary(s => s.Code, s => s.Id);
            var rows = data.SkuDays().Where(r => r.Date > data.FirstDay);
            if (app.Database.Provider == DatabaseProvider.Postgres)
            {
                await CopyAsync(app.Database.ConnectionString, storeId, ids, rows);
            }
            else
            {
                Insert(app.Database.ConnectionString, storeId, ids, rows);
            }

            // The bulk load bypassed the importer: bump the version and rebuild the SKU month rollup as a writer must.
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                await Data.Rollups.SkuMonthRollup.BumpAsync(db, storeId, new DateRange(data.FirstDay, data.LastDay), CancellationToken.None);
                await transaction.CommitAsync();
            });
        }

        Require(await importer.ImportAsync(storeId, ImportKind.StoreDaily, data.StoreDaily(), "store-daily.csv"));
        Require(await importer.ImportAsync(storeId, ImportKind.SourceDaily, data.SourceDaily(), "source-daily.csv"));
    }

    private static async Task CopyAsync(string connectionString, int storeId, Dictionary<string, long> ids, IEnumerable<ScaleSkuDay> rows)
    {
        // No command timeout: 3.65M rows through foreign-key checks on a shared machine take minutes.
        await using var connection = new NpgsqlConnection(connectionString + ";Command Timeout=0");
        await connection.OpenAsync();
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY sku_days (store_id, sku_id, date, visitors, page_views, bounced_visitors, add_to_cart_buyers, order_buyers, paying_buyers, units, payment_amount_minor, stock_on_hand, presale) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var r in rows)
            {
                copy.StartRow();
                copy.Write(storeId, NpgsqlDbType.Integer);
                copy.Write(ids[ScaleData.Code(r.Sku)], NpgsqlDbType.Bigint);
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

        await using var analyze = new NpgsqlCommand("ANALYZE sku_days", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    private static void Insert(string connectionString, int storeId, Dictionary<string, long> ids, IEnumerable<ScaleSkuDay> rows)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var transaction = connection.BeginTransaction())
        using (var insert = new SqliteCommand(
            "INSERT INTO sku_days (store_id, sku_id, date, visitors, page_views, bounced_visitors, add_to_cart_buyers, order_buyers, paying_buyers, units, payment_amount_minor, stock_on_hand, presale) VALUES ($store, $sku, $date, $v, $pv, $b, $c, $o, $p, $u, $m, $s, 0)", connection, transaction))
        {
            var parameters = new[] { "$store", "$sku", "$date", "$v", "$pv", "$b", "$c", "$o", "$p", "$u", "$m", "$s" }
                .Select(name => insert.Parameters.Add(new SqliteParameter(name, DBNull.Value)))
                .ToArray();
            insert.Prepare();
            foreach (var r in rows)
            {
                parameters[0].Value = storeId;
                parameters[1].Value = ids[ScaleData.Code(r.Sku)];
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

        using var analyze = new SqliteCommand("ANALYZE", connection);
        analyze.ExecuteNonQuery();
    }

    private static void Require(ImportResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Scale load failed: " + string.Join("; ", result.Errors.Take(5).Select(e => $"row {e.Row} {e.Column}: {e.Message}")));
        }
    }

    internal static int IntArg(string[] args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
