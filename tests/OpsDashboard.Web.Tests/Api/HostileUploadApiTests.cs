using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using OpsDashboard.Data;

namespace OpsDashboard.Web.Tests.Api;

/// <summary>Issue 14 through the API, on both databases: which limit refused a file, capped lists, poison values and long names.</summary>
public sealed class HostileUploadApiTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_store_name_of_300_characters_is_400_with_a_message_never_409_or_500(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = app.CreateApiClient();
        var longName = new string('店', 300);

        var created = await client.PostAsJsonAsync("/api/v1/stores", new { code = "long", name = longName });
        (await client.PostAsJsonAsync("/api/v1/stores", new { code = "ok", name = "OK" })).EnsureSuccessStatusCode();
        var renamed = await client.PutAsJsonAsync("/api/v1/stores/ok", new { name = longName });
        var flipped = await client.PutAsJsonAsync("/api/v1/stores/ok", new { name = "Shop\u202E2026" });

        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.Equal("name is 300 characters long; at most 200 are allowed.", await Detail(created));
        Assert.Equal(HttpStatusCode.BadRequest, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, flipped.StatusCode);
        Assert.Contains("text-direction", await Detail(flipped), StringComparison.Ordinal);
        Assert.Equal("OK", (await client.GetFromJsonAsync<JsonElement>("/api/v1/stores/ok")).GetProperty("name").GetString());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_poison_count_is_422_with_row_and_field_and_totals_still_answer(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = app.CreateApiClient();
        (await client.PostAsJsonAsync("/api/v1/stores", new { code = "s", name = "S" })).EnsureSuccessStatusCode();

        var response = await client.PostAsync("/api/v1/stores/s/imports/store-daily", SampleFiles.Csv("date,visitors\n2026-11-01,9223372036854775807\n"));
        var overview = await client.GetAsync("/api/v1/stores/s/overview?from=2000-01-01&to=2026-11-30");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Equal((2, "visitors"), (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Errors_are_capped_at_200_with_the_total_and_how_many_more(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = app.CreateApiClient();
        (await client.PostAsJsonAsync("/api/v1/stores", new { code = "s", name = "S" })).EnsureSuccessStatusCode();

        var response = await client.PostAsync("/api/v1/stores/s/imports/store-daily", SampleFiles.Csv("date,visitors\n" + string.Concat(Enumerable.Repeat("not-a-date,many\n", 50_000))));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(200, body.GetProperty("errors").GetArrayLength());
        Assert.Equal(100_000, body.GetProperty("errorCount").GetInt32());
        Assert.Equal("…and 99,800 more", body.GetProperty("moreErrors").GetString());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_header_over_the_column_cap_is_422_naming_the_limit(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = app.CreateApiClient();
        (await client.PostAsJsonAsync("/api/v1/stores", new { code = "s", name = "S" })).EnsureSuccessStatusCode();

        var header = "date,visitors," + string.Join(',', Enumerable.Range(0, 300).Select(i => "u" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var response = await client.PostAsync("/api/v1/stores/s/imports/store-daily", SampleFiles.Csv(header + "\n2026-11-01,1\n"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Import:Limits:MaxColumns", body.GetProperty("limit").GetString());
        Assert.Contains("the limit is 256 columns", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, body.GetProperty("warnings").GetArrayLength());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_zip_bomb_is_413_naming_the_uncompressed_size_limit(DatabaseProvider provider)
    {
        await using var factory = await ApiFactory.CreateAsync(provider);
        await using var app = factory.WithWebHostBuilder(builder => builder.UseSetting("Import:Limits:MaxXlsxUncompressedMegabytes", "4"));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiFactory.ApiKey);
        (await client.PostAsJsonAsync("/api/v1/stores", new { code = "s", name = "S" })).EnsureSuccessStatusCode();

        var bomb = ZipBomb(12 * 1024 * 1024);
        var response = await client.PostAsync("/api/v1/stores/s/imports/store-daily", new ByteArrayContent(bomb));

        Assert.True(bomb.Length < 512 * 1024, $"{bomb.Length} bytes");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Import:Limits:MaxXlsxUncompressedMegabytes", body.GetProperty("limit").GetString());
        Assert.Contains("more than 4 MB", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_note_with_a_bidi_override_is_400(DatabaseProvider provider)
    {
        await using var app = await ApiFactory.CreateAsync(provider);
        var client = app.CreateApiClient();
        (await client.PostAsJsonAsync("/api/v1/stores", new { code = "s", name = "S" })).EnsureSuccessStatusCode();

        var response = await client.PostAsJsonAsync("/api/v1/stores/s/annotations", new { date = "2026-11-01", text = "sale\u202Eelas" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<string?> Detail(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();

    private static byte[] ZipBomb(long inflated)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open());
            writer.Write("<worksheet><sheetData>");
            var row = string.Concat(Enumerable.Repeat("<row><c><v>1</v></c></row>", 1000));
            for (long written = 0; written < inflated; written += row.Length)
            {
                writer.Write(row);
            }

            writer.Write("</sheetData></worksheet>");
        }

        return buffer.ToArray();
    }
}
