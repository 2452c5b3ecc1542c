using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Stores;
using OpsDashboard.Web.Components.Controls;

namespace OpsDashboard.Web.Components.Pages.Stores;

/// <summary>
/// The stores screen (/stores): create a store (code, name, platform, currency, time zone), edit it,
/// archive or restore it, or delete it with all its data after the code is typed to confirm. Every
/// field is checked here first, with a message in the reader's language, before the catalog is asked.
/// </summary>
public sealed partial class StoresPage
{
    private IReadOnlyList<StoreInfo> _stores = [];
    private bool _loaded;
    private StoreForm _form = new();
    private string? _editing;
    private Dictionary<string, string> _errors = [];
    private string? _message;
    private bool _messageIsError;
    private string? _nextStore;
    private StoreInfo? _deleting;
    private string? _deleteTyped;

    [Inject] public required StoreCatalog Catalog { get; init; }
    [Inject] public required IJSRuntime JS { get; init; }

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    /// <summary>The platform list, plus the edited store's own code when an older client stored one outside it.</summary>
    private IEnumerable<string> PlatformChoices =>
        StorePlatforms.IsKnown(_form.Platform) ? StorePlatforms.All : StorePlatforms.All.Append(_form.Platform);

    private bool DeleteConfirmed => _deleting is { } store && string.Equals(_deleteTyped?.Trim(), store.Code, StringComparison.Ordinal);

    protected override async Task OnInitializedAsync() => await ReloadAsync();

    private async Task ReloadAsync()
    {
        _stores = await Catalog.ListAllAsync();
        _loaded = true;
    }

    private string PlatformName(string code) => StorePlatforms.IsKnown(code) ? L["Platform_" + code] : code;

    private void NewForm()
    {
        _form = new StoreForm();
        _editing = null;
        _errors = [];
    }

    private void Edit(StoreInfo store)
    {
        _form = new StoreForm { Code = store.Code, Name = store.Name, Platform = store.Platform, Currency = store.Currency, TimeZone = store.TimeZone };
        _editing = store.Code;
        _errors = [];
        _message = null;
        _nextStore = null;
    }

    private async Task SaveAsync()
    {
        _errors = Validate(_form, _editing is null);
        _nextStore = null;
        if (_errors.Count > 0)
        {
            Say(L["NotSaved"], error: true);
            return;
        }

        try
        {
            if (_editing is { } code)
            {
                await Catalog.UpdateAsync(code, new StoreChanges(_form.Name, _form.Platform, _form.Currency, null) { TimeZone = _form.TimeZone });
                Say(string.Format(Culture, L["Saved"], code), error: false);
            }
            else
            {
                var created = await Catalog.CreateAsync(new NewStore(_form.Code, _form.Name, _form.Platform, _form.Currency, _form.TimeZone));
                Say(string.Format(Culture, L["Created"], created.Code), error: false);
                _nextStore = created.Code;

                // The new store is the one the operator works on next: remember it like the filter bar does.
                await JS.InvokeVoidAsync("opsDashboard.setCookie", FilterBar.StoreCookie, created.Code);
            }

            NewForm();
        }
        catch (StoreConflictException)
        {
            _errors[nameof(StoreForm.Code)] = string.Format(Culture, L["ErrorCodeTaken"], _form.Code?.Trim());
            Say(L["NotSaved"], error: true);
        }
        catch (StoreValidationException ex)
        {
            Say(ex.Message, error: true);
        }

        await ReloadAsync();
    }

    private async Task SetArchivedAsync(StoreInfo store, bool archived)
    {
        await Catalog.UpdateAsync(store.Code, new StoreChanges(null, null, null, null) { Archived = archived });
        Say(string.Format(Culture, archived ? L["ArchivedMessage"] : L["RestoredMessage"], store.Code), error: false);
        _nextStore = null;
        await ReloadAsync();
    }

    private void AskDelete(StoreInfo store)
    {
        _deleting = store;
        _deleteTyped = null;
    }

    private void CancelDelete()
    {
        _deleting = null;
        _deleteTyped = null;
    }

    private async Task DeleteAsync()
    {
        if (!DeleteConfirmed || _deleting is not { } store)
        {
            return;
        }

        await Catalog.DeleteAsync(store.Code);
        if (_editing == store.Code)
        {
            NewForm();
        }

        CancelDelete();
        _nextStore = null;
        Say(string.Format(Culture, L["DeletedMessage"], store.Code), error: false);
        await ReloadAsync();
    }

    private void Say(string message, bool error)
    {
        _message = message;
        _messageIsError = error;
    }

    /// <summary>Field → message for every field that is wrong (empty when the form can be saved).</summary>
    private Dictionary<string, string> Validate(StoreForm form, bool creating)
    {
        var errors = new Dictionary<string, string>();
        if (creating && !CodePattern().IsMatch(form.Code?.Trim() ?? string.Empty))
        {
            errors[nameof(StoreForm.Code)] = L["ErrorCode"];
        }

        if (string.IsNullOrWhiteSpace(form.Name))
        {
            errors[nameof(StoreForm.Name)] = L["ErrorName"];
        }

        if (!CurrencyPattern().IsMatch(form.Currency?.Trim() ?? string.Empty))
        {
            errors[nameof(StoreForm.Currency)] = string.Format(Culture, L["ErrorCurrency"], form.Currency);
        }

        if (!StoreClock.IsKnown(form.TimeZone))
        {
            errors[nameof(StoreForm.TimeZone)] = string.Format(Culture, L["ErrorTimeZone"], form.TimeZone);
        }

        return errors;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[A-Za-z]{3}$")]
    private static partial Regex CurrencyPattern();

    /// <summary>What the form holds while it is edited.</summary>
    private sealed class StoreForm
    {
        public string? Code { get; set; }
        public string? Name { get; set; }
        public string Platform { get; set; } = "tmall";
        public string? Currency { get; set; } = "CNY";
        public string? TimeZone { get; set; } = StoreClock.DefaultTimeZone;
    }
}
