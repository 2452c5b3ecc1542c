using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OpsDashboard.Data;
using OpsDashboard.Data.Accounts;
using OpsDashboard.Web.Accounts;
using OpsDashboard.Web.Api;
using OpsDashboard.Web.Tests.Api;

namespace OpsDashboard.Web.Tests.Accounts;

/// <summary>
/// Issue 13's follow-ups through the real app on both providers: keys narrowed to some of their user's stores, the
/// SHA-256 of imported files and store/note deletions in the audit trail, and an open session's caller following a
/// grant change without reconnecting.
/// </summary>
public sealed class AccessFollowUpTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ANarrowedKey_SeesOnlyItsStores_OthersAre404_AndLosesAStoreItsUserLoses(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var owner = app.CreateApiClient();
        foreach (var code in new[] { "a", "b", "c" })
        {
            (await owner.PostAsJsonAsync("/api/v1/stores", new { code, name = "Store " + code })).EnsureSuccessStatusCode();
        }

        (await owner.PostAsJsonAsync("/api/v1/users", new { email = "ops@example.com", password = "correct-horse-battery", role = "operator", stores = new[] { "a", "b" } })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await owner.PostAsJsonAsync("/api/v1/keys", new { name = "beyond", scope = "read", user = "ops@example.com", stores = new[] { "c" } })).StatusCode);
        var created = await owner.PostAsJsonAsync("/api/v1/keys", new { name = "only a and b", scope = "import", user = "ops@example.com", stores = new[] { "a", "b" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["a", "b"], body.GetProperty("stores").EnumerateArray().Select(s => s.GetString()!));

        using var robot = app.CreateClient();
        robot.DefaultRequestHeaders.Add(ApiKeyFilter.HeaderName, body.GetProperty("key").GetString());
        Assert.Equal(["a", "b"], await CodesAsync(robot));

        // A grant taken from the user is taken from the key too; the store is then as absent as one that does not exist.
        (await owner.PutAsJsonAsync("/api/v1/users/ops@example.com", new { stores = new[] { "a", "c" } })).EnsureSuccessStatusCode();
        Assert.Equal(["a"], await CodesAsync(robot));
        Assert.Equal(HttpStatusCode.NotFound, (await robot.GetAsync("/api/v1/stores/b/settings")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await robot.GetAsync("/api/v1/stores/c/settings")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await robot.GetAsync("/api/v1/stores/a/settings")).StatusCode);

        var listed = await owner.GetFromJsonAsync<JsonElement>("/api/v1/keys");
        Assert.Equal(["a", "b"], listed.EnumerateArray().Single().GetProperty("stores").EnumerateArray().Select(s => s.GetString()!));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Imports_AreAuditedWithTheFilesSha256_AndStoreAndNoteDeletionsOnce(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var owner = app.CreateApiClient();
        (await owner.PostAsJsonAsync("/api/v1/stores", new { code = "aud", name = "Audited" })).EnsureSuccessStatusCode();
        (await owner.PostAsync("/api/v1/stores/aud/imports/store-daily", SampleFiles.Csv(SampleFiles.StoreDaily))).EnsureSuccessStatusCode();
        var note = await (await owner.PostAsJsonAsync("/api/v1/stores/aud/annotations", new { date = "2026-11-11", text = "双11 started" })).Content.ReadFromJsonAsync<JsonElement>();
        (await owner.DeleteAsync($"/api/v1/stores/aud/annotations/{note.GetProperty("id").GetInt64()}")).EnsureSuccessStatusCode();
        (await owner.DeleteAsync("/api/v1/stores/aud")).EnsureSuccessStatusCode();

        var audit = (await owner.GetFromJsonAsync<JsonElement>("/api/v1/audit")).EnumerateArray().ToList();
        var sha = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(SampleFiles.StoreDaily))).ToLowerInvariant();
        var import = Assert.Single(audit, a => a.GetProperty("action").GetString() == "import");
        Assert.Contains($"sha256 {sha}", import.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var deletedNote = Assert.Single(audit, a => a.GetProperty("action").GetString() == "note-deleted");
        Assert.Contains("双11 started", deletedNote.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("aud", Assert.Single(audit, a => a.GetProperty("action").GetString() == "store-deleted").GetProperty("storeCode").GetString());
    }

    [Fact]
    public async Task AnOpenSessionsCaller_IsReadAgainAfterAnAccessChange_NotOnlyWhenItReconnects()
    {
        var reads = 0;
        var granted = new HashSet<int> { 1, 2 };
        var changes = new AccessChanges();
        using var session = CallerContext.Use(() =>
        {
            reads++;
            return Task.FromResult(Caller.ForUser(CallerKind.User, "ops", "u1", Roles.Operator, false, granted.ToHashSet()));
        }, changes);

        Assert.True((await CallerContext.CurrentAsync()).CanSee(2));
        Assert.True((await CallerContext.CurrentAsync()).CanSee(2));
        Assert.Equal(1, reads);

        granted.Remove(2);
        changes.Announce();
        Assert.False((await CallerContext.CurrentAsync()).CanSee(2));
        Assert.Equal(2, reads);
    }

    private static async Task<string[]> CodesAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/stores")).EnumerateArray().Select(s => s.GetProperty("code").GetString()!).Order(StringComparer.Ordinal).ToArray();
}
