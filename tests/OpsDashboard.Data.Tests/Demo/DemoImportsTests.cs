using OpsDashboard.Core.Metrics;
using OpsDashboard.Data.Demo;
using OpsDashboard.Data.Import;

namespace OpsDashboard.Data.Tests.Demo;

public sealed class DemoImportsTests(DemoDataFixture data) : IClassFixture<DemoDataFixture>
{
    [Fact]
    public void ByMonth_EighteenMonths_NineteenCalendarMonthsWithEveryRowOnce()
    {
        var months = DemoImports.ByMonth(DemoStores.TmallFlagship, data.Tmall).ToList();

        Assert.Equal(19, months.Count);
        Assert.Equal(new DateOnly(2025, 5, 1), months[0].Month);
        Assert.Equal(new DateOnly(2026, 11, 1), months[^1].Month);
        Assert.Equal(9, months[0].StoreDaily.Rows.Count);
        Assert.Equal(22, months[^1].StoreDaily.Rows.Count);
        Assert.Equal(549, months.Sum(m => m.StoreDaily.Rows.Count));
        Assert.Equal(data.Tmall.Sum(d => d.Skus.Count), months.Sum(m => m.SkuDaily.Rows.Count));
        Assert.Equal(data.Tmall.Count * 9, months.Sum(m => m.SourceDaily.Rows.Count));
        Assert.All(months, m => Assert.All(m.Imports.SelectMany(i => i.Rows), r => Assert.Equal((m.Month.Year, m.Month.Month), (r.Date.Year, r.Date.Month))));
    }

    [Fact]
    public void Imports_CarryEveryColumnOfTheirKind_TypedAsTheParserTypesThem()
    {
        var months = DemoImports.ByMonth(DemoStores.JdHome, data.Jd).ToList();

        Assert.All(months.SelectMany(m => m.Imports), import =>
        {
            var columns = FactColumns.For(import.Kind);
            Assert.Equal(columns.Select(c => c.Name), import.Columns);
            Assert.True(import.IsValid);
            Assert.Empty(import.Warnings);
            Assert.Equal(import.Rows.Count, import.RowsRead);
            Assert.Equal(Enumerable.Range(2, import.Rows.Count), import.Rows.Select(r => r.RowNumber));
            Assert.All(import.Rows, row =>
            {
                Assert.Equal(columns.Select(c => c.Name).Order(StringComparer.Ordinal), row.Values.Keys.Order(StringComparer.Ordinal));
                Assert.All(columns, c => Assert.IsType(ClrType(c.Type), row.Values[c.Name]));
            });
        });
        Assert.Equal(
            [ImportKind.StoreDaily, ImportKind.SkuDaily, ImportKind.SourceDaily],
            months[0].Imports.Select(i => i.Kind));
    }

    [Fact]
    public void StoreDaily_MoneyInMinorUnits_PeerRateInRateUnits()
    {
        var day = data.Tmall[100].Store;

        var row = DemoImports.StoreDaily([day]).Rows.Single();

        Assert.Equal(day.Date, row.Date);
        Assert.Equal(day.Visitors, row.Values["visitors"]);
        Assert.Equal((long)(day.PaymentAmount * 100), row.Values["payment_amount_minor"]);
        Assert.Equal(Money.ToMinorUnits(day.RefundAmount), row.Values["refund_amount_minor"]);
        Assert.Equal((long)(day.PeerConversionRate * 100_000_000), row.Values["peer_conversion_rate_units"]);
        Assert.Equal(day.DsrLogistics, row.Values["dsr_logistics"]);
        Assert.Equal((long)(day.AverageStaySeconds * 1000m), row.Values["average_stay_milliseconds"]);
        Assert.Equal(day.Units, row.Values["units"]);
        Assert.True(day.FavoriteBuyers > 0 && day.FavoriteBuyers < day.AddToCartBuyers);
    }

