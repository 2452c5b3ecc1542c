using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using OpsDashboard.Core.Promotion;
using OpsDashboard.Core.Targets;
using OpsDashboard.Data.Accounts;
using OpsDashboard.Data.Planning;
using OpsDashboard.Data.Stores;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Components.Pages.Plan;

/// <summary>
/// The monthly plan (月计划, seed 003 part 二; issue 11): the reviewed month's sales against its target and last year,
/// conversion against the peer tier, promotion spend and ROI per scene, and next month's proposed sales target and
/// budget per scene — editable, saved through <see cref="TargetService"/> and <see cref="PromotionBudgetService"/> by a
/// caller allowed to change settings (owner, manager). The URL holds it: <c>?store=&amp;month=yyyy-MM</c>; without a
/// month (or with one that has not ended), the last complete month on the store's clock.
/// </summary>
public sealed partial class MonthPlanPage
{
    public const string MonthKey = "month";

    private StoreChoice? _choice;
    private MonthReview? _review;
    private bool _canSave;

    /// <summary>What the URL asked for that could not be shown as asked (a malformed month, a month not over yet).</summary>
    private string? _monthNote;

    private decimal? _targetInput;
    private List<BudgetRow> _budgetRows = [];
    private string? _targetMessage;
    private bool _targetFailed;
    private string? _budgetMessage;
    private bool _budgetFailed;

    [Inject] public required ScopeResolver Scopes { get; init; }
    [Inject] public required MonthReviewService Reviews { get; init; }
    [Inject] public required TargetService Targets { get; init; }
    [Inject] public required PromotionBudgetService Budgets { get; init; }
    [Inject] public required StoreAccess Access { get; init; }
    [Inject] public required IStringLocalizer<Resources.MonthPlan> L { get; init; }
    [Inject] public required ILogger<MonthPlanPage> Logger { get; init; }

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    private StoreInfo? Store => _choice?.Store;

    private string Currency => Store?.Currency ?? "CNY";

    protected override string ScreenPath => Routing.DashboardUrls.PlanPath;

    protected override string FailureMessage => L["DatabaseDown"];

    protected override ILogger Log => Logger;

    /// <summary>One scene's line of next month's budgets: what it spent and made, the proposal, what is set now, the edited amount.</summary>
    private sealed class BudgetRow(string scene, SceneMonth? month, SceneBudgetProposal? proposal, decimal? current)
    {
        public string Scene { get; } = scene;
        public SceneMonth? Month { get; } = month;
        public SceneBudgetProposal? Proposal { get; } = proposal;
        public decimal? Current { get; } = current;
        public decimal? Amount { get; set; } = proposal?.Amount ?? current;
    }

