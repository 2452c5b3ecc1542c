using System.Data;
using Microsoft.EntityFrameworkCore;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.Import.Service;

/// <summary>
/// Writes parsed service rows inside the caller's transaction, set-based (<see cref="SqlUpsert"/>: INSERT … ON
/// CONFLICT … DO UPDATE in batches, the daily kinds' path, no change tracking): a key already stored is updated —
/// only in the columns the file carries, so two exports of one agent-day merge instead of blanking each other
/// (DOMAIN §5) — and a new key is inserted with the columns the file lacks unknown (null). A refund is keyed by
/// 退款编号, so a re-import moves its status (退款中 → 退款成功) instead of adding a second row.
/// </summary>
internal sealed class ServiceFactWriter(OpsDbContext db, SqlUpsert upsert, int storeId, IReadOnlySet<ServiceField> columns)
{
    public async Task<(int Inserted, int Updated)> WriteAsync(ServiceParsedImport parsed, CancellationToken ct) => parsed.Kind switch
    {
        ServiceImportKind.ServiceAgents => await WriteAgentsAsync(parsed.Agents, ct),
        ServiceImportKind.Refunds => await WriteRefundsAsync(parsed.Refunds, ct),
        ServiceImportKind.Competitors => await WriteRivalsAsync(parsed.Rivals, ct),
        _ => await WriteLossesAsync(parsed.Losses, ct),
    };

    private async Task<(int, int)> WriteAgentsAsync(IReadOnlyList<AgentRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return (0, 0);
        }

