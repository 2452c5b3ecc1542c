using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace OpsDashboard.E2E;

/// <summary>
/// Playwright's expectations wait 5 s by default; the suite runs beside the Data and Web test projects on
/// two cores, where a screen can take longer than that to re-render. The same 30 s as Playwright's actions:
/// a wait, never a measure (performance is the bench's job).
/// </summary>
internal static class ExpectTimeout
{
    [ModuleInitializer]
    internal static void Initialize() => Assertions.SetDefaultExpectTimeout(30_000);
}