    protected override async Task LoadFromAsync(string uri)
    {
        _choice = await Scopes.StoreAsync(uri);
        _monthNote = null;
        if (Store is not { } store)
        {
            _review = null;
            return;
        }

        var lastComplete = Reviews.LastCompleteMonth(store);
        var asked = QueryHelpers.ParseQuery(new Uri(uri).Query).TryGetValue(MonthKey, out var value) ? value.ToString() : null;
        var month = lastComplete;
        if (!string.IsNullOrEmpty(asked))
        {
            if (!DateOnly.TryParseExact(asked + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                _monthNote = string.Format(Culture, L["MonthInvalid"], asked, MonthText(lastComplete));
            }
            else if (parsed > lastComplete)
            {
                _monthNote = string.Format(Culture, L["MonthNotOver"], MonthText(parsed), MonthText(lastComplete));
            }
            else
            {
                month = parsed;
            }
        }

        _review = await Reviews.ReadAsync(store, month);
        _canSave = (await Access.CurrentAsync()).May(Permission.Settings);
        _targetInput = _review.TargetProposal.Amount ?? _review.NextMonthTarget;
        var months = _review.Scenes.ToDictionary(s => s.Scene, StringComparer.Ordinal);
        var proposals = (_review.BudgetProposal ?? []).ToDictionary(p => p.Scene, StringComparer.Ordinal);
        var current = _review.NextMonthBudgets.ToDictionary(b => b.Scene, b => b.Amount, StringComparer.Ordinal);
        _budgetRows = _review.Scenes.Select(s => s.Scene)
            .Concat(current.Keys.Where(k => !months.ContainsKey(k)).Order(StringComparer.Ordinal))
            .Select(scene => new BudgetRow(
                scene, months.GetValueOrDefault(scene), proposals.GetValueOrDefault(scene), current.TryGetValue(scene, out var amount) ? amount : null))
            .ToList();
    }

    protected override void OnLoadFailed() => _review = null;

    private static string MonthText(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string Link(DateOnly month) =>
        $"{Routing.DashboardUrls.PlanPath}?{DashboardQuery.StoreKey}={Uri.EscapeDataString(Store?.Code ?? string.Empty)}&{MonthKey}={MonthText(month)}";

    private void OnStoreChanged(string code) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(DashboardQuery.StoreKey, code));

    private string Money(decimal? amount) => Formats.Money(amount, Currency, Culture);

    /// <summary>Why no target is proposed, in the reader's words.</summary>
    private string TargetGapText(MonthReview review) => review.TargetProposal.Gap switch
    {
        TargetProposalGap.NoSameMonthLastYear => string.Format(
            Culture, L["GapNoSameMonthLastYear"], MonthText(review.TargetProposal.SameMonthLastYear.Month),
            review.TargetProposal.SameMonthLastYear.ReportedDays, review.TargetProposal.SameMonthLastYear.Days),
        TargetProposalGap.TooFewComparedDays => string.Format(Culture, L["GapTooFewComparedDays"], review.TargetProposal.Growth.ComparedDays, SalesGrowth.MinComparedDays),
        _ => L["GapNoSalesLastYearSoFar"],
    };

    private string BasisText(SceneBudgetProposal proposal) => proposal.Basis switch
    {
        SceneBudgetBasis.Kept => L["BasisKept"],
        SceneBudgetBasis.ScaledDown => string.Format(Culture, L["BasisScaledDown"], Formats.Fixed(proposal.Factor, Culture)),
        _ => L["BasisRoiUnknown"],
    };

    private async Task SaveTargetAsync()
    {
        _targetMessage = null;
        if (_review is not { } review || Store is not { } store)
        {
            return;
        }

        if (!(await Access.CurrentAsync()).May(Permission.Settings))
        {
            (_targetFailed, _targetMessage) = (true, L["NotAllowed"]);
            return;
        }

        if (_targetInput is not { } amount || amount < 0m)
        {
            (_targetFailed, _targetMessage) = (true, string.Format(Culture, L["TargetInvalid"], MonthText(review.NextMonth)));
            return;
        }

        // Shaped like the same month last year (the proposal is built from it) unless the month's target already has a shape.
        var shape = review.NextMonthTargetShape ?? TargetShape.LastYear;
        await Targets.SetAsync(store.Id, new TargetPeriod(TargetPeriodKind.Month, review.NextMonth, amount, shape));
        await LoadAsync();
        (_targetFailed, _targetMessage) = (false, string.Format(Culture, L["TargetSaved"], Money(amount), MonthText(review.NextMonth)));
    }

    private async Task SaveBudgetsAsync()
    {
        _budgetMessage = null;
        if (_review is not { } review || Store is not { } store)
        {
            return;
        }

        if (!(await Access.CurrentAsync()).May(Permission.Settings))
        {
            (_budgetFailed, _budgetMessage) = (true, L["NotAllowed"]);
            return;
        }

        try
        {
            // A scene left empty has no budget next month (the service replaces the month's budgets all at once).
            await Budgets.SetAsync(store.Id, review.NextMonth, _budgetRows.Where(r => r.Amount is not null).Select(r => new SceneBudget(r.Scene, r.Amount!.Value)).ToList());
            await LoadAsync();
            (_budgetFailed, _budgetMessage) = (false, string.Format(Culture, L["BudgetsSaved"], MonthText(review.NextMonth)));
        }
        catch (BudgetRejectedException ex)
        {
            (_budgetFailed, _budgetMessage) = (true, string.Join(" ", ex.Problems));
        }
    }
}
