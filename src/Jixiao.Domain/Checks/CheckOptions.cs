namespace Jixiao.Domain.Checks;

/// The checker's thresholds (domain notes §8: "thresholds are configurable").
public sealed record CheckOptions
{
    public static readonly CheckOptions Default = new();

    /// ALL_HUNDRED_PERCENT fires when at least this share of the quantitative values are 100%.
    public decimal AllHundredPercentShare { get; init; } = 0.5m;

    /// ALL_HUNDRED_PERCENT needs at least this many quantitative values to say anything.
    public int AllHundredPercentMinimumCount { get; init; } = 5;

    /// SATISFACTION_RANGE: a satisfaction target below this percentage is too low.
    public decimal SatisfactionMinimumPercent { get; init; } = 80m;

    /// SATISFACTION_RANGE: what the checker suggests instead of an unrealistic 100% (≥ this percentage).
    public decimal SatisfactionSuggestedPercent { get; init; } = 90m;

    /// COST_EXCEEDS_BUDGET compares a total-cost target with this year's request (domain notes §8). Set this to also
    /// allow the carry-over (结转结余), for units whose cost targets cover the carried-over money spent this year too.
    public bool CostLimitIncludesCarryOver { get; init; }

    /// Amounts are equal when they differ by less than this (万元); sums of two-decimal amounts are exact.
    public decimal AmountTolerance { get; init; } = 0.005m;
}
