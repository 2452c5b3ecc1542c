using Microsoft.EntityFrameworkCore;
using OpsDashboard.Core.Attention;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Entities;
using OpsDashboard.Data.Reports.Promotion;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Data.Planning;

/// <summary>One scene's promotion budget for a month.</summary>
public sealed record SceneBudget(string Scene, decimal Amount);

/// <summary>A month's budgets was refused: the problems, each naming the scene (or line) it is about; nothing was saved.</summary>
public sealed class BudgetRejectedException(IReadOnlyList<string> problems) : Exception(string.Join(" ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>
/// Monthly promotion budgets per scene (issue 11), set in settings or from the monthly plan, and the
/// spend pacing against them. Saving a month replaces that month's budgets all at once (or not at all).
/// </summary>
public sealed class PromotionBudgetService(IDbContextFactory<OpsDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>The budgets of the month that holds <paramref name="month"/>, by scene name.</summary>
    public async Task<IReadOnlyList<SceneBudget>> ListAsync(int storeId, DateOnly month, CancellationToken ct = default)
    {
        var first = FirstOf(month);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var rows = await db.PromotionBudgets.AsNoTracking()
            .Where(b => b.StoreId == storeId && b.Month == first)
            .Select(b => new { b.Scene, b.AmountMinor })
            .ToListAsync(ct);
        return rows.Select(r => new SceneBudget(r.Scene, Money.FromMinorUnits(r.AmountMinor))).OrderBy(b => b.Scene, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Replaces the month's budgets with <paramref name="budgets"/> (a scene left out, or with 0, has none).
    /// A blank scene, a negative amount or a scene named twice refuses the whole list.
    /// </summary>
    public async Task SetAsync(int storeId, DateOnly month, IReadOnlyList<SceneBudget> budgets, CancellationToken ct = default)
    {
        var problems = Validate(budgets);
        if (problems.Count > 0)
        {
            throw new BudgetRejectedException(problems);
        }

        var first = FirstOf(month);
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        // The month's old rows go and the new ones come in one SaveChanges: one transaction, whatever the provider's retry strategy.
        db.PromotionBudgets.RemoveRange(await db.PromotionBudgets.Where(b => b.StoreId == storeId && b.Month == first).ToListAsync(ct));
        db.PromotionBudgets.AddRange(budgets
            .Where(b => b.Amount > 0m)
            .Select(b => new PromotionBudget { StoreId = storeId, Month = first, Scene = b.Scene.Trim(), AmountMinor = Money.ToMinorUnits(b.Amount), UpdatedAt = now }));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Every problem of a budget list, each naming its line and scene.</summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<SceneBudget> budgets)
    {
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < budgets.Count; i++)
        {
            var budget = budgets[i];
            var scene = budget.Scene?.Trim() ?? string.Empty;
            var line = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (scene.Length == 0)
            {
                problems.Add($"Budget {line}: the scene is empty.");
                continue;
            }

            if (scene.Length > 128)
            {
                problems.Add($"Budget {line} ({scene}): the scene name is longer than 128 characters.");
            }

            if (budget.Amount < 0m)
            {
                problems.Add($"Budget {line} ({scene}): the amount {budget.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)} is negative.");
            }

            if (!seen.Add(scene))
            {
                problems.Add($"Budget {line} ({scene}): the scene is named twice.");
            }
        }

        return problems;
    }

    /// <summary>The scenes a budget can be set for: those any ads report named, and those with a budget already.</summary>
    public async Task<IReadOnlyList<string>> ScenesAsync(int storeId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var reported = await db.AdDays.AsNoTracking().Where(d => d.StoreId == storeId && d.Scene != string.Empty).Select(d => d.Scene).Distinct().ToListAsync(ct);
        var budgeted = await db.PromotionBudgets.AsNoTracking().Where(b => b.StoreId == storeId).Select(b => b.Scene).Distinct().ToListAsync(ct);
        return reported.Union(budgeted, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The month's budgets with the spend of each scene from the 1st to the newest ads day of the month up to
    /// <paramref name="asOf"/> (see <see cref="PromotionFactsReader.PacingAsync"/>).
    /// </summary>
    public async Task<IReadOnlyList<ScenePacing>> PacingAsync(StoreInfo store, DateOnly asOf, CancellationToken ct = default) =>
        (await PromotionFactsReader.PacingAsync(contextFactory, [store.Id], asOf, ct)).GetValueOrDefault(store.Id, []);

    public static DateOnly FirstOf(DateOnly day) => new(day.Year, day.Month, 1);
}