        var (first, last) = (rows.Min(r => r.Date), rows.Max(r => r.Date));
        var stored = (await db.Set<AgentDay>().AsNoTracking().Where(d => d.StoreId == storeId && d.Date >= first && d.Date <= last)
                .Select(d => new { d.Agent, d.Date }).ToListAsync(ct))
            .Select(d => (d.Agent, d.Date)).ToHashSet();
        Column<AgentRow>[] facts =
        [
            new("consulted", DbType.Int64, ServiceField.Consulted, r => r.Consulted),
            new("received", DbType.Int64, ServiceField.Received, r => r.Received),
            new("inquirers", DbType.Int64, ServiceField.Inquirers, r => r.Inquirers),
            new("inquiry_paying_buyers", DbType.Int64, ServiceField.InquiryPayingBuyers, r => r.InquiryPayingBuyers),
            new("sales_amount_minor", DbType.Int64, ServiceField.SalesAmount, r => r.SalesAmountMinor),
            new("response_milliseconds_total", DbType.Int64, ServiceField.AverageResponse, r => r.ResponseMillisecondsTotal),
            new("unanswered", DbType.Int64, ServiceField.Unanswered, r => r.Unanswered),
            new("refunds", DbType.Int64, ServiceField.Refunds, r => r.Refunds),
        ];
        await UpsertAsync("agent_days", [new("store_id", DbType.Int32), new("agent", DbType.String), new("date", DbType.Date)], r => [storeId, r.Agent, r.Date], facts, rows, ct);
        return Counted(rows, row => stored.Contains((row.Agent, row.Date)));
    }

    private async Task<(int, int)> WriteRefundsAsync(IReadOnlyList<RefundRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return (0, 0);
        }

        var stored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in rows.Select(r => r.RefundId).Chunk(500))
        {
            stored.UnionWith(await db.Set<Refund>().AsNoTracking().Where(r => r.StoreId == storeId && chunk.Contains(r.RefundId)).Select(r => r.RefundId).ToListAsync(ct));
        }

        Column<RefundRow>[] facts =
        [
            new("refund_amount_minor", DbType.Int64, null, r => r.RefundAmountMinor),
            new("order_id", DbType.String, ServiceField.OrderId, r => r.OrderId),
            new("paid_at", DbType.String, ServiceField.PaidAt, r => r.PaidAt),
            new("sku_code", DbType.String, ServiceField.SkuCode, r => r.SkuCode),
            new("title", DbType.String, ServiceField.Title, r => r.Title),
            new("paid_amount_minor", DbType.Int64, ServiceField.PaidAmount, r => r.PaidAmountMinor),
            new("applied_at", DbType.String, ServiceField.AppliedAt, r => r.AppliedAt),
            new("applied_on", DbType.Date, ServiceField.AppliedAt, r => r.AppliedOn),
            new("completed_at", DbType.String, ServiceField.CompletedAt, r => r.CompletedAt),
            new("completed_on", DbType.Date, ServiceField.CompletedAt, r => r.CompletedOn),
            new("status", DbType.String, ServiceField.Status, r => r.Status),
            new("succeeded", DbType.Boolean, ServiceField.Status, r => r.Succeeded, Absent: false),
            new("reason", DbType.String, ServiceField.Reason, r => r.Reason),
            new("return_required", DbType.Boolean, ServiceField.ReturnRequired, r => r.ReturnRequired),
            new("goods_status", DbType.String, ServiceField.GoodsStatus, r => r.GoodsStatus),
        ];
        await UpsertAsync("refunds", [new("store_id", DbType.Int32), new("refund_id", DbType.String)], r => [storeId, r.RefundId], facts, rows, ct);
        return Counted(rows, row => stored.Contains(row.RefundId));
    }

    private async Task<(int, int)> WriteRivalsAsync(IReadOnlyList<RivalRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return (0, 0);
        }

        var (first, last) = (rows.Min(r => r.Date), rows.Max(r => r.Date));
        var stored = (await db.Set<RivalDay>().AsNoTracking().Where(d => d.StoreId == storeId && d.Date >= first && d.Date <= last)
                .Select(d => new { d.Date, d.Kind, d.Rival }).ToListAsync(ct))
            .Select(d => (d.Date, d.Kind, d.Rival)).ToHashSet();
        Column<RivalRow>[] facts =
        [
            new("is_self", DbType.Boolean, null, r => r.IsSelf),
            new("rival_id", DbType.String, ServiceField.RivalId, r => r.RivalId),
            new("trade_index", DbType.Double, ServiceField.TradeIndex, r => r.TradeIndex),
            new("traffic_index", DbType.Double, ServiceField.TrafficIndex, r => r.TrafficIndex),
            new("search_popularity", DbType.Double, ServiceField.SearchPopularity, r => r.SearchPopularity),
            new("favorite_popularity", DbType.Double, ServiceField.FavoritePopularity, r => r.FavoritePopularity),
            new("cart_popularity", DbType.Double, ServiceField.CartPopularity, r => r.CartPopularity),
            new("conversion_index", DbType.Double, ServiceField.ConversionIndex, r => r.ConversionIndex),
            new("customer_index", DbType.Double, ServiceField.CustomerIndex, r => r.CustomerIndex),
        ];
        await UpsertAsync("rival_days", DayKeys, r => [storeId, r.Date, r.Kind, r.Rival], facts, rows, ct);
        return Counted(rows, row => stored.Contains((row.Date, row.Kind, row.Rival)));
    }

    private async Task<(int, int)> WriteLossesAsync(IReadOnlyList<LostCustomerRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return (0, 0);
        }

        var (first, last) = (rows.Min(r => r.Date), rows.Max(r => r.Date));
        var stored = (await db.Set<LostCustomerDay>().AsNoTracking().Where(d => d.StoreId == storeId && d.Date >= first && d.Date <= last)
                .Select(d => new { d.Date, d.Kind, d.Rival }).ToListAsync(ct))
            .Select(d => (d.Date, d.Kind, d.Rival)).ToHashSet();
        Column<LostCustomerRow>[] facts =
        [
            new("rival_shop", DbType.String, ServiceField.RivalShop, r => r.RivalShop),
            new("loss_index", DbType.Double, ServiceField.LossIndex, r => r.LossIndex),
            new("loss_popularity", DbType.Double, ServiceField.LossPopularity, r => r.LossPopularity),
        ];
        await UpsertAsync("lost_customer_days", DayKeys, r => [storeId, r.Date, r.Kind, r.Rival], facts, rows, ct);
        return Counted(rows, row => stored.Contains((row.Date, row.Kind, row.Rival)));
    }

    private static readonly SqlColumn[] DayKeys = [new("store_id", DbType.Int32), new("date", DbType.Date), new("kind", DbType.String), new("rival", DbType.String)];

    /// <summary>
    /// A stored column: its value in a row, and the file column that carries it (null: every file of the kind
    /// does, e.g. a refund's amount). <paramref name="Absent"/> is what a new row holds when the file lacks it.
    /// </summary>
    private sealed record Column<TRow>(string Name, DbType Type, ServiceField? CarriedBy, Func<TRow, object?> Value, object? Absent = null);

    /// <summary>
    /// The one upsert shape of every kind: every column inserted (those the file lacks unknown), and on a stored
    /// key only the columns the file carries set.
    /// </summary>
    private Task UpsertAsync<TRow>(string table, SqlColumn[] keys, Func<TRow, object?[]> key, Column<TRow>[] facts, IReadOnlyList<TRow> rows, CancellationToken ct)
    {
        var carried = facts.Select(f => f.CarriedBy is not { } field || columns.Contains(field)).ToArray();
        var values = rows.Select(row =>
        {
            var keyValues = key(row);
            var all = new object?[keys.Length + facts.Length];
            keyValues.CopyTo(all, 0);
            for (var i = 0; i < facts.Length; i++)
            {
                all[keys.Length + i] = carried[i] ? facts[i].Value(row) : facts[i].Absent;
            }

            return all;
        }).ToList();
        var updates = facts.Where((_, i) => carried[i]).Select(f => SqlUpsert.Overwrite(f.Name)).ToList();
        SqlColumn[] all = [.. keys, .. facts.Select(f => new SqlColumn(f.Name, f.Type))];
        return upsert.ExecuteAsync(table, all, keys.Select(k => k.Name).ToList(), updates, values, ct);
    }

    private static (int Inserted, int Updated) Counted<TRow>(IReadOnlyList<TRow> rows, Func<TRow, bool> stored)
    {
        var updated = rows.Count(stored);
        return (rows.Count - updated, updated);
    }
}
