using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpsDashboard.Core.Attention;
using OpsDashboard.Core.Currency;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Currency;
using OpsDashboard.Data.Planning;
using OpsDashboard.Data.Reports;
using OpsDashboard.Data.Stores;
using OpsDashboard.Web.Components.Pages.Meeting.Components;
using OpsDashboard.Web.Configuration;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Components.Pages.Meeting;

/// <summary>
/// The manager's meeting wall screen (DOMAIN §1): one panel per team for one store, re-read in place
/// every <see cref="MeetingOptions.RefreshSeconds"/> (no page reload: a timer re-queries and the
/// circuit re-renders) and rotating through <c>?stores=a,b,c</c> every <see cref="MeetingOptions.RotateSeconds"/>.
/// Timers come from the injected <see cref="TimeProvider"/>, so tests drive them with a fake clock.
/// </summary>
public partial class Meeting : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DashboardQuery _query = new(null, null, null, Comparison.Previous);
    private MeetingQuery _meetingQuery = new([], null, null);
    private List<StoreInfo> _rotation = [];

    /// <summary>A store code in the URL (?store= or ?stores=) that no store has: said out loud (<see cref="ScopeResolver"/>).</summary>
    private string? _unknownStore;
    private int _index;
    private bool _loaded;
    private MeetingReport? _report;
    private IReadOnlyList<AttentionItem> _attention = [];

    /// <summary>Yesterday's sales of every store of the rotation, per currency (null with one store).</summary>
    private CurrencyTotals? _rotationTotals;
    private DateTimeOffset? _refreshedAt;
    private DateTimeOffset? _failedAt;
    private ITimer? _refreshTimer;
    private ITimer? _rotateTimer;
    private bool _disposed;

    [Inject] public required StoreCatalog Stores { get; init; }
    [Inject] public required MeetingReports Reports { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }
    [Inject] public required IOptions<MeetingOptions> Options { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required IStringLocalizer<Resources.Meeting> L { get; init; }
    [Inject] public required ILogger<Meeting> Logger { get; init; }
    [Inject] public required KpiQueries Queries { get; init; }
    [Inject] public required ExchangeRateService ExchangeRates { get; init; }

    /// <summary>How often the figures are re-read: ?refresh= or Meeting:RefreshSeconds.</summary>
    public TimeSpan RefreshInterval => Seconds(_meetingQuery.RefreshSeconds ?? Options.Value.RefreshSeconds);

    /// <summary>How long each store stays up: ?rotate= or Meeting:RotateSeconds.</summary>
    public TimeSpan RotateInterval => Seconds(_meetingQuery.RotateSeconds ?? Options.Value.RotateSeconds);

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    protected override async Task OnInitializedAsync()
    {
        _query = DashboardQuery.FromUri(Navigation.Uri);
        _meetingQuery = MeetingQuery.FromUri(Navigation.Uri);
        HandPrerenderedToCircuit(() => (Navigation.Uri, _loaded && _failedAt is null
            ? new Prerendered(_rotation, _index, _unknownStore, _report, _attention, _rotationTotals, _refreshedAt)
            : null));
        if (TakePrerendered<Prerendered>(Navigation.Uri) is { } shown)
        {
            // The circuit shows what the prerender read (the wall already carries it); the refresh timer reads from here on.
            (_rotation, _index, _unknownStore, _report, _attention, _rotationTotals, _refreshedAt, _loaded) =
                (shown.Rotation, shown.Index, shown.UnknownStore, shown.Report, shown.Attention, shown.RotationTotals, shown.RefreshedAt, true);
            return;
        }

        await LoadAsync();
    }

    /// <summary>What a load read, as the prerender hands it to the circuit.</summary>
    private sealed record Prerendered(
        List<StoreInfo> Rotation,
        int Index,
        string? UnknownStore,
        MeetingReport? Report,
        IReadOnlyList<AttentionItem> Attention,
        CurrencyTotals? RotationTotals,
        DateTimeOffset? RefreshedAt);

    /// <summary>Timers start only once the screen is live in the browser, never while prerendering.</summary>
    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        _refreshTimer = Clock.CreateTimer(_ => _ = InvokeAsync(RefreshAsync), null, RefreshInterval, RefreshInterval);
        _rotateTimer = Clock.CreateTimer(_ => _ = InvokeAsync(RotateAsync), null, RotateInterval, RotateInterval);
    }

    private async Task RefreshAsync()
    {
        if (_disposed)
        {
            return;
        }

        await LoadAsync();
        StateHasChanged();
    }

    private async Task RotateAsync()
    {
        if (_disposed || _rotation.Count < 2)
        {
            return;
        }

        await LoadAsync(moveOn: true);
        StateHasChanged();
    }

    /// <summary>
    /// Re-reads the store list and the shown store's figures; <paramref name="moveOn"/> first moves to
    /// the next store. The move happens inside the gate, from the store shown when the gate opens, so
    /// a refresh that is still reading when the rotation falls due cannot put the old store back.
    /// </summary>
    private async Task LoadAsync(bool moveOn = false)
    {
        await _gate.WaitAsync();
        try
        {
            var current = _rotation.Count > 0 ? _rotation[_index % _rotation.Count].Code : null;
            _rotation = Rotation(await Stores.ListAsync());
            _index = current is null ? 0 : Math.Max(0, IndexOf(_rotation, current));
            if (_rotation.Count == 0)
            {
                _report = null;
                return;
            }

            if (moveOn)
            {
                _index = (_index + 1) % _rotation.Count;
            }

            var store = _rotation[_index];
            // One read of the store serves the panels and the day's attention items.
            var report = await Reports.LoadAsync(store, store.Today(Clock), _query.Compare);
            _attention = report.Attention;
            _report = report;
            _rotationTotals = _rotation.Count > 1 ? await RotationTotalsAsync(_rotation) : null;
            _refreshedAt = Clock.GetUtcNow();
            _failedAt = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Meeting screen failed to refresh");
            _failedAt = Clock.GetUtcNow();
            await ReportFailureAsync(ex);
        }
        finally
        {
            _loaded = true;
            _gate.Release();
        }
    }

    /// <summary>
    /// Each store's own yesterday, in its own currency: summed per currency, and across currencies only with
    /// the owner's dated rates (<see cref="CurrencyTotals"/>), never a partial or unconverted sum.
    /// </summary>
    private async Task<CurrencyTotals> RotationTotalsAsync(IReadOnlyList<StoreInfo> stores)
    {
        stores = stores.DistinctBy(s => s.Id).ToList(); // ?stores=a,a counts a once
        var yesterdayOf = stores.ToDictionary(s => s.Id, s => s.Yesterday(Clock));
        var totals = await Queries.StoreDayTotalsAsync(yesterdayOf);
        var amounts = stores.Select(s => new CurrencyAmount(s.Currency, totals[s.Id].PaymentAmount)).ToList();
        return CurrencyTotals.Of(amounts, CurrencyTotals.TargetFor(stores.Select(s => s.Currency)), await ExchangeRates.ListAsync(), yesterdayOf.Values.Max());
    }

    /// <summary>?stores= in its order (unknown codes skipped, the first of them said on screen), else ?store=, else the first store.</summary>
    private List<StoreInfo> Rotation(IReadOnlyList<StoreInfo> stores)
    {
        var asked = _meetingQuery.Stores.Count > 0 ? _meetingQuery.Stores.Cast<string?>() : [_query.Store];
        _unknownStore = ScopeResolver.Unknown(asked, stores);
        var listed = _meetingQuery.Stores.Select(code => stores.FirstOrDefault(s => s.Code == code)).OfType<StoreInfo>().ToList();
        if (listed.Count > 0)
        {
            return listed;
        }

        var single = ScopeResolver.Pick(_query.Store, stores, null);
        return single is null ? [] : [single];
    }

    private static int IndexOf(List<StoreInfo> stores, string code)
    {
        for (var i = 0; i < stores.Count; i++)
        {
            if (stores[i].Code == code)
            {
                return i;
            }
        }

        return -1;
    }

    private static TimeSpan Seconds(int seconds) => TimeSpan.FromSeconds(Math.Max(MeetingOptions.MinimumSeconds, seconds));

    private string Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, ShownZone).ToString("yyyy-MM-dd HH:mm", Culture);

    private string LocalTime(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, ShownZone).ToString("HH:mm:ss", Culture);

    /// <summary>Times on the wall are read on the shown store's clock (its time zone), not the server's.</summary>
    private TimeZoneInfo ShownZone => StoreClock.Resolve(_report?.Store.TimeZone);

    /// <summary>The wall does not wait for its next refresh once the database is back.</summary>
    protected override Task ReloadAfterOutageAsync() => RefreshAsync();

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        Dispose();
        if (_refreshTimer is not null)
        {
            await _refreshTimer.DisposeAsync();
        }

        if (_rotateTimer is not null)
        {
            await _rotateTimer.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
