using OpsDashboard.Core.Metrics;
using OpsDashboard.Core.PageHealth;
using OpsDashboard.Core.Periods;
using OpsDashboard.Core.Thresholds;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Stores;

namespace OpsDashboard.Web.Api;

// The public v1 contract (DOMAIN §6). Fields are only ever added, never renamed or removed.

public sealed record StoreDto(string Code, string Name, string Platform, string Currency, string? FlagshipSku, string TimeZone, bool Archived, DateTimeOffset? ArchivedAt)
{
    public static StoreDto From(StoreInfo s) => new(s.Code, s.Name, s.Platform, s.Currency, s.FlagshipSku, s.TimeZone, s.ArchivedAt is not null, s.ArchivedAt);
}

public sealed record CreateStoreRequest(string? Code, string? Name, string? Platform, string? Currency, string? TimeZone = null);

public sealed record UpdateStoreRequest(string? Name, string? Platform, string? Currency, string? FlagshipSku, string? TimeZone = null, bool? Archived = null);

public record KpiSnapshotDto
{
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public long Visitors { get; init; }
    public long PageViews { get; init; }
    public long PayingBuyers { get; init; }
    public long OrderBuyers { get; init; }
    public decimal PaymentAmount { get; init; }
    public decimal? ConversionRate { get; init; }
    public decimal? OrderConversionRate { get; init; }
    public decimal? AverageOrderValue { get; init; }
    public decimal? BounceRate { get; init; }
    public decimal? VisitDepth { get; init; }

    // Extensions beyond the v1 minimum.
    public long BouncedVisitors { get; init; }
    public long ReturningVisitors { get; init; }
    public long? AddToCartBuyers { get; init; }
    public decimal? RefundAmount { get; init; }
    public long? Inquirers { get; init; }
    public long? InquiryPayingBuyers { get; init; }
    public long? FavoriteBuyers { get; init; }
    public long? Units { get; init; }
    public decimal? AddToCartRate { get; init; }
    public decimal? FavoriteRate { get; init; }
    public decimal? RefundRate { get; init; }
    public decimal? AverageStaySeconds { get; init; }
    public decimal? VisitorValue { get; init; }
    public decimal? InquiryConversion { get; init; }
    public decimal? ReturningShare { get; init; }
    public decimal? PeerConversionRate { get; init; }

    /// <summary>
    /// The figures above that are null because the store's platform never exports them (DOMAIN §9), each with the
    /// platform's code: {"bounceRate":"douyin","visitDepth":"douyin"}. Empty when every null has another reason.
    /// </summary>
    public IReadOnlyDictionary<string, string> NotGivenBy { get; init; } = new Dictionary<string, string>();

    public static T Fill<T>(T target, DateRange range, StoreTotals t, string? platform = null)
        where T : KpiSnapshotDto => WithNotGiven(Filled(target, range, t), platform);

    private static T WithNotGiven<T>(T filled, string? platform)
        where T : KpiSnapshotDto
    {
        var values = new Dictionary<string, decimal?>(StringComparer.Ordinal)
        {
            [Catalogue.BounceRate.Key] = filled.BounceRate,
            [Catalogue.VisitDepth.Key] = filled.VisitDepth,
        };
        var notGiven = PlatformFigures.Missing(platform)
            .Select(key => (Key: key, By: PlatformFigures.NotGivenBy(platform, key, values.GetValueOrDefault(key))))
            .Where(entry => entry.By is not null)
            .ToDictionary(entry => entry.Key, entry => entry.By!, StringComparer.Ordinal);
        return filled with { NotGivenBy = notGiven };
    }

    private static T Filled<T>(T target, DateRange range, StoreTotals t)
        where T : KpiSnapshotDto => target with
        {
            From = range.From,
            To = range.To,
            Visitors = t.Visitors,
            PageViews = t.PageViews,
            PayingBuyers = t.PayingBuyers,
            OrderBuyers = t.OrderBuyers,
            PaymentAmount = t.PaymentAmount,
            ConversionRate = Catalogue.ConversionRate.Of(t),
            OrderConversionRate = Catalogue.OrderConversionRate.Of(t),
            AverageOrderValue = Catalogue.AverageOrderValue.Of(t),
            BounceRate = Catalogue.BounceRate.Of(t),
            VisitDepth = Catalogue.VisitDepth.Of(t),
            BouncedVisitors = t.BouncedVisitors,
            ReturningVisitors = t.ReturningVisitors,
            AddToCartBuyers = t.AddToCartBuyers,
            RefundAmount = t.RefundAmount,
            Inquirers = t.Inquirers,
            InquiryPayingBuyers = t.InquiryPayingBuyers,
            FavoriteBuyers = t.FavoriteBuyers,
            Units = t.Units,
            AddToCartRate = Catalogue.AddToCartRate.Of(t),
            FavoriteRate = Catalogue.FavoriteRate.Of(t),
            RefundRate = Catalogue.RefundRate.Of(t),
            AverageStaySeconds = Catalogue.AverageStaySeconds.Of(t),
            VisitorValue = Catalogue.VisitorValue.Of(t),
            InquiryConversion = Catalogue.InquiryConversion.Of(t),
            ReturningShare = Catalogue.ReturningShare.Of(t),
            PeerConversionRate = Catalogue.PeerConversionRate.Of(t),
        };

    public static KpiSnapshotDto Of(DateRange range, StoreTotals t, string? platform = null) => Fill(new KpiSnapshotDto(), range, t, platform);
}

