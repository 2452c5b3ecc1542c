using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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
    private ImportChaos _chaos = null!;

    public async Task InitializeAsync()
    {
        _cluster = await PostgresCluster.StartOwnAsync();
        _app = new ApiFactory(await TestDatabase.CreateOnAsync(_cluster));
        _chaos = new ImportChaos(_app, _cluster, StoreCode);
        _client = _chaos.Client;
        await _chaos.CreateStoreAsync();
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
        await _chaos.WaitUntilHealthyAsync();
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/v1/stores")).StatusCode);
    }

    [Theory]
    [InlineData(0, 0, 1)]
    [InlineData(1, 300, 1)]
    [InlineData(2, 100, 25)]
    public async Task ImportCutByAnOutage_IsWhollyPresentOrWhollyAbsent(int slot, int cutAfterMs, int outageSeconds)
    {
        var outcome = await _chaos.CutAsync(slot, cutAfterMs, outageSeconds);

        Assert.True(outcome.Consistent, outcome.ToString());
        if (outcome.OutageSeconds >= 25)
        {
            // The cut is early enough to land inside even the bulk path's import of 20,000 rows.
            Assert.False(outcome.AnsweredBeforeCut, "The import answered before the database stopped: the cut missed it. " + outcome);
            // Longer than the retry policy waits: the import gives up with a 503, and writes nothing.
            Assert.Equal(HttpStatusCode.ServiceUnavailable, outcome.Answer);
            Assert.Equal(0, outcome.StoredAfterOutage);
        }
    }

    private static async Task AssertOutageAnswerAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("database", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
