using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Web.Components.Layout;
using Microsoft.AspNetCore.Components.Web;

namespace OpsDashboard.Web.Tests.Components.Controls;

/// <summary>The shell around every page: navigation that keeps the view, the theme, the outage banner.</summary>
public sealed class MainLayoutTests : ComponentTestContext
{
    [Fact]
    public void EveryNavigationLink_KeepsTheStoreRangeAndComparison()
    {
        Navigation.NavigateTo("/?store=s1&from=2026-11-01&to=2026-11-07&compare=yoy");
        var layout = RenderLayout();

        Assert.Equal("/?store=s1&from=2026-11-01&to=2026-11-07&compare=yoy", Href(layout, "morning-review"));
        Assert.Equal("/page-health?store=s1&from=2026-11-01&to=2026-11-07&compare=yoy", Href(layout, "page-health"));
        Assert.Equal("/meeting?store=s1&from=2026-11-01&to=2026-11-07&compare=yoy", Href(layout, "meeting"));
        Assert.Equal("/import?store=s1&from=2026-11-01&to=2026-11-07&compare=yoy", Href(layout, "import"));
        Assert.Equal("page", layout.Find("[data-nav='morning-review']").GetAttribute("aria-current"));
    }

    [Fact]
    public async Task TheTheme_FollowsTheSavedChoice_AndTheToggleSavesTheNewOne()
    {
        JSInterop.Setup<string?>("opsDashboard.getTheme").SetResult("dark");
        var layout = RenderLayout();
        layout.WaitForAssertion(() => Assert.Equal("dark", layout.Find("[data-testid='theme-toggle']").GetAttribute("data-theme")));

        await layout.Find("[data-testid='theme-toggle']").ClickAsync(new MouseEventArgs());

        Assert.Equal("light", layout.Find("[data-testid='theme-toggle']").GetAttribute("data-theme"));
        Assert.Equal(["light"], JSInterop.VerifyInvoke("opsDashboard.setTheme").Arguments);
    }

    [Fact]
    public async Task WhileTheDatabaseIsDown_ABannerSaysSo_AndGoesWhenItIsBack()
    {
        var answers = false;
        var status = new Web.Model.DatabaseStatus(_ => Task.FromResult(answers), Clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<Web.Model.DatabaseStatus>.Instance);
        Services.AddSingleton(status);
        var layout = RenderLayout();
        Assert.Empty(layout.FindAll("[data-testid='database-down']"));

        await status.ReportFailureAsync(new TimeoutException());
        layout.WaitForElement("[data-testid='database-down']");

        answers = true;
        await status.CheckNowAsync();
        layout.WaitForAssertion(() => Assert.Empty(layout.FindAll("[data-testid='database-down']")));
    }

    private IRenderedComponent<MainLayout> RenderLayout() =>
        Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddMarkupContent(0, "<p>page</p>"))));

    private static string? Href(IRenderedComponent<MainLayout> layout, string nav) => layout.Find($"[data-nav='{nav}']").GetAttribute("href");
}
