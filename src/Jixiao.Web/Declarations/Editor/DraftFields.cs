using System.Globalization;

namespace Jixiao.Web.Declarations.Editor;

/// One field of the form outside the tables: its JSON path (the location findings and comments use), its label on the
/// paper form, and how to read and write it as text.
public sealed record DraftField(string Path, string Label, Func<DeclarationDraft, string?> Get, Action<DeclarationDraft, string?> Set);

/// Every field of the header, basic information and budget, in the order of the paper form: one place for their
/// paths and Chinese labels.
public static class DraftFields
{
    public static DraftField Text(string path, string label, Func<DeclarationDraft, string?> get, Action<DeclarationDraft, string?> set) =>
        new(path, label, get, set);

    public static IReadOnlyList<DraftField> All { get; } =
    [
        Text("title", "标题", d => d.Title, (d, v) => d.Title = v),
        new("year", "年度", d => d.Year?.ToString(CultureInfo.InvariantCulture),
            (d, v) => d.Year = int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null),
        Text("region", "地区", d => d.Region, (d, v) => d.Region = v),
        Text("projectName", "项目名称", d => d.ProjectName, (d, v) => d.ProjectName = v),
        Text("department", "编报部门", d => d.Department, (d, v) => d.Department = v),
        Text("departmentHead", "部门负责人", d => d.DepartmentHead, (d, v) => d.DepartmentHead = v),
        Text("budgetCode", "部门预算编码", d => d.BudgetCode, (d, v) => d.BudgetCode = v),
        Date("filedOn", "编报时间", d => d.FiledOn, (d, v) => d.FiledOn = v),
        Text("projectLead", "项目负责人", d => d.ProjectLead, (d, v) => d.ProjectLead = v),
        Text("contactPerson", "联系人", d => d.ContactPerson, (d, v) => d.ContactPerson = v),
        Text("contactPhone", "联系电话", d => d.ContactPhone, (d, v) => d.ContactPhone = v),
        Date("startDate", "起始日期", d => d.StartDate, (d, v) => d.StartDate = v),
        Date("endDate", "结束日期", d => d.EndDate, (d, v) => d.EndDate = v),
        Text("implementingUnit", "实施单位", d => d.ImplementingUnit, (d, v) => d.ImplementingUnit = v),
        Text("projectAttribute", "项目属性", d => d.ProjectAttribute, (d, v) => d.ProjectAttribute = v),
        Text("overview", "项目概况", d => d.Overview, (d, v) => d.Overview = v),
        Text("measures", "保证项目实施的制度及措施", d => d.Measures, (d, v) => d.Measures = v),
        Text("overallGoal", "项目总目标", d => d.OverallGoal, (d, v) => d.OverallGoal = v),
        Text("annualGoal", "年度绩效目标", d => d.AnnualGoal, (d, v) => d.AnnualGoal = v),
        Text("budget.total", "项目总预算（万元）", d => d.BudgetTotal.Text, (d, v) => d.BudgetTotal.Text = v ?? ""),
        Text("budget.currentYear", "本年度申请预算（万元）", d => d.BudgetCurrentYear.Text, (d, v) => d.BudgetCurrentYear.Text = v ?? ""),
        Text("budget.carryOver", "结转结余总额（万元）", d => d.BudgetCarryOver.Text, (d, v) => d.BudgetCarryOver.Text = v ?? ""),
    ];

    private static readonly Dictionary<string, DraftField> ByPath = All.ToDictionary(f => f.Path);

    public static DraftField? Find(string path) => ByPath.GetValueOrDefault(path);

    /// The label of a field path, or null for a path that is not one of these fields.
    public static string? Label(string path) => Find(path)?.Label;

    private static DraftField Date(string path, string label, Func<DeclarationDraft, DateOnly?> get, Action<DeclarationDraft, DateOnly?> set) =>
        new(path, label,
            d => get(d)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            (d, v) => set(d, DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null));
}
