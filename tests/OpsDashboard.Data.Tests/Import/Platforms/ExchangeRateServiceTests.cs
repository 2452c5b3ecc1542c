using OpsDashboard.Core.Currency;
using OpsDashboard.Data.Accounts;
using OpsDashboard.Data.Currency;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Import.Platforms;

/// <summary>The owner's dated exchange rates on real SQLite and real PostgreSQL: stored exactly, one per pair and day, owners only.</summary>
public sealed class ExchangeRateServiceTests
{
    private sealed class FixedCaller(Caller caller) : ICallerSource
    {
        public ValueTask<Caller> CurrentAsync(CancellationToken ct) => ValueTask.FromResult(caller);
    }

    private static ExchangeRateService Service(TestDatabase db, Caller caller) => new(db.Factory, new FixedCaller(caller), TimeProvider.System);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_rate_is_stored_exactly_and_entering_the_same_day_again_replaces_it(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var rates = Service(db, Caller.System);
        var day = new DateOnly(2026, 11, 30);

        await rates.SetAsync("usd", " CNY ", 7.12345678m, day);
        await rates.SetAsync("USD", "CNY", 7.2m, day);
        await rates.SetAsync("EUR", "CNY", 7.8m, day.AddDays(-1));

        Assert.Equal([new DatedRate("USD", "CNY", 7.2m, day), new DatedRate("EUR", "CNY", 7.8m, day.AddDays(-1))], await rates.ListAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Only_an_owner_enters_a_rate_and_a_bad_rate_names_its_field(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var manager = Caller.ForUser(CallerKind.User, "mia", "u1", Roles.Manager, allStores: true, new HashSet<int>());
        var day = new DateOnly(2026, 11, 30);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Service(db, manager).SetAsync("USD", "CNY", 7.1m, day));
        Assert.Contains("to", (await Assert.ThrowsAsync<ExchangeRateValidationException>(() => Service(db, Caller.System).SetAsync("USD", "RMB1", 7.1m, day))).Message, StringComparison.Ordinal);
        Assert.Contains("rate", (await Assert.ThrowsAsync<ExchangeRateValidationException>(() => Service(db, Caller.System).SetAsync("USD", "CNY", 0m, day))).Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ExchangeRateValidationException>(() => Service(db, Caller.System).SetAsync("CNY", "CNY", 1m, day));
        Assert.Empty(await Service(db, Caller.System).ListAsync());
    }
}
