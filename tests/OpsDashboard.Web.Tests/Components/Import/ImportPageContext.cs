using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;
using OpsDashboard.Data;
using OpsDashboard.Testing;
using OpsDashboard.Web.Components.Pages.Imports;
using OpsDashboard.Web.Configuration;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Tests.Components.Import;

/// <summary>
/// The import page rendered by bUnit over a real SQLite database, with uploads staged in a
/// temporary folder, in English with a pinned culture.
/// </summary>
public abstract class ImportPageContext : BunitContext, IAsyncLifetime
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly string _uploads = Path.Combine(Path.GetTempPath(), "opsdash-upload-tests", Guid.NewGuid().ToString("N"));

    protected ImportPageContext()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        Services.AddSingleton(new UploadStaging(_uploads, TimeProvider.System));
    }

    public TestDatabase Database { get; private set; } = null!;

    /// <summary>Import__MaxUploadMegabytes for this test (set before <see cref="Open"/>).</summary>
    public int MaxUploadMegabytes { get; set; } = 100;

    public string UploadsFolder => _uploads;

    async Task IAsyncLifetime.InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Services.AddSingleton(Database.Stores);
        Services.AddSingleton(Database.Imports);
        Services.AddSingleton<IOptions<ImportOptions>>(_ => Options.Create(new ImportOptions { MaxUploadMegabytes = MaxUploadMegabytes }));
    }

    /// <summary>Opens /import (with an optional query such as "?store=b") inside MudBlazor's providers.</summary>
    public IRenderedComponent<ImportPage> Open(string query = "")
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Services.GetRequiredService<NavigationManager>().NavigateTo("/import" + query);
        var host = Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<ImportPage>(1);
            builder.CloseComponent();
        });
        return host.FindComponent<ImportPage>();
    }

    /// <summary>Chooses a file in the active input (MudFileUpload adds a fresh input after each choice).</summary>
    public static void Upload(IRenderedComponent<ImportPage> page, InputFileContent file) =>
        page.FindComponents<InputFile>()[^1].UploadFiles(file);

    public static string Attribute(IRenderedComponent<ImportPage> page, string name) =>
        page.Find("[data-testid='import-page']").GetAttribute(name) ?? string.Empty;

    public static decimal Kpi(IRenderedComponent<ImportPage> page, string field) =>
        decimal.Parse(page.Find($"[data-kpi='{field}']").GetAttribute("data-value") ?? string.Empty, CultureInfo.InvariantCulture);

    /// <summary>Uploads, waits for the preview, clicks Import and waits for the outcome.</summary>
    public static void UploadAndImport(IRenderedComponent<ImportPage> page, InputFileContent file)
    {
        Upload(page, file);
        WaitForStage(page, "preview");
        page.Find("[data-testid='import-button']").Click();
        WaitForStage(page, "done");
    }

    public static string Stage(IRenderedComponent<ImportPage> page) => Attribute(page, "data-stage");

    public static void WaitForStage(IRenderedComponent<ImportPage> page, string stage) =>
        page.WaitForAssertion(() => Assert.Equal(stage, Stage(page)), Patience);

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Database.DisposeAsync();
        if (Directory.Exists(_uploads))
        {
            Directory.Delete(_uploads, recursive: true);
        }
    }
}
