namespace Jixiao.Interchange.Excel.Reading;

/// Fields of the form that hold one value beside their label.
internal enum ScalarField
{
    ProjectName,
    Department,
    DepartmentHead,
    BudgetCode,
    FiledOn,
    Region,
    ProjectTypes,
    ProjectLead,
    ContactPerson,
    ContactPhone,
    StartDate,
    EndDate,
    ImplementingUnit,
    ProjectAttribute,
    Overview,
    Measures,
    OverallGoal,
    AnnualGoal,
    BudgetTotal,
    BudgetCurrentYear,
    BudgetCarryOver,
}

/// The spellings of each label the reader accepts (the Nanchang form's and those seen on other regions' forms),
/// and the set of every label key, so a value lookup never takes the next label for a value.
internal static class KnownLabels
{
    public static readonly IReadOnlyDictionary<ScalarField, string[]> Spellings = new Dictionary<ScalarField, string[]>
    {
        [ScalarField.ProjectName] = [FormLabels.ProjectName],
        [ScalarField.Department] = [FormLabels.Department, "编报部门", "编报单位(盖章)", "编报单位", "主管部门(盖章)", "主管部门", "申报单位(盖章)", "申报单位", "申报部门", "预算单位"],
        [ScalarField.DepartmentHead] = [FormLabels.DepartmentHead, "单位负责人"],
        [ScalarField.BudgetCode] = [FormLabels.BudgetCode, "预算编码", "部门编码", "单位编码", "预算单位编码"],
        [ScalarField.FiledOn] = [FormLabels.FiledOn, "编报日期", "填报时间", "填报日期", "申报时间", "申报日期"],
        [ScalarField.Region] = [FormLabels.Region],
        [ScalarField.ProjectTypes] = [FormLabels.ProjectTypes],
        [ScalarField.ProjectLead] = [FormLabels.ProjectLead],
        [ScalarField.ContactPerson] = [FormLabels.ContactPerson],
        [ScalarField.ContactPhone] = [FormLabels.ContactPhone, "电话", "联系方式"],
        [ScalarField.StartDate] = [FormLabels.StartDate, "开始日期", "项目起始日期", "起始时间", "开始时间"],
        [ScalarField.EndDate] = [FormLabels.EndDate, "完成日期", "项目结束日期", "结束时间", "完成时间"],
        [ScalarField.ImplementingUnit] = [FormLabels.ImplementingUnit, "项目实施单位"],
        [ScalarField.ProjectAttribute] = [FormLabels.ProjectAttribute],
        [ScalarField.Overview] = [FormLabels.Overview, "项目基本概况", "项目简介"],
        [ScalarField.Measures] = [FormLabels.Measures, "保证项目实施的制度、措施", "项目实施的制度及措施", "保障措施"],
        [ScalarField.OverallGoal] = [FormLabels.OverallGoal, "总体目标", "项目总体目标"],
        [ScalarField.AnnualGoal] = [FormLabels.AnnualGoal, "年度目标", "本年度绩效目标"],
        [ScalarField.BudgetTotal] = [FormLabels.BudgetTotal, "总预算"],
        [ScalarField.BudgetCurrentYear] = [FormLabels.BudgetCurrentYear, "本年度预算", "年度申请预算"],
        [ScalarField.BudgetCarryOver] = [FormLabels.BudgetCarryOver, "结转结余"],
    };

    public static readonly IReadOnlyDictionary<ScalarField, string[]> Keys =
        Spellings.ToDictionary(kv => kv.Key, kv => kv.Value.Select(FormLabels.Key).ToArray());

    /// Fields of 项目基本情况 proper: the rows between them hold the form's other labelled values.
    public static readonly ScalarField[] BasicInfo =
    [
        ScalarField.ProjectTypes, ScalarField.ProjectLead, ScalarField.ContactPerson, ScalarField.ContactPhone,
        ScalarField.StartDate, ScalarField.EndDate, ScalarField.ImplementingUnit, ScalarField.ProjectAttribute,
        ScalarField.Overview, ScalarField.Measures, ScalarField.OverallGoal, ScalarField.AnnualGoal,
    ];

    private static readonly HashSet<string> Others = new(
        new[]
        {
            FormLabels.BasicInfoHeading, FormLabels.AmountUnit, FormLabels.FundSection, FormLabels.FundName,
            FormLabels.FundPriorYear, FormLabels.FundCurrentYear, FormLabels.IndicatorHeading, FormLabels.IndicatorSection,
            FormLabels.ReviewSection, FormLabels.Reviewer, FormLabels.ReviewDate, FormLabels.Seal, "审核人", "审核人(盖章)", "单位:万元",
        }.Select(FormLabels.Key)
        // Not 单位/备注/说明/标准/符号/一级…: short words that are plausible values of a field, not only labels.
        .Concat(IndicatorColumns.Main.Concat(IndicatorColumns.Optional).Where(c => c.Field is not (IndicatorField.Unit or IndicatorField.Remark))
            .SelectMany(c => c.Keys).Where(key => key is not ("标准" or "符号" or "一级" or "二级" or "三级"))),
        StringComparer.Ordinal);

    private static readonly HashSet<string> All = new(Keys.Values.SelectMany(k => k).Concat(Others), StringComparer.Ordinal);

    public static bool IsLabel(string key) => All.Contains(key);
}
