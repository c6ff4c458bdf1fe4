using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Declarations;

namespace Jixiao.Cli.Output;

/// Says where a finding points in the words of the form: "budget.total" → 项目总预算,
/// "indicators[12].target" → 第13个指标「…」的指标值. A location it does not know is shown as is.
internal static partial class LocationLabels
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["title"] = "表名", ["year"] = "年度", ["region"] = "地区", ["projectName"] = "项目名称",
        ["department"] = "编报部门", ["departmentHead"] = "部门负责人", ["budgetCode"] = "部门预算编码",
        ["filedOn"] = "编报时间", ["projectLead"] = "项目负责人", ["contactPerson"] = "联系人",
        ["contactPhone"] = "联系电话", ["startDate"] = "起始日期", ["endDate"] = "结束日期",
        ["overview"] = "项目概况", ["measures"] = "保证项目实施的制度及措施", ["overallGoal"] = "项目总目标",
        ["annualGoal"] = "年度绩效目标", ["implementingUnit"] = "实施单位", ["projectAttribute"] = "项目属性",
        ["projectTypes"] = "项目类型", ["budget"] = "预算", ["budget.total"] = "项目总预算",
        ["budget.currentYear"] = "本年度申请预算", ["budget.carryOver"] = "结转结余总额",
        ["fundSources"] = "项目预算资金来源构成", ["indicators"] = "绩效指标表", ["reviews"] = "审核意见",
        ["notes"] = "注", ["otherFields"] = "其他栏目",
    };

    private static readonly Dictionary<string, string> Members = new(StringComparer.Ordinal)
    {
        ["target"] = "指标值", ["name"] = "名称", ["level1"] = "一级指标", ["level2"] = "二级指标",
        ["longTermTarget"] = "中长期指标值", ["unit"] = "计量单位", ["direction"] = "指标性质", ["operator"] = "指标方向",
        ["weight"] = "分值", ["valueBasis"] = "取值依据", ["explanation"] = "指标解释", ["scoringRule"] = "评（扣）分标准",
        ["remark"] = "备注", ["priorYear"] = "上年度资金", ["currentYear"] = "本年度资金", ["opinion"] = "审核意见",
        ["reviewer"] = "审核人", ["date"] = "日期", ["stage"] = "栏目", ["label"] = "标签",
    };

    public static string Describe(string location, Declaration? declaration)
    {
        if (location.Length == 0) return "整份申报表";
        if (Fields.TryGetValue(location, out var field)) return field;

        var indexed = Indexed().Match(location);
        if (!indexed.Success) return location;
        var list = indexed.Groups["list"].Value;
        var index = int.Parse(indexed.Groups["index"].Value, CultureInfo.InvariantCulture);
        var rest = indexed.Groups["rest"].Value;
        return list switch
        {
            "indicators" => Indicator(index, rest, declaration),
            "reviews" => Review(index, rest, declaration),
            "fundSources" => FundSource(location, declaration),
            _ when Fields.TryGetValue(list, out var listLabel) => $"{listLabel}第{index + 1}项{Member(rest)}",
            _ => location,
        };
    }

    private static string Indicator(int index, string rest, Declaration? d)
    {
        var name = d is not null && index < d.Indicators.Count ? d.Indicators[index].Name : "";
        return $"第{index + 1}个指标{(name.Length > 0 ? $"「{Shorten(name)}」" : "")}{Member(rest)}";
    }

    private static string Review(int index, string rest, Declaration? d)
    {
        var label = d is not null && index < d.Reviews.Count && d.Reviews[index].Label.Length > 0 ? d.Reviews[index].Label : $"第{index + 1}个审核意见栏";
        return label + Member(rest);
    }

    /// "fundSources[0].children[1].currentYear" → 资金来源「财政拨款」的本年度资金, following the tree by index.
    private static string FundSource(string location, Declaration? d)
    {
        var rows = d?.FundSources;
        string? name = null;
        var rest = "";
        foreach (Match step in FundStep().Matches(location))
        {
            var index = int.Parse(step.Groups["index"].Value, CultureInfo.InvariantCulture);
            if (rows is null || index >= rows.Count) return location;
            name = rows[index].Name;
            rows = rows[index].Children;
            rest = step.Groups["rest"].Value;
        }
        return name is null ? location : $"资金来源「{name}」{Member(rest)}";
    }

    /// ".target" → "的指标值"; ".target.value" → "的指标值（value）"; "" → "".
    private static string Member(string rest)
    {
        var member = rest.TrimStart('.');
        if (member.Length == 0) return "";
        var first = member.Split('.', '[')[0];
        var nested = member[first.Length..].TrimStart('.');
        return "的" + (Members.TryGetValue(first, out var label) ? label : first) + (nested.Length > 0 ? $"（{nested}）" : "");
    }

    private static string Shorten(string name) => name.Length <= 24 ? name : name[..23] + "…";

    [GeneratedRegex(@"^(?<list>[A-Za-z]+)\[(?<index>\d+)\](?<rest>.*)$")]
    private static partial Regex Indexed();

    [GeneratedRegex(@"(?:fundSources|children)\[(?<index>\d+)\](?<rest>(?:\.(?!children\[)[A-Za-z]+)*)")]
    private static partial Regex FundStep();
}
