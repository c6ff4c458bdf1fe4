using Jixiao.Domain.Budget;

namespace Jixiao.Interchange.Text;

// The table's heading row: which column is 上年度资金, which 本年度资金, which a column kept as printed, and where
// the name column stands.
internal sealed partial class FundSection
{
    /// Reads the heading row (项目预算资金来源构成 | 项目资金来源 | 上年度资金 | 本年度资金).
    public void ReadHeading(SourceRow row, List<RowItem> items)
    {
        PlaceAmountsOnePerLine();
        // One cell per line, the heading's cells follow one another (项目资金来源 / 上年度资金 / 本年度资金): each
        // adds its column to the heading read so far.
        var continues = ContinuesHeadingOnePerLine(row, items);
        _headingOnePerLine = row.Layout == RowLayout.Text && items.Count == 1;
        if (!continues)
        {
            _columns.Clear();
            _keptHeadings.Clear();
            _positional = row.Layout == RowLayout.Tabs;
            _namePosition = -1;
            _yuanPerUnit = draft.YuanPerUnit;
            _currentIsRequest = false;
            _annualPosition = -1;
            _columnNames = FundColumnRow.TryReadNames(row, out var headingSuffix);
            if (_columnNames is not null)
            {
                if (headingSuffix is not null) _yuanPerUnit = draft.YuanPerUnitFor(headingSuffix);
                draft.Recognised += items.Count;
                _headingOnePerLine = false;
                return;
            }
        }
        var midTerm = false;
        var keptByPosition = false;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            switch (item.Meaning)
            {
                case null when item.Value == "项目":
                    // 资金来源（万元） | 项目 | 上年度预算安排 …: 项目 heads the column the sources' names stand in.
                    _namePosition = item.Column;
                    break;
                case null when i > 0 && items[i - 1].Meaning == LabelMeaning.FundHeading && FormValues.LooksLikeAmount(item.Value):
                    // 项目预算（万元） | 128.00 | 其中：财政资金 | 128.00: the amount beside the heading is the sources' total.
                    AddRow(FundSourceNames.Total, [item.Value], [item.Column], row.Line, total: true);
                    break;
                case null when !FormValues.LooksLikeAmount(item.Value) && i + 1 < items.Count && !items[i + 1].IsLabel
                               && FormValues.LooksLikeAmount(items[i + 1].Value):
                    // 项目资金（万元） | 合计 | 1350, … | 其中：财政资金 | 128.00: a source and its amount beside the heading.
                    i++;
                    AddRow(item.Value, [items[i].Value], [items[i].Column], row.Line, total: false);
                    break;
                case LabelMeaning.BudgetTotal or LabelMeaning.BudgetCurrentYear or LabelMeaning.BudgetCarryOver when item.Value.Length > 0:
                    if (item.Meaning != LabelMeaning.BudgetCarryOver || !ReadsCarryOverWithSources(item, row.Line))
                        draft.Set(item.Meaning.Value, item.Printed, item.Value, row.Line, item.Suffix);
                    break;
                case LabelMeaning.BudgetTotal or LabelMeaning.BudgetCurrentYear or LabelMeaning.BudgetCarryOver
                    when i + 1 < items.Count && !items[i + 1].IsLabel && FormValues.LooksLikeAmount(items[i + 1].Value):
                    // 项目预算（万元） | 项目总预算 | 96.4 | 本年度预算 | 96.4 (Shanghai): the budget's own lines beside the heading.
                    i++;
                    draft.Set(item.Meaning.Value, item.Printed, items[i].Value, row.Line, item.Suffix);
                    break;
                case null when item.Value == "年初预算数":
                    // A self-evaluation's 年初预算数 | 全年预算数 | 全年执行数: the budget as set at the year's start is
                    // the year's money from each source, what a target form's 本年度资金 column asks for.
                    _columns.Add((item.Column, AmountColumn.CurrentYear));
                    break;
                case null when IsCarryOverColumn(items, i):
                    // 资金来源 | 上年结转资金 | 本年度资金 (a Jiangxi city): the money carried over is the prior-year column.
                    _columns.Add((item.Column, AmountColumn.PriorYear));
                    break;
                case null when (row.Layout != RowLayout.Text || continues) && _columns.Count > 0 && !FormValues.LooksLikeAmount(item.Value):
                    // A heading right of an amount column the model has no member for (全年执行数, 执行率, 得分): a column
                    // of the table, its cells kept under it.
                    _columns.Add((item.Column, AmountColumn.Kept));
                    _keptHeadings.Add(item.Value);
                    keptByPosition = row.Layout != RowLayout.Text;
                    break;
                case null:
                    // A value no label of the heading row takes: said, not dropped.
                    draft.Unplaced("fundSources", item.Value, row.Line);
                    continue;
                case LabelMeaning.FundExecutedColumn:
                    _columns.Add((item.Column, AmountColumn.Kept));
                    _keptHeadings.Add(ChineseText.Normalize(item.Printed));
                    break;
                case LabelMeaning.BudgetCurrentYear when item.Value.Length == 0:
                    _columns.Add((item.Column, AmountColumn.CurrentYear));
                    _currentIsRequest = true;
                    break;
                case LabelMeaning.FundMidTermTotal when i + 1 < items.Count && !items[i + 1].IsLabel && FormValues.LooksLikeAmount(items[i + 1].Value):
                    // The project period's total has no place in the budget (项目总预算 is this year's request and
                    // carry-over): kept as printed.
                    i++;
                    draft.AddOther(item.Printed, items[i].Value, row.Line);
                    (midTerm, _midTermLabel) = (true, ChineseText.Normalize(item.Printed));
                    break;
                case LabelMeaning.FundHeading:
                    _yuanPerUnit = draft.YuanPerUnitFor(item.Suffix);
                    break;
                case LabelMeaning.FundNameColumn:
                    _namePosition = item.Column;
                    break;
                case LabelMeaning.FundPriorYearColumn:
                    _columns.Add((item.Column, AmountColumn.PriorYear));
                    break;
                case LabelMeaning.FundCurrentYearColumn or LabelMeaning.FundAmountColumn:
                    _columns.Add((item.Column, AmountColumn.CurrentYear));
                    break;
                case LabelMeaning.FundTotal when item.Value.Length > 0:
                    AddTotal(item, row.Line);
                    break;
                case LabelMeaning.FundTotal when i + 1 < items.Count && !items[i + 1].IsLabel && FormValues.LooksLikeAmount(items[i + 1].Value):
                    // 项目资金 | 年度资金总额 | 320.00: the total's amount in the cell after it.
                    if (midTerm && _positional) _annualPosition = item.Column;
                    i++;
                    AddRow(item.Printed, [items[i].Value], [items[i].Column], row.Line, total: true);
                    break;
                case LabelMeaning.FundMidTermTotal when item.Value.Length == 0 && row.Layout != RowLayout.Text:
                    // 项目资金 | | 中期资金总额 | 年度资金总额 (中央部门项目支出绩效目标申报表): column headings over rows
                    // of sources (资金总额 | 2400 | 800); the period's amounts have no place in the budget, kept as printed.
                    _columns.Add((item.Column, AmountColumn.Kept));
                    _keptHeadings.Add(ChineseText.Normalize(item.Printed));
                    break;
                case LabelMeaning.FundTotal when item.Value.Length == 0 && _columns.Count > 0 && row.Layout != RowLayout.Text:
                    // 年度资金总额 right of 中期资金总额 in the same heading row: the year's column.
                    _columns.Add((item.Column, AmountColumn.CurrentYear));
                    break;
            }
            draft.Recognised++;
        }
        // A web table's columns of rates and scores ("95%", "—") beside the amounts: only a cell's place says which
        // column it is in, as in a tab row (a pipe row's empty cells are kept up to its last cell).
        if (keptByPosition) _positional = true;
    }

    /// A heading cell spelled as the carry-over (上年结转资金, 结转结余资金) beside the current year's column heading: the
    /// column of the money carried over from earlier years, which is what 上年度资金 holds on the Nanchang form.
    private static bool IsCarryOverColumn(List<RowItem> items, int i) =>
        IsCarryOverSpelling(items[i].Value) && items.Exists(other => other.Meaning == LabelMeaning.FundCurrentYearColumn);

    /// 上年结转, 上年结转资金, 结转结余资金: a label of the carry-over, with or without the 资金 after it. Both spellings
    /// mean the money carried over from earlier years (domain.md §2), whether a column's heading or a row's name.
    private static bool IsCarryOverSpelling(string text) =>
        FormLabels.Trie.TryMatch(text, 0, needBoundary: false, out var meaning, out _) && meaning == LabelMeaning.BudgetCarryOver;
}
