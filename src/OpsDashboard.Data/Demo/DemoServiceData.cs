using System.Globalization;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Data.Import;
using OpsDashboard.Data.Import.Service;

namespace OpsDashboard.Data.Demo;

/// <summary>
/// The demo stores' customer-service agents, refunds, rivals and lost customers for the last
/// <see cref="Days"/> days, consistent with their generated days: the agents split the store's 询单
/// figures (one of them under the 50% line), refunds are the SKU days' refunded amounts, the store's
/// own 交易指数 follows its sales, and one rival's loss index rises by half in the last week.
/// </summary>
public static class DemoServiceData
{
    public const int Days = 60;

    private static readonly string[] AgentNames = ["小美", "阿杰", "晓雯", "新人小王"];

    /// <summary>Each agent's share of the inquiries and conversion relative to the store's: the last is under the line.</summary>
    private static readonly double[] AgentShares = [0.34, 0.28, 0.24, 0.14];
    private static readonly double[] AgentConversion = [1.22, 1.05, 0.98, 0.62];
    private static readonly double[] AgentResponseSeconds = [9, 14, 18, 35];

    private static readonly string[] Reasons = ["尺码不合适", "质量问题", "不想要了", "与描述不符", "发货太慢"];

    private static readonly (string Name, double Scale, double MissingShare)[] Rivals =
        [("潮流女装旗舰店", 1.8, 0.0), ("简约衣橱", 1.05, 0.1), ("小众设计师店", 0.55, 0.3)];

    public static IReadOnlyList<ServiceParsedImport> For(DemoStoreProfile profile, IReadOnlyList<DemoDay> days, int seed)
    {
        var recent = days.Where(d => d.Date > days[^1].Date.AddDays(-Days)).ToList();
        var noise = new DemoNoise(seed ^ 0x5E41);
        return [Agents(profile, recent, noise), Refunds(profile, recent, noise), Competitors(recent, noise), Losses(recent, noise)];
    }

    private static ServiceParsedImport Agents(DemoStoreProfile profile, List<DemoDay> days, DemoNoise noise)
    {
        var rows = new List<AgentRow>();
        foreach (var day in days)
        {
            var store = day.Store;
            var inquirers = DemoNoise.Apportion(store.Inquirers, AgentShares);
            var aov = store.PayingBuyers == 0 ? 0m : Math.Round(store.PaymentAmount / store.PayingBuyers, 2);
            for (var i = 0; i < AgentNames.Length; i++)
            {
                var payers = Math.Min(inquirers[i], DemoNoise.Round(inquirers[i] * profile.InquiryConversion * AgentConversion[i] * noise.Uniform(0.9, 1.1)));
                var consulted = DemoNoise.Round(inquirers[i] * noise.Uniform(1.5, 1.8));
                var received = DemoNoise.Round(consulted * 0.96);
                rows.Add(new AgentRow(0, day.Date, AgentNames[i])
                {
                    Consulted = consulted,
                    Received = received,
                    Inquirers = inquirers[i],
                    InquiryPayingBuyers = payers,
                    SalesAmountMinor = Money.ToMinorUnits(payers * aov),
                    ResponseMillisecondsTotal = DemoNoise.Round(AgentResponseSeconds[i] * noise.Uniform(0.8, 1.2) * 1000) * received,
                    Unanswered = noise.Poisson(received * 0.02),
                    Refunds = noise.Poisson(payers * 0.04),
                });
            }
        }

        return Parsed(ServiceImportKind.ServiceAgents, rows.Count,
            [ServiceField.Consulted, ServiceField.Received, ServiceField.Inquirers, ServiceField.InquiryPayingBuyers, ServiceField.SalesAmount, ServiceField.AverageResponse, ServiceField.Unanswered, ServiceField.Refunds])
            with { Agents = rows };
    }

