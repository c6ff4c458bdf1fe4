using Jixiao.Domain.Budget;

namespace Jixiao.Interchange.Excel.Writing;

internal sealed partial class FormSheetWriter
{
    private static readonly string[] ChineseNumerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    /// 项目总预算 | 本年度申请预算 | 结转结余总额: amounts are numbers formatted 0.00, never text.
    private void WriteBudget()
    {
        var budget = _declaration.Budget;
        Label(_row, A, FormLabels.BudgetTotal);
        _sheet.Number(_row, B, budget.Total?.Value, CellStyle.Amount);
        Label(_row, C, FormLabels.BudgetCurrentYear);
        _sheet.Number(_row, D, budget.CurrentYear?.Value, CellStyle.Amount);
        Label(_row, E, FormLabels.BudgetCarryOver);
        _sheet.Number(_row, F, budget.CarryOver?.Value, CellStyle.Amount);
        if (_template) _sheet.Validation(Ranges((_row, B, _row, B), (_row, D, _row, D), (_row, F, _row, F)), null, "金额", "单位：万元，填数字，保留两位小数。");
        _sheet.MinHeight(_row++, 22);
    }

    /// 项目预算资金来源构成: the tree printed with the form's numbering, (一)… for the groups and 1. 2. 3. below
    /// them ("其中：" before the first); two amount columns, 上年度资金 and 本年度资金.
    private void WriteFundSources()
    {
        var roots = _declaration.FundSources.Count > 0 ? _declaration.FundSources : FundSourceNames.EmptyNanchangTree();
        var first = _row;
        _sheet.Text(_row, B, FormLabels.FundName, CellStyle.TableHeader);
        _sheet.Merge(_row, B, _row, C);
        _sheet.Text(_row, D, FormLabels.FundPriorYear, CellStyle.TableHeader);
        _sheet.Text(_row, E, FormLabels.FundCurrentYear, CellStyle.TableHeader);
        _sheet.Merge(_row, E, _row, F);
        _sheet.MinHeight(_row++, 22);

        var amountRows = _row;
        foreach (var root in roots) WriteFundSource(root, depth: 0, index: 0);
        if (_template && _row > amountRows)
            _sheet.Validation(Ranges((amountRows, D, _row - 1, D), (amountRows, E, _row - 1, E)), null, "金额", "单位：万元，填数字；空白表示无此项资金。");

        Label(first, A, FormLabels.FundSection);
        _sheet.Merge(first, A, _row - 1, A);
    }

    private void WriteFundSource(FundSource source, int depth, int index)
    {
        var name = depth switch
        {
            0 => source.Name,
            1 => $"({Numeral(index)}) {source.Name}",
            _ => (index == 0 ? "其中：" : "") + $"{index + 1}. {source.Name}",
        };
        _sheet.Text(_row, B, name, depth == 0 ? CellStyle.Label : CellStyle.Value);
        _sheet.Merge(_row, B, _row, C);
        _sheet.Number(_row, D, source.PriorYear?.Value, CellStyle.Amount);
        _sheet.Number(_row, E, source.CurrentYear?.Value, CellStyle.Amount);
        _sheet.Merge(_row, E, _row, F);
        _sheet.MinHeight(_row++, 20);
        for (var i = 0; i < source.Children.Count; i++) WriteFundSource(source.Children[i], Math.Min(depth + 1, 2), i);
    }

    private static string Numeral(int index) =>
        index < 10 ? ChineseNumerals[index] : index < 19 ? "十" + ChineseNumerals[index - 10] : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
