namespace Jixiao.Interchange.Text;

/// What a column of the indicator table (项目绩效目标表) holds, from its printed heading.
internal enum ColumnKind
{
    /// A heading that holds nothing: 绩效指标 (the merged cell beside the whole table), 序号.
    Ignored,

    /// A heading no form we know prints (数据来源, 考核方式): its cells are kept in the indicator's remark, headed by it.
    Other,

    /// 长期绩效指标 / 中长期绩效指标, the merged cell beside a table of long-term values (a form may print one above
    /// its 年度绩效指标 table): the table's values are long-term targets.
    LongTermTable,
    Level1,
    Level2,
    Name,
    Target,
    LongTermTarget,
    Unit,
    Direction,
    Operator,
    Weight,
    ValueBasis,
    Explanation,
    ScoringRule,
    Remark,

    /// 上年度实际水平 (大庆): last year's actual value beside this year's target. An indicator has no member for it (a
    /// baseline would be a domain and JSON change), and it is no explanation of the indicator, so it is kept in the
    /// remark, headed by its label ("上年度实际水平：38个"), as a reviewer reads it on the form.
    PriorYearValue,

    // The second group of a table that prints the tree twice, long-term values then annual ones
    // (二级指标 | 三级指标 | 指标值 | 二级指标 | 三级指标 | 计划指标值): the first group's value becomes the long-term one.
    SecondLevel2,
    SecondName,

    // Project columns of a table that lists projects and their indicators in one (单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 …).
    // ProjectOverallGoal stays last: IndicatorHeader sizes its lookup by it.
    ProjectDepartment,
    ProjectName,
    ProjectBudget,
    ProjectAnnualGoal,
    ProjectOverallGoal,
}

/// The printed headings of the indicator table's columns: every spelling of <see cref="IndicatorHeadings"/>, and the headings
/// of a table that lists projects too.
internal static class IndicatorColumns
{
    public static readonly LabelTrie<ColumnKind> Trie = new(All());

    private static IEnumerable<(string, ColumnKind)> All()
    {
        static IEnumerable<(string, ColumnKind)> Map(ColumnKind kind, params string[] labels) => labels.Select(l => (l, kind));

        return
        [
            // 保障绩效目标实现措施 heads the measures row beside the table on some forms (鄂州).
            // 项目年度绩效目标(定量目标) is the merged label beside the 范本's indicator table, as 绩效指标 is on others, and
            // 项目年度绩效目标衡量指标 on a 财政支出绩效目标申报表 sheet.
            .. Map(ColumnKind.Ignored, "绩效指标", "序号", "项目绩效指标", "保障绩效目标实现措施", "年度绩效指标", "本年度绩效指标",
                "项目年度绩效目标(定量目标)", "项目年度绩效目标衡量指标"),
            .. Map(ColumnKind.PriorYearValue, "上年度实际水平", "上年实际水平", "上年度实际值", "上年实际值"),
            .. Map(ColumnKind.LongTermTable, "长期绩效指标", "中长期绩效指标", "中期绩效指标", "项目中长期绩效指标",
                // Hunan's 项目支出绩效目标申报表: the indicators of the 总目标 (the whole project period), above 本年度绩效指标.
                "总目标绩效指标"),
            .. Enum.GetValues<IndicatorField>().SelectMany(field => Map(KindOf(field), [.. IndicatorHeadings.Of(field)])),
            // A city's 绩效目标评审申报表: 绩效目标内容 says what the row measures (often the template's own words, "完成该项目
            // 所需时间"), and the 描述 cell beside it holds the indicator written out, name and value in one ("车辆完好率≥95%"):
            // a value column whose cells carry their names (IndicatorHeader.TargetsCarryNames).
            .. Map(ColumnKind.Name, "绩效目标内容"),
            .. Map(ColumnKind.Target, "定量指标/定性指标描述", "定量指标／定性指标描述", "定量/定性指标描述", "定性/定量指标描述"),
            .. Map(ColumnKind.ProjectDepartment, "单位名称", "部门名称", "预算单位"),
            // 单位名称、项目名称 (云南): one column, the unit's name on its own row above its projects' rows.
            .. Map(ColumnKind.ProjectName, "项目名称", "单位名称、项目名称"),
            .. Map(ColumnKind.ProjectBudget, "预算数", "预算金额", "项目金额", "资金总额"),
            .. Map(ColumnKind.ProjectAnnualGoal, "年度目标", "年度绩效目标", "项目年度绩效目标"),
            .. Map(ColumnKind.ProjectOverallGoal, "总体目标", "中长期目标"),
        ];
    }

    /// The column kind of a field of the indicator table: the same name (the text reader knows more kinds).
    private static ColumnKind KindOf(IndicatorField field) => Enum.Parse<ColumnKind>(field.ToString());

    /// One character of the label beside the table (绩效指标, 项目/年度绩效指标) that a PDF gives one character per row
    /// when the label is printed vertically in a merged cell: "绩" before 一级指标 in the heading row, "效", "指", "标"
    /// before the first rows. Only these characters: a one-character cell elsewhere can be a value or a grade (优, 良).
    public static bool IsSideLabelFragment(string text) => text.Length == 1 && SideLabelCharacters.Contains(text[0]);

    private const string SideLabelCharacters = "项目年度绩效指标";

    /// A value column headed as a description (定量指标/定性指标描述): its cells write the indicator out, its name before
    /// its value.
    public static bool IsDescriptionHeading(string printed) => printed.EndsWith("描述", StringComparison.Ordinal);

    /// True for the columns that say where an indicator sits in the tree: a table heading needs two of these.
    public static bool IsTreeColumn(ColumnKind kind) => kind is ColumnKind.Level1 or ColumnKind.Level2 or ColumnKind.Name;

    public static bool IsProjectColumn(ColumnKind kind) => kind is ColumnKind.ProjectDepartment or ColumnKind.ProjectName
        or ColumnKind.ProjectBudget or ColumnKind.ProjectAnnualGoal or ColumnKind.ProjectOverallGoal;
}
