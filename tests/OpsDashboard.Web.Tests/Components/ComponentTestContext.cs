using System.Globalization;
using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;
using OpsDashboard.Data;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Planning;
using OpsDashboard.Data.Reports;
using OpsDashboard.Data.Stores;
using OpsDashboard.Testing;
using OpsDashboard.Web.Configuration;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Tests.Components;

/// <summary>
/// The one bUnit context for the web project's component and page tests: the app's real services
/// (as registered in <c>Extensions.AddApplicationServices</c>) over a fresh real SQLite
/// <see cref="TestDatabase"/>, MudBlazor, the real resource files, an interactive Server renderer,
/// and a hand-driven <see cref="TestTimeProvider"/> that every service shares. English is pinned as
/// the culture; a test that needs another says so with <see cref="UseCultureAttribute"/>.
/// </summary>
/// <remarks>
/// xUnit creates one instance per test, so each test gets its own database and clock. Services are
/// registered before the first render; a test may still replace one (register it again) until then.
/// </remarks>
public abstract class ComponentTestContext : BunitContext, IAsyncLifetime
{
    /// <summary>Wednesday 2026-11-18, 09:00 UTC: "today" unless a test class starts its clock elsewhere.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 18, 9, 0, 0, TimeSpan.Zero);

    /// <summary>How long to wait for a page that loads asynchronously (never reached by a passing test).</summary>
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly string _uploads = Path.Combine(Path.GetTempPath(), "opsdash-upload-tests", Guid.NewGuid().ToString("N"));

    protected ComponentTestContext()
        : this(DefaultNow)
    {
    }

    protected ComponentTestContext(DateTimeOffset now)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        Clock = new TestTimeProvider(now);
        JSInterop.Mode = JSRuntimeMode.Loose;

        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton(Options.Create(MeetingOptions));
        Services.AddSingleton(Options.Create(ImportOptions));
        Services.AddSingleton(Options.Create(new OpsDashboard.Data.Import.ImportLimits()));
        Services.AddSingleton(new UploadStaging(_uploads, Clock));
    }

    /// <summary>The clock every service and page reads; <see cref="TestTimeProvider.Advance"/> fires their timers.</summary>
    public TestTimeProvider Clock { get; }

    /// <summary>A fresh, migrated SQLite database for this test.</summary>
    public TestDatabase Database { get; private set; } = null!;

    /// <summary>The context factory every service uses: <see cref="Database"/>'s, with a pause.</summary>
    public PausableContextFactory ContextFactory { get; private set; } = null!;

    // The app's services, resolved from the one registration (first use builds the container: register replacements before).
    public StoreCatalog Stores => Services.GetRequiredService<StoreCatalog>();
    public KpiQueries Queries => Services.GetRequiredService<KpiQueries>();
    public StoreReports Reports => Services.GetRequiredService<StoreReports>();
    public ImportService Imports => Services.GetRequiredService<ImportService>();
    public TargetService Targets => Services.GetRequiredService<TargetService>();

    public StoreScopeReader Scopes => Services.GetRequiredService<StoreScopeReader>();

    public AttentionService Attention => Services.GetRequiredService<AttentionService>();

    public OpsDashboard.Data.Reports.MorningReviewReports Reader => Services.GetRequiredService<OpsDashboard.Data.Reports.MorningReviewReports>();
    public AnnotationService Annotations => Services.GetRequiredService<AnnotationService>();
    public PortfolioService Portfolio => Services.GetRequiredService<PortfolioService>();

    /// <summary>Meeting__RefreshSeconds and Meeting__RotateSeconds for this test (change before rendering).</summary>
    public MeetingOptions MeetingOptions { get; } = new();

    /// <summary>Import__MaxUploadMegabytes for this test (change before rendering).</summary>
    public ImportOptions ImportOptions { get; } = new();

    /// <summary>Where uploads are staged: a temporary folder of this test's own, deleted afterwards.</summary>
    public string UploadsFolder => _uploads;

    public NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    async Task IAsyncLifetime.InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var factory = ContextFactory = new PausableContextFactory(Database.Factory);
        // The app's own service graph (Extensions.AddDashboardServices) over this test's database and clock.
        Services.AddOpsDashboardDatabase(factory, Database.Options);
        Services.AddDashboardServices();
    }

    /// <summary>Creates a store named "Test store {code}" and returns its id.</summary>
    public async Task<int> CreateStoreAsync(string code, string currency = "CNY") =>
        (await Stores.CreateAsync(new NewStore(code, "Test store " + code, "tmall", currency))).Id;

    /// <summary>Imports a CSV through the same <see cref="ImportService"/> as the import page and the API; it must succeed.</summary>
    public async Task ImportAsync(int storeId, ImportKind kind, string csv)
    {
        var result = await Imports.ImportAsync(storeId, kind, Encoding.UTF8.GetBytes(csv), kind + ".csv");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Row}/{e.Column}: {e.Message}")));
    }

    /// <summary>
    /// The owner's USD → CNY rates of the two-currency screens' tests (as the system caller): 7.1 from 2026-11-15 and
    /// 7.3 from 2026-11-18, so the figures of 11-17 (yesterday; the last day of the week) convert at 7.1.
    /// </summary>
    protected async Task SetUsdToCnyRatesAsync()
    {
        using var system = OpsDashboard.Web.Accounts.CallerContext.Use(OpsDashboard.Data.Accounts.Caller.System);
        var rates = Services.GetRequiredService<OpsDashboard.Data.Currency.ExchangeRateService>();
        await rates.SetAsync("USD", "CNY", 7.1m, new DateOnly(2026, 11, 15));
        await rates.SetAsync("USD", "CNY", 7.3m, new DateOnly(2026, 11, 18));
    }

    /// <summary>Opens a page at a URL (path and query), under MudBlazor's popover provider as its selects and pickers need.</summary>
    protected IRenderedComponent<TPage> Open<TPage>(string url)
        where TPage : IComponent
    {
        Navigation.NavigateTo(url);
        return RenderWithProviders<TPage>();
    }

    /// <summary>
    /// Renders a component as the app does (interactive Server rendering) under MudBlazor's popover
    /// provider, which selects, tooltips and date pickers need.
    /// </summary>
    protected IRenderedComponent<TComponent> RenderWithProviders<TComponent>(Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null)
        where TComponent : IComponent
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Render<MudPopoverProvider>();
        return parameters is null ? Render<TComponent>() : Render(parameters);
    }

    /// <summary>An element's data-value as a number; null when it is empty (no value).</summary>
    protected static decimal? Value(AngleSharp.Dom.IElement element)
    {
        var raw = element.GetAttribute("data-value");
        return string.IsNullOrEmpty(raw) ? null : decimal.Parse(raw, CultureInfo.InvariantCulture);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        // MudBlazor's services are only asynchronously disposable.
        await DisposeAsync();
        if (Database is not null)
        {
            await Database.DisposeAsync();
        }

        if (Directory.Exists(_uploads))
        {
            Directory.Delete(_uploads, recursive: true);
        }
    }
}
