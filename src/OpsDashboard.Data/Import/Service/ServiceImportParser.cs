using System.Globalization;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Data.Import.Parsing;

namespace OpsDashboard.Data.Import.Service;

/// <summary>
/// Reads a service-agents, refunds, competitors or lost-customers export (CSV in UTF-8 or GB18030,
/// .xls, .xlsx; DOMAIN §7) into typed rows, or into the complete list of what is wrong with it, with
/// the same readers and rules as the daily facts (§5): the header found under a title block, `-`
/// empty, whole-name headers, unknown columns reported, a file without a date column dated by its
/// title block or name when they name one day. It never touches the database and never throws for
/// bad input: when <see cref="ServiceParsedImport.Errors"/> is not empty nothing may be written.
/// </summary>
public static class ServiceImportParser
{
    public static ServiceParsedImport Parse(ServiceImportKind kind, byte[] content, ImportFileContext context)
    {
        var issues = new IssueCollector(context.Culture, context.Limits.MaxIssuesListed);
        try
        {
            using var table = RawTableReader.Open(content, context.Limits);
            return Read(kind, table, context, issues);
        }
        catch (ImportRefusedException refused)
        {
            issues.Clear();
            issues.Error(null, null, refused.Reason);
            return Result(kind, 0, new HashSet<ServiceField>(), issues);
        }
        catch (OutOfMemoryException)
        {
            issues.Clear();
            issues.Error(null, null, "LimitMemory");
            return Result(kind, 0, new HashSet<ServiceField>(), issues);
        }
    }

    private static ServiceParsedImport Read(ServiceImportKind kind, RawTableReader table, ImportFileContext context, IssueCollector issues)
    {
        if (ServiceHeaderRow.Find(table.Head, kind) is not { } header)
        {
            issues.Error(null, null, ServiceHeaderRow.Missing(kind));
            return Result(kind, 0, new HashSet<ServiceField>(), issues);
        }

        var columns = ServiceColumns.Map(kind, header, issues);
        DateOnly? fileDate = null;
        if (kind != ServiceImportKind.Refunds && !columns.Has(ServiceField.Date))
        {
            var title = FileDates.FromTitle(table.Head.Where(row => row.Number < header.Number));
            var name = FileDates.FromFileName(context.FileName);
            if ((title ?? name) is not { } span)
            {
                issues.Error(header.Number, null, "Svc_NoDate");
                return Result(kind, 0, columns.Stored, issues);
            }

            if (!span.IsOneDay)
            {
                issues.Error(header.Number, null, "MultiDayAggregate", span.From, span.To, new ImportMessage(span.SourceKey));
                return Result(kind, 0, columns.Stored, issues);
            }

            fileDate = span.From;
            issues.Warn(null, null, "DateFromFile", span.From, new ImportMessage(span.SourceKey));
        }

        var reader = new ServiceRowReader(kind, columns, issues, context.Today, fileDate);
        var rowsRead = 0;
        foreach (var row in table.After(header.Number).Where(row => !row.IsBlank))
        {
            rowsRead++;
            reader.Read(row);
        }

        if (rowsRead == 0)
        {
            issues.Warn(header.Number, null, "NoDataRows", header.Number);
        }

        return Result(kind, rowsRead, columns.Stored, issues) with
        {
            Agents = reader.Agents,
            Refunds = reader.Refunds,
            Rivals = reader.Rivals,
            Losses = reader.Losses,
        };
    }

    private static ServiceParsedImport Result(ServiceImportKind kind, int rowsRead, IReadOnlySet<ServiceField> columns, IssueCollector issues) => new()
    {
        Kind = kind,
        RowsRead = rowsRead,
        Columns = columns,
        Errors = issues.Errors,
        Warnings = issues.Warnings,
        ErrorCount = issues.ErrorCount,
        WarningCount = issues.WarningCount,
        Culture = issues.Culture,
    };
}

/// <summary>Finds the header row of a service file: the first of the first 30 rows with the kind's key columns and a figure.</summary>
internal static class ServiceHeaderRow
{
    public static RawRow? Find(IReadOnlyList<RawRow> rows, ServiceImportKind kind) =>
        rows.Where(row => row.Number <= HeaderRowFinder.RowsToScan).FirstOrDefault(row => IsHeader(kind, Fields(kind, row)));