public sealed record GmvChangeDto(
    decimal SalesChange,
    decimal TrafficChange,
    decimal ConversionChange,
    decimal AovChange,
    decimal? TrafficEffect,
    decimal? ConversionEffect,
    decimal? AovEffect,
    string LargestDriver)
{
    public static GmvChangeDto? From(GmvDecomposition? d) => d is null ? null : new(
        d.SalesChange, d.TrafficChange, d.ConversionChange, d.AovChange, d.TrafficEffect, d.ConversionEffect, d.AovEffect,
        d.LargestDriver.ToApiName());
}

public sealed record OverviewDto : KpiSnapshotDto
{
    public required KpiSnapshotDto Previous { get; init; }
    public required KpiSnapshotDto YearAgo { get; init; }

    /// <summary>The sales change vs the previous period split into traffic, conversion and AOV.</summary>
    public required GmvChangeDto? ChangeVsPrevious { get; init; }
    public required GmvChangeDto? ChangeVsYearAgo { get; init; }
}

/// <param name="NotGivenBy">The platform's code when the value is null because that platform never exports the figure (status is then nodata); else null.</param>
public sealed record PageHealthCheckDto(string Metric, decimal? Value, string Status, decimal Threshold, decimal PassThreshold, string? NotGivenBy = null);

public sealed record PageHealthDto(
    DateOnly From,
    DateOnly To,
    decimal? StoreAov,
    string? FlagshipSku,
    bool FlagshipChosen,
    decimal? FlagshipAov,
    decimal? AovRatio,
    decimal? BounceRate,
    decimal? VisitDepth,
    decimal? ReturningShare,
    bool ReturningHeavy,
    bool FixPagesBeforePromotion,
    IReadOnlyList<PageHealthCheckDto> Checks)
{
    public static PageHealthDto Of(DateRange range, PageHealthReport r, string? platform = null) => new(
        range.From, range.To, r.StoreAov, r.FlagshipSku, r.FlagshipChosen, r.FlagshipAov, r.AovRatio, r.BounceRate, r.VisitDepth,
        r.ReturningShare, r.ReturningHeavy, r.FixPagesBeforePromotion,
        r.Checks.Select(c => new PageHealthCheckDto(
            c.Metric, c.Value, c.Status.ToApiName(), c.Threshold, c.PassThreshold, PlatformFigures.NotGivenBy(platform, c.Metric, c.Value))).ToList());
}

public sealed record SourceDto(
    string Source,
    string Kind,
    long Visitors,
    long PayingBuyers,
    decimal PaymentAmount,
    decimal? ConversionRate,
    decimal Cost,
    decimal? Roi,
    long OrderBuyers,
    long Impressions,
    long Clicks,
    decimal? ClickThroughRate,
    decimal? CostPerClick,
    string RoiStatus)
{
    public static SourceDto From(SourceTotals s, StoreThresholds thresholds) => new(
        s.Source, s.Kind, s.Visitors, s.PayingBuyers, s.PaymentAmount, Catalogue.SourceConversionRate.Of(s), s.Cost, Catalogue.ReturnOnInvestment.Of(s),
        s.OrderBuyers, s.Impressions, s.Clicks, Catalogue.ClickThroughRate.Of(s), Catalogue.CostPerClick.Of(s),
        SourceVerdicts.Roi(s, thresholds).ToApiName());
}

public sealed record SkuDto(
    string Sku,
    string? Name,
    long Visitors,
    long PayingBuyers,
    long OrderBuyers,
    decimal PaymentAmount,
    decimal? ConversionRate,
    decimal? OrderConversionRate,
    decimal? AverageOrderValue,
    decimal? BounceRate,
    decimal? VisitDepth,
    bool Presale,
    long PageViews,
    long Units,
    long? AddToCartBuyers,
    decimal? JudgedConversionRate,
    long? StockOnHand,
    long? NegativeReviews,
    long? FavoriteBuyers,
    decimal? RefundAmount,
    decimal? AddToCartRate,
    decimal? FavoriteRate,
    decimal? RefundRate,
    decimal? AverageStaySeconds)
{
    public static SkuDto From(SkuTotals s) => new(
        s.Sku, s.Name, s.Visitors, s.PayingBuyers, s.OrderBuyers, s.PaymentAmount, Catalogue.ConversionRate.Of(s), Catalogue.OrderConversionRate.Of(s),
        Catalogue.AverageOrderValue.Of(s), Catalogue.BounceRate.Of(s), Catalogue.VisitDepth.Of(s), s.Presale, s.PageViews, s.Units, s.AddToCartBuyers, Catalogue.JudgedConversionRate.Of(s),
        s.StockOnHand, s.NegativeReviews, s.FavoriteBuyers, s.RefundAmount, Catalogue.AddToCartRate.Of(s), Catalogue.FavoriteRate.Of(s), Catalogue.RefundRate.Of(s),
        Catalogue.AverageStaySeconds.Of(s));
}

public sealed record ImportIssueDto(int? Row, string? Column, string Message)
{
    public static ImportIssueDto From(ImportIssue i) => new(i.Row, i.Column, i.Message);
}

public sealed record ImportResultDto(int RowsRead, int RowsInserted, int RowsUpdated, IReadOnlyList<ImportIssueDto> Warnings)
{
    /// <summary>Every warning found; <see cref="Warnings"/> lists at most Import:Limits:MaxIssuesListed of them.</summary>
    public int WarningCount { get; init; }

    /// <summary>"…and N more" when not every warning is listed; null otherwise.</summary>
    public string? MoreWarnings { get; init; }
}