    private static ServiceParsedImport Refunds(DemoStoreProfile profile, List<DemoDay> days, DemoNoise noise)
    {
        var names = profile.Skus.ToDictionary(s => s.Code, s => s.Name);
        var rows = new List<RefundRow>();
        foreach (var sku in days.SelectMany(d => d.Skus).Where(s => s.RefundAmount > 0m))
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"{sku.Date:yyyyMMdd}{sku.SkuCode}");
            var applied = sku.Date.AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 10:00:00";
            var completed = sku.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 16:00:00";
            rows.Add(new RefundRow(0, id, Money.ToMinorUnits(sku.RefundAmount))
            {
                OrderId = "9" + id,
                SkuCode = sku.SkuCode,
                Title = names.GetValueOrDefault(sku.SkuCode),
                PaidAmountMinor = Money.ToMinorUnits(sku.RefundAmount),
                AppliedAt = applied,
                AppliedOn = sku.Date.AddDays(-2),
                CompletedAt = completed,
                CompletedOn = sku.Date,
                Status = "退款成功",
                Succeeded = true,
                Reason = Reasons[(int)(noise.Uniform(0, Reasons.Length - 0.001))],
                ReturnRequired = true,
                GoodsStatus = "买家已退货",
            });
        }

        return Parsed(ServiceImportKind.Refunds, rows.Count,
            [ServiceField.OrderId, ServiceField.SkuCode, ServiceField.Title, ServiceField.PaidAmount, ServiceField.AppliedAt, ServiceField.CompletedAt, ServiceField.Status, ServiceField.Reason, ServiceField.ReturnRequired, ServiceField.GoodsStatus])
            with { Refunds = rows };
    }

    private static ServiceParsedImport Competitors(List<DemoDay> days, DemoNoise noise)
    {
        var rows = new List<RivalRow>();
        foreach (var day in days)
        {
            var trade = Index((double)day.Store.PaymentAmount);
            var traffic = Index(day.Store.Visitors * 20.0);
            rows.Add(Rival(day.Date, "本店", true, trade, traffic, noise, 1.0));
            foreach (var (name, scale, missing) in Rivals)
            {
                if (noise.Uniform(0, 1) >= missing)
                {
                    rows.Add(Rival(day.Date, name, false, trade * scale * noise.Uniform(0.9, 1.1), traffic * Math.Sqrt(scale) * noise.Uniform(0.9, 1.1), noise, scale));
                }
            }
        }

        return Parsed(ServiceImportKind.Competitors, rows.Count,
            [ServiceField.TradeIndex, ServiceField.TrafficIndex, ServiceField.SearchPopularity, ServiceField.FavoritePopularity, ServiceField.CartPopularity, ServiceField.ConversionIndex, ServiceField.CustomerIndex])
            with { Rivals = rows };
    }

    private static RivalRow Rival(DateOnly date, string name, bool self, double trade, double traffic, DemoNoise noise, double scale) =>
        new(0, date, RivalKinds.Shop, name, self)
        {
            TradeIndex = Math.Round(trade),
            TrafficIndex = Math.Round(traffic),
            SearchPopularity = Math.Round(traffic * 0.45 * noise.Uniform(0.9, 1.1)),
            FavoritePopularity = Math.Round(traffic * 0.12 * noise.Uniform(0.9, 1.1)),
            CartPopularity = Math.Round(traffic * 0.16 * noise.Uniform(0.9, 1.1)),
            ConversionIndex = Math.Round(900 * Math.Pow(scale, 0.3) * noise.Uniform(0.95, 1.05)),
            CustomerIndex = Math.Round(trade * 0.2 * noise.Uniform(0.9, 1.1)),
        };

    private static ServiceParsedImport Losses(List<DemoDay> days, DemoNoise noise)
    {
        var rows = new List<LostCustomerRow>();
        var lastWeek = days[^1].Date.AddDays(-6);
        // Losses follow the store's usual traffic, not one day's (a 双11 spike is not a rival's doing).
        var usual = Index(days.Average(d => d.Store.Visitors) * 0.8);
        foreach (var day in days)
        {
            foreach (var (name, scale, _) in Rivals)
            {
                var rise = name == Rivals[0].Name && day.Date >= lastWeek ? 1.5 : 1.0;
                var loss = usual * Math.Sqrt(scale) * rise * noise.Uniform(0.95, 1.05);
                rows.Add(new LostCustomerRow(0, day.Date, RivalKinds.Shop, name)
                {
                    LossIndex = Math.Round(loss),
                    LossPopularity = Math.Round(loss * 0.6),
                });
            }
        }

        return Parsed(ServiceImportKind.LostCustomers, rows.Count, [ServiceField.LossIndex, ServiceField.LossPopularity]) with { Losses = rows };
    }

    /// <summary>A 生意参谋-like index: a concave transform of the underlying figure, so it is never mistaken for money.</summary>
    private static double Index(double value) => Math.Round(120 * Math.Pow(Math.Max(value, 0), 0.62));

    private static ServiceParsedImport Parsed(ServiceImportKind kind, int rows, HashSet<ServiceField> columns) => new()
    {
        Kind = kind,
        RowsRead = rows,
        Columns = columns,
        Errors = [],
        Warnings = [],
    };
}
