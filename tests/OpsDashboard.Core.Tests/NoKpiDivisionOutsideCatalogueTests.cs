using System.Reflection;
using System.Text.RegularExpressions;
using OpsDashboard.Core.Metrics;
using OpsDashboard.Testing;

namespace OpsDashboard.Core.Tests;

/// <summary>
/// Metric formulas live in Core/Metrics only (issue 9): this scans every .cs and .razor file under src
/// for a division one of whose operands is a totals sum — a property of the totals records (Visitors,
/// PaymentAmount, …) or a local named after a catalogue fact (visitors, paymentAmount, …) — and fails
/// naming the file and line. <c>Ratio.Of(a, b)</c> is a division too (a run rate's conversion was one).
/// Comments and string literals are removed first; Razor closing tags are not divisions.
/// </summary>
public sealed partial class NoKpiDivisionOutsideCatalogueTests
{
    [Fact]
    public void NoDivisionOfTwoTotalsSums_OutsideCoreMetrics()
    {
        var src = Path.Combine(RepositoryPaths.Root(), "src");
        var offenders = Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            // Data/Demo synthesises rows from a profile's target rates (it spreads, never evaluates, a KPI);
            // what it writes is imported and then read through the catalogue like any file.
            .Where(f => !IsUnder(f, src, "OpsDashboard.Core", "Metrics") && !IsUnder(f, src, "OpsDashboard.Data", "Demo") && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => KpiDivisions(File.ReadAllText(f)).Select(line => $"{Path.GetRelativePath(src, f)}:{line}"))
            .ToList();

        Assert.True(offenders.Count == 0, "A KPI sum is divided outside Core/Metrics; add a metric to Catalogue instead:\n" + string.Join('\n', offenders));
    }

    [Theory]
    [InlineData("var rate = t.PayingBuyers / (decimal)t.Visitors;")]
    [InlineData("var aov = current.PaymentAmount / previous.PaymentAmount;")]
    [InlineData("var change = (visitors - average) / average;")]
    [InlineData("x = Sum(s => s.Clicks) / impressions;")]
    [InlineData("cover = stock / (sku.Units / 7m);")]
    [InlineData("public decimal? ConversionRate => Ratio.Of(PayingBuyers, Visitors);")]
    [InlineData("var aov = Ratio.Of(totals.PaymentAmount, (decimal)totals.PayingBuyers);")]
    public void TheScan_FindsADivisionOfASum(string line) => Assert.Single(KpiDivisions(line));

    [Theory]
    [InlineData("<span>@row.Current.Visitors</span>")]
    [InlineData("var slot = PlotWidth / Math.Max(1, Weeks.Count);")]
    [InlineData("var perDay = (decimal)g.Sum(d => d.Visitors) / g.Count();")]
    [InlineData("// Visitors / page views")]
    [InlineData("var text = \"Σ Visitors / Σ PageViews\";")]
    [InlineData("<WallFigure Kpi=\"visitors\" Value=\"Report.Visitors\" />")]
    [InlineData("public decimal? DayAttainment => Ratio.Of(DayActual, DayTarget);")]
    public void TheScan_IgnoresMarkupCommentsStringsAndOtherDivisions(string line) => Assert.Empty(KpiDivisions(line));

