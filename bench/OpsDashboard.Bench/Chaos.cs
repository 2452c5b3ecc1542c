using System.Globalization;
using System.Net;
using System.Text;
using OpsDashboard.Testing;
using OpsDashboard.Web.Tests.Api;
using OpsDashboard.Web.Tests.Operations;

namespace OpsDashboard.Bench;

/// <summary>
/// The long chaos run (--chaos): PostgreSQL stopped under the running app in the middle of a
/// 20,000-row import at many cut points, for short outages (the retry policy rides them out) and long
/// ones (the import gives up with a 503), the same scenario as the suite's OutageTests (ImportChaos).
/// </summary>
internal static class Chaos
{
    public const string Heading = "## Chaos: PostgreSQL stopped mid-import";

    private static readonly int[] CutPointsMs = [0, 100, 250, 500, 750, 1000, 1500, 2000, 3000];
    private static readonly int[] OutagesSeconds = [1, 5, 25];

    public static async Task<string> RunAsync()
    {
        var cluster = await PostgresCluster.StartOwnAsync();
        var outcomes = new List<ChaosOutcome>();
        await using (var app = new ApiFactory(await TestDatabase.CreateOnAsync(cluster)))
        {
            var chaos = new ImportChaos(app, cluster, "chaos");
            await chaos.CreateStoreAsync();
            var slot = 0;
            foreach (var outage in OutagesSeconds)
            {
                foreach (var cut in CutPointsMs)
                {
                    var outcome = await chaos.CutAsync(slot++, cut, outage);
                    Console.WriteLine(outcome);
                    outcomes.Add(outcome);
                }
            }
        }

        // The app (and its database) goes first: dropping the database needs the server up.
        await cluster.StopAsync();
        return Report(outcomes);
    }

    private static string Report(IReadOnlyList<ChaosOutcome> outcomes)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder(Heading).Append("\n\n");
        text.Append(c, $"Measured by `dotnet run -c Release --project bench/OpsDashboard.Bench -- --chaos --write docs/benchmarks.md` on {DateTime.UtcNow:yyyy-MM-dd}: ")
            .Append("the app in-process over a throwaway PostgreSQL 15 cluster of its own; a 20,000-row sku-daily CSV posted to the API, the server stopped ")
            .Append("(`pg_ctl -m immediate`) after the given delay, started again after the outage, then the rows of that import counted and the same file imported again.\n\n");
        text.Append("| outage | imports | answered 200 | answered 503 | wholly present | wholly absent | half-written | re-import clean | slowest recovery |\n")
            .Append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        foreach (var group in outcomes.GroupBy(o => o.OutageSeconds))
        {
            var list = group.ToList();
            text.Append(c, $"| {group.Key} s | {list.Count} | {list.Count(o => o.Answer == HttpStatusCode.OK)} | {list.Count(o => o.Answer == HttpStatusCode.ServiceUnavailable)} | ")
                .Append(c, $"{list.Count(o => o.StoredAfterOutage == o.Rows)} | {list.Count(o => o.StoredAfterOutage == 0)} | ")
                .Append(c, $"{list.Count(o => o.StoredAfterOutage != 0 && o.StoredAfterOutage != o.Rows)} | {list.Count(o => o.StoredAfterReimport == o.Rows)} | ")
                .Append(c, $"{list.Max(o => o.Recovery).TotalSeconds:F1} s |\n");
        }

        var other = outcomes.Where(o => !o.Consistent).ToList();
        text.Append('\n').Append(other.Count == 0
            ? "Every import was wholly present or wholly absent, no answer was a 500, and the app answered 200 again after every outage."
            : "Inconsistent outcomes: " + string.Join("; ", other));
        return text.Append('\n').ToString();
    }
}
