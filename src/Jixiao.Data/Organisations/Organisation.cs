namespace Jixiao.Data.Organisations;

/// What an organisation is in the tree: the finance bureau (财政局) with its sections (科室) on one side, competent
/// departments (主管部门) with their budget units (预算单位) on the other.
public enum OrganisationKind
{
    /// 财政局
    FinanceBureau,
    /// 财政局科室: a section of the finance bureau; <see cref="Organisation.SectionKind"/> says which.
    FinanceSection,
    /// 主管部门
    Department,
    /// 预算单位, under a department.
    BudgetUnit,
}

/// Which review stage a finance section (科室) serves.
public enum SectionKind
{
    /// 业务科: serves the departments assigned to it.
    Business,
    /// 绩效评价科
    PerformanceEvaluation,
    /// 债务金融科
    DebtFinance,
    /// 政府采购监管科
    ProcurementSupervision,
}

/// A node of the organisation tree.
public sealed class Organisation
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public OrganisationKind Kind { get; set; }

    /// Set for a finance section only.
    public SectionKind? SectionKind { get; set; }

    public Guid? ParentId { get; set; }
    public Organisation? Parent { get; set; }

    /// 部门预算编码, for departments and budget units.
    public string? BudgetCode { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// 业务科 assignment: which business section reviews the declarations of which department.
public sealed class SectionAssignment
{
    public Guid SectionId { get; set; }
    public Guid DepartmentId { get; set; }
}
