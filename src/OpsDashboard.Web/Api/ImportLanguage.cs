using System.Globalization;
using OpsDashboard.Data.Import;

namespace OpsDashboard.Web.Api;

/// <summary>
/// The language of an import call's errors and warnings: <c>?lang=zh-CN</c>, else the
/// Accept-Language header, else English. Deliberately not the request culture, whose default is
/// the UI's (Chinese): API clients that ask for nothing keep getting English.
/// </summary>
public static class ImportLanguage
{
    public static CultureInfo Of(HttpRequest request) =>
        request.Query["lang"].ToString() is { Length: > 0 } lang
            ? ImportCultures.FromLanguageTags(lang)
            : ImportCultures.FromLanguageTags(request.Headers.AcceptLanguage.ToString());
}