    public static ImportMessage Missing(ServiceImportKind kind)
    {
        var wanted = kind switch
        {
            ServiceImportKind.ServiceAgents => new[] { ServiceField.Agent, ServiceField.Inquirers },
            ServiceImportKind.Refunds => [ServiceField.RefundId, ServiceField.RefundAmount],
            ServiceImportKind.Competitors => [ServiceField.ShopName, ServiceField.TradeIndex],
            _ => [ServiceField.ShopName, ServiceField.LossIndex],
        };
        var names = wanted.Select(field => (object)ServiceHeaders.DisplayName(kind, field)).ToList();
        return new ImportMessage("NoHeader", new MessageList(names, "Join_And"), HeaderRowFinder.RowsToScan);
    }

    private static HashSet<ServiceField> Fields(ServiceImportKind kind, RawRow row) =>
        row.Cells.Select(cell => ServiceHeaders.Find(kind, cell)).OfType<ServiceField>().ToHashSet();

    private static bool IsHeader(ServiceImportKind kind, HashSet<ServiceField> fields)
    {
        var named = fields.Contains(ServiceField.ShopName) || fields.Contains(ServiceField.ItemName);
        return kind switch
        {
            ServiceImportKind.ServiceAgents => fields.Contains(ServiceField.Agent)
                && fields.Overlaps([ServiceField.Consulted, ServiceField.Received, ServiceField.Inquirers, ServiceField.InquiryPayingBuyers, ServiceField.SalesAmount]),
            ServiceImportKind.Refunds => fields.Contains(ServiceField.RefundId) && fields.Contains(ServiceField.RefundAmount),
            ServiceImportKind.Competitors => named && fields.Overlaps(ServiceColumns.CompetitorIndices),
            _ => named && fields.Overlaps([ServiceField.LossIndex, ServiceField.LossPopularity]),
        };
    }
}

/// <summary>Which cell of a row holds which field (the first column of a meaning wins; a 延 twin after it is the same column).</summary>
internal sealed class ServiceColumns
{
    public static readonly ServiceField[] CompetitorIndices =
    [
        ServiceField.TradeIndex, ServiceField.TrafficIndex, ServiceField.SearchPopularity, ServiceField.FavoritePopularity,
        ServiceField.CartPopularity, ServiceField.ConversionIndex, ServiceField.CustomerIndex,
    ];

    private static readonly HashSet<ServiceField> NotStored =
        [ServiceField.Ignored, ServiceField.Date, ServiceField.Agent, ServiceField.RefundId, ServiceField.RefundAmount, ServiceField.ShopName, ServiceField.ItemName, ServiceField.IsSelf, ServiceField.CheckInquiryConversion];

    private readonly Dictionary<ServiceField, (int Index, string Header)> _columns = [];

    public IReadOnlySet<ServiceField> Stored => _columns.Keys.Where(stored => !NotStored.Contains(stored)).ToHashSet();

    public bool Has(ServiceField field) => _columns.ContainsKey(field);

    public (int Index, string Header)? this[ServiceField field] => _columns.TryGetValue(field, out var column) ? column : null;

    public static ServiceColumns Map(ServiceImportKind kind, RawRow header, IssueCollector issues)
    {
        var map = new ServiceColumns();
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var text = HeaderCatalog.Clean(header.Cells[i]);
            if (text.Length == 0)
            {
                continue;
            }

            if (ServiceHeaders.Find(kind, text) is not { } field)
            {
                issues.Warn(header.Number, text, "UnknownColumn", text);
                continue;
            }

            if (field != ServiceField.Ignored)
            {
                map._columns.TryAdd(field, (i, text));
            }
        }

        if (map.Has(ServiceField.AverageResponse) && !map.Has(ServiceField.Received))
        {
            issues.Warn(header.Number, map[ServiceField.AverageResponse]!.Value.Header, "Svc_ResponseNeedsReceived", map[ServiceField.AverageResponse]!.Value.Header);
            map._columns.Remove(ServiceField.AverageResponse);
        }

        return map;
    }
}
