using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Entities;

namespace OpsDashboard.Data.Planning;

public sealed record AnnotationInfo(long Id, DateOnly Date, string Text)
{
    /// <summary>Last day of a campaign note (its days are left out of the attention baselines); null for a one-day note.</summary>
    public DateOnly? EndDate { get; init; }
}

/// <summary>Dated notes on a store, so a change in the numbers can be read against what the team did.</summary>
public sealed class AnnotationService(IDbContextFactory<OpsDbContext> contextFactory, TimeProvider clock)
{
    public const int MaxLength = 500;

    /// <summary>The longest campaign a note may span; 双11 with its pre-sale runs about four weeks.</summary>
    public const int MaxCampaignDays = 62;

    public async Task<IReadOnlyList<AnnotationInfo>> ListAsync(int storeId, DateRange range, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.Annotations.AsNoTracking()
            .Where(a => a.StoreId == storeId && a.Date >= range.From && a.Date <= range.To)
            .OrderBy(a => a.Date).ThenBy(a => a.Id)
            .Select(a => new AnnotationInfo(a.Id, a.Date, a.Text) { EndDate = a.EndDate })
            .ToListAsync(ct);
    }

    /// <summary>Every day of <paramref name="range"/> inside an annotated campaign (a note with an end date).</summary>
    public async Task<IReadOnlySet<DateOnly>> CampaignDaysAsync(int storeId, DateRange range, CancellationToken ct = default) =>
        (await CampaignDaysAsync([storeId], range, ct))[storeId];

    /// <summary>The campaign days within the range of several stores, in one query, by store (every store present).</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlySet<DateOnly>>> CampaignDaysAsync(IReadOnlyList<int> storeIds, DateRange range, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var campaigns = (await db.Annotations.AsNoTracking()
            .Where(a => storeIds.Contains(a.StoreId) && a.EndDate != null && a.Date <= range.To && a.EndDate >= range.From)
            .Select(a => new { a.StoreId, a.Date, End = a.EndDate!.Value })
            .ToListAsync(ct))
            .ToLookup(c => c.StoreId);
        return storeIds.Distinct().ToDictionary(
            id => id,
            id => (IReadOnlySet<DateOnly>)campaigns[id]
                .SelectMany(c => new DateRange(c.Date < range.From ? range.From : c.Date, c.End > range.To ? range.To : c.End).EachDay())
                .ToHashSet());
    }

    public async Task<AnnotationInfo> AddAsync(int storeId, DateOnly date, string text, CancellationToken ct = default) =>
        await AddAsync(storeId, date, text, endDate: null, ct);

    /// <param name="endDate">Last day of a campaign starting on <paramref name="date"/>; null for a one-day note.</param>
    public async Task<AnnotationInfo> AddAsync(int storeId, DateOnly date, string text, DateOnly? endDate, CancellationToken ct = default)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxLength)
        {
            throw new ArgumentException($"text must be 1–{MaxLength} characters.", nameof(text));
        }

        if (Import.TextHygiene.HasUnsafeCharacters(trimmed))
        {
            throw new ArgumentException("text contains control or text-direction characters (such as NUL, ESC or U+202E); remove them.", nameof(text));
        }

        if (CampaignProblem(date, endDate) is { } problem)
        {
            throw new ArgumentException(problem, nameof(endDate));
        }

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var row = new Annotation { StoreId = storeId, Date = date, EndDate = endDate == date ? null : endDate, Text = trimmed, CreatedAt = clock.GetUtcNow() };
        db.Annotations.Add(row);
        await db.SaveChangesAsync(ct);
        return new AnnotationInfo(row.Id, row.Date, row.Text) { EndDate = row.EndDate };
    }

    /// <summary>Why a campaign span is refused, in words for the user; null when it is fine.</summary>
    public static string? CampaignProblem(DateOnly date, DateOnly? endDate) => endDate switch
    {
        { } end when end < date => $"endDate {end:yyyy-MM-dd} is before date {date:yyyy-MM-dd}.",
        { } end when end.DayNumber - date.DayNumber + 1 > MaxCampaignDays => $"a campaign may span at most {MaxCampaignDays} days.",
        _ => null,
    };

    public async Task<bool> DeleteAsync(int storeId, long id, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        // Through the change tracker, so the deletion is audited (AuditInterceptor) with the note's text.
        if (await db.Annotations.FirstOrDefaultAsync(a => a.StoreId == storeId && a.Id == id, ct) is not { } note)
        {
            return false;
        }

        db.Annotations.Remove(note);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
