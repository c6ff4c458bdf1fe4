namespace Jixiao.Domain.Checks;

/// A rule of the checker (domain notes §8). <see cref="Code"/> is stable: scripts, the UI and docs/checks.md rely on
/// it. <see cref="Description"/> is the one-line zh-CN text the UI shows beside the code.
public sealed record Rule(string Code, Severity Severity, string Description)
{
    /// A finding of this rule, with the rule's own severity (a check never chooses its severity).
    internal Finding At(string location, string message, string? suggestion = null, Fix? fix = null) =>
        new(Code, Severity, location, message) { Suggestion = suggestion, Fix = fix };
}

/// Every rule of the checker, with its code and severity in one place, in form order. docs/checks.md explains each
/// with a poor and a good example.
public static class Rules
{
    // ── Header and basic information (表头、项目基本情况) ──
    public static readonly Rule RequiredField = new("REQUIRED_FIELD", Severity.Error, "表头和项目基本情况的每一项都必须填写");
    public static readonly Rule DateRange = new("DATE_RANGE", Severity.Error, "结束日期不早于起始日期，预算年度在项目期内");
    public static readonly Rule PhoneFormat = new("PHONE_FORMAT", Severity.Warning, "联系电话是手机号码或带区号的固定电话");
    public static readonly Rule GoalsDistinct = new("GOALS_DISTINCT", Severity.Warning, "跨年度项目的项目总目标与年度绩效目标不能相同");
    public static readonly Rule GoalNotCovered = new("GOAL_NOT_COVERED", Severity.Warning, "年度绩效目标中的数字都有相应的绩效指标");

    // ── Money (万元) ──
    public static readonly Rule BudgetSum = new("BUDGET_SUM", Severity.Error, "项目总预算 = 本年度申请预算 + 结转结余总额");
    public static readonly Rule FundSourceSum = new("FUND_SOURCE_SUM", Severity.Error, "资金来源每一栏中，各分项之和等于上级项目，合计 = 财政拨款 + 自有资金 + 其它资金");
    public static readonly Rule FundSourceMatch = new("FUND_SOURCE_MATCH", Severity.Error, "本年度资金合计等于本年度申请预算，上年度资金合计等于结转结余总额");

    // ── Any text on the form ──
    public static readonly Rule Placeholder = new("PLACEHOLDER", Severity.Error, "不能留有模板占位符（**、XX、……）");

    // ── The indicator table, row by row (绩效指标) ──
    public static readonly Rule Taxonomy = new("TAXONOMY", Severity.Error, "一级、二级指标是规定的指标，二级指标属于其一级指标");
    public static readonly Rule MissingValue = new("MISSING_VALUE", Severity.Error, "每条指标都有三级指标名称和指标值");
    public static readonly Rule DuplicateIndicator = new("DUPLICATE_INDICATOR", Severity.Warning, "同一个三级指标不能出现两次");
    public static readonly Rule QuantityInName = new("QUANTITY_IN_NAME", Severity.Warning, "数量写在指标名称里而指标值为100%时，应把数量移到指标值");
    public static readonly Rule ValueUnparseable = new("VALUE_UNPARSEABLE", Severity.Error, "指标值是数量、时限、期间或定性等级，能够识别");
    public static readonly Rule UnitMissing = new("UNIT_MISSING", Severity.Error, "定量指标值写明计量单位");
    public static readonly Rule RateRange = new("RATE_RANGE", Severity.Warning, "百分比在 0–100% 之间，不写「≥100%」");
    public static readonly Rule VagueValue = new("VAGUE_VALUE", Severity.Warning, "指标值不用「进一步提高」「明显改善」等无法衡量的表述");
    public static readonly Rule TimelinessFormat = new("TIMELINESS_FORMAT", Severity.Warning, "时效指标写明完成时限、期间或时长，不用 Excel 日期序号");
    public static readonly Rule DirectionMismatch = new("DIRECTION_MISMATCH", Severity.Warning, "反向指标（故障、事故、成本、用时……）用「≤」，正向指标不用「≤」");
    public static readonly Rule SatisfactionRange = new("SATISFACTION_RANGE", Severity.Warning, "满意度目标不低于80%，也不写100%");
    public static readonly Rule CostExceedsBudget = new("COST_EXCEEDS_BUDGET", Severity.Error, "成本指标的总金额不超过本年度申请预算");
    public static readonly Rule InputAsTarget = new("INPUT_AS_TARGET", Severity.Warning, "不把预算资金或投入人员当作绩效目标");

    // ── The indicator table as a whole ──
    public static readonly Rule RequiredCategory = new("REQUIRED_CATEGORY", Severity.Error, "至少有一条产出指标和一条效益指标");
    public static readonly Rule CategoryCoverage = new("CATEGORY_COVERAGE", Severity.Warning, "产出指标覆盖数量、质量、时效、成本，并有满意度指标");
    public static readonly Rule AllHundredPercent = new("ALL_HUNDRED_PERCENT", Severity.Warning, "定量指标值不能大多写成100%");
    public static readonly Rule CostMonetary = new("COST_MONETARY", Severity.Warning, "成本指标以金额（万元、元、元/…）表示");

    /// Every rule, in the order the form shows what it checks.
    public static IReadOnlyList<Rule> All { get; } =
    [
        RequiredField, DateRange, PhoneFormat, GoalsDistinct, GoalNotCovered,
        BudgetSum, FundSourceSum, FundSourceMatch,
        Placeholder,
        Taxonomy, MissingValue, DuplicateIndicator, QuantityInName, ValueUnparseable, UnitMissing, RateRange, VagueValue,
        TimelinessFormat, DirectionMismatch, SatisfactionRange, CostExceedsBudget, InputAsTarget,
        RequiredCategory, CategoryCoverage, AllHundredPercent, CostMonetary,
    ];

    /// The rule with this code, or null for a code the checker does not know (a reader's code, say).
    public static Rule? Find(string code)
    {
        foreach (var rule in All)
            if (rule.Code == code) return rule;
        return null;
    }
}
