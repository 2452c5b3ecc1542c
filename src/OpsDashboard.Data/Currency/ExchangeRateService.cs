using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Currency;
using OpsDashboard.Data.Accounts;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.Currency;

/// <summary>Why an exchange rate was refused, naming the field.</summary>
public sealed class ExchangeRateValidationException(string message) : Exception(message);

/// <summary>
/// The owner-entered, dated exchange rates (DOMAIN §9, settings): money of different currencies is
/// added only with one of these, and the total names it. Only an owner enters or changes a rate; one
/// pair and day holds one rate (entering it again replaces it).
/// </summary>
public sealed class ExchangeRateService(IDbContextFactory<OpsDbContext> contextFactory, ICallerSource callers, TimeProvider clock)
{
    /// <summary>Every rate, newest day first (the table is small: rates are typed by hand).</summary>
    public async Task<IReadOnlyList<DatedRate>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var rows = await db.ExchangeRates.AsNoTracking().ToListAsync(ct);
        return rows
            .OrderByDescending(r => r.RateDate)
            .ThenBy(r => r.FromCurrency, StringComparer.Ordinal)
            .ThenBy(r => r.ToCurrency, StringComparer.Ordinal)
            .Select(r => new DatedRate(r.FromCurrency, r.ToCurrency, r.Rate, r.RateDate))
            .ToList();
    }

    /// <summary>Enters (or replaces) the rate 1 <paramref name="from"/> = <paramref name="rate"/> <paramref name="to"/> for <paramref name="date"/>.</summary>
    /// <exception cref="UnauthorizedAccessException">The caller is not an owner.</exception>
    /// <exception cref="ExchangeRateValidationException">A currency is not a three-letter code, they are the same, or the rate is not positive.</exception>
    public async Task<DatedRate> SetAsync(string? from, string? to, decimal rate, DateOnly date, CancellationToken ct = default)
    {
        var caller = await callers.CurrentAsync(ct);
        if (caller.Role != Roles.Owner)
        {
            throw new UnauthorizedAccessException("Only an owner can enter exchange rates.");
        }

        var fromCode = Code(from, "from");
        var toCode = Code(to, "to");
        if (fromCode == toCode)
        {
            throw new ExchangeRateValidationException("from and to must be different currencies.");
        }

        if (rate <= 0 || rate > 1_000_000m)
        {
            throw new ExchangeRateValidationException(string.Create(CultureInfo.InvariantCulture, $"rate must be more than 0 and at most 1000000, not {rate}."));
        }

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var existing = await db.ExchangeRates.FirstOrDefaultAsync(r => r.FromCurrency == fromCode && r.ToCurrency == toCode && r.RateDate == date, ct);
        if (existing is null)
        {
            db.ExchangeRates.Add(new ExchangeRate { FromCurrency = fromCode, ToCurrency = toCode, Rate = rate, RateDate = date, EnteredBy = caller.Name, CreatedAt = clock.GetUtcNow() });
        }
        else
        {
            (existing.Rate, existing.EnteredBy, existing.CreatedAt) = (rate, caller.Name, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(ct);
        return new DatedRate(fromCode, toCode, rate, date);
    }

    private static string Code(string? value, string field)
    {
        var code = value?.Trim().ToUpperInvariant() ?? string.Empty;
        return code.Length == 3 && code.All(c => c is >= 'A' and <= 'Z')
            ? code
            : throw new ExchangeRateValidationException($"{field} must be a three-letter currency code (CNY, USD…).");
    }
}
