using System.Globalization;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Import.Service;

/// <summary>
/// Turns the data rows of a service file into typed rows, naming the row and column of every bad
/// cell. Flow counts and money read an empty cell as 0; indices read it as unknown (null).
/// </summary>
internal sealed class ServiceRowReader(ServiceImportKind kind, ServiceColumns columns, IssueCollector issues, DateOnly? today, DateOnly? fileDate)
{
    /// <summary>What 赤兔/千牛 write on the line that adds the agents up: not an agent.</summary>
    private static readonly HashSet<string> SummaryNames = ["合计", "总计", "汇总", "平均", "均值", "全部", "总计/平均", "total", "sum", "average"];

    /// <summary>How the store's own row is named in 竞争 monitoring.</summary>
    private static readonly HashSet<string> SelfNames = ["本店", "我的店铺", "本店铺", "我的", "本品", "我的商品", "自己", "self", "own"];

    private static readonly HashSet<string> SuccessWords = new(StringComparer.OrdinalIgnoreCase) { "退款成功", "成功", "已退款", "success", "succeeded", "refunded" };

    private readonly Dictionary<string, int> _firstRows = new(StringComparer.Ordinal);

    public List<AgentRow> Agents { get; } = [];
    public List<RefundRow> Refunds { get; } = [];
    public List<RivalRow> Rivals { get; } = [];
    public List<LostCustomerRow> Losses { get; } = [];

    public void Read(RawRow row)
    {
        var errorsBefore = issues.ErrorCount;
        switch (kind)
        {
            case ServiceImportKind.ServiceAgents:
                ReadAgent(row, errorsBefore);
                break;
            case ServiceImportKind.Refunds:
                ReadRefund(row, errorsBefore);
                break;
            case ServiceImportKind.Competitors:
                ReadRival(row, errorsBefore);
                break;
            default:
                ReadLoss(row, errorsBefore);
                break;
        }
    }

    private void ReadAgent(RawRow row, int errorsBefore)
    {
        var agent = Text(row, ServiceField.Agent, ServiceBounds.NameLength);
        if (agent is not null && SummaryNames.Contains(agent.ToLowerInvariant()))
        {
            issues.Warn(row.Number, columns[ServiceField.Agent]!.Value.Header, "Svc_SummaryRow", agent);
            return;
        }

        Required(row, ServiceField.Agent, agent);
        var date = Date(row);
        var inquirers = Count(row, ServiceField.Inquirers);
        var payers = Count(row, ServiceField.InquiryPayingBuyers);
        var received = Count(row, ServiceField.Received);
        var responseMs = Duration(row, ServiceField.AverageResponse);
        Exceeds(row, ServiceField.InquiryPayingBuyers, payers, ServiceField.Inquirers, inquirers);
        var agentRow = new AgentRow(row.Number, date ?? default, agent ?? string.Empty)
        {
            Consulted = Count(row, ServiceField.Consulted),
            Received = received,
            Inquirers = inquirers,
            InquiryPayingBuyers = payers,
            SalesAmountMinor = Money(row, ServiceField.SalesAmount),
            ResponseMillisecondsTotal = responseMs is { } ms && received is { } people ? ms * people : null,
            Unanswered = Count(row, ServiceField.Unanswered),
            Refunds = Count(row, ServiceField.Refunds),
        };
        CheckInquiryConversion(row, agentRow);
        if (issues.ErrorCount == errorsBefore && date is { } day && Unique(row, agent + " " + Iso(day)))
        {
            Agents.Add(agentRow);
        }
    }

    private void ReadRefund(RawRow row, int errorsBefore)
    {
        var id = Text(row, ServiceField.RefundId, ServiceBounds.IdLength);
        Required(row, ServiceField.RefundId, id);
        var amount = Money(row, ServiceField.RefundAmount) ?? 0;
        var paid = Money(row, ServiceField.PaidAmount);
        Exceeds(row, ServiceField.RefundAmount, amount, ServiceField.PaidAmount, paid);
        var status = Text(row, ServiceField.Status, ServiceBounds.NameLength);
        var succeeded = status is not null && SuccessWords.Contains(status);
        var (completedAt, completedOn) = Time(row, ServiceField.CompletedAt);
        var (appliedAt, appliedOn) = Time(row, ServiceField.AppliedAt);
        var (paidAt, _) = Time(row, ServiceField.PaidAt);
        if (succeeded && completedOn is null && !issues.HasErrorOn(row.Number))
        {
            issues.Error(row.Number, columns[ServiceField.CompletedAt]?.Header, "Svc_CompletedMissing");
        }

        var refund = new RefundRow(row.Number, id ?? string.Empty, amount)
        {
            OrderId = Text(row, ServiceField.OrderId, ServiceBounds.IdLength),
            PaidAt = paidAt,
            SkuCode = Text(row, ServiceField.SkuCode, ServiceBounds.IdLength),
            Title = Text(row, ServiceField.Title, ServiceBounds.TextLength),
            PaidAmountMinor = paid,
            AppliedAt = appliedAt,
            AppliedOn = appliedOn,
            CompletedAt = completedAt,
            CompletedOn = completedOn,
            Status = status,
            Succeeded = succeeded,
            Reason = Text(row, ServiceField.Reason, ServiceBounds.NameLength),
            ReturnRequired = Flag(row, ServiceField.ReturnRequired),
            GoodsStatus = Text(row, ServiceField.GoodsStatus, ServiceBounds.NameLength),
        };
        if (issues.ErrorCount == errorsBefore && Unique(row, refund.RefundId))
        {
            Refunds.Add(refund);
        }
    }

