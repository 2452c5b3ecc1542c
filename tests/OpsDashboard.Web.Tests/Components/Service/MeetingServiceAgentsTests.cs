using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Service;
using OpsDashboard.Testing;
using MeetingPage = OpsDashboard.Web.Components.Pages.Meeting.Meeting;

namespace OpsDashboard.Web.Tests.Components.Service;

/// <summary>The meeting's customer-service panel names the agents below the line and the leader once a 客服绩效 file is imported.</summary>
public sealed class MeetingServiceAgentsTests() : ComponentTestContext(new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero))
{
    [Fact]
    public async Task ServicePanel_WithAgents_NamesWhoIsBelowTheLineAndWhoLeads()
    {
        var store = await CreateStoreAsync("svc");
        await ImportAsync(store, ImportKind.StoreDaily, "date,visitors,paying_buyers,payment_amount,inquirers,inquiry_paying_buyers\n2026-11-29,1000,20,4000,30,15\n");
        var result = await Services.GetRequiredService<ServiceImportService>().ImportFileAsync(
            store, ServiceImportKind.ServiceAgents, ServiceExportFiles.Write(ServiceExportFiles.ChituAgents, ExportFormat.CsvUtf8), new ImportFileContext());
        Assert.True(result.Succeeded);

        var page = Open<MeetingPage>("/meeting?store=svc");
        page.WaitForElement("[data-testid='service-agents']", Patience);

        Assert.Contains("店铺:阿杰", page.Find("[data-testid='agents-below']").TextContent, StringComparison.Ordinal);
        Assert.Equal("店铺:小美", page.Find("[data-testid='agent-leader']").GetAttribute("data-agent"));
    }

    [Fact]
    public async Task ServicePanel_WithoutAgentFiles_StaysAsItWas()
    {
        var store = await CreateStoreAsync("svc");
        await ImportAsync(store, ImportKind.StoreDaily, "date,visitors,paying_buyers,payment_amount,inquirers,inquiry_paying_buyers\n2026-11-29,1000,20,4000,30,15\n");

        var page = Open<MeetingPage>("/meeting?store=svc");
        page.WaitForElement("[data-panel='service']", Patience);

        Assert.Empty(page.FindAll("[data-testid='service-agents']"));
    }
}
