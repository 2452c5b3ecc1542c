using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Accounts;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.Stores;

public sealed record StoreInfo(int Id, string Code, string Name, string Platform, string Currency, string? FlagshipSku, StoreThresholds Thresholds)
{
    /// <summary>IANA time zone of the store's calendar (default Asia/Shanghai).</summary>
    public string TimeZone { get; init; } = StoreClock.DefaultTimeZone;

    /// <summary>When archived: hidden from pickers, rotation and the portfolio; data kept.</summary>
    public DateTimeOffset? ArchivedAt { get; init; }

    /// <summary>Whether the visitors imported are Shopify sessions (screens then say "sessions", DOMAIN §9).</summary>
    public bool VisitorsAreSessions { get; init; }

    /// <summary>The store's today and yesterday on its own clock.</summary>
    public DateOnly Today(TimeProvider time) => StoreClock.Today(time, TimeZone);

    public DateOnly Yesterday(TimeProvider time) => StoreClock.Yesterday(time, TimeZone);
}

public sealed record NewStore(string? Code, string? Name, string? Platform, string? Currency, string? TimeZone = null);

/// <summary>What to change on a store; null leaves a field as it is. <c>Archived</c> true archives, false restores.</summary>
public sealed record StoreChanges(string? Name, string? Platform, string? Currency, string? FlagshipSku, bool ClearFlagship = false)
{
    public string? TimeZone { get; init; }

    public bool? Archived { get; init; }
}

/// <summary>A request that cannot be carried out as asked, in words for the user.</summary>
public sealed class StoreValidationException(string message) : Exception(message);

/// <summary>Stores: the dimension every query is scoped by.</summary>
/// <remarks>
/// Every read and change by code goes through <see cref="StoreAccess"/>: a store the current caller may not see is
/// left out of lists and answers as if it did not exist. This is the one place store access is enforced.
/// </remarks>
public sealed partial class StoreCatalog(IDbContextFactory<OpsDbContext> contextFactory, TimeProvider clock, StoreAccess access)
{
    /// <summary>The stores the current caller may see.</summary>
    private async Task<IQueryable<Store>> VisibleAsync(OpsDbContext db, CancellationToken ct)
    {
        var caller = await access.CurrentAsync(ct);
        if (caller.AllStores)
        {
            return db.Stores;
        }

        var ids = caller.StoreIds.ToList();
        return db.Stores.Where(s => ids.Contains(s.Id));
    }

