using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpsDashboard.Data;

namespace OpsDashboard.Web.Tests.Api;

public sealed class SettingsApiTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Settings_ChangeValidateAndReset_AndVerdictsFollowThem(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = app.CreateApiClient();
        (await client.PostAsJsonAsync("/api/v1/stores", new { code = "demo", name = "Demo" })).EnsureSuccessStatusCode();
        (await client.PostAsync("/api/v1/stores/demo/imports/store-daily", SampleFiles.Csv(SampleFiles.StoreDaily))).EnsureSuccessStatusCode();

        var defaults = await client.GetFromJsonAsync<JsonElement>("/api/v1/stores/demo/settings");
        Assert.Equal(0.70m, defaults.GetProperty("bounceFail").GetDecimal());
        Assert.Equal(0.20m, defaults.GetProperty("sourceDropAlert").GetDecimal());

        var refused = await client.PutAsJsonAsync("/api/v1/stores/demo/settings", new { bounceFail = 1.7 });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var body = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("bounceFail", body.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PutAsJsonAsync("/api/v1/stores/demo/settings", new { bounceLimit = 0.5 })).StatusCode);

        // Raising the fail line above the store's 75% bounce turns the fail into a warning.
        var saved = await client.PutAsJsonAsync("/api/v1/stores/demo/settings", new { bounceFail = 0.80 });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var health = await client.GetFromJsonAsync<JsonElement>("/api/v1/stores/demo/page-health?from=2026-11-01&to=2026-11-02");
        var bounce = health.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("metric").GetString() == "bounceRate");
        Assert.Equal("warn", bounce.GetProperty("status").GetString());
        Assert.Equal(0.80m, bounce.GetProperty("threshold").GetDecimal());

        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync("/api/v1/stores/demo/settings")).StatusCode);
        Assert.Equal(0.70m, (await client.GetFromJsonAsync<JsonElement>("/api/v1/stores/demo/settings")).GetProperty("bounceFail").GetDecimal());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/stores/nope/settings")).StatusCode);
    }
}
