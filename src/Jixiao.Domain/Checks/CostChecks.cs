using System.Buffers;
using Jixiao.Domain.Indicators;

namespace Jixiao.Domain.Checks;

/// Checks of money in the indicator table: cost targets (成本指标) are amounts the budget can pay, and the budget
/// itself (an input) is not a target.
internal static class CostChecks
{
    /// COST_EXCEEDS_BUDGET: a cost target in money (元, 万元, 亿元; not per unit such as 元/人) is not above this year's
    /// request (本年度申请预算): the project cannot cost more than the money it asks for. Amounts in 元 are converted. A
    /// change ("降低10万元") is no cost.
    public static Finding? CostMustNotExceedTheRequest(in IndicatorRow row, CheckContext context)
    {
        if (!row.IsCost || row.Quantity is not { IsLevel: true } q || InWanYuan(q) is not { } amount) return null;
        var budget = context.Declaration.Budget;
        if (budget.CurrentYear is not { } request) return null;
        var limit = request.Value + (context.Options.CostLimitIncludesCarryOver ? budget.CarryOver?.Value ?? 0m : 0m);
        return amount <= limit + context.Options.AmountTolerance ? null : AboveTheRequest(row, context, q, amount, limit);
    }

    // The findings of the row checks are made apart from the checks, which run on every row (see TargetValueChecks).
    private static Finding AboveTheRequest(in IndicatorRow row, CheckContext context, QuantityTarget q, decimal amount, decimal limit)
    {
        var limitName = context.Options.CostLimitIncludesCarryOver ? "本年度申请预算与结转结余之和" : "本年度申请预算";
        // Far above the budget but within it if read as 元: probably the unit is wrong, not the amount.
        var unitSlip = q.Unit == "万元" && amount >= 100m * limit && amount / 10_000m <= limit ? "是否把「元」写成了「万元」？" : "";
        return Rules.CostExceedsBudget.At(row.At("target"),
            $"成本指标{row.Label}的指标值「{row.TargetText}」（{Zh.Amount(amount)}）超过{limitName} {Zh.Amount(limit)}：成本不能高于可用的资金。{unitSlip}",
            $"核对金额和单位；成本目标应不超过 {Zh.Amount(limit)}。");
    }

    /// INPUT_AS_TARGET: the money asked for (the request or the total budget, or money "拨付/投入" as an output) or the
    /// staff employed is an input, not what the project achieves. Benefits in money (增加收入6万元) are fine, and so
    /// are cost targets, which are meant to be money.
    public static Finding? TargetMustNotBeTheInput(in IndicatorRow row, CheckContext context)
    {
        if (row.Quantity is not { } q || row.IsCost) return null;
        var name = row.Name.AsSpan();
        if (InWanYuan(q) is { } amount)
        {
            var budget = context.Declaration.Budget;
            var tolerance = context.Options.AmountTolerance;
            var isBudget = (budget.CurrentYear is { } request && Math.Abs(request.Value - amount) < tolerance)
                || (budget.Total is { } total && Math.Abs(total.Value - amount) < tolerance);
            if (isBudget || (row.IsOutput && name.IndexOfAny(FundingWords) >= 0)) return MoneyAsTarget(row, isBudget);
        }
        if (row.IsOutput && q.Unit is "人" or "名" && name.IndexOfAny(StaffWords) >= 0 && name.IndexOfAny(BeneficiaryWords) < 0)
            return StaffAsTarget(row);
        return null;
    }

    private static Finding MoneyAsTarget(in IndicatorRow row, bool isBudget) =>
        Rules.InputAsTarget.At(row.At("target"),
            isBudget
                ? $"{row.Label}的指标值「{row.TargetText}」就是本项目的预算金额：预算是投入，不是绩效目标。"
                : $"{row.Label}的指标值「{row.TargetText}」是投入或拨付的资金：资金是投入，不是产出。",
            "改写为这笔资金带来的产出或效果，如完成的数量、达到的质量、服务的人数；资金到位情况可写作「资金拨付及时率」等。");

    private static Finding StaffAsTarget(in IndicatorRow row) =>
        Rules.InputAsTarget.At(row.At("target"),
            $"{row.Label}的指标值「{row.TargetText}」是投入的工作人员数：人员是投入，不是产出。",
            "改写为这些人员完成的工作量或服务的对象，如「办理业务≥5000件」「服务群众≥2万人次」。");

    /// COST_MONETARY: at least one cost indicator is stated in money (万元, 元, 元/人 …); a table whose only cost
    /// indicator is "成本控制率 100%" says nothing about what things cost. Points at the first cost row.
    public static void CostMustBeStatedInMoney(IndicatorTableFacts facts, List<Finding> findings)
    {
        if (facts.FirstCostRow < 0 || facts.HasMonetaryCost) return;
        findings.Add(Rules.CostMonetary.At($"indicators[{Zh.Number(facts.FirstCostRow)}].target",
            $"成本指标都没有以金额表示（如{facts.FirstCostLabel}为「{facts.FirstCostTarget}」）：成本指标应说明花多少钱、单位成本多少。",
            "如「单个系统建设成本≤500万元」「人均培训成本≤800元/人」。"));
    }

    /// A money amount in 万元, or null when the unit is not money or is per unit (元/人, 万元/个).
    private static decimal? InWanYuan(QuantityTarget q)
    {
        // Asked of every quantity; most are percentages or counts, which one look at the unit's last character rules out.
        if (!q.Unit.EndsWith('元')) return null;
        var value = q.Operator == Comparison.Between ? q.UpperValue ?? q.Value : q.Value;
        return q.Unit switch
        {
            "万元" => value,
            "元" => value / 10_000m,
            "千元" => value / 10m,
            "亿元" => value * 10_000m,
            _ => null,
        };
    }

    private static readonly SearchValues<string> FundingWords =
        SearchValues.Create(["资金", "预算", "经费", "拨付", "支出", "投入"], StringComparison.Ordinal);

    private static readonly SearchValues<string> StaffWords = SearchValues.Create(
        ["工作人员", "职工", "员工", "在职", "在编", "编制", "聘用", "聘请", "配备", "投入人员", "人员投入", "安排人员", "专职人员", "工作人数"],
        StringComparison.Ordinal);

    // Staff who are the project's beneficiaries or trainees are an output: "培训工作人员 200 人".
    private static readonly SearchValues<string> BeneficiaryWords = SearchValues.Create(
        ["培训", "受益", "服务对象", "帮扶", "救助", "资助", "补助", "慰问", "体检", "覆盖"], StringComparison.Ordinal);
}
