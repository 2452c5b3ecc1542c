namespace OpsDashboard.Data.Import.Parsing;

/// <summary>
/// Gives each header cell its meaning for the import kind, and reports what the header itself gets
/// wrong: unknown columns (warning), columns of another kind (warning), two columns for the same
/// fact, a rate that cannot be converted for lack of visitors (errors).
/// </summary>
internal static class HeaderMapper
{
    public static ColumnLayout Map(RawRow header, ImportKind kind, IssueCollector issues, DateOnly? fileDate = null, HeaderDialect? dialect = null)
    {
        dialect ??= HeaderDialects.BusinessAdvisor;
        var meanings = dialect.Meanings(header.Cells);
        var reasonsSaid = new HashSet<string>(StringComparer.Ordinal);
        var row = header.Number;
        var kindFacts = FactColumns.For(kind);
        var keys = new Dictionary<KeyField, BoundColumn>();
        var facts = new List<BoundFact>();
        var rates = new List<BoundMetric>();
        var derived = new List<BoundMetric>();

        for (var index = 0; index < header.Cells.Count; index++)
        {
            var text = HeaderCatalog.Clean(header.Cells[index]);
            if (text.Length == 0)
            {
                continue;
            }

            var column = new BoundColumn(index, text);
            switch (meanings[index])
            {
                case null:
                    issues.Warn(row, text, "UnknownColumn", text);
                    break;
                case IgnoredColumn { Reason: var reason }:
                    // A caveat column (JD's 同比 after every figure) is explained once, not once per column.
                    if (reasonsSaid.Add(reason.Key + "\u0000" + string.Join("\u0000", reason.Arguments)))
                    {
                        issues.Warn(row, text, new ImportMessage("IgnoredColumn", text, dialect.ExportName, reason));
                    }

                    break;
                case KeyColumn { Field: var field } when !AppliesTo(field, kind):
                    issues.Warn(row, text, NotPartOf(text, KeyLabel(field), kind));
                    break;
                case KeyColumn { Field: var field } when keys.TryGetValue(field, out var first):
                    issues.Error(row, text, BothHold(first.Header, text, KeyLabel(field)));
                    break;
                case KeyColumn { Field: var field }:
                    keys[field] = column;
                    break;
                case FactColumnMeaning { Fact: var name }:
                    var fact = kindFacts.FirstOrDefault(candidate => candidate.Name == name);
                    if (fact is null)
                    {
                        issues.Warn(row, text, NotPartOf(text, FactLabels.Of(name), kind));
                    }
                    else if (facts.FirstOrDefault(bound => bound.Fact.Name == name) is { } firstFact)
                    {
                        issues.Error(row, text, BothHold(firstFact.Column.Header, text, FactLabels.Of(name)));
                    }
                    else
                    {
                        facts.Add(new BoundFact(column, fact));
                    }

                    break;
                case CountRateColumn { Rate: var rate } when Applies(rate, kindFacts):
                    rates.Add(new BoundMetric(column, rate));
                    break;
                case DerivedMetricColumn { Metric: var metric } when Applies(metric, kindFacts):
                    derived.Add(new BoundMetric(column, metric));
                    break;
                default:
                    // A recognised rate whose inputs this kind does not store (CTR in a store file): nothing to check.
                    break;
            }
        }

        var conversions = new List<BoundMetric>();
        var checks = new List<BoundMetric>();
        foreach (var rate in rates)
        {
            if (facts.Any(bound => bound.Fact.Name == rate.Metric.Numerator))
            {
                // The count wins; its rate is only a cross-check.
                checks.Add(rate);
            }
            else if (conversions.FirstOrDefault(bound => bound.Metric.Numerator == rate.Metric.Numerator) is { } first)
            {
                issues.Error(row, rate.Column.Header, BothHold(first.Column.Header, rate.Column.Header, new ImportMessage("RateOf", FactLabels.Of(rate.Metric.Numerator))));
            }
            else if (facts.Any(bound => bound.Fact.Name == rate.Metric.Denominator))
            {
                conversions.Add(rate);
            }
            else
            {
                issues.Error(row, rate.Column.Header, "RateNeedsDenominator", rate.Column.Header, FactLabels.Of(rate.Metric.Numerator), FactLabels.Of(rate.Metric.Denominator));
            }
        }

        checks.AddRange(derived.Where(metric =>
            facts.Any(bound => bound.Fact.Name == metric.Metric.Numerator)
            && facts.Any(bound => bound.Fact.Name == metric.Metric.Denominator)));

        return new ColumnLayout
        {
            Kind = kind,
            HeaderRowNumber = row,
            Keys = keys,
            Facts = facts,
            Conversions = conversions,
            Checks = checks,
            FileDate = fileDate,
            Dialect = dialect,
            CountsSessions = dialect is ShopifyDialect && ShopifyDialect.CountsSessions(header.Cells.Select(HeaderCatalog.Normalize).ToList()),
        };
    }

    private static bool AppliesTo(KeyField field, ImportKind kind) => field switch
    {
        KeyField.SkuCode or KeyField.SkuName or KeyField.SkuCategory => kind == ImportKind.SkuDaily,
        KeyField.SourceName or KeyField.SourceKind => kind == ImportKind.SourceDaily,
        _ => true,
    };

    private static bool Applies(DerivedMetric metric, IReadOnlyList<FactColumn> kindFacts) =>
        kindFacts.Any(fact => fact.Name == metric.Numerator) && kindFacts.Any(fact => fact.Name == metric.Denominator);

    private static ImportMessage KeyLabel(KeyField field) => new("Key_" + field);

    private static ImportMessage NotPartOf(string header, ImportMessage label, ImportKind kind) =>
        new("NotPartOfKind", header, label, kind.ToApiName());

    private static ImportMessage BothHold(string first, string second, ImportMessage label) =>
        new("BothHold", first, second, label);
}
