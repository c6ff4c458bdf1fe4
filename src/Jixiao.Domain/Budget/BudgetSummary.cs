namespace Jixiao.Domain.Budget;

/// 项目总预算 = 本年度申请预算 + 结转结余总额, all in 万元. A blank cell on the form is null, not zero.
public sealed record BudgetSummary
{
    /// 项目总预算 (total budget of the project).
    public WanYuan? Total { get; init; }

    /// 本年度申请预算 (this year's request).
    public WanYuan? CurrentYear { get; init; }

    /// 结转结余总额 (carry-over): money from earlier years re-appropriated to this project this year.
    public WanYuan? CarryOver { get; init; }

    public static readonly BudgetSummary Empty = new();
}
