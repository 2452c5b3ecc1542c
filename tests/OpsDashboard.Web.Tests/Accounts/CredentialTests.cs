using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpsDashboard.Data;
using OpsDashboard.Web.Api;
using OpsDashboard.Web.Tests.Api;

namespace OpsDashboard.Web.Tests.Accounts;

/// <summary>API keys at rest, revoked and expired keys and links, abuse limits (429 + Retry-After) and the audit trail, on both providers.</summary>
public sealed class CredentialTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Keys_AreHashedAtRest_ShownOnce_RevokedAndExpiredOnesAre401(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var owner = app.CreateApiClient();
        (await owner.PostAsJsonAsync("/api/v1/users", new { email = "ops@example.com", password = "correct-horse-battery", role = "operator", stores = new[] { "*" } })).EnsureSuccessStatusCode();
        var created = await (await owner.PostAsJsonAsync("/api/v1/keys", new { name = "robot", scope = "import", user = "ops@example.com" })).Content.ReadFromJsonAsync<JsonElement>();
        var key = created.GetProperty("key").GetString()!;

        using var robot = app.CreateClient();
        robot.DefaultRequestHeaders.Add(ApiKeyFilter.HeaderName, key);
        Assert.Equal(HttpStatusCode.OK, (await robot.GetAsync("/api/v1/stores")).StatusCode);

        // The database holds a hash and a public prefix, never the key or its secret part.
        await using (var db = app.Database.Factory.CreateDbContext())
        {
            var row = await db.ApiKeys.SingleAsync();
            Assert.Equal(32, row.SecretHash.Length);
            Assert.DoesNotContain(key.Split('_')[2], Encoding.UTF8.GetString(row.SecretHash), StringComparison.Ordinal);
            Assert.NotNull(row.LastUsedAt);
        }

        var listed = await owner.GetStringAsync("/api/v1/keys");
        Assert.DoesNotContain(key, listed, StringComparison.Ordinal);
        Assert.Contains("robot", listed, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/keys/{created.GetProperty("id").GetInt32()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await robot.GetAsync("/api/v1/stores")).StatusCode);

        await using (var db = app.Database.Factory.CreateDbContext())
        {
            var expiring = await (await owner.PostAsJsonAsync("/api/v1/keys", new { name = "short", scope = "read", user = "ops@example.com", expiresAt = DateTimeOffset.UtcNow.AddHours(1) })).Content.ReadFromJsonAsync<JsonElement>();
            var row = await db.ApiKeys.SingleAsync(k => k.Name == "short");
            row.ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
            using var expired = app.CreateClient();
            expired.DefaultRequestHeaders.Add(ApiKeyFilter.HeaderName, expiring.GetProperty("key").GetString());
            Assert.Equal(HttpStatusCode.Unauthorized, (await expired.GetAsync("/api/v1/stores")).StatusCode);
        }

        // A key never exceeds its scope: an import key cannot change settings even for an owner.
        (await owner.PostAsJsonAsync("/api/v1/stores", new { code = "s1", name = "S1" })).EnsureSuccessStatusCode();
        var ownerImportKey = (await (await owner.PostAsJsonAsync("/api/v1/keys", new { name = "owner import", scope = "import", user = "ops@example.com" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString();
        using var limited = app.CreateClient();
        limited.DefaultRequestHeaders.Add(ApiKeyFilter.HeaderName, ownerImportKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await limited.DeleteAsync("/api/v1/stores/s1/settings")).StatusCode);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task WrongKeys_After20PerMinute_Are429WithRetryAfter_AndManyRequestsPerKeyToo(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        app.Settings["Limits:RequestsPerKeyPerMinute"] = "30";
        using var guesser = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 25; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/stores");
            request.Headers.Add(ApiKeyFilter.HeaderName, $"wrong-key-{i}");
            var response = await guesser.SendAsync(request);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 carries Retry-After");
            }
        }

        Assert.Equal(20, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Audit_RecordsStoresSettingsTargetsNotesImportsUsersKeysAndLinks(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var owner = app.CreateApiClient();
        (await owner.PostAsJsonAsync("/api/v1/stores", new { code = "aud", name = "Audited" })).EnsureSuccessStatusCode();
        var thresholds = await owner.GetFromJsonAsync<JsonElement>("/api/v1/stores/aud/settings");
        var changed = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(thresholds.GetRawText())!;
        (await owner.PutAsync("/api/v1/stores/aud/settings", new StringContent(JsonSerializer.Serialize(changed), Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        (await owner.PostAsJsonAsync("/api/v1/stores/aud/annotations", new { date = "2026-11-11", text = "双11 started" })).EnsureSuccessStatusCode();
        (await owner.PostAsJsonAsync("/api/v1/users", new { email = "v@example.com", password = "correct-horse-battery", role = "viewer", stores = new[] { "aud" } })).EnsureSuccessStatusCode();
        (await owner.PostAsJsonAsync("/api/v1/keys", new { name = "k", scope = "read", user = "v@example.com" })).EnsureSuccessStatusCode();
        (await owner.PostAsJsonAsync("/api/v1/display-links", new { stores = new[] { "aud" } })).EnsureSuccessStatusCode();
        (await owner.DeleteAsync("/api/v1/stores/aud")).EnsureSuccessStatusCode();

        var audit = await owner.GetStringAsync("/api/v1/audit");
        foreach (var action in new[] { "store-created", "note-added", "user-created", "key-created", "display-link-created", "store-deleted" })
        {
            Assert.Contains($"\"action\":\"{action}\"", audit, StringComparison.Ordinal);
        }

        Assert.Contains("bootstrap-key", audit, StringComparison.Ordinal);
        Assert.Contains("双11 started", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("correct-horse-battery", audit, StringComparison.Ordinal);
    }
}
