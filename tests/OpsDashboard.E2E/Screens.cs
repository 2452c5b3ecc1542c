using System.Buffers.Binary;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpsDashboard.Data.Demo;

namespace OpsDashboard.E2E;

/// <summary>
/// What the browser tests share: opening a page in a language at a screen size, demo data, reading
/// data-value attributes, the API calls the tests seed with, and where screenshots go.
/// </summary>
public static class Screens
{
    /// <summary>The cultures every screen is tested in.</summary>
    public static readonly string[] Cultures = ["en", "zh-CN"];

    /// <summary>
    /// A fresh browser context in <paramref name="culture"/> at <paramref name="width"/>×<paramref name="height"/>, opened
    /// on <paramref name="path"/> through the culture switch (/culture/{c}?returnUrl=…), which sets the cookie and redirects.
    /// </summary>
    public static async Task<IPage> OpenAsync(IBrowser browser, RunningApp app, string culture, string path, int width = 1440, int height = 900)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = culture,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = ColorScheme.Light,
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        await SignIn.AsOwnerAsync(page, app, $"/culture/{culture}?returnUrl={Uri.EscapeDataString(path)}");
        return page;
    }

    /// <summary>
    /// Waits until the layout has rendered interactively (MainLayout's MudLayout and WallLayout carry
    /// data-interactive="true" from then on): clicks and timers work from here.
    /// </summary>
    public static Task WaitUntilInteractiveAsync(IPage page) =>
        Assertions.Expect(page.Locator("[data-interactive='true']").First).ToBeAttachedAsync();

    /// <summary>Yesterday by the app's own clock in the stores' default zone (Beijing): the day the meeting screen expects data for.</summary>
    /// <summary>
    /// Chooses a file in the import page's file input, once Blazor's InputFile has wired the input (its JS init, which
    /// runs after the first interactive render): a file set before that raises a change nobody listens to, and the page
    /// stays on "choose" — a person cannot pick a file that fast, a test can.
    /// </summary>
    public static async Task ChooseFileAsync(IPage page, FilePayload file)
    {
        const string input = "input[type='file']:not(.d-none)";
        await page.WaitForFunctionAsync($"() => document.querySelector(\"{input}\")?._blazorInputFileNextFileId !== undefined");
        await page.Locator(input).SetInputFilesAsync(file);
    }

    public static DateOnly Yesterday(RunningApp app) =>
        Core.Periods.StoreClock.Yesterday(app.Services.GetRequiredService<TimeProvider>(), Core.Periods.StoreClock.DefaultTimeZone);

    /// <summary>The demo stores (tmall-flagship, …) ending yesterday, as the app seeds them with Demo:Seed true.</summary>
    public static async Task SeedDemoAsync(RunningApp app)
    {
        // From DI as the app seeds it, so every importer (promotion, service) the seeder takes is there.
        var seeder = app.Database.Services.GetRequiredService<DemoDataSeeder>();
        await seeder.SeedIfEmptyAsync(Yesterday(app), CancellationToken.None);
    }

    public static async Task CreateStoreAsync(HttpClient api, string code, string name)
    {
        using var response = await api.PostAsJsonAsync("/api/v1/stores", new { code, name, platform = "tmall", currency = "CNY" });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>POST /api/v1/stores/{code}/imports/{kind} with the file as the raw body; fails the test on anything but 200.</summary>
    public static async Task<JsonElement> ImportAsync(HttpClient api, string store, string kind, string csv)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        using var response = await api.PostAsync($"/api/v1/stores/{store}/imports/{kind}", content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Import {kind} into {store} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<decimal> DecimalAsync(ILocator element) =>
        decimal.Parse(await element.GetAttributeAsync("data-value") ?? string.Empty, CultureInfo.InvariantCulture);

    public static async Task<decimal?> NullableDecimalAsync(ILocator element) =>
        await element.GetAttributeAsync("data-value") is { Length: > 0 } raw ? decimal.Parse(raw, CultureInfo.InvariantCulture) : null;

    public static decimal? NullableDecimal(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();

    /// <summary>
    /// A data-value equal to <paramref name="value"/> whatever its scale ("4321.5", "4321.50"), for the auto-waiting
    /// Expect(…).ToHaveAttributeAsync("data-value", …).
    /// </summary>
    public static Regex Value(decimal value)
    {
        var text = value.ToString("0.############################", CultureInfo.InvariantCulture);
        return new Regex(text.Contains('.', StringComparison.Ordinal) ? $"^{Regex.Escape(text)}0*$" : $"^{Regex.Escape(text)}(\\.0*)?$");
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// &lt;folder&gt;/&lt;page&gt;-&lt;culture&gt;-&lt;width&gt;x&lt;height&gt;.png. Tests pass a temporary folder: `dotnet test`
    /// never writes docs/screenshots (that is `dotnet run --project bench/OpsDashboard.Bench -- --screenshots`).
    /// </summary>
    public static string ScreenshotPath(string folder, string name, string culture, int width = 1440, int height = 900) =>
        Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{name}-{culture}-{width}x{height}.png"));

    /// <summary>Moves the mouse off the page (no hover tooltips) and saves the viewport in <paramref name="folder"/> as <see cref="ScreenshotPath"/>.</summary>
    public static async Task<string> SaveScreenshotAsync(IPage page, string folder, string name, string culture)
    {
        var viewport = page.ViewportSize ?? throw new InvalidOperationException("The page has no fixed viewport.");
        var path = ScreenshotPath(folder, name, culture, viewport.Width, viewport.Height);
        await page.Mouse.MoveAsync(0, 0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    /// <summary>Width and height of a PNG file, read from its IHDR chunk.</summary>
    public static (int Width, int Height) PngSize(string path)
    {
        Span<byte> header = stackalloc byte[24];
        using var file = File.OpenRead(path);
        file.ReadExactly(header);
        Assert.True(header[..8].SequenceEqual(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }), $"{path} is not a PNG.");
        return (BinaryPrimitives.ReadInt32BigEndian(header[16..20]), BinaryPrimitives.ReadInt32BigEndian(header[20..24]));
    }
}
