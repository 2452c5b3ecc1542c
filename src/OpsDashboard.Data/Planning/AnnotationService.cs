using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.Planning;

public sealed record AnnotationInfo(long Id, DateOnly Date, string Text);

/// <summary>Dated notes on a store, so a change in the numbers can be read against what the team did.</summary>
public sealed class AnnotationService(IDbContextFactory<OpsDbContext> contextFactory, TimeProvider clock)
{
    public const int MaxLength = 500;

    public async Task<IReadOnlyList<AnnotationInfo>> ListAsync(int storeId, DateRange range, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.Annotations.AsNoTracking()
            .Where(a => a.StoreId == storeId && a.Date >= range.From && a.Date <= range.To)
            .OrderBy(a => a.Date).ThenBy(a => a.Id)
            .Select(a => new AnnotationInfo(a.Id, a.Date, a.Text))
            .ToListAsync(ct);
    }

    public async Task<AnnotationInfo> AddAsync(int storeId, DateOnly date, string text, CancellationToken ct = default)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxLength)
        {
            throw new ArgumentException($"text must be 1–{MaxLength} characters.", nameof(text));
        }

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var row = new Annotation { StoreId = storeId, Date = date, Text = trimmed, CreatedAt = clock.GetUtcNow() };
        db.Annotations.Add(row);
        await db.SaveChangesAsync(ct);
        return new AnnotationInfo(row.Id, row.Date, row.Text);
    }

    public async Task<bool> DeleteAsync(int storeId, long id, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.Annotations.Where(a => a.StoreId == storeId && a.Id == id).ExecuteDeleteAsync(ct) > 0;
    }
}
