using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data.Queries;
using OpsDashboard.Data.Stores;
using OpsDashboard.Web.Api;
using OpsDashboard.Web.Model;
using OpsDashboard.Web.Resources;

namespace OpsDashboard.Web.Components.Pages.Overview;

/// <summary>The store's overview for a date range. Store and range live in the URL so a view can be shared.</summary>
public partial class Overview
{
    private bool _loading = true;
    private string? _error;
    private IReadOnlyList<StoreInfo> _stores = [];
    private StoreInfo? _store;
    private DateOnly _from;
    private DateOnly _to;
    private Data.Queries.Overview? _overview;

    [Inject] public required StoreCatalog Stores { get; init; }
    [Inject] public required StoreReports Reports { get; init; }
    [Inject] public required KpiQueries Queries { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required ILogger<Overview> Logger { get; init; }

    [SupplyParameterFromQuery(Name = "store")] public string? StoreCode { get; set; }
    [SupplyParameterFromQuery(Name = "from")] public string? FromText { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? ToText { get; set; }

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    protected override async Task OnParametersSetAsync()
    {
        _loading = true;
        try
        {
            _stores = await Stores.ListAsync();
            _store = _stores.FirstOrDefault(s => s.Code == StoreCode) ?? (_stores.Count > 0 ? _stores[0] : null);
            if (_store is null)
            {
                return;
            }

            var range = await ResolveRangeAsync(_store);
            (_from, _to) = (range.From, range.To);
            _overview = await Reports.OverviewAsync(_store.Id, range);
            _error = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Overview failed to load for store {StoreCode}", StoreCode);
            _error = L["DatabaseDown"];
        }
        finally
        {
            _loading = false;
        }
    }

    /// <summary>The range in the URL, else the last 7 days that have data, else the last 7 days to yesterday.</summary>
    private async Task<DateRange> ResolveRangeAsync(StoreInfo store)
    {
        if (RequestParsing.TryParseRange(FromText, ToText, out var fromUrl, out _))
        {
            return fromUrl;
        }

        var span = await Queries.StoreDataSpanAsync(store.Id);
        var last = span?.To ?? DateOnly.FromDateTime(DateTime.Now).AddDays(-1);
        return new DateRange(last.AddDays(-6), last);
    }

    private void OnStoreChanged(string code) => Go(code, _from, _to);

    private void OnDateChanged(DateTime? date, bool isFrom)
    {
        if (date is not { } d)
        {
            return;
        }

        var day = DateOnly.FromDateTime(d);
        var (from, to) = isFrom ? (day, day > _to ? day : _to) : (day < _from ? day : _from, day);
        Go(_store?.Code, from, to);
    }

    private void Go(string? store, DateOnly from, DateOnly to) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["store"] = store,
            ["from"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }));

    private static DateTime? ToDateTime(DateOnly day) => day == default ? null : day.ToDateTime(TimeOnly.MinValue);

    private sealed record Card(string Field, string Label, string Display, decimal? Value, string Tooltip, string Change);

    private IEnumerable<Card> Cards(Data.Queries.Overview o, string currency)
    {
        var c = o.Current;
        var p = o.Previous;
        yield return new("paymentAmount", L["Sales"], Formats.Money(c.PaymentAmount, currency, Culture), c.PaymentAmount, L["SalesTip"],
            Formats.RelativeChange(c.PaymentAmount, p.PaymentAmount, Culture));
        yield return new("visitors", L["Visitors"], Formats.Number(c.Visitors, Culture), c.Visitors, L["VisitorsTip"],
            Formats.RelativeChange(c.Visitors, p.Visitors, Culture));
        yield return new("conversionRate", L["Conversion"], Formats.Percent(c.ConversionRate, Culture), c.ConversionRate, L["ConversionTip"],
            Formats.PointChange(c.ConversionRate, p.ConversionRate, Culture));
        yield return new("averageOrderValue", L["Aov"], Formats.Money(c.AverageOrderValue, currency, Culture), c.AverageOrderValue, L["AovTip"],
            Formats.RelativeChange(c.AverageOrderValue ?? 0, p.AverageOrderValue ?? 0, Culture));
        yield return new("payingBuyers", L["PayingBuyers"], Formats.Number(c.PayingBuyers, Culture), c.PayingBuyers, L["PayingBuyersTip"],
            Formats.RelativeChange(c.PayingBuyers, p.PayingBuyers, Culture));
        yield return new("orderConversionRate", L["OrderConversion"], Formats.Percent(c.OrderConversionRate, Culture), c.OrderConversionRate,
            L["OrderConversionTip"], Formats.PointChange(c.OrderConversionRate, p.OrderConversionRate, Culture));
        yield return new("bounceRate", L["BounceRate"], Formats.Percent(c.BounceRate, Culture), c.BounceRate, L["BounceTip"],
            Formats.PointChange(c.BounceRate, p.BounceRate, Culture));
        yield return new("visitDepth", L["VisitDepth"], Formats.Fixed(c.VisitDepth, Culture), c.VisitDepth, L["DepthTip"],
            c.VisitDepth is { } cd && p.VisitDepth is { } pd ? Formats.RelativeChange(cd, pd, Culture) : Formats.NoValue);
    }

    private string WhatMoved(Data.Queries.Overview o) => o.ChangeVsPrevious is { } d
        ? string.Format(Culture, L["WhatMovedSentence"],
            Formats.SignedPercent(d.SalesChange, Culture),
            Formats.SignedPercent(d.TrafficChange, Culture),
            Formats.SignedPercent(d.ConversionChange, Culture),
            Formats.SignedPercent(d.AovChange, Culture))
        : L["NoComparison"];
}
