using Jixiao.Domain.Budget;
using Jixiao.Domain.Indicators;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Declarations;

/// 预算绩效目标申报表: everything the form says, typed. Blank cells are null, never invented.
/// The declaration's life on the server (status, versions, review steps) is kept beside it, not in it.
public sealed record Declaration
{
    // ── Header (表头) ──

    /// The form's title as printed: 南昌市预算绩效目标申报表.
    public string? Title { get; init; }

    /// 年度
    public int? Year { get; init; }

    /// 地区, e.g. 南昌市.
    public string? Region { get; init; }

    /// 项目名称
    public string? ProjectName { get; init; }

    /// 编报部门(盖章)
    public string? Department { get; init; }

    /// 部门负责人
    public string? DepartmentHead { get; init; }

    /// 部门预算编码
    public string? BudgetCode { get; init; }

    /// 编报时间
    public DateOnly? FiledOn { get; init; }

    // ── Basic information (项目基本情况) ──

    /// 项目负责人
    public string? ProjectLead { get; init; }

    /// 联系人
    public string? ContactPerson { get; init; }

    /// 联系电话
    public string? ContactPhone { get; init; }

    /// 起始日期
    public DateOnly? StartDate { get; init; }

    /// 结束日期
    public DateOnly? EndDate { get; init; }

    /// 项目概况
    public string? Overview { get; init; }

    /// 保证项目实施的制度及措施
    public string? Measures { get; init; }

    /// 项目总目标 (for a multi-year project, the goal over its whole period).
    public string? OverallGoal { get; init; }

    /// 年度绩效目标
    public string? AnnualGoal { get; init; }

    /// 实施单位, on forms that name the implementing unit beside the competent department.
    public string? ImplementingUnit { get; init; }

    /// 项目属性 (新增/延续), on forms that print it.
    public string? ProjectAttribute { get; init; }

    /// 项目类型: chosen by the filer; decides the review route.
    public ValueList<ProjectType> ProjectTypes { get; init; } = [];

    // ── Money (万元) ──

    public BudgetSummary Budget { get; init; } = BudgetSummary.Empty;

    /// 项目预算资金来源构成: a tree whose root is normally 合计.
    public ValueList<FundSource> FundSources { get; init; } = [];

    // ── Targets and review ──

    /// The indicator table (项目绩效目标), in printed order.
    public ValueList<Indicator> Indicators { get; init; } = [];

    /// The review boxes (审核意见), in printed order.
    public ValueList<ReviewBox> Reviews { get; init; } = [];

    /// The notes under the table (注：1. … 2. … 3. …), without their numbering.
    public ValueList<string> Notes { get; init; } = [];

    /// Labelled values the model has no field for, kept so nothing on the form is lost.
    public ValueList<FormField> OtherFields { get; init; } = [];

    /// 101号 when cost is a level-1 category anywhere in the table, else 88号.
    public IndicatorSchema Schema
    {
        get
        {
            // By index, not LINQ: the checker asks on every run, and the web form checks on every edit.
            for (var i = 0; i < Indicators.Count; i++)
                if (Indicators[i].Level1 == IndicatorTaxonomy.Cost) return IndicatorSchema.Fiscal2021No101;
            return IndicatorSchema.Fiscal2015No88;
        }
    }
}
