namespace Jixiao.Domain.Indicators;

/// 指标性质: whether more is better (正向) or less is better (反向).
public enum IndicatorDirection
{
    Positive,
    Reverse,
}

/// A level-3 indicator (三级指标): the project's own measure with its target value (指标值), under a level 1
/// and level 2 of the taxonomy. Optional columns seen on other regions' forms are carried, never dropped.
public sealed record Indicator
{
    /// 一级指标, canonical (产出指标 …) when recognised, else as printed (the checker reports TAXONOMY).
    public string Level1 { get; init; } = "";

    /// 二级指标, canonical (数量指标 …) when recognised, else as printed.
    public string Level2 { get; init; } = "";

    /// 三级指标: the indicator's own name.
    public string Name { get; init; } = "";

    /// 指标值 (annual target value; 年度指标值 where the form has both).
    public TargetValue Target { get; init; } = MissingTarget.Instance;

    /// 中长期指标值: the long-term value, on forms that have a long-term column beside the annual one.
    public TargetValue? LongTermTarget { get; init; }

    /// 计量单位 (unit column), as printed.
    public string? Unit { get; init; }

    /// 指标性质 正向/反向, as declared on the form.
    public IndicatorDirection? Direction { get; init; }

    /// 指标方向 (operator column: ≥, ≤, =), as printed.
    public string? Operator { get; init; }

    /// 分值 / 权重 (weight in the self-evaluation score).
    public decimal? Weight { get; init; }

    /// 取值依据 / 绩效标准 (计划标准, 行业标准, 历史标准, 其他标准).
    public string? ValueBasis { get; init; }

    /// 指标解释.
    public string? Explanation { get; init; }

    /// 评（扣）分标准.
    public string? ScoringRule { get; init; }

    /// 备注.
    public string? Remark { get; init; }
}
