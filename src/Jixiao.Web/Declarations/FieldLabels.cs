using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Interchange.Json;

namespace Jixiao.Web.Declarations;

/// Says in Chinese which field of the form a location of docs/json.md names — "budget.total" is 项目总预算,
/// "indicators[12].target" the 指标值 of the 13th indicator — for findings, review comments and version diffs.
public static partial class FieldLabels
{
    private static readonly Dictionary<string, string> Members = new(StringComparer.Ordinal)
    {
        ["title"] = "标题", ["year"] = "年度", ["region"] = "地区", ["projectName"] = "项目名称", ["department"] = "编报部门",
        ["departmentHead"] = "部门负责人", ["budgetCode"] = "部门预算编码", ["filedOn"] = "编报时间", ["projectLead"] = "项目负责人",
        ["contactPerson"] = "联系人", ["contactPhone"] = "联系电话", ["startDate"] = "起始日期", ["endDate"] = "结束日期",
        ["overview"] = "项目概况", ["measures"] = "保证项目实施的制度及措施", ["overallGoal"] = "项目总目标", ["annualGoal"] = "年度绩效目标",
        ["implementingUnit"] = "实施单位", ["projectAttribute"] = "项目属性", ["projectTypes"] = "项目类型", ["budget"] = "预算",
        ["fundSources"] = "项目预算资金来源构成", ["indicators"] = "绩效指标表", ["reviews"] = "审核意见", ["notes"] = "注",
        ["otherFields"] = "其他栏目",
        // budget
        ["total"] = "项目总预算", ["currentYear"] = "本年度资金", ["carryOver"] = "结转结余总额",
        // fund sources
        ["priorYear"] = "上年度资金", ["children"] = "分项",
        // indicators
        ["level1"] = "一级指标", ["level2"] = "二级指标", ["name"] = "三级指标", ["target"] = "指标值", ["text"] = "指标值",
        ["longTermTarget"] = "中长期指标值", ["unit"] = "计量单位", ["direction"] = "指标性质", ["operator"] = "指标方向",
        ["weight"] = "分值", ["valueBasis"] = "取值依据", ["explanation"] = "指标解释", ["scoringRule"] = "评（扣）分标准",
        ["remark"] = "备注", ["label"] = "栏目", ["value"] = "内容", ["opinion"] = "审核意见", ["reviewer"] = "审核人", ["date"] = "日期",
    };

    /// The Chinese name of the field at <paramref name="location"/>; with the declaration, rows are named by their content
    /// (第13条指标「用户满意度」). An unknown path is returned as it is.
    public static string Describe(string location, DeclarationDto? declaration = null)
    {
        if (string.IsNullOrWhiteSpace(location)) return "";
        var parts = location.Split('.');
        var words = new List<string>();
        for (var i = 0; i < parts.Length; i++)
        {
            var match = Indexed().Match(parts[i]);
            if (!match.Success) return location;
            var member = match.Groups["member"].Value;
            var index = match.Groups["index"].Success ? int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture) : (int?)null;
            words.Add((member, index, i) switch
            {
                ("budget", null, 0) when parts.Length > 1 => "",
                ("currentYear", null, 1) when parts[0] == "budget" => "本年度申请预算",
                ("text", null, _) when i > 0 && parts[i - 1].StartsWith("target", StringComparison.Ordinal) => "",
                ("indicators", { } n, 0) => $"第{n + 1}条指标" + IndicatorName(declaration, n),
                ("fundSources", { } n, 0) => $"资金来源「{FundSourceName(declaration, parts, i) ?? (n + 1).ToString(CultureInfo.InvariantCulture)}」",
                ("children", { } n, _) => FundSourceName(declaration, parts, i) is { } name ? $"「{name}」" : $"第{n + 1}分项",
                ("reviews", { } n, 0) => $"第{n + 1}个审核意见栏",
                ("otherFields", { } n, 0) => $"其他栏目第{n + 1}项",
                ("projectTypes", { } n, 0) => $"项目类型第{n + 1}项",
                ("notes", { } n, 0) => $"注{n + 1}",
                (_, { } n, _) => $"{Label(member)}第{n + 1}项",
                _ => Label(member),
            });
        }
        return string.Join(" ", words.Where(w => w.Length > 0)).Replace("」 「", "」「", StringComparison.Ordinal);
    }

    private static string Label(string member) => Members.GetValueOrDefault(member, member);

    private static string IndicatorName(DeclarationDto? declaration, int index) =>
        declaration?.Indicators is { } rows && index < rows.Count && rows[index]?.Name is { Length: > 0 } name ? $"「{name}」" : "";

    /// The name of the fund-source row that parts[..(last + 1)] points at (合计, 财政拨款 …), when the declaration is known.
    private static string? FundSourceName(DeclarationDto? declaration, string[] parts, int last)
    {
        IReadOnlyList<FundSourceDto?>? rows = declaration?.FundSources;
        FundSourceDto? row = null;
        for (var i = 0; i <= last; i++)
        {
            var match = Indexed().Match(parts[i]);
            if (!match.Groups["index"].Success || rows is null) return null;
            var n = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture);
            if (n >= rows.Count) return null;
            row = rows[n];
            rows = row?.Children;
        }
        return row?.Name;
    }

    [GeneratedRegex(@"^(?<member>[A-Za-z]+)(\[(?<index>\d+)\])?$")]
    private static partial Regex Indexed();
}