    [Fact]
    public void SkuDaily_RowsNameTheItemAndItsCategory_IdsStayText()
    {
        var month = DemoImports.ByMonth(DemoStores.TmallFlagship, data.Tmall).Last();

        Assert.All(month.SkuDaily.Rows, r =>
        {
            var sku = DemoStores.TmallFlagship.Skus.Single(s => s.Code == r.SkuCode);
            Assert.Equal((sku.Name, sku.Category), (r.SkuName, r.SkuCategory));
            Assert.Matches("^[0-9]{18}$", r.SkuCode);
        });
        Assert.Contains(month.SkuDaily.Rows, r => r.Values["presale"] is true);
    }

    [Fact]
    public void SourceDaily_OldKeywordAdsNameBeforeTheRename_CurrentNameAfter_KindStated()
    {
        var months = DemoImports.ByMonth(DemoStores.TmallFlagship, data.Tmall).ToDictionary(m => m.Month);

        var november = months[new DateOnly(2025, 11, 1)].SourceDaily.Rows.Select(r => r.SourceName).ToHashSet();
        var december = months[new DateOnly(2025, 12, 1)].SourceDaily.Rows.Select(r => r.SourceName).ToHashSet();

        Assert.Contains("直通车", november);
        Assert.DoesNotContain("关键词推广", november);
        Assert.Contains("关键词推广", december);
        Assert.DoesNotContain("直通车", december);
        Assert.All(months.Values.SelectMany(m => m.SourceDaily.Rows), r => Assert.True(SourceKinds.IsKnown(r.SourceKind!)));
    }

    [Theory]
    [InlineData("tmall-flagship", "云裳旗舰店 (Tmall demo)", "tmall", 18)]
    [InlineData("jd-home", "京选家居 (JD demo)", "jd", 14)]
    public void Profiles_ThirtyItemsWithLongTextIds_AboutEightSources(string code, string name, string platform, int idLength)
    {
        var profile = DemoDataFixture.Profile(code);

        Assert.Equal((name, platform, "CNY"), (profile.Name, profile.Platform, profile.Currency));
        Assert.Equal(30, profile.Skus.Count);
        Assert.Equal(30, profile.Skus.Select(s => s.Code).Distinct().Count());
        Assert.All(profile.Skus, s => Assert.Matches($"^[0-9]{{{idLength}}}$", s.Code));
        Assert.Single(profile.Skus, s => s.Presale != DemoPresale.None);
        Assert.Single(profile.Skus, s => s.RunsLowAtEnd);
        Assert.InRange(profile.Sources.Count, 8, 9);
        Assert.Equal(profile.Sources.Count, profile.Sources.Select(s => s.Name).Distinct().Count());
        Assert.All(profile.Sources, s => Assert.True(SourceKinds.IsKnown(s.Kind)));
        Assert.Contains(profile.Sources, s => s.IsPaid && s.TargetRoi < 2.2);
    }

    [Fact]
    public void TmallIds_LoseDigitsAsDoubles_WhichIsWhyTheyAreText()
    {
        Assert.Contains(DemoStores.TmallFlagship.Skus, s => (long)(double)long.Parse(s.Code, System.Globalization.CultureInfo.InvariantCulture) != long.Parse(s.Code, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Apportion_PartsAddUpExactly_InProportion()
    {
        var parts = DemoNoise.Apportion(10, [1.0, 1.0, 1.0]);

        Assert.Equal([4L, 3L, 3L], parts);
        Assert.Equal([0L, 7L], DemoNoise.Apportion(7, [0.0, 2.5]));
        Assert.Equal([0L, 0L], DemoNoise.Apportion(0, [1.0, 1.0]));
    }

    [Fact]
    public void Apportion_WithCaps_OverflowGoesToPartsWithRoom()
    {
        var parts = DemoNoise.Apportion(10, [8.0, 1.0, 1.0], [3L, 10L, 10L]);

        Assert.Equal(3, parts[0]);
        Assert.Equal(10, parts.Sum());
        Assert.Equal([3L, 4L, 3L], parts);
    }

    private static Type ClrType(FactValueType type) => type switch
    {
        FactValueType.Score => typeof(decimal),
        FactValueType.Flag => typeof(bool),
        _ => typeof(long),
    };
}
