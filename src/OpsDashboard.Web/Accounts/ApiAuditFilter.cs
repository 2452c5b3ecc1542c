using OpsDashboard.Data.Accounts;

namespace OpsDashboard.Web.Accounts;

/// <summary>
/// Audits what the API does that EF's <see cref="AuditInterceptor"/> cannot see: target deletions made with bulk deletes,
/// and imports the API refused (the file name and why). Successful imports are audited with their batch; stores and notes
/// deleted are audited by the interceptor, whoever deleted them (API or page).
/// </summary>
public sealed class ApiAuditFilter(AuditLog audit) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var http = context.HttpContext;
        var status = (result as IStatusCodeHttpResult)?.StatusCode ?? http.Response.StatusCode;
        var pattern = ((http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? string.Empty).Trim('/');
        var code = http.Request.RouteValues[Api.RouteStore.RouteKey]?.ToString();
        var action = (http.Request.Method, pattern.Split('/').Skip(2).FirstOrDefault(), status is >= 200 and < 300) switch
        {
            ("DELETE", "stores", true) when pattern.EndsWith("targets", StringComparison.Ordinal) => "target-deleted",
            ("POST", "stores", false) when pattern.Contains("imports", StringComparison.Ordinal) && status >= 400 => "import-rejected",
            _ => null,
        };
        if (action is not null)
        {
            await audit.WriteAsync(action, code, $"{http.Request.Method} {http.Request.Path}{http.Request.QueryString} → {status}", ct: http.RequestAborted);
        }

        return result;
    }
}
