using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsDashboard.Web.Components.Controls;
using Page = OpsDashboard.Web.Components.Pages.MorningReview.MorningReview;

namespace OpsDashboard.Web.Tests.Components.MorningReview;

/// <summary>
/// Issue 16: an open morning review keeps every component it rendered, with its render tree and state, for as long as
/// the tab is open. Its plain parts (text, papers, the attention list's chips and links) are MudBlazor's markup written
/// straight into the page (<see cref="TextMarkup"/>) rather than a MudBlazor component each: the same elements and
/// classes, fewer components.
/// </summary>
public sealed class CircuitWeightTests : ComponentTestContext
{
    private static readonly Color[] Colors = [Color.Inherit, Color.Default, Color.Primary, Color.Secondary, Color.Error, Color.Warning, Color.Success, Color.Info];

    [Fact]
    public async Task MorningReview_WritesItsTextPapersAndAttentionItems_AsMarkup_NotAsMudBlazorComponents()
    {
        await SampleStore.SeedAsync(this);
        var page = Open<Page>("/" + SampleStore.Query);
        page.WaitForElement("[data-kpi='visitors']", Patience);
        Assert.NotEmpty(page.FindAll(".attention-item"));

        Assert.Empty(page.FindComponents<MudText>());
        Assert.Empty(page.FindComponents<MudPaper>());
        Assert.Empty(page.FindComponents<MudSpacer>());
        var attention = page.FindComponent<AttentionList>();
        Assert.Empty(attention.FindComponents<MudChip<string>>());
        Assert.Empty(attention.FindComponents<MudButton>());

        // What the markup replaced is still there, with MudBlazor's classes.
        Assert.Equal(7, page.FindAll(".mud-paper.kpi-card").Count);
        Assert.Equal("h4", page.Find("#page-title").TagName.ToLowerInvariant());
        Assert.Contains("mud-typography-h4", page.Find("#page-title").ClassList);
        foreach (var item in page.FindAll(".attention-item"))
        {
            Assert.NotNull(item.QuerySelector(".mud-chip-container > .mud-chip.mud-chip-filled.mud-chip-size-small > .mud-chip-content"));
            var link = item.QuerySelector("a[data-testid='attention-link']")!;
            Assert.Contains("mud-button-root", link.ClassList);
            Assert.False(string.IsNullOrEmpty(link.GetAttribute("href")));
        }
    }

    [Fact]
    public void TextMarkup_IsTheElementAndClassesMudTextRenders()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        foreach (var typo in Enum.GetValues<Typo>())
        {
            foreach (var color in Colors)
            {
                foreach (var extra in new[] { null, "d-block kpi-note" })
                {
                    var text = Render<MudText>(p => p.Add(x => x.Typo, typo).Add(x => x.Color, color).Add(x => x.Class, extra)
                        .Add(x => x.ChildContent, (RenderFragment)(b => b.AddContent(0, "x"))));
                    var element = text.Find("*");
                    Assert.Equal(TextMarkup.Tag(typo), element.TagName.ToLowerInvariant());
                    Assert.Equal(element.GetAttribute("class"), TextMarkup.Class(typo, color, extra));
                }
            }
        }
    }

    [Fact]
    public void PaperChipButtonAndSpacerMarkup_AreTheClassesMudBlazorRenders()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        RenderFragment content = b => b.AddContent(0, "x");
        Assert.Equal("mud-paper mud-elevation-1 pa-4", Render<MudPaper>(p => p.Add(x => x.Class, "pa-4").Add(x => x.Elevation, 1).Add(x => x.ChildContent, content)).Find("div").GetAttribute("class"));
        Assert.Equal("mud-paper mud-paper-outlined pa-3", Render<MudPaper>(p => p.Add(x => x.Class, "pa-3").Add(x => x.Elevation, 0).Add(x => x.Outlined, true).Add(x => x.ChildContent, content)).Find("div").GetAttribute("class"));
        Assert.Equal("flex-grow-1", Render<MudSpacer>().Find("div").GetAttribute("class"));
        foreach (var (color, name) in new[] { (Color.Error, "error"), (Color.Warning, "warning"), (Color.Info, "info") })
        {
            var chip = Render<MudChip<string>>(p => p.Add(x => x.Size, Size.Small).Add(x => x.Color, color).Add(x => x.ChildContent, content));
            Assert.Equal($"mud-chip mud-chip-filled mud-chip-size-small mud-chip-color-{name}", chip.Find(".mud-chip-container > div").GetAttribute("class"));
            Assert.NotNull(chip.Find(".mud-chip > span.mud-chip-content"));
        }

        var button = Render<MudButton>(p => p.Add(x => x.Href, "/x").Add(x => x.Size, Size.Small).Add(x => x.Variant, Variant.Text).Add(x => x.ChildContent, content));
        var a = button.Find("a");
        Assert.Equal("mud-button-root mud-button mud-button-text mud-button-text-default mud-button-text-size-small mud-ripple", a.GetAttribute("class"));
        Assert.Equal("button", a.GetAttribute("type"));
        Assert.NotNull(a.QuerySelector("span.mud-button-label"));
    }
}
