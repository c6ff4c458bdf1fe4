namespace Jixiao.Interchange.Text;

/// 项目支出内容及明细预算 (Daqing): what the money buys, item by item, under the fund table's columns and a 资金测算依据
/// column. The model has no place for it: each row is kept in OtherFields ("项目支出内容及明细预算：1.空气站运维" →
/// "上年度预算安排 260.00；…"), and its amounts are not read as a second fund table.
internal sealed class BudgetDetailTable(DeclarationDraft draft)
{
    private readonly List<(int Column, string Heading)> _headings = [];
    private string _label = "";

    // 项目预算 | 成本构成 | 金额 | 测算（公式）依据 (Hubei; 项目预算成本构成 in one cell, Yichang): the project's budget
    // as its cost items. The items are no sources of money, but their 合计 is the budget.
    private bool _isBudget;

    // Whether a row under the heading was read: only the first can be the whole table run together.
    private bool _readRows;

    /// Reads the heading row: the table's label, then its column headings (the name column's 项目 aside).
    public void ReadHeading(SourceRow row, List<RowItem> items)
    {
        foreach (var item in items)
        {
            if (item.Meaning == LabelMeaning.BudgetDetailHeading)
            {
                _label = ChineseText.Normalize(item.Printed);
                // 项目预算成本构成 | 金额 | … (Yichang): the two headings printed as one merged cell.
                if (_label.StartsWith("项目预算", StringComparison.Ordinal)) _isBudget = true;
            }
            else if (item.Meaning == LabelMeaning.FundHeading) _isBudget = true;
            else if (item.IsLabel) _headings.Add((item.Column, ChineseText.Normalize(item.Printed)));
            else if (item.Value != "项目") _headings.Add((item.Column, item.Value));
        }
        draft.Recognised++;
    }

    /// Reads a row of the table; false when the row is not one (a label starts the form's next part).
    public bool TryRead(SourceRow row)
    {
        if (row is { Layout: not RowLayout.Tabs, Cells.Length: 1 } && !_readRows && _headings.Count == 0
            && !FormLabels.Trie.TryMatchWhole(row.Cells[0].Text, out _, out _))
        {
            // 项目预算成本构成金额测算(公式)依据…合计814… (Ezhou, a whole form run together): the table's cells cannot be
            // told apart, so it is kept whole under its label. (One cell per line, the first would be a heading: 金额.)
            draft.AddOther(_label, row.Joined, row.Line);
            _readRows = true;
            return true;
        }
        if (row.Layout != RowLayout.Tabs || row.Cells.Length < 2 || RowItems.Extract(row).Exists(item => item.IsLabel)) return false;
        _readRows = true;
        var parts = new List<string>(row.Cells.Length - 1);
        foreach (var cell in row.Cells[1..])
        {
            var heading = _headings.FindLast(h => h.Column == cell.Column).Heading;
            parts.Add(heading is null ? cell.Text : $"{heading} {cell.Text}");
        }
        draft.AddOther($"{_label}：{row.Cells[0].Text}", string.Join("；", parts), row.Line);
        if (_isBudget && FundSection.Clean(row.Cells[0].Text).Depth == 0 && AmountOf(row) is { } total)
            draft.Set(LabelMeaning.BudgetCurrentYear, row.Cells[0].Text, total, row.Line);
        return true;
    }

    /// The row's cell under the 金额 heading.
    private string? AmountOf(SourceRow row)
    {
        var column = _headings.FindIndex(h => h.Heading == "金额");
        if (column < 0) return null;
        foreach (var cell in row.Cells)
            if (cell.Column == _headings[column].Column && FormValues.LooksLikeAmount(cell.Text)) return cell.Text;
        return null;
    }
}
