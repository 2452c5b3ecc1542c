using CsCheck;
using OpsDashboard.Data.Import;
using OpsDashboard.Testing;
using Xunit.Sdk;

namespace OpsDashboard.Data.Tests.Import.Hostile;

/// <summary>
/// The import under CsCheck: thousands of generated and mutated CSV/xlsx files through the parser,
/// a few hundred through the whole import on each database (properties in <see cref="ImportFuzz"/>).
/// The long run is the bench's <c>--fuzz N</c>.
/// </summary>
public sealed class ImportFuzzTests
{
    [Fact]
    public void Generated_and_mutated_files_never_throw_stay_bounded_and_accept_only_clean_values()
    {
        ImportFuzz.Files.Sample(file => Fail(file, ImportFuzz.Violations(file)), iter: 3_000, threads: 1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Generated_files_through_the_import_leave_the_database_unchanged_on_every_refusal(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.CreateStoreAsync();
        Assert.True((await db.Imports.ImportAsync(store, ImportKind.StoreDaily, "date,visitors\n2026-11-01,100\n"u8.ToArray(), null)).Succeeded);

        await ImportFuzz.Files.SampleAsync(async file => Fail(file, await ImportFuzz.CheckDatabaseAsync(db, store, file)), iter: 150, threads: 1);
    }

    private static void Fail(FuzzFile file, IReadOnlyList<string> violations)
    {
        if (violations.Count > 0)
        {
            throw new XunitException(file + "\n" + string.Join("\n", violations));
        }
    }
}
