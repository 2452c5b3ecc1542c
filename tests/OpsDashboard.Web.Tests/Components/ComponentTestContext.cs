using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;
using MudBlazor.Services;
using OpsDashboard.Testing;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Tests.Components;

/// <summary>
/// bUnit with the app's real services over a real SQLite <see cref="TestDatabase"/>, MudBlazor,
/// the resource files, a fixed clock and English pinned as the culture.
/// </summary>
public abstract class ComponentTestContext : BunitContext, IAsyncLifetime
{
    protected ComponentTestContext(FixedTimeProvider? time = null)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        Time = time ?? new FixedTimeProvider(new DateTimeOffset(2026, 11, 18, 9, 0, 0, TimeSpan.Zero));
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(DatabaseStatus);
        Services.AddSingleton<AttentionText>();
    }

    protected FixedTimeProvider Time { get; }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor's services are only asynchronously disposable.</summary>
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>A database that always answers, unless a test says otherwise through its probe.</summary>
    protected DatabaseStatus DatabaseStatus { get; } = new(_ => Task.FromResult(true), TimeProvider.System, NullLogger<DatabaseStatus>.Instance);

    protected void UseDatabase(TestDatabase database)
    {
        Services.AddSingleton(database.Stores);
        Services.AddSingleton(database.Queries);
        Services.AddSingleton(database.Reports);
        Services.AddSingleton(database.Targets);
        Services.AddSingleton(database.Annotations);
        Services.AddSingleton(database.Attention);
        Services.AddSingleton<OpsDashboard.Web.Components.Pages.MorningReview.MorningReviewReader>();
    }

    /// <summary>Renders a component under MudBlazor's popover provider (selects, tooltips and date pickers need it).</summary>
    protected IRenderedComponent<TComponent> RenderWithProviders<TComponent>(Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null)
        where TComponent : IComponent
    {
        Render<MudPopoverProvider>();
        return parameters is null ? Render<TComponent>() : Render(parameters);
    }

    protected static decimal? Value(AngleSharp.Dom.IElement element)
    {
        var raw = element.GetAttribute("data-value");
        return string.IsNullOrEmpty(raw) ? null : decimal.Parse(raw, CultureInfo.InvariantCulture);
    }
}

/// <summary>A clock that stands still, so "today" is known in tests.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
