using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Data.Import;
using MeetingPage = OpsDashboard.Web.Components.Pages.Meeting.Meeting;

namespace OpsDashboard.Web.Tests.Components.Meeting;

/// <summary>
/// The meeting wall rotating across a ¥ and a $ store (DOMAIN §9): each store's money in its own currency,
/// and the rotation's total only per currency, or converted with an owner's dated rate that it names.
/// Today is 2026-11-18, so each store's yesterday is 11-17: alpha sold ¥12,000.00, beta $3,600.00.
/// </summary>
public sealed class MeetingCurrencyTests : ComponentTestContext
{
    private TimeSpan Rotate => TimeSpan.FromSeconds(MeetingOptions.RotateSeconds);

    [Fact]
    public async Task Rotating_across_currencies_shows_each_store_in_its_own_and_never_adds_yuan_to_dollars()
    {
        await SeedAsync();

        var page = OpenMeeting();

        Assert.Equal(("alpha", "¥12,000"), Shown(page));
        Assert.Equal([("CNY", 12000m), ("USD", 3600m)], Totals(page));
        Assert.Contains("USD → CNY", page.Find("[data-testid='no-cross-currency-total']").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid='converted-total']"));
        Assert.DoesNotContain("15,600", page.Markup, StringComparison.Ordinal);

        Clock.Advance(Rotate);
        page.WaitForAssertion(() => Assert.Equal(("beta", "$3,600"), Shown(page)), Patience);
        Assert.Equal([("CNY", 12000m), ("USD", 3600m)], Totals(page));
        Assert.DoesNotContain("15,600", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_owners_dated_rate_the_rotation_total_is_converted_and_names_the_rate()
    {
        await SeedAsync();
        // 11-18 is after yesterday (11-17): the 11-15 rate is the one used.
        await SetUsdToCnyRatesAsync();

        var page = OpenMeeting();

        // 12,000.00 + 3,600.00 × 7.1 = 37,560.00
        var converted = page.Find("[data-testid='converted-total']");
        Assert.Equal(("CNY", 37560m), (converted.GetAttribute("data-currency"), Value(converted)));
        Assert.Contains("¥37,560", converted.TextContent, StringComparison.Ordinal);
        var rate = Assert.Single(page.FindAll("[data-testid='rate-used']")).TextContent;
        Assert.Contains("1 USD = 7.1 CNY", rate, StringComparison.Ordinal);
        Assert.Contains("2026-11-15", rate, StringComparison.Ordinal);
        Assert.Equal(("alpha", "¥12,000"), Shown(page));
    }

    [Fact]
    public async Task One_store_on_the_wall_has_no_rotation_total()
    {
        await SeedAsync();

        var page = Open<MeetingPage>("/meeting?store=beta");
        page.WaitForElement("[data-panel='overall']", Patience);

        Assert.Empty(page.FindAll("[data-testid='rotation-totals']"));
        Assert.Equal(("beta", "$3,600"), Shown(page));
    }

    private async Task SeedAsync()
    {
        var alpha = await CreateStoreAsync("alpha");
        await ImportAsync(alpha, ImportKind.StoreDaily, "date,visitors,paying_buyers,payment_amount\n2026-11-16,1000,30,6000\n2026-11-17,2000,60,12000\n");
        var beta = await CreateStoreAsync("beta", "USD");
        await ImportAsync(beta, ImportKind.StoreDaily, "date,visitors,paying_buyers,payment_amount\n2026-11-17,1000,30,3600\n");
    }

    private IRenderedComponent<MeetingPage> OpenMeeting()
    {
        var page = Open<MeetingPage>("/meeting?stores=alpha,beta");
        page.WaitForElement("[data-testid='rotation-totals']", Patience);
        return page;
    }

    private static (string? Store, string Sales) Shown(IRenderedComponent<MeetingPage> page) =>
        (page.Find("[data-testid='meeting']").GetAttribute("data-store"),
         page.Find("[data-panel='overall'] [data-period='day'] [data-kpi='paymentAmount']").TextContent.Trim());

    private static List<(string?, decimal?)> Totals(IRenderedComponent<MeetingPage> page) =>
        page.FindAll("[data-testid='rotation-totals'] [data-testid='currency-total']").Select(e => (e.GetAttribute("data-currency"), Value(e))).ToList();
}
