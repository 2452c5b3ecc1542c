using Microsoft.AspNetCore.WebUtilities;
using OpsDashboard.Core.Attention;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Routing;

/// <summary>
/// Every route of the web app in one place (in the manner of Aspire Dashboard's <c>DashboardUrls</c>):
/// the paths the pages and endpoints are mapped at, and the links between screens built from them.
/// Pages take their <c>@attribute [Route(...)]</c> from here; components link through the methods,
/// never through hand-written strings.
/// </summary>
public static class DashboardUrls
{
    public const string MorningReviewPath = "/";
    public const string PageHealthPath = "/page-health";
    public const string MeetingPath = "/meeting";
    public const string ImportPath = "/import";
    public const string PortfolioPath = "/portfolio";
    public const string SettingsPath = "/settings";
    public const string StoresPath = "/stores";
    public const string PromotionPath = "/promotion";
    public const string ServicePath = "/service";
    public const string CompetitorsPath = "/competitors";
    public const string PromotionReportPath = "/promotion/report";
    public const string PlanPath = "/plan";

    public const string HealthPath = "/healthz";
    public const string LivenessPath = "/healthz/live";
    public const string CulturePath = "/culture/{culture}";
    public const string ApiBasePath = "/api/v1";
    public const string OpenApiDocumentPath = "/openapi/v1.json";

    /// <summary>The route <see cref="OpenApiDocumentPath"/> is served by (one document, "v1").</summary>
    public const string OpenApiDocumentPattern = "/openapi/{documentName}.json";

    /// <summary>The morning review for a store, range and comparison (all optional).</summary>
    public static string MorningReview(DashboardQuery? query = null) => WithQuery(MorningReviewPath, query);

    /// <summary>The morning review of one store, with the page's defaults for the rest.</summary>
    public static string MorningReview(string storeCode) => WithStore(MorningReviewPath, storeCode);

    public static string PageHealth(DashboardQuery? query = null) => WithQuery(PageHealthPath, query);

    /// <summary>The promotion screen (ads drill-down and search keywords) for a store and range.</summary>
    public static string Promotion(DashboardQuery? query = null) => WithQuery(PromotionPath, query);
    public static string Service(DashboardQuery? query = null) => WithQuery(ServicePath, query);

    public static string Competitors(DashboardQuery? query = null) => WithQuery(CompetitorsPath, query);

    public static string Import(string? storeCode = null) => WithStore(ImportPath, storeCode);

    public static string Settings(string? storeCode = null) => WithStore(SettingsPath, storeCode);

    public static string Stores() => StoresPath;

    public static string Portfolio(DashboardQuery? query = null) => WithQuery(PortfolioPath, query);

    /// <summary>The meeting wall screen rotating through <paramref name="storeCodes"/> in that order.</summary>
    public static string Meeting(IEnumerable<string> storeCodes) =>
        MeetingPath + "?" + MeetingQuery.StoresKey + "=" + string.Join(',', storeCodes.Select(Uri.EscapeDataString));

    /// <summary>The culture switch that comes back to <paramref name="returnUrl"/>.</summary>
    public static string Culture(string culture, string returnUrl) =>
        $"/culture/{Uri.EscapeDataString(culture)}?returnUrl={Uri.EscapeDataString(returnUrl)}";

    /// <summary>The path of a screen that Core names by its identifier (an attention item's detail).</summary>
    public static string PathOf(DetailScreen screen) => screen switch
    {
        DetailScreen.MorningReview => MorningReviewPath,
        DetailScreen.PageHealth => PageHealthPath,
        DetailScreen.Service => ServicePath,
        DetailScreen.Competitors => CompetitorsPath,
        DetailScreen.Promotion => PromotionPath,
        _ => throw new ArgumentOutOfRangeException(nameof(screen), screen, "A detail screen without a route."),
    };

    /// <summary>A screen's link for a store (and, when given, a range and comparison).</summary>
    public static string Screen(DetailScreen screen, DashboardQuery query) => query.Link(PathOf(screen));

    private static string WithQuery(string path, DashboardQuery? query) => query is null ? path : query.Link(path);

    private static string WithStore(string path, string? storeCode) =>
        storeCode is null ? path : $"{path}?{DashboardQuery.StoreKey}={Uri.EscapeDataString(storeCode)}";
}
