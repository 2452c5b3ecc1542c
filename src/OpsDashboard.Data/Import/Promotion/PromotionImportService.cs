using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Promotion;
using OpsDashboard.Data.Entities;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Data.Import.Promotion;

/// <summary>
/// Imports the ads and search-keyword files (DOMAIN §7) all-or-nothing: a file with any bad row
/// writes nothing and returns every problem with its row and column; a good one is written in one
/// transaction, re-imported keys updated (only the columns the file carries), never duplicated.
/// </summary>
public sealed class PromotionImportService(IDbContextFactory<OpsDbContext> contextFactory, DatabaseOptions options, TimeProvider clock, ILogger<PromotionImportService> logger)
{
    public static bool Handles(ImportKind kind) => kind is ImportKind.Ads or ImportKind.SearchKeywords;

    public async Task<ImportResult> ImportAsync(StoreInfo store, ImportKind kind, byte[] content, ImportFileContext context, CancellationToken ct = default)
    {
        using var fileHash = OpsDashboard.Data.Accounts.ImportAudit.ForFile(content); // the batch's audit row names the file's SHA-256
        var withToday = context with { Today = StoreClock.Today(clock, store.TimeZone) };
        if (kind == ImportKind.Ads)
        {
            var ads = PromotionParser.ParseAds(content, withToday, store.Thresholds.AdsAttributionWindowDays);
            return ads.IsValid ? await WriteAdsAsync(store.Id, ads, context.FileName, ct) : Rejected(store, ads);
        }

        if (kind != ImportKind.SearchKeywords)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an ads or search-keyword kind.");
        }