    /// <summary>The active stores (archived ones are hidden from pickers, rotation and the portfolio).</summary>
    public async Task<IReadOnlyList<StoreInfo>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var stores = await (await VisibleAsync(db, ct)).AsNoTracking().Where(s => s.ArchivedAt == null).OrderBy(s => s.Code).ToListAsync(ct);
        return stores.Select(ToInfo).ToList();
    }

    /// <summary>Every store, archived ones included (the stores screen and the API list).</summary>
    public async Task<IReadOnlyList<StoreInfo>> ListAllAsync(CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var stores = await (await VisibleAsync(db, ct)).AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct);
        return stores.Select(ToInfo).ToList();
    }

    public async Task<StoreInfo?> FindAsync(string code, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var store = await (await VisibleAsync(db, ct)).AsNoTracking().FirstOrDefaultAsync(s => s.Code == code, ct);
        return store is null ? null : ToInfo(store);
    }

    public async Task<StoreInfo> CreateAsync(NewStore request, CancellationToken ct = default)
    {
        var code = request.Code?.Trim() ?? string.Empty;
        if (!CodePattern().IsMatch(code))
        {
            throw new StoreValidationException("code is required: 1–64 letters, digits, '-' or '_'.");
        }

        var name = Required(request.Name, "name", NameLength);
        var platform = string.IsNullOrWhiteSpace(request.Platform) ? "other" : Required(request.Platform, "platform", PlatformLength);
        var currency = ValidCurrency(request.Currency ?? "CNY");
        var timeZone = ValidTimeZone(request.TimeZone ?? StoreClock.DefaultTimeZone);

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        if (await db.Stores.AnyAsync(s => s.Code == code, ct))
        {
            throw new StoreConflictException($"A store with code '{code}' already exists.");
        }

        var store = new Store { Code = code, Name = name, Platform = platform, Currency = currency, TimeZone = timeZone, CreatedAt = clock.GetUtcNow() };
        db.Stores.Add(store);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two requests raced for the same code; the unique index decided.
            throw new StoreConflictException($"A store with code '{code}' already exists.");
        }

        return ToInfo(store);
    }

    public async Task<StoreInfo?> UpdateAsync(string code, StoreChanges changes, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var store = await (await VisibleAsync(db, ct)).FirstOrDefaultAsync(s => s.Code == code, ct);
        if (store is null)
        {
            return null;
        }

        if (changes.Name is not null)
        {
            store.Name = Required(changes.Name, "name", NameLength);
        }

        if (changes.Platform is not null)
        {
            store.Platform = Required(changes.Platform, "platform", PlatformLength);
        }

        if (changes.Currency is not null)
        {
            store.Currency = ValidCurrency(changes.Currency);
        }

        if (changes.TimeZone is not null)
        {
            store.TimeZone = ValidTimeZone(changes.TimeZone);
        }

        if (changes.Archived is { } archived)
        {
            store.ArchivedAt = archived ? store.ArchivedAt ?? clock.GetUtcNow() : null;
        }

        if (changes.ClearFlagship)
        {
            store.FlagshipSkuCode = null;
        }
        else if (changes.FlagshipSku is not null)
        {
            store.FlagshipSkuCode = string.IsNullOrWhiteSpace(changes.FlagshipSku) ? null : Required(changes.FlagshipSku, "flagshipSku", FlagshipLength);
        }

        await db.SaveChangesAsync(ct);
        return ToInfo(store);
    }

    /// <summary>
    /// Deletes a store and everything recorded for it — daily facts, SKUs, traffic sources, targets,
    /// notes, import batches and its settings (on the store row) — in one transaction: all or nothing.
    /// False when no store has the code.
    /// </summary>
    public async Task<bool> DeleteAsync(string code, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var id = await (await VisibleAsync(db, token)).Where(s => s.Code == code).Select(s => (int?)s.Id).FirstOrDefaultAsync(token);
            if (id is not { } storeId)
            {
                return false;
            }

            await db.SkuDays.Where(d => d.StoreId == storeId).ExecuteDeleteAsync(token);
            await db.SkuMonths.Where(m => m.StoreId == storeId).ExecuteDeleteAsync(token);
            await db.SkuRollupStates.Where(r => r.StoreId == storeId).ExecuteDeleteAsync(token);
            await db.AdDays.Where(d => d.StoreId == storeId).ExecuteDeleteAsync(token);
            await db.SearchKeywordDays.Where(d => d.StoreId == storeId).ExecuteDeleteAsync(token);
            await db.SourceDays.Where(d => d.StoreId == storeId).ExecuteDeleteAsync(token);
            await db.StoreDays.Where(d => d.StoreId == storeId).ExecuteDeleteAsync(token);
            await db.Skus.Where(s => s.StoreId == storeId).ExecuteDeleteAsync(token);
            await db.TrafficSources.Where(s => s.StoreId == storeId).ExecuteDeleteAsync(token);
            await db.SalesTargets.Where(t => t.StoreId == storeId).ExecuteDeleteAsync(token);
            await db.Annotations.Where(a => a.StoreId == storeId).ExecuteDeleteAsync(token);
            await db.ImportBatches.Where(b => b.StoreId == storeId).ExecuteDeleteAsync(token);
            // The store row itself through the change tracker, so its deletion is audited (AuditInterceptor) in this transaction.
            db.Stores.Remove(await db.Stores.SingleAsync(s => s.Id == storeId, token));
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return true;
        }, ct);
    }

    public async Task SaveThresholdsAsync(string code, StoreThresholds thresholds, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var store = await (await VisibleAsync(db, ct)).FirstOrDefaultAsync(s => s.Code == code, ct)
            ?? throw new StoreValidationException($"Store '{code}' does not exist.");
        store.ThresholdsJson = thresholds == StoreThresholds.Defaults ? null : JsonSerializer.Serialize(thresholds);
        await db.SaveChangesAsync(ct);
    }

    private static StoreInfo ToInfo(Store s) => new(
        s.Id,
        s.Code,
        s.Name,
        s.Platform,
        s.Currency,
        s.FlagshipSkuCode,
        s.ThresholdsJson is null ? StoreThresholds.Defaults : JsonSerializer.Deserialize<StoreThresholds>(s.ThresholdsJson) ?? StoreThresholds.Defaults)
    {
        TimeZone = s.TimeZone,
        ArchivedAt = s.ArchivedAt,
        VisitorsAreSessions = s.VisitorsAreSessions,
    };

    /// <summary>The longest name, platform and flagship SKU code a store may have (the columns' lengths, enforced here on both databases).</summary>
    public const int NameLength = 200;
    public const int PlatformLength = 64;
    public const int FlagshipLength = 128;

    /// <summary>
    /// A required text within its column's length and without control or bidi-override characters:
    /// SQLite would store any length and PostgreSQL would fail the write, so the app decides, the same on both.
    /// </summary>
    private static string Required(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new StoreValidationException($"{field} is required.");
        }

        var text = value.Trim();
        if (text.Length > maxLength)
        {
            throw new StoreValidationException($"{field} is {text.Length} characters long; at most {maxLength} are allowed.");
        }

        return Import.TextHygiene.HasUnsafeCharacters(text)
            ? throw new StoreValidationException($"{field} contains control or text-direction characters (such as NUL, ESC or U+202E); remove them.")
            : text;
    }

    private static string ValidTimeZone(string value) =>
        StoreClock.IsKnown(value)
            ? value.Trim()
            : throw new StoreValidationException($"timeZone '{value}' is not a known IANA time zone such as Asia/Shanghai or America/Los_Angeles.");

    private static string ValidCurrency(string value)
    {
        var currency = value.Trim().ToUpperInvariant();
        return CurrencyPattern().IsMatch(currency)
            ? currency
            : throw new StoreValidationException($"currency '{value}' is not a three-letter ISO 4217 code such as CNY or USD.");
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}

public sealed class StoreConflictException(string message) : Exception(message);
