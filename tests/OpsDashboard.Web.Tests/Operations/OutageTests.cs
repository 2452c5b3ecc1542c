using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpsDashboard.Testing;
using OpsDashboard.Web.Tests.Api;

namespace OpsDashboard.Web.Tests.Operations;

/// <summary>
/// PostgreSQL stopped under the running app: readiness says so at once, the API answers 503 with
/// Retry-After and words, an import cut in the middle is wholly present or wholly absent, and the
/// app is healthy again once the server is back. The cluster is this class's own, so stopping it
/// disturbs no other test. (The long version with many cut points is `bench -- --chaos`.)
/// </summary>
public sealed class OutageTests : IAsyncLifetime
{
    private const string StoreCode = "chaos";
    private PostgresCluster _cluster = null!;
    private ApiFactory _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _cluster = await PostgresCluster.StartOwnAsync();
        _app = new ApiFactory(await TestDatabase.CreateOnAsync(_cluster));
        _client = _app.CreateApiClient();
        _client.Timeout = TimeSpan.FromMinutes(3);
        var created = await _client.PostAsJsonAsync("/api/v1/stores", new { code = StoreCode, name = "Chaos store", platform = "tmall" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _cluster.StopAsync();
    }

    [Fact]
    public async Task DatabaseStopped_ReadinessSays503AtOnce_LivenessStaysUp_ApiSays503_ThenAllRecover()
    {
        await _cluster.StopAsync();

        // The retry policy would take ~14 s to give up; the readiness probe must not use it. A bound
        // of 10 s cannot fail on a slow machine for a probe that waits 1.5 s, and fails with retries.
        using var impatient = _app.CreateClient();
        impatient.Timeout = TimeSpan.FromSeconds(10);
        var ready = await impatient.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.True(ready.Headers.RetryAfter is not null, "readiness gives Retry-After");
        Assert.Equal(HttpStatusCode.OK, (await impatient.GetAsync("/healthz/live")).StatusCode);

        var api = await _client.GetAsync($"/api/v1/stores/{StoreCode}/overview?from=2026-01-01&to=2026-01-07");
        await AssertOutageAnswerAsync(api);

        // Once the outage is known, API calls answer 503 at once instead of waiting for retries.
        using var fast = _app.CreateApiClient();
        fast.Timeout = TimeSpan.FromSeconds(10);
        await AssertOutageAnswerAsync(await fast.GetAsync("/api/v1/stores"));

        await _cluster.StartAgainAsync();
        await WaitUntilHealthyAsync();
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/v1/stores")).StatusCode);
    }

    [Theory]
    [InlineData(0, 0, 1)]
    [InlineData(1, 300, 1)]
    [InlineData(2, 900, 20)]
    public async Task ImportCutByAnOutage_IsWhollyPresentOrWhollyAbsent(int slot, int cutAfterMs, int outageSeconds)
    {
        var (file, rows, from, to) = SkuFile(slot);
        var import = _client.PostAsync($"/api/v1/stores/{StoreCode}/imports/sku-daily", Csv(file));
        await Task.Delay(cutAfterMs);
        await _cluster.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(outageSeconds));
        await _cluster.StartAgainAsync();

        var answer = await import;
        Assert.True(
            answer.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable,
            $"import answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
        await WaitUntilHealthyAsync();

        var stored = await CountSkuDaysAsync(from, to);
        if (answer.StatusCode == HttpStatusCode.OK)
        {
            Assert.Equal(rows, stored);
        }
        else
        {
            Assert.True(stored == 0 || stored == rows, $"{stored} of {rows} rows were written: a half-written import");
            await AssertOutageAnswerAsync(answer);
        }

        // Whatever the outage did, the same file imports cleanly afterwards.
        var again = await _client.PostAsync($"/api/v1/stores/{StoreCode}/imports/sku-daily", Csv(file));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(rows, await CountSkuDaysAsync(from, to));
    }

    private static async Task AssertOutageAnswerAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("database", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private async Task WaitUntilHealthyAsync()
    {
        // The app re-probes a known outage every 3 s; give it a generous minute on a busy machine.
        for (var attempt = 0; attempt < 120; attempt++)
        {
            var ready = await _client.GetAsync("/healthz");
            var api = await _client.GetAsync("/api/v1/stores");
            if (ready.StatusCode == HttpStatusCode.OK && api.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(500);
        }

        Assert.Fail("The app did not become healthy within a minute of the database's return.");
    }

    private async Task<int> CountSkuDaysAsync(DateOnly from, DateOnly to)
    {
        await using var db = _app.Database.CreateContext();
        var storeId = await db.Stores.Where(s => s.Code == StoreCode).Select(s => s.Id).SingleAsync();
        return await db.SkuDays.CountAsync(d => d.StoreId == storeId && d.Date >= from && d.Date <= to);
    }

    /// <summary>200 SKUs × 100 days; each slot (0–19) has days of its own, so each import's rows can be counted apart.</summary>
    internal static (string File, int Rows, DateOnly From, DateOnly To) SkuFile(int slot)
    {
        const int skus = 200, days = 100;
        var from = new DateOnly(2020, 1, 1).AddDays(slot % 20 * days);
        var text = new StringBuilder("date,sku_code,visitors,paying_buyers,payment_amount\n");
        for (var d = 0; d < days; d++)
        {
            var date = from.AddDays(d).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            for (var s = 0; s < skus; s++)
            {
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{date},S{s:D4},{50 + s},{s % 7},{(s % 7) * 99}\n");
            }
        }

        return (text.ToString(), skus * days, from, from.AddDays(days - 1));
    }

    private static ByteArrayContent Csv(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        return content;
    }
}
