using Bunit;
using OpsDashboard.Core.Attention;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Stores;
using OpsDashboard.Web.Components.Pages.Meeting.Components;

namespace OpsDashboard.Web.Tests.Components.Meeting;

/// <summary>The meeting screen's attention list: grouped by team, most urgent first, capped per team.</summary>
public sealed class ActionsPanelTests : ComponentTestContext
{
    private static readonly StoreInfo Store = new(1, "shop", "Shop", "tmall", "CNY", null, new StoreThresholds());

    private static AttentionItem Item(string rule, Severity severity, string team, params AttentionFigure[] figures) =>
        new(rule, severity, team, null, figures, DetailScreen.MorningReview);

    [Fact]
    public void Items_AreGroupedUnderTheirTeams_InRankOrder_WithAtMostTwoPerTeamAndACountOfTheRest()
    {
        var items = new[]
        {
            Item(AttentionRules.InquiryConversionLow, Severity.High, Teams.CustomerService, new AttentionFigure("inquiryConversion", 0.4m, FigureKind.Rate), new AttentionFigure("threshold", 0.5m, FigureKind.Rate)),
            Item(AttentionRules.SourceDrop, Severity.Medium, Teams.Promotion),
            Item(AttentionRules.PaidRoiLow, Severity.Medium, Teams.Promotion),
            Item(AttentionRules.SkuConversionRising, Severity.Low, Teams.Promotion),
        };

        var panel = Render<ActionsPanel>(p => p.Add(x => x.Store, Store).Add(x => x.Items, items));

        var teams = panel.FindAll("[data-team]");
        Assert.Equal(["customerService", "promotion"], teams.Select(t => t.GetAttribute("data-team")));
        Assert.Equal(["1", "3"], teams.Select(t => t.GetAttribute("data-count")));
        Assert.Equal(["sourceDrop", "paidRoiLow"], teams[1].QuerySelectorAll("[data-attention-rule]").Select(e => e.GetAttribute("data-attention-rule")));
        Assert.Contains("+1 more", teams[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("high", teams[0].QuerySelector("[data-attention-rule]")!.GetAttribute("data-severity"));
        Assert.Contains("Inquiry conversion 40.00% over the last 7 days is under 50.00%", teams[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void NoItems_SaysThereIsNothingToDo()
    {
        var panel = Render<ActionsPanel>(p => p.Add(x => x.Store, Store).Add(x => x.Items, Array.Empty<AttentionItem>()));

        Assert.Equal("0", panel.Find("[data-testid='attention-list']").GetAttribute("data-count"));
        Assert.Equal("Nothing needs attention today.", panel.Find("[data-testid='nothing-to-do']").TextContent.Trim());
    }
}
