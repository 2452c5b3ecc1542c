using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using OpsDashboard.Data.Accounts;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Parsing;
using OpsDashboard.Data.Stores;
using OpsDashboard.Web.Configuration;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Components.Pages.Imports;

/// <summary>
/// Import in the browser: the file is streamed to disk (with a progress bar), its kind — any of the
/// registry's kinds (<see cref="ImportKindRegistry"/>) — told from the headers or chosen (?kind= in the
/// URL; a file whose headers are another kind's is said so), a preview shows how each column will be read
/// and every row problem, and the import goes through the API's own code path, all or nothing. The store
/// comes from the URL (?store=) like every other screen.
/// </summary>
public partial class ImportPage
{
    /// <summary>Rows shown in the preview.</summary>
    public const int PreviewRows = 10;

    /// <summary>The query parameter of the chosen kind (an API name, e.g. ?kind=refunds).</summary>
    public const string KindKey = "kind";

    private readonly CancellationTokenSource _circuit = new();
    private IReadOnlyList<StoreInfo>? _stores;
    private StoreInfo? _store;

    /// <summary>A store code in the URL that no store has: said out loud (<see cref="ScopeResolver"/>).</summary>
    private string? _unknownStore;
    private bool _loadFailed;
    private Stage _stage = Stage.Choose;
    private string _fileName = string.Empty;
    private long _fileSize;
    private long _uploaded;
    private StagedUpload? _staged;
    private ImportPreview? _preview;
    private int? _previewStoreId;
    private string? _kind;

    /// <summary>The kind the user chose (selector or ?kind=); null lets the headers tell.</summary>
    private string? _chosenKind;
    private ImportResult? _result;
    private StoreInfo? _resultStore;
    private string? _message;
    private bool _dragging;

    /// <summary>The running import's own cancel (linked to the circuit's), its latest progress and its estimate.</summary>
    private CancellationTokenSource? _importCancel;
    private ThrottledProgress? _progress;
    private ImportEstimate? _estimate;
    private bool _cancelling;

    /// <summary>The last import was cancelled: nothing was written, the file is still there to import again.</summary>
    private bool _cancelled;

    /// <summary>Where the page is in its one job; shown in data-stage for tests.</summary>
    private enum Stage
    {
        Choose,
        Uploading,
        Reading,
        Preview,
        Importing,
        Done,
    }

