using Jixiao.Domain.Declarations;

namespace Jixiao.Domain.Checks;

/// The header and basic-information fields of the form (domain notes §2), with their JSON location, their label on
/// the form and what to write: one table that REQUIRED_FIELD and PLACEHOLDER both read.
internal static class RequiredFields
{
    public sealed record Field(string Location, string Label, string Hint, Func<Declaration, bool> IsFilled);

    public sealed record TextField(string Location, string Label, Func<Declaration, string?> Text);

    /// Every field REQUIRED_FIELD asks for, in form order.
    public static readonly Field[] All =
    [
        new("year", "年度", "请填写预算年度，如「2022」。", d => d.Year is not null),
        new("projectName", "项目名称", "请填写项目名称，与预算项目库中的名称一致。", d => Has(d.ProjectName)),
        new("department", "编报部门", "请填写编报部门全称。", d => Has(d.Department)),
        new("departmentHead", "部门负责人", "请填写部门负责人姓名。", d => Has(d.DepartmentHead)),
        new("budgetCode", "部门预算编码", "请填写部门预算编码，如「507001」。", d => Has(d.BudgetCode)),
        new("filedOn", "编报时间", "请填写编报日期。", d => d.FiledOn is not null),
        new("projectLead", "项目负责人", "请填写项目负责人姓名。", d => Has(d.ProjectLead)),
        new("contactPerson", "联系人", "请填写联系人姓名。", d => Has(d.ContactPerson)),
        new("contactPhone", "联系电话", "请填写联系人的手机号码或带区号的固定电话。", d => Has(d.ContactPhone)),
        new("startDate", "起始日期", "请填写项目起始日期。", d => d.StartDate is not null),
        new("endDate", "结束日期", "请填写项目结束日期。", d => d.EndDate is not null),
        new("overview", "项目概况", "请简要说明项目的内容、范围和实施方式。", d => Has(d.Overview)),
        new("measures", "保证项目实施的制度及措施", "请写明保证项目实施的制度和措施。", d => Has(d.Measures)),
        new("overallGoal", "项目总目标", "请写明项目在整个实施期内要达到的总目标。", d => Has(d.OverallGoal)),
        new("annualGoal", "年度绩效目标", "请写明本年度要完成的任务和要达到的效果，尽量量化。", d => Has(d.AnnualGoal)),
        new("budget.total", "项目总预算", "请填写项目总预算（万元）。", d => d.Budget.Total is not null),
        new("budget.currentYear", "本年度申请预算", "请填写本年度申请预算（万元）。", d => d.Budget.CurrentYear is not null),
    ];

    /// The free-text fields, in form order (PLACEHOLDER looks for template leftovers in them).
    public static readonly TextField[] TextFields =
    [
        new("projectName", "项目名称", d => d.ProjectName),
        new("department", "编报部门", d => d.Department),
        new("departmentHead", "部门负责人", d => d.DepartmentHead),
        new("budgetCode", "部门预算编码", d => d.BudgetCode),
        new("projectLead", "项目负责人", d => d.ProjectLead),
        new("contactPerson", "联系人", d => d.ContactPerson),
        new("contactPhone", "联系电话", d => d.ContactPhone),
        new("overview", "项目概况", d => d.Overview),
        new("measures", "保证项目实施的制度及措施", d => d.Measures),
        new("overallGoal", "项目总目标", d => d.OverallGoal),
        new("annualGoal", "年度绩效目标", d => d.AnnualGoal),
        new("implementingUnit", "实施单位", d => d.ImplementingUnit),
    ];

    private static bool Has(string? text) => !FormText.IsBlank(text);
}
