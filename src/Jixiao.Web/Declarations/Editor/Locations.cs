using System.Globalization;
using System.Text.RegularExpressions;

namespace Jixiao.Web.Declarations.Editor;

/// The locations findings and review comments point at (docs/json.md: projectName, budget.total,
/// fundSources[0].children[1].currentYear, indicators[12].target, indicators[12], indicators), turned into the
/// element that shows them on the page and a label a person understands.
public static partial class Locations
{
    /// The table as a whole (REQUIRED_CATEGORY, CATEGORY_COVERAGE …).
    public const string IndicatorTable = "indicators";

    public static string Indicator(int index) => string.Create(CultureInfo.InvariantCulture, $"indicators[{index}]");

    public static string Indicator(int index, string member) => $"{Indicator(index)}.{member}";

    /// The id of the element showing <paramref name="location"/>: f-indicators-12-target,
    /// f-fundSources-0-children-1-currentYear, f-projectName.
    public static string ElementId(string location) => "f-" + Separators().Replace(location, "-").Trim('-');

    /// The element to move to for a finding or comment at <paramref name="location"/>: the field itself, a row's name
    /// for the row, its category choice for its level 1 or level 2, the section heading for the table as a whole.
    public static string FocusId(string location)
    {
        if (IndicatorIndex(location) is { } i)
            return IndicatorMember(location) switch
            {
                null => ElementId(Indicator(i, "name")),
                "level1" or "level2" => ElementId(Indicator(i, "category")),
                var member => ElementId(Indicator(i, member)),
            };
        if (location == IndicatorTable) return "indicators-title";
        if (location.StartsWith("projectTypes", StringComparison.Ordinal)) return "project-types-title";
        if (location == "fundSources") return "fund-sources-title";
        return ElementId(location);
    }

    /// 12 for indicators[12] and indicators[12].target; null for any other location.
    public static int? IndicatorIndex(string location)
    {
        var match = IndicatorPath().Match(location);
        return match.Success ? int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture) : null;
    }

    /// target for indicators[12].target; null for the row itself or another location.
    public static string? IndicatorMember(string location)
    {
        var match = IndicatorPath().Match(location);
        return match.Success && match.Groups[2].Success ? match.Groups[2].Value : null;
    }

    /// 项目名称; 第 13 条指标「…」的指标值; 资金来源「本级财政安排」本年度资金.
    public static string Label(string location, DeclarationDraft draft)
    {
        if (DraftFields.Label(location) is { } label) return label;
        if (location == IndicatorTable) return "绩效指标表";
        if (IndicatorIndex(location) is { } i)
        {
            var name = i < draft.Indicators.Count && draft.Indicators[i].Name is { Length: > 0 } n ? $"「{Shorten(n)}」" : "";
            var member = IndicatorMember(location) switch
            {
                "name" => "的三级指标",
                "target" => "的指标值",
                "level1" => "的一级指标",
                "level2" => "的二级指标",
                _ => "",
            };
            return $"第 {i + 1} 条指标{name}{member}";
        }
        if (location.StartsWith("fundSources", StringComparison.Ordinal)) return FundSourceLabel(location, draft);
        if (location.StartsWith("projectTypes", StringComparison.Ordinal)) return "项目类型";
        return location;
    }

    private static string FundSourceLabel(string location, DeclarationDraft draft)
    {
        var column = location.EndsWith(".currentYear", StringComparison.Ordinal) ? "本年度资金"
            : location.EndsWith(".priorYear", StringComparison.Ordinal) ? "上年度资金" : "";
        List<FundSourceRow> rows = draft.FundSources;
        FundSourceRow? row = null;
        foreach (Match step in FundSourceStep().Matches(location))
        {
            var index = int.Parse(step.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            if (index >= rows.Count) break;
            row = rows[index];
            rows = row.Children;
        }
        return row is null ? $"资金来源{column}" : $"资金来源「{row.Name}」{column}";
    }

    private static string Shorten(string text) => text.Length <= 24 ? text : text[..23] + "…";

    [GeneratedRegex(@"[\[\]\.]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^indicators\[(\d+)\](?:\.(\w+))?$")]
    private static partial Regex IndicatorPath();

    [GeneratedRegex(@"(?:fundSources|children)\[(\d+)\]")]
    private static partial Regex FundSourceStep();
}