    private void ReadRival(RawRow row, int errorsBefore)
    {
        var (kindName, name) = RivalName(row);
        var self = name is not null && SelfNames.Contains(name.ToLowerInvariant()) || Flag(row, ServiceField.IsSelf) == true;
        var date = Date(row);
        var rival = new RivalRow(row.Number, date ?? default, kindName, name ?? string.Empty, self)
        {
            RivalId = Text(row, ServiceField.RivalId, ServiceBounds.IdLength),
            TradeIndex = Index(row, ServiceField.TradeIndex),
            TrafficIndex = Index(row, ServiceField.TrafficIndex),
            SearchPopularity = Index(row, ServiceField.SearchPopularity),
            FavoritePopularity = Index(row, ServiceField.FavoritePopularity),
            CartPopularity = Index(row, ServiceField.CartPopularity),
            ConversionIndex = Index(row, ServiceField.ConversionIndex),
            CustomerIndex = Index(row, ServiceField.CustomerIndex),
        };
        if (issues.ErrorCount == errorsBefore && date is { } day && Unique(row, kindName + " " + name + " " + Iso(day)))
        {
            Rivals.Add(rival);
        }
    }

    private void ReadLoss(RawRow row, int errorsBefore)
    {
        var (kindName, name) = RivalName(row);
        var date = Date(row);
        var loss = new LostCustomerRow(row.Number, date ?? default, kindName, name ?? string.Empty)
        {
            RivalShop = Text(row, ServiceField.RivalShop, ServiceBounds.TextLength),
            LossIndex = Index(row, ServiceField.LossIndex),
            LossPopularity = Index(row, ServiceField.LossPopularity),
        };
        if (issues.ErrorCount == errorsBefore && date is { } day && Unique(row, kindName + " " + name + " " + Iso(day)))
        {
            Losses.Add(loss);
        }
    }

    /// <summary>A rival is an item when the file names items (商品名称), else a shop (店铺名称).</summary>
    private (string Kind, string? Name) RivalName(RawRow row)
    {
        var field = columns.Has(ServiceField.ItemName) ? ServiceField.ItemName : ServiceField.ShopName;
        var name = Text(row, field, ServiceBounds.TextLength);
        if (name is null)
        {
            issues.Error(row.Number, columns[field]?.Header, "Svc_NoRivalName");
        }

        return (field == ServiceField.ItemName ? RivalKinds.Item : RivalKinds.Shop, name);
    }

    private DateOnly? Date(RawRow row)
    {
        if (fileDate is { } fromFile)
        {
            return Within(row, null, fromFile);
        }

        var (_, header) = columns[ServiceField.Date]!.Value;
        var result = CellParser.Date(Cell(row, ServiceField.Date));
        if (!result.IsOk)
        {
            issues.Error(row.Number, header, result.Error!);
            return null;
        }

        if (result.Value is not { } day)
        {
            issues.Error(row.Number, header, "DateEmpty");
            return null;
        }

        return Within(row, header, day);
    }

    private DateOnly? Within(RawRow row, string? header, DateOnly day)
    {
        if (day < ImportBounds.EarliestDate)
        {
            issues.Error(row.Number, header, "DateTooEarly", row.Number, day, ImportBounds.EarliestDate);
            return null;
        }

        if (today is { } storeToday && day > storeToday)
        {
            issues.Error(row.Number, header, "DateInFuture", row.Number, day, storeToday);
            return null;
        }

        return day;
    }

    /// <summary>A time as exported (kept as text) and its store-local day.</summary>
    private (string? Text, DateOnly? Day) Time(RawRow row, ServiceField field)
    {
        if (columns[field] is not { } column)
        {
            return (null, null);
        }

        var cell = Cell(row, field);
        var result = CellParser.Date(cell);
        if (!result.IsOk)
        {
            issues.Error(row.Number, column.Header, result.Error!);
            return (null, null);
        }

        if (result.Value is not { } day)
        {
            return (null, null);
        }

        var text = cell.Trim();
        return (text.Length > ServiceBounds.TimeLength ? text[..ServiceBounds.TimeLength] : text, Within(row, column.Header, day));
    }

    private long? Count(RawRow row, ServiceField field) => Read(row, field, CellParser.Count);

    private long? Money(RawRow row, ServiceField field) => Read(row, field, CellParser.MinorUnits);

