using System.Globalization;
using Jixiao.Domain.Budget;
using Jixiao.Domain.Declarations;

namespace Jixiao.Domain.Checks;

/// Checks of the fund-source table (项目预算资金来源构成): its two columns, 上年度资金 and 本年度资金, each add up down
/// the tree 合计 → (一) 财政拨款 → 1. 上级财政拨款 …, and 合计 matches the budget line.
internal static class FundSourceChecks
{
    /// FUND_SOURCE_SUM: in each column, the rows under a row add up to it; at the root this is
    /// 合计 = 财政拨款 + 自有资金 + 其它资金. A blank row beside a filled one counts as 0. A group whose rows are all
    /// blank just was not broken down (财政拨款 filled, 上级/本级/下级 blank) — except 合计, whose breakdown by source
    /// is the point of the table.
    public static void ChildrenMustAddUpToTheirParent(Declaration d, CheckOptions options, List<Finding> findings)
    {
        var sources = d.FundSources;
        for (var i = 0; i < sources.Count; i++)
            if (sources[i].Children.Count > 0)
                Visit(sources[i], Path("fundSources", i), isRoot: true, options, findings);
    }

    /// FUND_SOURCE_MATCH: 本年度资金合计 = 本年度申请预算, and 上年度资金合计 = 结转结余总额 (the carried-over money
    /// is last year's). A blank 合计 whose rows are filled counts as their sum (FUND_SOURCE_SUM reports the blank).
    /// A form without a fund-source table (other regions) is not checked.
    public static void TotalMustMatchTheBudget(Declaration d, CheckOptions options, List<Finding> findings)
    {
        if (d.FundSources.Count == 0) return;
        var (location, total) = TotalRow(d.FundSources);

        if (d.Budget.CurrentYear is { } request)
        {
            var currentTotal = Effective(total, Column.CurrentYear);
            if (currentTotal is null || Math.Abs(currentTotal.Value - request.Value) >= options.AmountTolerance)
                findings.Add(Rules.FundSourceMatch.At(location + ".currentYear",
                    currentTotal is null
                        ? $"资金来源的本年度资金合计未填写，而本年度申请预算为 {Zh.Amount(request)}：请按来源填写本年度资金。"
                        : $"本年度资金合计 {Zh.Amount(currentTotal.Value)} ≠ 本年度申请预算 {Zh.Amount(request)}：两者应相等，请核对。",
                    $"本年度资金合计应为 {Zh.Amount(request)}。"));
        }

        // A blank carry-over and a blank prior-year column agree: neither has money from earlier years.
        var carryOver = d.Budget.CarryOver ?? WanYuan.Zero;
        var priorTotal = Effective(total, Column.PriorYear);
        var prior = priorTotal ?? 0m;
        if (Math.Abs(prior - carryOver.Value) >= options.AmountTolerance)
            findings.Add(Rules.FundSourceMatch.At(location + ".priorYear",
                priorTotal is null
                    ? $"资金来源的上年度资金合计未填写，而结转结余总额为 {Zh.Amount(carryOver)}：结转结余资金应填在上年度资金一栏。"
                    : $"上年度资金合计 {Zh.Amount(prior)} ≠ 结转结余总额 {Zh.Amount(carryOver)}：两者应相等，请核对。",
                $"上年度资金合计应为 {Zh.Amount(carryOver)}。"));
    }

    private enum Column { PriorYear, CurrentYear }

    private static void Visit(FundSource parent, string path, bool isRoot, CheckOptions options, List<Finding> findings)
    {
        CheckColumn(parent, path, Column.PriorYear, isRoot, options, findings);
        CheckColumn(parent, path, Column.CurrentYear, isRoot, options, findings);
        for (var i = 0; i < parent.Children.Count; i++)
            if (parent.Children[i].Children.Count > 0)
                Visit(parent.Children[i], Path(path + ".children", i), isRoot: false, options, findings);
    }

    private static void CheckColumn(FundSource parent, string path, Column column, bool isRoot, CheckOptions options, List<Finding> findings)
    {
        var given = Value(parent, column);
        var sum = SumOfChildren(parent, column);
        if (sum is null)
        {
            if (isRoot && given is { } total && total.Value != 0m)
                findings.Add(Rules.FundSourceSum.At(Where(path, column),
                    $"{Label(parent, column)}为 {Zh.Amount(total)}，但{Parts(parent, "、")}均未填写：请按来源填写各项金额。",
                    $"{Parts(parent, "、")}之和应为 {Zh.Amount(total)}。"));
        }
        else if (given is null)
            findings.Add(Rules.FundSourceSum.At(Where(path, column),
                $"{Label(parent, column)}未填写，而其下{Parts(parent, "、")}之和为 {Zh.Amount(sum.Value)}：请填写{parent.Name}。",
                $"{parent.Name}应为 {Zh.Amount(sum.Value)}。"));
        else if (Math.Abs(given.Value.Value - sum.Value) >= options.AmountTolerance)
            findings.Add(Rules.FundSourceSum.At(Where(path, column),
                $"{Label(parent, column)}{Zh.Amount(given.Value)} ≠ {Parts(parent, " + ")} = {Zh.Amount(sum.Value)}：请核对各项金额。",
                $"{parent.Name}应为 {Zh.Amount(sum.Value)}，或改正其下各项。"));
    }

    private static string Where(string path, Column column) => $"{path}.{Member(column)}";

    private static string Label(FundSource row, Column column) => $"{ColumnLabel(column)}「{row.Name}」";

    private static string Parts(FundSource parent, string separator) => string.Join(separator, parent.Children.Select(c => c.Name));

    /// The sum of the filled children (blank = 0 beside a filled sibling), or null when every child is blank.
    /// A child that has children of its own but is blank itself counts as the sum of those.
    private static decimal? SumOfChildren(FundSource parent, Column column)
    {
        decimal? sum = null;
        // By index: the children are a ValueList, whose enumerator is an object (the checker runs on every keystroke).
        var children = parent.Children;
        for (var i = 0; i < children.Count; i++)
            if (Effective(children[i], column) is { } value)
                sum = (sum ?? 0m) + value;
        return sum;
    }

    private static decimal? Effective(FundSource? row, Column column) =>
        row is null ? null : Value(row, column)?.Value ?? (row.Children.Count > 0 ? SumOfChildren(row, column) : null);

    /// The 合计 row and its location; a table without one is taken as a flat list under an implied total.
    private static (string Location, FundSource? Total) TotalRow(ValueList<FundSource> sources)
    {
        for (var i = 0; i < sources.Count; i++)
            if (sources[i].Name == FundSourceNames.Total) return (Path("fundSources", i), sources[i]);
        return ("fundSources", new FundSource { Name = FundSourceNames.Total, Children = sources });
    }

    private static WanYuan? Value(FundSource row, Column column) => column == Column.PriorYear ? row.PriorYear : row.CurrentYear;

    private static string Member(Column column) => column == Column.PriorYear ? "priorYear" : "currentYear";

    private static string ColumnLabel(Column column) => column == Column.PriorYear ? "上年度资金" : "本年度资金";

    private static string Path(string parent, int index) => string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");
}
