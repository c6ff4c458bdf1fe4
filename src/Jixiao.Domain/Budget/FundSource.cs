namespace Jixiao.Domain.Budget;

/// One row of 项目预算资金来源构成 (fund sources), with its two columns: 上年度资金 (prior year) and
/// 本年度资金 (this year). Rows form a tree: 合计 → (一) 财政拨款 → 1. 上级财政拨款 …
/// <see cref="Name"/> is the label without its printed numbering: 本级财政安排, not 2. 本级财政安排.
public sealed record FundSource
{
    public required string Name { get; init; }
    public WanYuan? PriorYear { get; init; }
    public WanYuan? CurrentYear { get; init; }
    public ValueList<FundSource> Children { get; init; } = [];
}

/// The canonical row names of the Nanchang fund-source table (domain notes §2).
public static class FundSourceNames
{
    public const string Total = "合计";
    public const string FiscalAppropriation = "财政拨款";
    public const string FromHigherLevel = "上级财政拨款";
    public const string SameLevel = "本级财政安排";
    public const string FromLowerLevel = "下级财政配套";
    public const string OwnFunds = "自有资金";
    public const string BusinessIncome = "事业收入";
    public const string OperatingIncome = "经营性收入";
    public const string OtherOwn = "其他";
    public const string OtherFunds = "其它资金";

    /// 合计 at the root, the three groups (一)(二)(三) below it, their numbered rows below them: the blank
    /// table of the Nanchang form.
    public static ValueList<FundSource> EmptyNanchangTree() =>
    [
        new FundSource
        {
            Name = Total,
            Children =
            [
                new FundSource { Name = FiscalAppropriation, Children = [new() { Name = FromHigherLevel }, new() { Name = SameLevel }, new() { Name = FromLowerLevel }] },
                new FundSource { Name = OwnFunds, Children = [new() { Name = BusinessIncome }, new() { Name = OperatingIncome }, new() { Name = OtherOwn }] },
                new FundSource { Name = OtherFunds },
            ],
        },
    ];
}
