using System.Globalization;
using System.Text;
using OpsDashboard.Core.Attention;
using OpsDashboard.Data.Import;
using OpsDashboard.Testing;

namespace OpsDashboard.Data.Tests.Planning;

/// <summary>
/// A campaign too mild for the ≥3× promotion rule (source A at 900 instead of 500 visitors on
/// 11-05..11-09) still makes an ordinary 11-12 look like a 40% drop — unless the team annotated
/// the campaign: its days then leave the baseline, as promotion days do.
/// </summary>
public sealed class CampaignNotesTests
{
    private static readonly DateOnly Day = new(2026, 11, 12);
    private static readonly DateOnly CampaignStart = new(2026, 11, 5);
    private static readonly DateOnly CampaignEnd = new(2026, 11, 9);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DaysInsideAnAnnotatedCampaign_LeaveTheSourceBaseline(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var storeId = await db.CreateStoreAsync();
        var storeDaily = new StringBuilder("date,visitors,paying_buyers,payment_amount\n");
        var sourceDaily = new StringBuilder("date,source,visitors,paying_buyers,payment_amount\n");
        for (var date = new DateOnly(2026, 10, 8); date <= Day; date = date.AddDays(1))
        {
            var campaign = date >= CampaignStart && date <= CampaignEnd;
            storeDaily.Append(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd},{(campaign ? 1400 : 1000)},30,3000\n");
            sourceDaily.Append(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd},A,{(campaign ? 900 : 500)},15,1500\n");
        }

        Assert.True((await db.Imports.ImportAsync(storeId, ImportKind.StoreDaily, Encoding.UTF8.GetBytes(storeDaily.ToString()), null)).Succeeded);
        Assert.True((await db.Imports.ImportAsync(storeId, ImportKind.SourceDaily, Encoding.UTF8.GetBytes(sourceDaily.ToString()), null)).Succeeded);
        var store = (await db.Stores.ListAsync()).Single(s => s.Id == storeId);

        // Without the note: 11-05..11-11 average (5 × 900 + 2 × 500) ÷ 7 = 785.71, so 500 reads as −36%.
        var before = await db.Attention.FactsAsync(store, Day);
        Assert.Contains(AttentionEngine.Evaluate(before), i => i.Rule == AttentionRules.SourceDrop);

        var note = await db.Annotations.AddAsync(storeId, CampaignStart, "店铺周年庆", CampaignEnd);
        Assert.Equal(CampaignEnd, note.EndDate);
        Assert.Equal(5, (await db.Annotations.CampaignDaysAsync(storeId, new(new DateOnly(2026, 11, 1), Day))).Count);

        var after = await db.Attention.FactsAsync(store, Day);
        Assert.Equal(500m, after.Sources.Single().PreviousSevenDayAverageVisitors); // 11-10 and 11-11 only
        Assert.DoesNotContain(AttentionEngine.Evaluate(after), i => i.Rule == AttentionRules.SourceDrop);
    }

    [Fact]
    public void ACampaignEndingBeforeItStarts_OrLongerThanTwoMonths_IsRefusedInWords()
    {
        Assert.Contains("before", OpsDashboard.Data.Planning.AnnotationService.CampaignProblem(CampaignEnd, CampaignStart), StringComparison.Ordinal);
        Assert.Contains("at most", OpsDashboard.Data.Planning.AnnotationService.CampaignProblem(CampaignStart, CampaignStart.AddDays(70)), StringComparison.Ordinal);
        Assert.Null(OpsDashboard.Data.Planning.AnnotationService.CampaignProblem(CampaignStart, CampaignEnd));
        Assert.Null(OpsDashboard.Data.Planning.AnnotationService.CampaignProblem(CampaignStart, null));
    }
}
