namespace Jixiao.Interchange.Text;

/// 项目支出内容及明细预算 (Daqing): what the money buys, item by item, under the fund table's columns and a 资金测算依据
/// column. The model has no place for it: each row is kept in OtherFields ("项目支出内容及明细预算：1.空气站运维" →
/// "上年度预算安排 260.00；…"), and its amounts are not read as a second fund table.
internal sealed class BudgetDetailTable(DeclarationDraft draft)
{
    private readonly List<(int Column, string Heading)> _headings = [];
    private string _label = "";

    /// Reads the heading row: the table's label, then its column headings (the name column's 项目 aside).
    public void ReadHeading(SourceRow row, List<RowItem> items)
    {
        foreach (var item in items)
        {
            if (item.Meaning == LabelMeaning.BudgetDetailHeading) _label = ChineseText.Normalize(item.Printed);
            else if (item.IsLabel) _headings.Add((item.Column, ChineseText.Normalize(item.Printed)));
            else if (item.Value != "项目") _headings.Add((item.Column, item.Value));
        }
        draft.Recognised++;
    }

    /// Reads a row of the table; false when the row is not one (a label starts the form's next part).
    public bool TryRead(SourceRow row)
    {
        if (row.Layout != RowLayout.Tabs || row.Cells.Length < 2 || RowItems.Extract(row).Exists(item => item.IsLabel)) return false;
        var parts = new List<string>(row.Cells.Length - 1);
        foreach (var cell in row.Cells[1..])
        {
            var heading = _headings.FindLast(h => h.Column == cell.Column).Heading;
            parts.Add(heading is null ? cell.Text : $"{heading} {cell.Text}");
        }
        draft.AddOther($"{_label}：{row.Cells[0].Text}", string.Join("；", parts), row.Line);
        return true;
    }
}