    private long? Duration(RawRow row, ServiceField field)
    {
        if (columns[field] is not { } column)
        {
            return null;
        }

        var result = CellParser.DurationMilliseconds(Cell(row, field));
        if (!result.IsOk)
        {
            issues.Error(row.Number, column.Header, result.Error!);
        }

        return result.Value;
    }

    private long? Read(RawRow row, ServiceField field, Func<string, CellResult<long>> parse)
    {
        if (columns[field] is not { } column)
        {
            return null;
        }

        var result = parse(Cell(row, field));
        if (!result.IsOk)
        {
            issues.Error(row.Number, column.Header, result.Error!);
            return null;
        }

        return result.Value;
    }

    private bool? Flag(RawRow row, ServiceField field)
    {
        if (columns[field] is not { } column || CellParser.IsEmpty(Cell(row, field)))
        {
            return null;
        }

        var result = CellParser.Flag(Cell(row, field));
        if (!result.IsOk)
        {
            issues.Error(row.Number, column.Header, result.Error!);
            return null;
        }

        return result.Value;
    }

    /// <summary>A platform index: a plain number, 0 or more; empty is unknown (an index of nothing is not 0).</summary>
    private double? Index(RawRow row, ServiceField field)
    {
        if (columns[field] is not { } column || CellParser.IsEmpty(Cell(row, field)))
        {
            return null;
        }

        var text = Cell(row, field).Trim();
        if (!NumberParser.TryParse(text, out var number) || number.IsPercent || number.Value < 0 || number.Value > ImportBounds.MaxCount)
        {
            issues.Error(row.Number, column.Header, "Svc_NotAnIndex", text);
            return null;
        }

        return (double)number.Value;
    }

    private string? Text(RawRow row, ServiceField field, int maxLength)
    {
        if (columns[field] is not { } column)
        {
            return null;
        }

        var text = CellParser.Text(Cell(row, field));
        if (text is { Length: var length } && length > maxLength)
        {
            issues.Error(row.Number, column.Header, "TextTooLong", text[..40], length, column.Header, maxLength);
            return null;
        }

        return text;
    }

    private void Required(RawRow row, ServiceField field, string? value)
    {
        if (value is null && !issues.HasErrorOn(row.Number))
        {
            var header = columns[field]!.Value.Header;
            issues.Error(row.Number, header, "Svc_Empty", header);
        }
    }

    private void Exceeds(RawRow row, ServiceField part, long? partValue, ServiceField whole, long? wholeValue)
    {
        if (partValue is { } p && wholeValue is { } w && p > w)
        {
            var partHeader = columns[part]!.Value.Header;
            var wholeHeader = columns[whole]!.Value.Header;
            issues.Error(row.Number, partHeader, "Svc_Exceeds", partHeader, Plain(part, p), wholeHeader, Plain(whole, w));
        }
    }

    /// <summary>询单转化率 is ours to compute; a given one is only checked, to the precision it was written with.</summary>
    private void CheckInquiryConversion(RawRow row, AgentRow agent)
    {
        if (columns[ServiceField.CheckInquiryConversion] is not { } column || CellParser.IsEmpty(Cell(row, ServiceField.CheckInquiryConversion)))
        {
            return;
        }

        var text = Cell(row, ServiceField.CheckInquiryConversion).Trim();
        var computed = Catalogue.AgentInquiryConversion.Of(new AgentTotals { Inquirers = agent.Inquirers, InquiryPayingBuyers = agent.InquiryPayingBuyers });
        if (!NumberParser.TryParse(text, out var given))
        {
            issues.Warn(row.Number, column.Header, "CheckNotANumber", text);
            return;
        }

        var rate = given.IsPercent || given.Value <= 1 ? given.Value : given.Value / 100;
        if (computed is { } value && Math.Abs(rate - value) > given.HalfUnit + 0.00005m)
        {
            var payers = columns[ServiceField.InquiryPayingBuyers]!.Value.Header;
            var inquirers = columns[ServiceField.Inquirers]!.Value.Header;
            issues.Warn(row.Number, column.Header, "Disagrees", text, payers, inquirers,
                value.ToString("0.##%", CultureInfo.InvariantCulture), agent.InquiryPayingBuyers, agent.Inquirers);
        }
    }

    private bool Unique(RawRow row, string key)
    {
        if (_firstRows.TryGetValue(key, out var first))
        {
            issues.Error(row.Number, null, "DuplicateRow", key, first);
            return false;
        }

        _firstRows[key] = row.Number;
        return true;
    }

    private string Cell(RawRow row, ServiceField field) => columns[field] is { } column ? row.Cell(column.Index) : string.Empty;

    private static string Plain(ServiceField field, long value) =>
        field is ServiceField.RefundAmount or ServiceField.PaidAmount or ServiceField.SalesAmount
            ? Core.Metrics.Money.FromMinorUnits(value).ToString("0.00", CultureInfo.InvariantCulture)
            : value.ToString(CultureInfo.InvariantCulture);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
