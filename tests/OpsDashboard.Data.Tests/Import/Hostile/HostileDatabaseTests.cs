using System.Text;
using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Stores;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Import.Hostile;

/// <summary>Poison values and over-long texts are refused by the app, the same on SQLite and PostgreSQL, and nothing is written.</summary>
public sealed class HostileDatabaseTests
{
    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "2026-11-01,9223372036854775807")]
    [InlineData(DatabaseProvider.Postgres, "2026-11-01,9223372036854775807")]
    [InlineData(DatabaseProvider.Sqlite, "0001-01-01,100")]
    [InlineData(DatabaseProvider.Postgres, "0001-01-01,100")]
    [InlineData(DatabaseProvider.Sqlite, "9999-12-31,100")]
    [InlineData(DatabaseProvider.Postgres, "9999-12-31,100")]
    public async Task A_poison_row_is_refused_with_its_row_and_field_and_later_totals_still_answer(DatabaseProvider provider, string poison)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        Assert.True((await db.Imports.ImportAsync(store, ImportKind.StoreDaily, Utf8("date,visitors\n2026-10-01,100\n"), null)).Succeeded);

        var result = await db.Imports.ImportAsync(store, ImportKind.StoreDaily, Utf8("date,visitors\n2026-10-02,50\n" + poison + "\n"), null);

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Row);
        Assert.Contains(error.Column, new[] { "date", "visitors" });
        await using var context = db.CreateContext();
        Assert.Equal(1, await context.StoreDays.CountAsync());
        var century = await db.Queries.StoreTotalsAsync(store, new DateRange(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31)));
        Assert.Equal(100, century.Visitors);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_sku_code_of_300_characters_is_a_row_error_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();

        var result = await db.Imports.ImportAsync(store, ImportKind.SkuDaily, Utf8($"date,sku_code,visitors\n2026-11-01,ok,10\n2026-11-01,{new string('9', 300)},100\n"), null);

        Assert.Equal((3, "sku_code"), (Assert.Single(result.Errors).Row, result.Errors[0].Column));
        await using var context = db.CreateContext();
        Assert.Equal(0, await context.SkuDays.CountAsync());
        Assert.Equal(0, await context.Skus.CountAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_store_name_of_300_characters_is_a_validation_error_never_a_conflict_or_a_crash(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.CreateStoreAsync("kept");
        var longName = new string('店', 300);

        var create = await Assert.ThrowsAsync<StoreValidationException>(() => db.Stores.CreateAsync(new NewStore("long-name", longName, null, null, null)));
        var update = await Assert.ThrowsAsync<StoreValidationException>(() => db.Stores.UpdateAsync("kept", new StoreChanges(longName, null, null, null)));

        Assert.Equal("name is 300 characters long; at most 200 are allowed.", create.Message);
        Assert.Equal(create.Message, update.Message);
        Assert.Null(await db.Stores.FindAsync("long-name"));
        Assert.NotEqual(longName, (await db.Stores.FindAsync("kept"))!.Name);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Flagship\u202E2026-11-30")]
    [InlineData(DatabaseProvider.Postgres, "Flagship\u202E2026-11-30")]
    [InlineData(DatabaseProvider.Sqlite, "Bell\u0007 and \u001B[31mred")]
    [InlineData(DatabaseProvider.Postgres, "Nul\0")]
    public async Task A_store_name_with_a_bidi_override_or_control_character_is_refused(DatabaseProvider provider, string name)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        var refused = await Assert.ThrowsAsync<StoreValidationException>(() => db.Stores.CreateAsync(new NewStore("hostile", name, null, null, null)));

        Assert.Contains("control or text-direction characters", refused.Message, StringComparison.Ordinal);
        Assert.Null(await db.Stores.FindAsync("hostile"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Mixed_encoding_names_are_never_stored(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        byte[] file =
        [
            .. Utf8("date,sku_code,sku_name,visitors\n2026-11-01,A1,羊毛大衣 女,100\n2026-11-02,A1,羊毛大衣 女,100\n"),
            .. CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!.GetBytes("2026-11-03,A2,羊绒围巾,80\n"),
        ];

        var result = await db.Imports.ImportAsync(store, ImportKind.SkuDaily, file, null);

        Assert.Equal(4, Assert.Single(result.Errors).Row);
        await using var context = db.CreateContext();
        Assert.Equal(0, await context.Skus.CountAsync());
    }
}