        var keywords = PromotionParser.ParseSearchKeywords(content, withToday);
        return keywords.IsValid ? await WriteSearchKeywordsAsync(store.Id, keywords, context.FileName, ct) : Rejected(store, keywords);
    }

    /// <summary>Writes a parsed, valid ads file (the demo seeder writes through here too).</summary>
    public Task<ImportResult> WriteAdsAsync(int storeId, PromotionParse<AdRow> parsed, string? fileName, CancellationToken ct = default) =>
        WriteAsync(storeId, parsed, fileName, async (db, upsert, token) =>
        {
            var rows = parsed.Rows;
            var (min, max) = (rows.Min(r => r.Date), rows.Max(r => r.Date));
            var existing = (await db.AdDays.AsNoTracking()
                    .Where(d => d.StoreId == storeId && d.Date >= min && d.Date <= max)
                    .Select(d => new { d.Date, d.Scene, d.Plan, d.Unit, d.Item, d.Keyword, d.Crowd, d.WindowDays })
                    .ToListAsync(token))
                .Select(k => (k.Date, k.Scene, k.Plan, k.Unit, k.Item, k.Keyword, k.Crowd, k.WindowDays))
                .ToHashSet();

            SqlColumn[] keys =
            [
                new("store_id", DbType.Int32), new("date", DbType.Date), new("scene", DbType.String), new("plan", DbType.String), new("unit", DbType.String),
                new("item", DbType.String), new("keyword", DbType.String), new("crowd", DbType.String), new("window_days", DbType.Int32),
            ];
            SqlColumn[] rest = [new("level", DbType.String), new("item_name", DbType.String)];
            var measures = AdMeasures.Select(m => new SqlColumn(m, DbType.Int64)).ToArray();
            var values = rows.Select(r => new object?[]
            {
                storeId, r.Date, r.Scene, r.Plan, r.Unit, r.Item, r.Keyword, r.Crowd, r.WindowDays, r.Level.ToApiName(), r.ItemName,
                r.Impressions, r.Clicks, r.CostMinor, r.DirectAmountMinor, r.IndirectAmountMinor, r.Orders, r.Carts, r.Favorites, r.PresaleAmountMinor,
            }).ToList();
            var updates = new List<string> { SqlUpsert.Overwrite("level"), SqlUpsert.KeepKnown("ad_days", "item_name") };
            updates.AddRange(AdMeasures.Where(parsed.Columns.Contains).Select(SqlUpsert.Overwrite));
            await upsert.ExecuteAsync("ad_days", [.. keys, .. rest, .. measures], keys.Select(k => k.Name).ToList(), updates, values, token);
            return rows.Count(r => existing.Contains((r.Date, r.Scene, r.Plan, r.Unit, r.Item, r.Keyword, r.Crowd, r.WindowDays)));
        }, rows => rows.Count, rows => (rows.Min(r => r.Date), rows.Max(r => r.Date)), "ANALYZE ad_days", ct);

    /// <summary>Writes a parsed, valid search-keyword file.</summary>
    public Task<ImportResult> WriteSearchKeywordsAsync(int storeId, PromotionParse<SearchKeywordRow> parsed, string? fileName, CancellationToken ct = default) =>
        WriteAsync(storeId, parsed, fileName, async (db, upsert, token) =>
        {
            var rows = parsed.Rows;
            var (min, max) = (rows.Min(r => r.Date), rows.Max(r => r.Date));
            var existing = (await db.SearchKeywordDays.AsNoTracking()
                    .Where(d => d.StoreId == storeId && d.Date >= min && d.Date <= max)
                    .Select(d => new { d.Date, d.Keyword, d.Item })
                    .ToListAsync(token))
                .Select(k => (k.Date, k.Keyword, k.Item))
                .ToHashSet();

            SqlColumn[] keys = [new("store_id", DbType.Int32), new("date", DbType.Date), new("keyword", DbType.String), new("item", DbType.String)];
            var measures = KeywordMeasures.Select(m => new SqlColumn(m, DbType.Int64)).ToArray();
            var values = rows.Select(r => new object?[]
            {
                storeId, r.Date, r.Keyword, r.Item, r.Visitors, r.PageViews, r.PayingBuyers, r.PaymentAmountMinor,
            }).ToList();
            var updates = KeywordMeasures.Where(parsed.Columns.Contains).Select(SqlUpsert.Overwrite).ToList();
            await upsert.ExecuteAsync("search_keyword_days", [.. keys, .. measures], keys.Select(k => k.Name).ToList(), updates, values, token);
            return rows.Count(r => existing.Contains((r.Date, r.Keyword, r.Item)));
        }, rows => rows.Count, rows => (rows.Min(r => r.Date), rows.Max(r => r.Date)), "ANALYZE search_keyword_days", ct);

    private static readonly string[] AdMeasures =
    [
        "impressions", "clicks", "cost_minor", "direct_amount_minor", "indirect_amount_minor", "orders", "carts", "favorites", "presale_amount_minor",
    ];

    private static readonly string[] KeywordMeasures = ["visitors", "page_views", "paying_buyers", "payment_amount_minor"];

    private async Task<ImportResult> WriteAsync<TRow>(
        int storeId,
        PromotionParse<TRow> parsed,
        string? fileName,
        Func<OpsDbContext, SqlUpsert, CancellationToken, Task<int>> write,
        Func<IReadOnlyList<TRow>, int> count,
        Func<IReadOnlyList<TRow>, (DateOnly, DateOnly)> span,
        string analyze,
        CancellationToken ct)
    {
        if (!parsed.IsValid)
        {
            throw new ArgumentException("Only a valid file can be written.", nameof(parsed));
        }

        DateOnly? first = null, last = null;
        if (parsed.Rows.Count > 0)
        {
            (first, last) = span(parsed.Rows);
        }

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var strategy = db.Database.CreateExecutionStrategy();
        var updated = await strategy.ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var upsert = new SqlUpsert(db.Database.GetDbConnection(), transaction.GetDbTransaction(), options.UpsertBatchSize, SqlUpsert.MaxParametersFor(db.Provider));
            var changed = parsed.Rows.Count == 0 ? 0 : await write(db, upsert, token);
            db.ImportBatches.Add(new ImportBatch
            {
                StoreId = storeId,
                Kind = parsed.Kind.ToApiName(),
                FileName = fileName is { Length: > 400 } ? fileName[..400] : fileName,
                RowsRead = parsed.RowsRead,
                RowsInserted = count(parsed.Rows) - changed,
                RowsUpdated = changed,
                FirstDate = first,
                LastDate = last,
                ImportedAt = clock.GetUtcNow(),
            });
            await db.SaveChangesAsync(token);
            await Rollups.SkuMonthRollup.BumpAsync(db, storeId, null, token); // no sku_days written: the SKU months stay current
            await transaction.CommitAsync(token);
            return changed;
        }, ct);

        var inserted = count(parsed.Rows) - updated;
        if (inserted > 0 && db.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync(analyze, ct);
        }

        logger.LogInformation(
            "Imported {Kind} for store {StoreId}: {RowsRead} rows read, {RowsInserted} inserted, {RowsUpdated} updated",
            parsed.Kind.ToApiName(), storeId, parsed.RowsRead, inserted, updated);
        return new ImportResult
        {
            RowsRead = parsed.RowsRead, RowsInserted = inserted, RowsUpdated = updated, Warnings = parsed.Warnings, WarningCount = parsed.WarningCount,
            FirstDate = first, LastDate = last,
        };
    }

    private ImportResult Rejected<TRow>(StoreInfo store, PromotionParse<TRow> parsed)
    {
        logger.LogInformation(
            "Import of {Kind} for store {StoreCode} rejected: {ErrorCount} errors in {RowsRead} rows", parsed.Kind.ToApiName(), store.Code, parsed.ErrorCount, parsed.RowsRead);
        return new ImportResult
        {
            RowsRead = parsed.RowsRead, Errors = parsed.Errors, Warnings = parsed.Warnings, ErrorCount = parsed.ErrorCount, WarningCount = parsed.WarningCount,
            ExceededLimit = parsed.ExceededLimit, ErrorRowCount = parsed.ErrorRowCount,
        };
    }
}
