using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpsDashboard.Testing;
using OpsDashboard.Web.Tests.Api;

namespace OpsDashboard.Web.Tests.Operations;

/// <summary>What one import cut by an outage came to: the answer, and how many of its rows are stored.</summary>
/// <param name="AnsweredBeforeCut">The import had already answered when the database stopped (the cut missed it: the bulk path is fast).</param>
public sealed record ChaosOutcome(int CutAfterMs, int OutageSeconds, HttpStatusCode Answer, int Rows, int StoredAfterOutage, int StoredAfterReimport, TimeSpan Recovery, bool AnsweredBeforeCut)
{
    /// <summary>Wholly present or wholly absent, a 200 only when present, and the file imports cleanly afterwards.</summary>
    public bool Consistent =>
        (StoredAfterOutage == 0 || StoredAfterOutage == Rows)
        && (Answer != HttpStatusCode.OK || StoredAfterOutage == Rows)
        && Answer is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable
        && StoredAfterReimport == Rows;
}

/// <summary>
/// Stops the app's PostgreSQL in the middle of an import and starts it again: the scenario of the
/// outage test (a few cut points) and of `bench -- --chaos` (many). The app runs over a database on
/// <paramref name="cluster"/>, which this scenario stops and starts, so the cluster must be its own.
/// </summary>
public sealed class ImportChaos(ApiFactory app, PostgresCluster cluster, string storeCode)
{
    private readonly HttpClient _client = CreateClient(app);

    public HttpClient Client => _client;

    public async Task CreateStoreAsync()
    {
        var created = await _client.PostAsJsonAsync("/api/v1/stores", new { code = storeCode, name = "Chaos store", platform = "tmall" });
        if (created.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Could not create the chaos store: {(int)created.StatusCode}");
        }
    }

    public async Task<ChaosOutcome> CutAsync(int slot, int cutAfterMs, int outageSeconds)
    {
        var (file, rows, from, to) = SkuFile(slot);
        var import = _client.PostAsync($"/api/v1/stores/{storeCode}/imports/sku-daily", SampleFiles.Csv(file));
        await Task.Delay(cutAfterMs);
        var answeredBeforeCut = import.IsCompleted;
        await cluster.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(outageSeconds));
        await cluster.StartAgainAsync();

        var answer = (await import).StatusCode;
        var back = DateTime.UtcNow;
        await WaitUntilHealthyAsync();
        var recovery = DateTime.UtcNow - back;
        var stored = await CountSkuDaysAsync(from, to);

        var again = await _client.PostAsync($"/api/v1/stores/{storeCode}/imports/sku-daily", SampleFiles.Csv(file));
        var storedAgain = again.StatusCode == HttpStatusCode.OK ? await CountSkuDaysAsync(from, to) : -1;
        return new ChaosOutcome(cutAfterMs, outageSeconds, answer, rows, stored, storedAgain, recovery, answeredBeforeCut);
    }

    /// <summary>Readiness and the API both answer 200 again (the app re-probes a known outage every 3 s).</summary>
    public async Task WaitUntilHealthyAsync()
    {
        // Generous, for a machine busy with the rest of the suite: the wait ends as soon as both answer.
        var patience = System.Diagnostics.Stopwatch.StartNew();
        while (patience.Elapsed < TimeSpan.FromMinutes(3))
        {
            var ready = await _client.GetAsync("/healthz");
            var api = await _client.GetAsync("/api/v1/stores");
            if (ready.StatusCode == HttpStatusCode.OK && api.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("The app did not become healthy within 3 minutes of the database's return.");
    }

    private async Task<int> CountSkuDaysAsync(DateOnly from, DateOnly to)
    {
        await using var db = app.Database.CreateContext();
        var storeId = await db.Stores.Where(s => s.Code == storeCode).Select(s => s.Id).SingleAsync();
        return await db.SkuDays.CountAsync(d => d.StoreId == storeId && d.Date >= from && d.Date <= to);
    }

    private static HttpClient CreateClient(ApiFactory app)
    {
        var client = app.CreateApiClient();
        client.Timeout = TimeSpan.FromMinutes(3);
        return client;
    }

    /// <summary>How many imports can be told apart: each slot has 100 days of its own from 2000-01-01 (the earliest day accepted) on.</summary>
    public const int Slots = 90;

    /// <summary>200 SKUs × 100 days; each slot (0 to <see cref="Slots"/> − 1) has days of its own, so each import's rows can be counted apart.</summary>
    private static (string File, int Rows, DateOnly From, DateOnly To) SkuFile(int slot)
    {
        const int skus = 200, days = 100;
        if (slot is < 0 or >= Slots)
        {
            throw new ArgumentOutOfRangeException(nameof(slot), slot, $"A slot is 0 to {Slots - 1}: a reused slot would count an earlier import's rows.");
        }

        var from = new DateOnly(2000, 1, 1).AddDays(slot * days);
        var text = new StringBuilder("date,sku_code,visitors,paying_buyers,payment_amount\n");
        for (var d = 0; d < days; d++)
        {
            var date = from.AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            for (var s = 0; s < skus; s++)
            {
                text.Append(CultureInfo.InvariantCulture, $"{date},S{s:D4},{50 + s},{s % 7},{s % 7 * 99}\n");
            }
        }

        return (text.ToString(), skus * days, from, from.AddDays(days - 1));
    }
}
