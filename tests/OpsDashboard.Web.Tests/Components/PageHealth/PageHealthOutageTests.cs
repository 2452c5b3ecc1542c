using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OpsDashboard.Data.Import;
using OpsDashboard.Web.Model;
using PageHealthPage = OpsDashboard.Web.Components.Pages.PageHealth.PageHealth;

namespace OpsDashboard.Web.Tests.Components.PageHealth;

/// <summary>Page health read during an outage says so, reports to the banner, and loads by itself once the database is back.</summary>
public sealed class PageHealthOutageTests() : ComponentTestContext(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero))
{
    [Fact]
    public async Task AnOutageWhileLoading_IsReported_AndThePageLoadsItselfWhenTheDatabaseAnswers()
    {
        var answers = false;
        var status = new DatabaseStatus(_ => Task.FromResult(answers), Clock, NullLogger<DatabaseStatus>.Instance);
        Services.AddSingleton(status);
        var store = await CreateStoreAsync("shop");
        await ImportAsync(store, ImportKind.StoreDaily,
            "date,visitors,page_views,bounced_visitors,paying_buyers,payment_amount\n2026-11-16,1000,3000,500,20,2000\n");

        ContextFactory.Failure = new TimeoutException("The database did not answer.");
        var page = Open<PageHealthPage>("/page-health?store=shop&from=2026-11-16&to=2026-11-22");
        page.WaitForElement("[data-testid='error']", Patience);
        Assert.True(status.IsDown, "the failed load was reported to the database status (the banner)");

        ContextFactory.Failure = null;
        answers = true;
        await status.CheckNowAsync();

        page.WaitForElement("[data-testid='check-bounceRate']", Patience);
        Assert.Empty(page.FindAll("[data-testid='error']"));
    }
}
