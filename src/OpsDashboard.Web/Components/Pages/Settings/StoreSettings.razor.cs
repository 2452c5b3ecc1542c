using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Targets;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Planning;
using OpsDashboard.Data.Stores;
using OpsDashboard.Web.Model;
using OpsDashboard.Web.Resources;

namespace OpsDashboard.Web.Components.Pages.Settings;

/// <summary>Per-store thresholds (validated, resettable), sales targets and annotations.</summary>
public partial class StoreSettings
{
    private IReadOnlyList<StoreInfo> _stores = [];
    private StoreInfo? _store;

    /// <summary>A store code in the URL that no store has: said out loud (<see cref="ScopeResolver"/>).</summary>
    private string? _unknownStore;
    private StoreThresholds _draft = StoreThresholds.Defaults;
    private Dictionary<string, string> _problems = [];

    /// <summary>Fields whose last input was refused before reaching the draft (a fraction in a whole-number field).</summary>
    private readonly HashSet<string> _rejected = new(StringComparer.Ordinal);
    private string? _message;
    private IReadOnlyList<TargetPeriod> _targets = [];
    private TargetPeriodKind _targetKind = TargetPeriodKind.Month;
    private DateTime? _targetDay;
    private decimal _targetAmount;
    private TargetShape _targetShape = TargetShape.Even;
    private IReadOnlyList<AnnotationInfo> _notes = [];
    private DateTime? _noteDay;
    private string? _noteText;
    private DateTime? _noteEnd;
    private string? _noteEndError;
    private bool _noteError;

    [Inject] public required StoreCatalog Stores { get; init; }
    [Inject] public required ScopeResolver Scopes { get; init; }
    [Inject] public required TargetService Targets { get; init; }
    [Inject] public required AnnotationService Annotations { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }

    /// <summary>?store=: read through <see cref="ScopeResolver"/>; declared so a change of it sets the parameters again.</summary>
    [SupplyParameterFromQuery(Name = DashboardQuery.StoreKey)] public string? StoreCode { get; set; }

    private DateOnly Today => StoreClock.Today(Clock, _store?.TimeZone);

    protected override async Task OnParametersSetAsync()
    {
        var choice = await Scopes.StoreAsync(Navigation.Uri);
        (_stores, _store, _unknownStore) = (choice.Stores, choice.Store, choice.UnknownStore);
        _targetDay ??= Today.ToDateTime(TimeOnly.MinValue);
        _noteDay ??= Today.ToDateTime(TimeOnly.MinValue);
        if (_store is not null)
        {
            _draft = _store.Thresholds;
            _problems = [];
            _rejected.Clear();
            _message = null;
            await LoadPlanningAsync();
        }
    }

    private async Task LoadPlanningAsync()
    {
        _targets = await Targets.ListAsync(_store!.Id);
        _notes = await Annotations.ListAsync(_store.Id, new DateRange(Today.AddDays(-90), Today.AddDays(365)));
    }

    private void OnStoreChanged(string code) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(DashboardQuery.StoreKey, code));

    private void OnFieldChanged(ThresholdField field, decimal shown)
    {
        _message = null;
        if (!ThresholdFields.Accepts(field, shown))
        {
            _rejected.Add(field.Name);
            _problems = new Dictionary<string, string>(_problems, StringComparer.Ordinal) { [field.Name] = L["Invalid." + field.Name] };
            return;
        }

        _rejected.Remove(field.Name);

        // The field was corrected: it stops being marked until the next save checks it again.
        _draft = ThresholdFields.Apply(field, _draft, shown);
        _problems = _problems.Where(p => p.Key != field.Name).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    private async Task SaveAsync()
    {
        // Core's messages speak the API's units (0.70 for 70%) in English; the form speaks percent, in the reader's language.
        _problems = ThresholdValidation.Validate(_draft).Select(p => p.Field).Concat(_rejected).Distinct(StringComparer.Ordinal)
            .ToDictionary(field => field, field => (string)L["Invalid." + field], StringComparer.Ordinal);
        if (_problems.Count > 0)
        {
            _message = L["Invalid"];
            return;
        }

        await Stores.SaveThresholdsAsync(_store!.Code, _draft);
        _message = L["Saved"];
    }

    private async Task ResetAsync()
    {
        await Stores.SaveThresholdsAsync(_store!.Code, StoreThresholds.Defaults);
        _draft = StoreThresholds.Defaults;
        _problems = [];
        _rejected.Clear();
        _message = L["ResetDone"];
    }

    private async Task SetTargetAsync()
    {
        if (_targetDay is not { } day || _targetAmount < 0m)
        {
            return;
        }

        await Targets.SetAsync(_store!.Id, new TargetPeriod(_targetKind, TargetPeriod.StartOf(_targetKind, DateOnly.FromDateTime(day)), _targetAmount, _targetShape));
        await LoadPlanningAsync();
    }

    private async Task DeleteTargetAsync(TargetPeriod target)
    {
        await Targets.DeleteAsync(_store!.Id, target.Kind, target.Start);
        await LoadPlanningAsync();
    }

    private async Task AddNoteAsync()
    {
        _noteError = string.IsNullOrWhiteSpace(_noteText) || _noteText.Trim().Length > AnnotationService.MaxLength;
        if (_noteError || _noteDay is not { } day)
        {
            return;
        }

        var start = DateOnly.FromDateTime(day);
        DateOnly? end = _noteEnd is { } e ? DateOnly.FromDateTime(e) : null;
        _noteEndError = AnnotationService.CampaignProblem(start, end) is null
            ? null
            : string.Format(CultureInfo.CurrentCulture, L["CampaignEndInvalid"], AnnotationService.MaxCampaignDays);
        if (_noteEndError is not null)
        {
            return;
        }

        await Annotations.AddAsync(_store!.Id, start, _noteText!, end);
        _noteText = null;
        _noteEnd = null;
        await LoadPlanningAsync();
    }

    /// <summary>"2026-11-01" for a one-day note, "2026-11-01 – 2026-11-11" for a campaign.</summary>
    private static string NoteDays(AnnotationInfo note) => note.EndDate is { } end
        ? string.Create(CultureInfo.InvariantCulture, $"{note.Date:yyyy-MM-dd} – {end:yyyy-MM-dd}")
        : note.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task DeleteNoteAsync(long id)
    {
        await Annotations.DeleteAsync(_store!.Id, id);
        await LoadPlanningAsync();
    }

    private static string PeriodLabel(TargetPeriod target) => target.Kind switch
    {
        TargetPeriodKind.Year => target.Start.Year.ToString(CultureInfo.InvariantCulture),
        TargetPeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{target.Start.Year}-Q{((target.Start.Month - 1) / 3) + 1}"),
        _ => target.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
    };
}
