using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OpsDashboard.Web.Components.Layout;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Tests.Components.Controls;

/// <summary>
/// A screen that throws — while loading or in a click handler — shows words instead of killing the
/// circuit, reports a database outage to the banner, and is built afresh once the database is back.
/// </summary>
public sealed class ScreenErrorBoundaryTests : ComponentTestContext
{
    [Fact]
    public async Task ALoadThatFailsOnAnOutage_SaysSo_AndTheScreenReloadsWhenTheDatabaseIsBack()
    {
        var answers = false;
        var status = new DatabaseStatus(_ => Task.FromResult(answers), Clock, NullLogger<DatabaseStatus>.Instance);
        Services.AddSingleton(status);
        FlakyScreen.FailLoads = 1;
        FlakyScreen.Loads = 0;

        var layout = RenderLayout();
        layout.WaitForElement("[data-testid='screen-error']", Patience);
        // The boundary asks the database status first, then says which failure it was.
        layout.WaitForAssertion(
            () => Assert.Contains("could not read the database", layout.Find("[data-testid='screen-error']").TextContent, StringComparison.Ordinal),
            Patience);
        layout.WaitForAssertion(() => Assert.NotEmpty(layout.FindAll("[data-testid='database-down']")), Patience);

        Assert.Equal(1, FlakyScreen.Loads); // the failed screen is not rebuilt while the database is down
        answers = true;
        await status.CheckNowAsync();

        layout.WaitForAssertion(() => Assert.Equal("loaded 2", layout.Find("[data-testid='flaky']").TextContent), Patience);
        Assert.Empty(layout.FindAll("[data-testid='screen-error']"));
        Assert.Empty(layout.FindAll("[data-testid='database-down']"));
    }

    [Fact]
    public void OnAnOutage_TheFirstWordsShownAreTheDatabases_NeverSomethingWentWrongFirst()
    {
        // The probe answers only when the test says so: the boundary is caught between the failure and the verdict.
        var verdict = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        Services.AddSingleton(new DatabaseStatus(_ => verdict.Task, Clock, NullLogger<DatabaseStatus>.Instance));
        FlakyScreen.FailLoads = 1;
        FlakyScreen.Loads = 0;

        var layout = RenderLayout();
        // The first render after the failure, whatever it shows, must not say "something went wrong".
        layout.WaitForAssertion(() => Assert.NotEmpty(layout.FindAll("[data-testid='screen-error'], [data-testid='screen-error-checking']")), Patience);
        Assert.DoesNotContain("Something went wrong", layout.Markup, StringComparison.Ordinal);
        Assert.Empty(layout.FindAll("[data-testid='screen-error']"));

        verdict.SetResult(false);
        layout.WaitForAssertion(
            () => Assert.Contains("could not read the database", layout.Find("[data-testid='screen-error']").TextContent, StringComparison.Ordinal),
            Patience);
        Assert.DoesNotContain("Something went wrong", layout.Markup, StringComparison.Ordinal);
        Assert.Empty(layout.FindAll("[data-testid='screen-error-checking']"));
    }

    [Fact]
    public void AHandlerThatThrows_WhileTheDatabaseAnswers_SaysSomethingWentWrong_AndTryAgainRebuildsTheScreen()
    {
        Services.AddSingleton(new DatabaseStatus(_ => Task.FromResult(true), Clock, NullLogger<DatabaseStatus>.Instance));
        FlakyScreen.FailLoads = 0;
        FlakyScreen.Loads = 0;

        var layout = RenderLayout();
        layout.WaitForAssertion(() => Assert.Equal("loaded 1", layout.Find("[data-testid='flaky']").TextContent), Patience);
        layout.Find("[data-testid='flaky-button']").Click();

        layout.WaitForElement("[data-testid='screen-error']", Patience);
        Assert.Contains("Something went wrong", layout.Find("[data-testid='screen-error']").TextContent, StringComparison.Ordinal);
        Assert.Empty(layout.FindAll("[data-testid='database-down']"));

        layout.Find("[data-testid='screen-retry']").Click();
        layout.WaitForAssertion(() => Assert.Equal("loaded 2", layout.Find("[data-testid='flaky']").TextContent), Patience);
    }

    private IRenderedComponent<MainLayout> RenderLayout()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b =>
        {
            b.OpenComponent<FlakyScreen>(0);
            b.CloseComponent();
        })));
    }

    /// <summary>A screen whose load fails the first <see cref="FailLoads"/> times and whose button always throws.</summary>
    private sealed class FlakyScreen : ComponentBase
    {
        public static int FailLoads;
        public static int Loads;

        protected override async Task OnInitializedAsync()
        {
            await Task.Yield();
            Loads++;
                        if (Loads <= FailLoads)
            {
                throw new TimeoutException("The database did not answer.");
            }
        }

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "p");
            builder.AddAttribute(1, "data-testid", "flaky");
            builder.AddContent(2, $"loaded {Loads}");
            builder.CloseElement();
            builder.OpenElement(3, "button");
            builder.AddAttribute(4, "data-testid", "flaky-button");
            builder.AddAttribute(5, "onclick", EventCallback.Factory.Create<MouseEventArgs>(this, () => throw new InvalidOperationException("A bug.")));
            builder.CloseElement();
        }
    }
}
