using Jixiao.Domain.Checks;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;

namespace Jixiao.Interchange.Excel.Summary;

/// One declaration's line of the summary workbook (汇总表) that a finance bureau gets with a bulk export, and its
/// indicators for the second sheet. Flat data only, so that hundreds of them stay small while the export runs.
public sealed record SummaryEntry
{
    /// 项目名称
    public required string ProjectName { get; init; }

    /// 编报部门 (the competent department, 主管部门, the declaration is filed under).
    public string Department { get; init; } = "";

    /// 年度
    public int? Year { get; init; }

    /// 审核状态 as the UI shows it: 草稿, 审核中, 退回修改, 已批复, 不予通过.
    public string Status { get; init; } = "";

    /// 当前审核环节: the stage the declaration waits at, or null when it waits at none.
    public string? CurrentStage { get; init; }

    /// The version exported (版本号).
    public int? Version { get; init; }

    /// 项目总预算, 本年度申请预算 and 结转结余总额 in 万元.
    public decimal? BudgetTotal { get; init; }
    public decimal? BudgetCurrentYear { get; init; }
    public decimal? BudgetCarryOver { get; init; }

    /// The indicator table (三级指标) in printed order.
    public IReadOnlyList<SummaryIndicator> Indicators { get; init; } = [];

    /// How many error- and warning-level findings the checker reports.
    public int Errors { get; init; }
    public int Warnings { get; init; }

    /// The declaration's own file inside the export, so that a reader of the summary finds it.
    public string? FileName { get; init; }

    /// The server's id of the declaration (申报表编号).
    public string? Id { get; init; }

    /// The line for <paramref name="declaration"/>, with the counts of <paramref name="findings"/>; the server adds
    /// what only it knows (department, status, stage, version, file name, id) with <c>with</c>.
    public static SummaryEntry Of(Declaration declaration, IEnumerable<Finding> findings)
    {
        var severities = findings.Select(f => f.Severity).ToList();
        return new SummaryEntry
        {
            ProjectName = declaration.ProjectName ?? "",
            Department = declaration.Department ?? "",
            Year = declaration.Year,
            BudgetTotal = declaration.Budget.Total?.Value,
            BudgetCurrentYear = declaration.Budget.CurrentYear?.Value,
            BudgetCarryOver = declaration.Budget.CarryOver?.Value,
            Indicators = [.. declaration.Indicators.Select(i => new SummaryIndicator(i.Level1, i.Level2, i.Name, i.Target.ToString(), i.Target.Kind))],
            Errors = severities.Count(s => s == Severity.Error),
            Warnings = severities.Count(s => s == Severity.Warning),
        };
    }
}

/// One indicator on the summary's second sheet: 一级指标, 二级指标, 三级指标, 指标值 as written, and its kind.
public sealed record SummaryIndicator(string Level1, string Level2, string Name, string Target, TargetKind Kind);
