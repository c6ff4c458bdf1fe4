namespace Jixiao.Interchange.Text;

/// What a column of the indicator table (项目绩效目标表) holds, from its printed heading.
internal enum ColumnKind
{
    /// A heading that holds nothing (绩效指标, the merged cell beside the whole table) or one we do not know.
    Ignored,
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

/// The printed headings of the indicator table's columns, in all the spellings seen.
internal static class IndicatorColumns
{
    public static readonly LabelTrie<ColumnKind> Trie = new(All());

    private static IEnumerable<(string, ColumnKind)> All()
    {
        static IEnumerable<(string, ColumnKind)> Map(ColumnKind kind, params string[] labels) => labels.Select(l => (l, kind));

        return
        [
            // 保障绩效目标实现措施 heads the measures row beside the table on some forms (鄂州).
            .. Map(ColumnKind.Ignored, "绩效指标", "序号", "项目绩效指标", "保障绩效目标实现措施"),
            .. Map(ColumnKind.Level1, "一级指标", "一级", "一级指标名称"),
            .. Map(ColumnKind.Level2, "二级指标", "二级", "二级指标名称"),
            .. Map(ColumnKind.Name, "三级指标", "三级", "三级指标名称", "指标名称", "指标内容", "绩效指标名称"),
            .. Map(ColumnKind.Target, "指标值", "年度数值", "目标值", "年度指标值", "年度目标值", "当年预期实现值", "预期目标值", "计划指标值",
                "绩效指标值", "年度值", "年度指标", "指标目标值", "预期值", "目标值(年度)", "年度预期目标值", "本年度指标值"),
            .. Map(ColumnKind.LongTermTarget, "中长期指标值", "中期指标值", "长期指标值", "中长期目标值", "中期目标值", "中长期指标", "实施期指标值", "整体指标值"),
            .. Map(ColumnKind.Unit, "计量单位", "度量单位", "单位", "指标单位"),
            .. Map(ColumnKind.Direction, "指标性质", "指标属性"),
            .. Map(ColumnKind.Operator, "指标方向", "指标方向性", "运算符号", "符号"),
            .. Map(ColumnKind.Weight, "分值", "权重", "指标分值", "指标权重", "权重(%)", "分值(分)"),
            .. Map(ColumnKind.ValueBasis, "绩效标准", "取值依据", "指标值确定依据", "评价标准", "指标值设定依据", "标准"),
            .. Map(ColumnKind.Explanation, "指标解释", "指标说明", "指标内涵"),
            .. Map(ColumnKind.ScoringRule, "评(扣)分标准", "评分标准", "扣分标准", "评分规则"),
            .. Map(ColumnKind.Remark, "备注", "说明"),
            .. Map(ColumnKind.ProjectDepartment, "单位名称", "部门名称", "预算单位"),
            .. Map(ColumnKind.ProjectName, "项目名称"),
            .. Map(ColumnKind.ProjectBudget, "预算数", "预算金额", "项目金额", "资金总额"),
            .. Map(ColumnKind.ProjectAnnualGoal, "年度目标", "年度绩效目标"),
            .. Map(ColumnKind.ProjectOverallGoal, "总体目标", "中长期目标"),
        ];
    }

    /// True for the columns that say where an indicator sits in the tree: a table heading needs two of these.
    public static bool IsTreeColumn(ColumnKind kind) => kind is ColumnKind.Level1 or ColumnKind.Level2 or ColumnKind.Name;

    public static bool IsProjectColumn(ColumnKind kind) => kind is ColumnKind.ProjectDepartment or ColumnKind.ProjectName
        or ColumnKind.ProjectBudget or ColumnKind.ProjectAnnualGoal or ColumnKind.ProjectOverallGoal;
}
