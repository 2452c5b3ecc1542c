using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Data.Import;
using OpsDashboard.Web.Components.Pages.Portfolio;

namespace OpsDashboard.Web.Tests.Components.Portfolio;

/// <summary>
/// A two-currency portfolio (DOMAIN §9): ¥ and $ are never added without an owner's dated rate;
/// each currency has its own total; with a rate the converted total names the rate. Today is
/// 2026-11-18, so the page shows 11–17 November: alpha sold ¥10,000.00, beta $3,600.00.
/// </summary>
public sealed class PortfolioCurrencyTests : ComponentTestContext
{
    private const string Alpha = "date,visitors,paying_buyers,payment_amount\n2026-11-16,1000,30,6000\n2026-11-17,1000,20,4000\n";
    private const string Beta = "date,visitors,paying_buyers,payment_amount\n2026-11-17,1000,30,3600\n";

    [Fact]
    public async Task Without_a_rate_each_currency_has_its_own_total_and_nothing_adds_yuan_to_dollars()
    {
        await SeedAsync();

        var page = OpenPortfolio();

        Assert.Equal([("CNY", 10000m), ("USD", 3600m)], Totals(page));
        Assert.Empty(page.FindAll("[data-testid='converted-total']"));
        var note = page.Find("[data-testid='no-cross-currency-total']").TextContent;
        Assert.Contains("USD → CNY", note, StringComparison.Ordinal);
        // No figure on the page is the meaningless 13,600.
        Assert.DoesNotContain("13,600", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_owners_dated_rate_the_converted_total_names_the_rate_it_used()
    {
        await SeedAsync();
        // The later rate is after the range's last day (11-17): the 11-15 rate is the one used.
        await SetUsdToCnyRatesAsync();

        var page = OpenPortfolio();

        // 10,000.00 + 3,600.00 × 7.1 = 35,560.00
        var converted = page.Find("[data-testid='converted-total']");
        Assert.Equal(("CNY", 35560m), (converted.GetAttribute("data-currency"), decimal.Parse(converted.GetAttribute("data-value")!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("¥35,560.00", converted.TextContent, StringComparison.Ordinal);
        var rate = Assert.Single(page.FindAll("[data-testid='rate-used']")).TextContent;
        Assert.Contains("1 USD = 7.1 CNY", rate, StringComparison.Ordinal);
        Assert.Contains("2026-11-15", rate, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid='no-cross-currency-total']"));
    }

    [Fact]
    public async Task A_single_currency_portfolio_shows_its_one_total_and_no_conversion()
    {
        await ImportAsync(await CreateStoreAsync("alpha"), ImportKind.StoreDaily, Alpha);

        var page = OpenPortfolio();

        Assert.Equal([("CNY", 10000m)], Totals(page));
        Assert.Empty(page.FindAll("[data-testid='no-cross-currency-total']"));
        Assert.Empty(page.FindAll("[data-testid='converted-total']"));
    }

    private async Task SeedAsync()
    {
        await ImportAsync(await CreateStoreAsync("alpha"), ImportKind.StoreDaily, Alpha);
        await ImportAsync(await CreateStoreAsync("beta", "USD"), ImportKind.StoreDaily, Beta);
    }

    private IRenderedComponent<AgencyPortfolio> OpenPortfolio()
    {
        var page = Open<AgencyPortfolio>("/portfolio");
        page.WaitForElement("[data-testid='portfolio-totals'] [data-testid='currency-total']", Patience);
        return page;
    }

    private static List<(string?, decimal)> Totals(IRenderedComponent<AgencyPortfolio> page) =>
        page.FindAll("[data-testid='currency-total']")
            .Select(e => (e.GetAttribute("data-currency"), decimal.Parse(e.GetAttribute("data-value")!, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
}
