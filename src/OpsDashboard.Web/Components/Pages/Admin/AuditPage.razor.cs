using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using OpsDashboard.Data.Accounts;
using OpsDashboard.Data.Stores;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Components.Pages.Admin;

/// <summary>
/// The audit trail (owner: all; a manager: their stores' entries and their own): filtered by date (UTC), user, store
/// and action, newest first, <see cref="PageSize"/> a page, and the whole filtered list exported as CSV (up to
/// <see cref="ExportLimit"/> rows). Reads through <see cref="AuditLog.SearchAsync"/>, the API's own reader.
/// </summary>
public sealed partial class AuditPage
{
    public const int PageSize = 50;
    public const int ExportLimit = 50_000;

    private IReadOnlyList<StoreInfo> _stores = [];
    private IReadOnlyList<string> _actions = [];
    private AuditSearchResult _page = new([], 0);
    private AuditFilter? _filter;
    private int _pageIndex;
    private bool _loaded;
    private string? _from;
    private string? _to;
    private string? _actor;
    private string? _store;
    private string? _action;
    private string? _error;

    [Inject] public required AuditLog Audit { get; init; }
    [Inject] public required StoreCatalog Catalog { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }
    [Inject] public required IJSRuntime JS { get; init; }

    private int PageCount => Math.Max(1, (_page.Total + PageSize - 1) / PageSize);

    protected override async Task OnInitializedAsync()
    {
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        _from = today.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        _to = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        _stores = await Catalog.ListAllAsync();
        _actions = await Audit.ActionsAsync();
        await ApplyAsync();
    }

    /// <summary>The filter as typed; null (with a message) when a date is not one.</summary>
    private AuditFilter? ReadFilter()
    {
        if (!DateOnly.TryParseExact(_from?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            || !DateOnly.TryParseExact(_to?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
        {
            _error = L["DatesInvalid"];
            return null;
        }

        if (to < from)
        {
            _error = L["DatesReversed"];
            return null;
        }

        _error = null;
        return new AuditFilter(from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), to.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc))
        {
            Actor = _actor,
            StoreCode = _store,
            Action = _action,
        };
    }

    private async Task ApplyAsync()
    {
        if (ReadFilter() is not { } filter)
        {
            return;
        }

        _filter = filter;
        await GoToAsync(0);
    }

    private async Task GoToAsync(int page)
    {
        if (_filter is not { } filter)
        {
            return;
        }

        _page = await Audit.SearchAsync(filter, page, PageSize);
        _pageIndex = page;
        _loaded = true;
    }

    private async Task ExportAsync()
    {
        if (ReadFilter() is not { } filter)
        {
            return;
        }

        var all = await Audit.SearchAsync(filter, 0, ExportLimit);
        var table = new ExportTable(
            $"audit-{_from}-{_to}",
            [L["When"], L["User"], L["Action"], L["Store"], L["Detail"], L["ClientAddress"]],
            all.Rows.Select(r => (IReadOnlyList<object?>)[AdminText.When(r.At), r.Actor, r.Action, r.StoreCode, r.Detail, r.ClientAddress]).ToList());
        using var stream = new MemoryStream(TableExport.ToCsv(table));
        using var reference = new DotNetStreamReference(stream);
        await JS.InvokeVoidAsync("opsDashboard.downloadFile", table.FileName + ".csv", reference);
    }
}
