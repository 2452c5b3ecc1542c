using Microsoft.EntityFrameworkCore;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.Import.Service;

/// <summary>
/// Writes parsed service rows inside the caller's transaction: a key already stored is updated —
/// only in the columns the file carries, so two exports of one agent-day merge instead of blanking
/// each other (DOMAIN §5) — and a new key is inserted. A refund is keyed by 退款编号, so a re-import
/// moves its status (退款中 → 退款成功) instead of adding a second row.
/// </summary>
internal sealed class ServiceFactWriter(OpsDbContext db, int storeId, IReadOnlySet<ServiceField> columns)
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
        var stored = await db.Set<AgentDay>().Where(d => d.StoreId == storeId && d.Date >= first && d.Date <= last)
            .ToDictionaryAsync(d => (d.Agent, d.Date), ct);
        return Upsert(rows, stored, row => (row.Agent, row.Date), row => new AgentDay { StoreId = storeId, Agent = row.Agent, Date = row.Date }, (row, day) =>
        {
            Set(ServiceField.Consulted, row.Consulted, v => day.Consulted = v);
            Set(ServiceField.Received, row.Received, v => day.Received = v);
            Set(ServiceField.Inquirers, row.Inquirers, v => day.Inquirers = v);
            Set(ServiceField.InquiryPayingBuyers, row.InquiryPayingBuyers, v => day.InquiryPayingBuyers = v);
            Set(ServiceField.SalesAmount, row.SalesAmountMinor, v => day.SalesAmountMinor = v);
            Set(ServiceField.AverageResponse, row.ResponseMillisecondsTotal, v => day.ResponseMillisecondsTotal = v);
            Set(ServiceField.Unanswered, row.Unanswered, v => day.Unanswered = v);
            Set(ServiceField.Refunds, row.Refunds, v => day.Refunds = v);
        });
    }

    private async Task<(int, int)> WriteRefundsAsync(IReadOnlyList<RefundRow> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.RefundId).ToList();
        var stored = new Dictionary<string, Refund>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var refund in await db.Set<Refund>().Where(r => r.StoreId == storeId && chunk.Contains(r.RefundId)).ToListAsync(ct))
            {
                stored[refund.RefundId] = refund;
            }
        }

        return Upsert(rows, stored, row => row.RefundId, row => new Refund { StoreId = storeId, RefundId = row.RefundId }, (row, refund) =>
        {
            refund.RefundAmountMinor = row.RefundAmountMinor;
            Set(ServiceField.OrderId, row.OrderId, v => refund.OrderId = v);
            Set(ServiceField.PaidAt, row.PaidAt, v => refund.PaidAt = v);
            Set(ServiceField.SkuCode, row.SkuCode, v => refund.SkuCode = v);
            Set(ServiceField.Title, row.Title, v => refund.Title = v);
            Set(ServiceField.PaidAmount, row.PaidAmountMinor, v => refund.PaidAmountMinor = v);
            Set(ServiceField.AppliedAt, row.AppliedAt, v => refund.AppliedAt = v);
            Set(ServiceField.AppliedAt, row.AppliedOn, v => refund.AppliedOn = v);
            Set(ServiceField.CompletedAt, row.CompletedAt, v => refund.CompletedAt = v);
            Set(ServiceField.CompletedAt, row.CompletedOn, v => refund.CompletedOn = v);
            if (columns.Contains(ServiceField.Status))
            {
                refund.Status = row.Status;
                refund.Succeeded = row.Succeeded;
            }

            Set(ServiceField.Reason, row.Reason, v => refund.Reason = v);
            Set(ServiceField.ReturnRequired, row.ReturnRequired, v => refund.ReturnRequired = v);
            Set(ServiceField.GoodsStatus, row.GoodsStatus, v => refund.GoodsStatus = v);
        });
    }

    private async Task<(int, int)> WriteRivalsAsync(IReadOnlyList<RivalRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return (0, 0);
        }

        var (first, last) = (rows.Min(r => r.Date), rows.Max(r => r.Date));
        var stored = await db.Set<RivalDay>().Where(d => d.StoreId == storeId && d.Date >= first && d.Date <= last)
            .ToDictionaryAsync(d => (d.Date, d.Kind, d.Rival), ct);
        return Upsert(rows, stored, row => (row.Date, row.Kind, row.Rival), row => new RivalDay { StoreId = storeId, Date = row.Date, Kind = row.Kind, Rival = row.Rival }, (row, day) =>
        {
            day.IsSelf = row.IsSelf;
            Set(ServiceField.RivalId, row.RivalId, v => day.RivalId = v);
            Set(ServiceField.TradeIndex, row.TradeIndex, v => day.TradeIndex = v);
            Set(ServiceField.TrafficIndex, row.TrafficIndex, v => day.TrafficIndex = v);
            Set(ServiceField.SearchPopularity, row.SearchPopularity, v => day.SearchPopularity = v);
            Set(ServiceField.FavoritePopularity, row.FavoritePopularity, v => day.FavoritePopularity = v);
            Set(ServiceField.CartPopularity, row.CartPopularity, v => day.CartPopularity = v);
            Set(ServiceField.ConversionIndex, row.ConversionIndex, v => day.ConversionIndex = v);
            Set(ServiceField.CustomerIndex, row.CustomerIndex, v => day.CustomerIndex = v);
        });
    }

    private async Task<(int, int)> WriteLossesAsync(IReadOnlyList<LostCustomerRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return (0, 0);
        }

        var (first, last) = (rows.Min(r => r.Date), rows.Max(r => r.Date));
        var stored = await db.Set<LostCustomerDay>().Where(d => d.StoreId == storeId && d.Date >= first && d.Date <= last)
            .ToDictionaryAsync(d => (d.Date, d.Kind, d.Rival), ct);
        return Upsert(rows, stored, row => (row.Date, row.Kind, row.Rival), row => new LostCustomerDay { StoreId = storeId, Date = row.Date, Kind = row.Kind, Rival = row.Rival }, (row, day) =>
        {
            Set(ServiceField.RivalShop, row.RivalShop, v => day.RivalShop = v);
            Set(ServiceField.LossIndex, row.LossIndex, v => day.LossIndex = v);
            Set(ServiceField.LossPopularity, row.LossPopularity, v => day.LossPopularity = v);
        });
    }

    /// <summary>
    /// The one upsert shape of every kind: each row finds its stored entity by key (a key twice in a file finds the one
    /// added first) or adds a new one, then <paramref name="apply"/> sets the columns the file carries.
    /// </summary>
    private (int Inserted, int Updated) Upsert<TRow, TEntity, TKey>(
        IReadOnlyList<TRow> rows, Dictionary<TKey, TEntity> stored, Func<TRow, TKey> key, Func<TRow, TEntity> create, Action<TRow, TEntity> apply)
        where TEntity : class
        where TKey : notnull
    {
        var (inserted, updated) = (0, 0);
        foreach (var row in rows)
        {
            var k = key(row);
            if (stored.TryGetValue(k, out var entity))
            {
                updated++;
            }
            else
            {
                entity = create(row);
                db.Add(entity);
                stored[k] = entity;
                inserted++;
            }

            apply(row, entity);
        }

        return (inserted, updated);
    }

    /// <summary>Sets a column only when the file carries it.</summary>
    private void Set<T>(ServiceField field, T value, Action<T> assign)
    {
        if (columns.Contains(field))
        {
            assign(value);
        }
    }
}
