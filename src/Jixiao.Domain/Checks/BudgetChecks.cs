using Jixiao.Domain.Budget;
using Jixiao.Domain.Declarations;

namespace Jixiao.Domain.Checks;

/// Checks of the budget line (项目总预算 / 本年度申请预算 / 结转结余总额), all in 万元.
internal static class BudgetChecks
{
    /// BUDGET_SUM: 项目总预算 = 本年度申请预算 + 结转结余总额. A blank carry-over is 0 (a new project has none);
    /// a blank total or request is REQUIRED_FIELD's finding, not this one.
    public static void TotalMustAddUp(Declaration d, CheckOptions options, List<Finding> findings)
    {
        if (d.Budget is not { Total: { } total, CurrentYear: { } currentYear } budget) return;
        var carryOver = budget.CarryOver ?? WanYuan.Zero;
        var sum = currentYear + carryOver;
        if (Math.Abs((total - sum).Value) < options.AmountTolerance) return;
        var carryOverText = budget.CarryOver is null ? "结转结余总额（未填，按 0 计）" : $"结转结余总额 {Zh.Amount(carryOver)}";
        findings.Add(Rules.BudgetSum.At("budget.total",
            $"项目总预算 {Zh.Amount(total)} ≠ 本年度申请预算 {Zh.Amount(currentYear)} + {carryOverText} = {Zh.Amount(sum)}：请核对这三个金额。",
            $"项目总预算应为 {Zh.Amount(sum)}；或改正本年度申请预算、结转结余总额。"));
    }
}