    [Inject] public required StoreCatalog Stores { get; init; }
    [Inject] public required ImportService Imports { get; init; }
    [Inject] public required ImportKindRegistry Kinds { get; init; }
    [Inject] public required AuditLog Audit { get; init; }
    [Inject] public required UploadStaging Staging { get; init; }
    [Inject] public required IOptions<ImportOptions> Options { get; init; }
    [Inject] public required IOptions<ImportLimits> Limits { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required IStringLocalizer<Resources.Import> L { get; init; }
    [Inject] public required IStringLocalizer<Resources.ImportRun> Run { get; init; }
    [Inject] public required ILogger<ImportPage> Logger { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    private bool Busy => _stage is Stage.Uploading or Stage.Reading or Stage.Importing;

    private double UploadPercent => _fileSize <= 0 ? 0 : Math.Min(100.0, 100.0 * _uploaded / _fileSize);

    private string DropZoneClass => "import-drop-zone d-flex flex-column align-center justify-center pa-6 gap-1"
        + (_dragging ? " dragging" : string.Empty) + (Busy ? " disabled" : string.Empty);

    /// <summary>
    /// A file whose rows have problems can still be sent: the import writes nothing and lists every
    /// problem in a sortable, downloadable table; the preview has already said how many rows are bad.
    /// </summary>
    private bool CanImport => _store is not null && _kind is not null && _preview is { Errors.Count: 0, HeaderRowNumber: not null } && !Busy;

    /// <summary>Row problems listed in the preview (the count covers all of them; the import lists every one).</summary>
    public const int PreviewRowErrors = 5;

    /// <summary>
    /// How the parser should read the staged file for this page: its upload name (a one-day export's
    /// date may be only there), messages in the page's language, and the chosen store's today.
    /// </summary>
    private ImportFileContext ContextFor(StagedUpload staged) => new()
    {
        FileName = staged.FileName,
        Culture = ImportCultures.For(CultureInfo.CurrentUICulture),
        Today = _store?.Today(Clock),
        Limits = Limits.Value,
        Platform = _store?.Platform,
    };

    protected override async Task OnParametersSetAsync()
    {
        if (_stores is null && !_loadFailed)
        {
            try
            {
                _stores = await Stores.ListAsync(_circuit.Token);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Logger.LogError(ex, "The import page could not list the stores");
                _loadFailed = true;
                await ReportFailureAsync(ex);
                return;
            }
        }

        var choice = ScopeResolver.Choose(Navigation.Uri, _stores ?? [], null);
        (_store, _unknownStore) = (choice.Store, choice.UnknownStore);
        if (!Busy && _staged is null && KindInUrl() is { } inUrl)
        {
            _chosenKind = _kind = inUrl.Name;
        }
    }

    private void OnDragEnter() => _dragging = !Busy;

    private void OnStoreChanged(string code)
    {
        _store = _stores?.FirstOrDefault(s => s.Code == code) ?? _store;
        _unknownStore = null;
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(DashboardQuery.StoreKey, code), replace: true);
    }

    private async Task OnFileChosenAsync(InputFileChangeEventArgs e)
    {
        if (Busy || e.FileCount == 0)
        {
            return;
        }

        var file = e.File;
        Reset();
        _fileName = file.Name;
        var limit = Options.Value.MaxUploadBytes;
        if (file.Size > limit)
        {
            _message = string.Format(Culture, L["TooLarge"], Megabytes(file.Size), Options.Value.MaxUploadMegabytes.ToString(Culture));
            return;
        }

        _stage = Stage.Uploading;
        _fileSize = file.Size;
        try
        {
            await using var stream = file.OpenReadStream(limit, _circuit.Token);
            var lastShown = -1;
            _staged = await Staging.SaveAsync(stream, file.Name, limit, uploaded =>
            {
                _uploaded = uploaded;
                var percent = (int)UploadPercent;
                if (percent == lastShown)
                {
                    return Task.CompletedTask;
                }

                lastShown = percent;
                StateHasChanged();
                return Task.Delay(0);
            }, _circuit.Token);
        }
        catch (UploadTooLargeException)
        {
            _stage = Stage.Choose;
            _message = string.Format(Culture, L["TooLarge"], Megabytes(Math.Max(file.Size, limit + 1)), Options.Value.MaxUploadMegabytes.ToString(Culture));
            return;
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or JSException)
        {
            Logger.LogWarning(ex, "Upload of {FileName} ({Size} bytes) did not finish", file.Name, file.Size);
            _stage = Stage.Choose;
            _message = string.Format(Culture, L["UploadFailed"], file.Name);
            return;
        }

        await PreviewAsync(_chosenKind);
    }

    /// <summary>The kind named by ?kind= when it is a registered one.</summary>
    private ImportKindEntry? KindInUrl()
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(Navigation.Uri).Query);
        return query.TryGetValue(KindKey, out var value) ? ImportKindRegistry.Find(value.ToString()) : null;
    }

    private async Task OnKindChangedAsync(string? kind)
    {
        if (ImportKindRegistry.Find(kind) is not { } entry || Busy)
        {
            return;
        }

        _chosenKind = entry.Name;
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(KindKey, entry.Name), replace: true);
        if (_staged is null)
        {
            _kind = entry.Name;
        }
        else if (entry.Name != _kind)
        {
            await PreviewAsync(entry.Name);
        }
    }

    /// <summary>Reads the staged file off the circuit's thread and shows how it will be read as <paramref name="kind"/> (null: as detected).</summary>
    private async Task PreviewAsync(string? kind)
    {
        if (_staged is not { } staged)
        {
            return;
        }

        _stage = Stage.Reading;
        _result = null;
        var token = _circuit.Token;
        var context = ContextFor(staged);
        try
        {
            var store = _store;
            _preview = await Task.Run(
                async () => store is null
                    ? ImportParser.Preview(null, await staged.ReadAllBytesAsync(token), PreviewRows, context)
                    : ImportKindRegistry.Preview(ImportKindRegistry.Find(kind), store, await staged.ReadAllBytesAsync(token), PreviewRows, context),
                token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Preview of {FileName} failed", staged.FileName);
            Reset();
            _message = L["LoadFailed"];
            return;
        }

        _previewStoreId = _store?.Id;
        _kind = _preview.KindName;
        _stage = Stage.Preview;
    }

    private async Task ImportAsync()
    {
        if (!CanImport || _staged is not { } staged || _store is not { } store || ImportKindRegistry.Find(_kind) is not { } kind)
        {
            return;
        }

        _stage = Stage.Importing;
        _cancelled = _cancelling = false;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(_circuit.Token);
        _importCancel = cancel;
        _progress = new ThrottledProgress(() => InvokeAsync(StateHasChanged), Clock, ThrottledProgress.DefaultInterval);
        _estimate = new ImportEstimate(Clock.GetUtcNow());
        var progress = _progress;
        var token = cancel.Token;
        try
        {
            // The preview parsed the whole file already, for this store and kind: write that parse
            // instead of decoding the file a second time. Another store (another today) reads it again.
            // Either way the import runs off the circuit's thread and reports through the throttled progress.
            var context = ContextFor(staged);
            var parsed = _preview?.Parsed is { } previewed && previewed.Kind.ToApiName() == kind.Name && _previewStoreId == store.Id ? previewed : null;
            var sha256 = await Task.Run(() => staged.Sha256Async(token), token);
            using var fileHash = ImportAudit.Use(sha256); // the audit row names the file's SHA-256
            _result = await Task.Run(
                async () =>
                {
                    if (parsed is not null)
                    {
                        return await Imports.ImportParsedAsync(store.Id, parsed, staged.FileName, progress, token);
                    }

                    var content = await staged.ReadAllBytesAsync(token);
                    return ImportKinds.TryParse(kind.Name, out var daily) && daily is ImportKind.StoreDaily or ImportKind.SkuDaily or ImportKind.SourceDaily
                        ? await Imports.ImportFileAsync(store.Id, daily, content, context, progress, token)
                        : await Kinds.ImportAsync(kind, store, content, context, token);
                },
                token);
            _resultStore = store;
            if (!_result.Succeeded)
            {
                await AuditRefusedAsync(store.Code, kind.Name, staged.FileName, sha256, _result);
            }

            _stage = Stage.Done;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested && !_circuit.IsCancellationRequested)
        {
            // Cancel was clicked: the import's transaction rolled back, nothing was written. The file stays to try again.
            Logger.LogInformation("Import of {FileName} into store {StoreCode} cancelled by the user; nothing was written", staged.FileName, store.Code);
            _cancelled = true;
            _stage = Stage.Preview;
            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Import of {FileName} into store {StoreCode} failed", staged.FileName, store.Code);
            _message = L["LoadFailed"];
            await ReportFailureAsync(ex);
            _stage = Stage.Preview;
            return;
        }

        finally
        {
            _importCancel = null;
            _cancelling = false;
        }

        UploadStaging.Delete(staged);
        _staged = null;
    }

    /// <summary>Stops the running import through its cancellation token; the page says so once it has stopped.</summary>
    private void CancelImport()
    {
        if (_importCancel is { } cancel && !_cancelling)
        {
            _cancelling = true;
            cancel.Cancel();
        }
    }

    /// <summary>The running step's time left from its rate so far, or null while it cannot be told.</summary>
    private TimeSpan? TimeLeft() => _progress?.Latest is { } latest && _estimate is { } estimate ? estimate.Observe(latest, Clock.GetUtcNow()) : null;

    /// <summary>A refused browser import is audited like a refused API import: the file, its SHA-256 and the first reasons.</summary>
    private Task AuditRefusedAsync(string storeCode, string kind, string? fileName, string sha256, ImportResult result) =>
        Audit.WriteAsync("import-refused", storeCode,
            $"{kind} '{fileName}', sha256 {sha256}: {string.Join("; ", result.Errors.Take(5).Select(e => $"row {e.Row} {e.Column}: {e.Message}"))}"
            + (result.Errors.Count > 5 ? $" (+{result.Errors.Count - 5} more)" : string.Empty));

    private void Reset()
    {
        UploadStaging.Delete(_staged);
        _staged = null;
        _preview = null;
        _previewStoreId = null;
        _kind = _chosenKind;
        _result = null;
        _resultStore = null;
        _message = null;
        _cancelled = false;
        _uploaded = 0;
        _fileSize = 0;
        _stage = Stage.Choose;
    }

    /// <summary>A kind's name in the page's language ("Refunds (refunds)"), from the registry's name; the name itself when untranslated.</summary>
    private string KindLabel(string? kind)
    {
        if (kind is null)
        {
            return string.Empty;
        }

        var label = L["KindName_" + kind];
        return label.ResourceNotFound ? kind : label.Value;
    }

    /// <summary>The headers are another kind's than the one the file is read as: say which, and offer to read it so.</summary>
    private string? KindMismatch => _preview is { DetectedKindName: { } detected, KindName: { } chosen } && detected != chosen
        ? string.Format(Culture, L["KindMismatch"], KindLabel(detected), KindLabel(chosen))
        : null;

    private Task ReadAsDetectedAsync() => OnKindChangedAsync(_preview?.DetectedKindName);

    /// <summary>Why the kind is what it is: the column it was told from, the user's choice, or a request to choose.</summary>
    private string? KindNote => _preview switch
    {
        null => null,
        { DetectedKindName: null } => L["KindUnknown"],
        { DetectedKindName: var detected } when detected != _kind => string.Format(Culture, L["KindOverridden"], KindLabel(detected)),
        { DetectedKindName: "store-daily" } => L["DetectedStore"],
        { DetectedKindName: var detected, Kind: null } => string.Format(Culture, L["DetectedHeaders"], KindLabel(detected)),
        { Columns: var columns } => columns.FirstOrDefault(c => c.Use == ColumnUse.Key && c.Field is "sku_code" or "source") is { } key
            ? string.Format(Culture, L["DetectedFrom"], key.Header)
            : null,
    };

    private string FileInfo(ImportPreview preview, StagedUpload staged) => string.Format(
        Culture,
        L["FileInfo"],
        staged.FileName,
        FileSize(staged.Length),
        preview.HeaderRowNumber?.ToString(Culture) ?? Formats.NoValue,
        Formats.Number(preview.DataRowCount, Culture));

    private static string IssueText(ImportIssue issue) => issue switch
    {
        { Row: { } row, Column: { } column } => $"{row.ToString(Culture)} · {column}: {issue.Message}",
        { Row: { } row } => $"{row.ToString(Culture)}: {issue.Message}",
        _ => issue.Message,
    };

    /// <summary>Rows to fix: distinct row numbers; a problem with the file as a whole counts as none.</summary>
    private static int RowsWithErrors(ImportResult result) =>
        Math.Max(result.ErrorRowCount, result.Errors.Where(e => e.Row is not null).Select(e => e.Row).Distinct().Count());

    /// <summary>"…and 9,999,800 more" under a list that shows only the first problems; null when all are shown.</summary>
    private static string? More(int total, int listed) => ImportResult.More(total, listed, ImportCultures.For(CultureInfo.CurrentUICulture));

    private string NothingImported(ImportResult result) => RowsWithErrors(result) switch
    {
        0 => L["NothingImportedFile"],
        1 => L["NothingImportedOne"],
        var rows => string.Format(Culture, L["NothingImported"], rows),
    };

    private static string Megabytes(long bytes) => (bytes / (1024m * 1024m)).ToString("#,##0.#", Culture);

    private static string FileSize(long bytes) => bytes < 1024 * 1024
        ? (bytes / 1024m).ToString("#,##0.#", Culture) + " KB"
        : Megabytes(bytes) + " MB";

    /// <summary>The store list failed on an outage: read it again now that the database answers.</summary>
    protected override Task ReloadAfterOutageAsync()
    {
        _loadFailed = false;
        return OnParametersSetAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Dispose();
        await _circuit.CancelAsync();
        _circuit.Dispose();
        UploadStaging.Delete(_staged);
        GC.SuppressFinalize(this);
    }
}