    /// <summary>The line numbers of the divisions with a totals sum on either side.</summary>
    internal static IEnumerable<int> KpiDivisions(string source)
    {
        var lines = Clean(source).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (RatioOfSums(line))
            {
                yield return i + 1;
                continue;
            }

            for (var at = line.IndexOf('/', StringComparison.Ordinal); at >= 0; at = line.IndexOf('/', at + 1))
            {
                var before = at > 0 ? line[at - 1] : ' ';
                var after = at + 1 < line.Length ? line[at + 1] : ' ';
                if (before is '<' or '/' or '*' || after is '>' or '/' or '*' or '=')
                {
                    continue;
                }

                // A sum over a number of days (÷ 7, ÷ days.Count) is a per-day average, not a ratio of two sums.
                var right = RightOperand(line, at);
                if (PerDay().IsMatch(right))
                {
                    continue;
                }

                if (SumName().IsMatch(LeftOperand(line, at)) || SumName().IsMatch(right))
                {
                    yield return i + 1;
                    break;
                }
            }
        }
    }

    /// <summary>A <c>Ratio.Of(numerator, denominator)</c> call with a totals sum in either argument.</summary>
    private static bool RatioOfSums(string line)
    {
        for (var at = line.IndexOf("Ratio.Of(", StringComparison.Ordinal); at >= 0; at = line.IndexOf("Ratio.Of(", at + 1, StringComparison.Ordinal))
        {
            var start = at + "Ratio.Of(".Length;
            var depth = 0;
            var end = start;
            while (end < line.Length && !(depth == 0 && line[end] == ')'))
            {
                depth += line[end] is '(' ? 1 : line[end] is ')' ? -1 : 0;
                end++;
            }

            if (SumName().IsMatch(line[start..end]))
            {
                return true;
            }
        }

        return false;
    }

    private static string Clean(string source)
    {
        var noStrings = StringLiteral().Replace(source, _ => "\"\"");
        var noBlocks = BlockComment().Replace(noStrings, m => new string('\n', m.Value.Count(c => c == '\n')));
        return LineComment().Replace(noBlocks, string.Empty);
    }

    private static string LeftOperand(string line, int at)
    {
        var end = at - 1;
        while (end >= 0 && line[end] == ' ')
        {
            end--;
        }

        var start = end;
        var depth = 0;
        while (start >= 0)
        {
            var c = line[start];
            if (c is ')' or ']')
            {
                depth++;
            }
            else if (c is '(' or '[')
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
            }
            else if (depth == 0 && !(char.IsLetterOrDigit(c) || c is '_' or '.' or '!' or '?'))
            {
                break;
            }

            start--;
        }

        return line[(start + 1)..(end + 1)];
    }

    private static string RightOperand(string line, int at)
    {
        var start = at + 1;
        while (start < line.Length && line[start] == ' ')
        {
            start++;
        }

        var cast = Cast().Match(line, start);
        if (cast.Success && cast.Index == start)
        {
            start += cast.Length;
        }

        var end = start;
        var depth = 0;
        while (end < line.Length)
        {
            var c = line[end];
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
            }
            else if (depth == 0 && !(char.IsLetterOrDigit(c) || c is '_' or '.' or '!' or '?'))
            {
                break;
            }

            end++;
        }

        return line[start..end];
    }

    private static readonly Lazy<Regex> SumNames = new(() =>
    {
        var sums = new[] { typeof(StoreTotals), typeof(SkuTotals), typeof(SourceTotals) }
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.PropertyType == typeof(long) || p.PropertyType == typeof(long?) || p.PropertyType == typeof(decimal) || p.PropertyType == typeof(decimal?))
            .Select(p => p.Name)
            .Concat(Facts.All.Select(f => f.Key))
            .Concat([nameof(RateSums.Numerator), nameof(RateSums.Denominator)])
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(n => n.Length);
        return new Regex(@"\b(" + string.Join('|', sums) + @")\b", RegexOptions.CultureInvariant);
    });

    private static Regex SumName() => SumNames.Value;

    [GeneratedRegex("@?\"(?:\\\\.|[^\"\\\\\\n])*\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"/\*.*?\*/|@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex BlockComment();

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"^(\d[\d.]*m?|[\w.]*Count(\(\))?|[\w.]*Days)$")]
    private static partial Regex PerDay();

    [GeneratedRegex(@"\((decimal|double|long|int|float)\)\s*")]
    private static partial Regex Cast();

    private static bool IsUnder(string file, string src, params string[] folders) =>
        file.StartsWith(Path.Combine([src, .. folders]) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
