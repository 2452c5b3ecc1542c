using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpsDashboard.Core.Periods;
using OpsDashboard.Data;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Service;
using OpsDashboard.Data.Reports;
using OpsDashboard.Data.Reports.Service;
using OpsDashboard.Testing;

namespace OpsDashboard.Bench;

/// <summary>
/// <c>--service</c> (issue 12): the service reads over a year of one busy store — 30 agents a day, 20,000 refunds,
/// 10 rivals and 10 lost-customer rivals a day — on SQLite and PostgreSQL: the import of each file and the median of
/// 21 runs of each read (/service for a month and a year, refunds by SKU, competitors, lost customers, and the service
/// rules' facts the morning review reads).
/// </summary>
public static class ServiceBench
{
    public const string Heading = "## Service reads (issue 12)";

    private static readonly DateOnly Last = new(2026, 11, 29);
    private const int Days = 365, Agents = 30, Refunds = 20_000, Rivals = 10;

    public static async Task<string> RunAsync()
    {
        var text = new StringBuilder();
        text.AppendLine(Heading).AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"One store, {Days} days to {Last:yyyy-MM-dd}: {Agents} agents a day ({Days * Agents:N0} agent days), {Refunds:N0} refunds, {Rivals} rivals and {Rivals} lost-customer rivals a day. `dotnet run -c Release --project bench/OpsDashboard.Bench -- --service --write docs/benchmarks.md`. Reads: median of 21 after a warm-up.").AppendLine();
        text.AppendLine("| step | SQLite | PostgreSQL |").AppendLine("| --- | ---: | ---: |");
        var results = new List<IReadOnlyList<(string Step, double Ms)>>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            results.Add(await MeasureAsync(provider));
        }

        for (var i = 0; i < results[0].Count; i++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {results[0][i].Step} | {results[0][i].Ms:N1} ms | {results[1][i].Ms:N1} ms |");
        }

        return text.ToString();
    }

    private static async Task<IReadOnlyList<(string, double)>> MeasureAsync(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.CreateStoreAsync("svc");
        var store = (await db.Stores.FindAsync("svc"))!;
        var imports = db.Services.GetRequiredService<ServiceImportService>();
        var steps = new List<(string, double)>();
        async Task ImportAsync(string step, ServiceImportKind kind, string[][] rows)
        {
            var stopwatch = Stopwatch.StartNew();
            var result = await imports.ImportFileAsync(store.Id, kind, ServiceExportFiles.Csv(rows), new ImportFileContext());
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"{kind} import failed: " + string.Join("; ", result.Errors.Take(3).Select(e => e.Message)));
            }

            steps.Add((step, stopwatch.Elapsed.TotalMilliseconds));
        }

        var days = Enumerable.Range(0, Days).Select(i => Last.AddDays(-i)).ToList();
        await ImportAsync($"import service-agents ({Days * Agents:N0} rows)", ServiceImportKind.ServiceAgents,
            [["日期", "旺旺", "咨询人数", "接待人数", "询单人数", "询单->最终付款人数", "客服销售额", "平均响应(秒)", "未回复人数"],
             .. days.SelectMany(d => Enumerable.Range(1, Agents).Select(a => new[] { Date(d), "客服" + a, "60", "55", "40", (10 + (a * 7 + d.DayNumber) % 25).ToString(CultureInfo.InvariantCulture), "4000", "12.5", "1" }))]);
        await ImportAsync($"import refunds ({Refunds:N0} rows)", ServiceImportKind.Refunds,
            [["退款编号", "商品编码", "宝贝标题", "买家退款金额", "退款完结时间", "退款状态", "买家退款原因"],
             .. Enumerable.Range(0, Refunds).Select(i => new[] { "R" + i, "68051234567" + (i % 200).ToString("D4", CultureInfo.InvariantCulture), "商品", "99.00", Date(days[i % Days]) + " 10:00:00", i % 5 == 0 ? "退款关闭" : "退款成功", i % 3 == 0 ? "尺码不合适" : "质量问题" })]);
        await ImportAsync($"import competitors ({Days * (Rivals + 1):N0} rows)", ServiceImportKind.Competitors,
            [["日期", "店铺名称", "交易指数", "流量指数", "搜索人气", "收藏人气", "加购人气", "支付转化指数", "客群指数"],
             .. days.SelectMany(d => Enumerable.Range(0, Rivals + 1).Select(r => new[] { Date(d), r == 0 ? "本店" : "对手" + r, "10000", "8000", "3000", "1200", "1500", "900", "2000" }))]);
        await ImportAsync($"import lost-customers ({Days * Rivals:N0} rows)", ServiceImportKind.LostCustomers,
            [["日期", "店铺名称", "流失指数", "流失人气"],
             .. days.SelectMany(d => Enumerable.Range(1, Rivals).Select(r => new[] { Date(d), "对手" + r, (100 + r * 10 + d.DayNumber % 7).ToString(CultureInfo.InvariantCulture), "50" }))]);

        var reports = new ServiceReports(db.Factory, new FixedClock(new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero)));
        var month = new DateRange(Last.AddDays(-29), Last);
        var year = new DateRange(days[^1], Last);
        steps.Add(("GET service (30 days)", await MedianAsync(() => reports.ServiceAsync(store, month))));
        steps.Add(("GET service (365 days)", await MedianAsync(() => reports.ServiceAsync(store, year))));
        steps.Add(("GET refunds?by=sku (365 days)", await MedianAsync(() => reports.RefundsAsync(store.Id, year, RefundGrouping.Sku))));
        steps.Add(("GET competitors (30 days)", await MedianAsync(() => reports.CompetitorsAsync(store.Id, month))));
        steps.Add(("GET lost-customers (30 days)", await MedianAsync(() => reports.LostCustomersAsync(store.Id, month))));
        steps.Add(("service rules' facts (one day)", await MedianAsync(() => db.Queries.ServiceAttentionFactsAsync([store.Id], Last))));
        return steps;
    }

    private static async Task<double> MedianAsync<T>(Func<Task<T>> read)
    {
        await read();
        var samples = new List<double>();
        for (var i = 0; i < 21; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await read();
            samples.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        samples.Sort();
        return samples[samples.Count / 2];
    }

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A clock stopped at one instant.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
