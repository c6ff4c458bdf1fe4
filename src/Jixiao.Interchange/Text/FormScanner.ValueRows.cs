namespace Jixiao.Interchange.Text;

// Rows of values only: the values of labels left waiting above (a label row over a value row, one cell per line),
// a cell continued after a page break, a label split over two lines.
internal sealed partial class FormScanner
{
    /// A row of values only: the values of the labels above, the rest of a cell continued after a page break, a label
    /// split over two lines, or cells nothing explains.
    private void ReadValueRow(int i, List<RowItem> items)
    {
        var row = rows[i];
        if (TryJoinSplitLabel(i)) return;
        if (HoldsRowOfValues && row.Layout == RowLayout.Text && items.Count == 1)
        {
            HoldValue(items[0], row.Line);
            return;
        }
        if (_pendingLabels.Count > 0)
        {
            // 年度总体目标, then 预期目标 and 实际完成情况 one per line, then their texts (one cell per line).
            if (_labelsOnePerLine && _pendingLabels is [{ Meaning: LabelMeaning.OverallGoal or LabelMeaning.AnnualGoal } goal]
                && row.Layout == RowLayout.Text && items.Count == 1 && _goalReport.TryReadOnePerLine(rows, i, goal, _read))
                _pendingLabels.Clear();
            else if (_goalReport.TryAssign(_pendingLabels, items, row)) _pendingLabels.Clear();
            else AssignPending(items, row.Line, row.Layout == RowLayout.Tabs);
            return;
        }
        if (WebNoise.IsNoise(row)) return;
        if (NumberedTableHeading(row) is { } tableKind)
        {
            _longTermHeading = tableKind == ColumnKind.LongTermTable;
            draft.Recognised++;
            return;
        }
        if (items.Count == 1 && FormOutline.TryReadLateTitle(row, draft)) return;
        if (items.Count == 1 && FormLabels.BracketedMoneyUnit(items[0].Value) is { } unit)
        {
            draft.Set(LabelMeaning.MoneyUnit, unit.Printed, unit.Value, row.Line);
            return;
        }
        if (ReturnsToFund(row, items)) return;
        if (i > 0 && _goalReport.TryContinueReport(row, rows[i - 1].Line)) return;
        if (ContinuesProse(i, items)) return;
        if (ContinuesTicks(i, items)) return;
        if (row.AfterBreak && row.Layout == RowLayout.Tabs && items.Count == 1 && draft.Continue(items[0].Value)) return;
        foreach (var item in items) draft.Unplaced("", item.Value, row.Line);
    }

    /// Whether <paramref name="text"/> is the start of the label <paramref name="below"/> ends: together they are one
    /// label of the same meaning as the label below alone.
    private static bool StartsLabelBelow(string text, string below) =>
        FormLabels.Trie.TryMatchWhole(below, out var meaning, out _) && FormLabels.TakesValue(meaning)
        && FormLabels.Trie.TryMatchWhole(text + below, out var joined, out _) && joined == meaning
        && !FormLabels.Trie.TryMatch(text, 0, needBoundary: true, out _, out _);

    /// (二)中长期绩效指标 or (四)年度绩效指标 on a line of its own (Cixi): a numbered heading naming the indicator table
    /// below it, a sentence or a caption between them. Returns LongTermTable or Ignored (an annual table's heading).
    private static ColumnKind? NumberedTableHeading(SourceRow row)
    {
        if (row.Cells.Length != 1 || !Numbering.IsGroup(row.Cells[0].Text)) return null;
        var text = row.Cells[0].Text;
        var rest = text[Numbering.Length(text)..];
        if (!IndicatorColumns.Trie.TryMatchWhole(rest, out var kind, out _)) return null;
        return kind == ColumnKind.LongTermTable || (kind == ColumnKind.Ignored && rest.EndsWith("绩效指标", StringComparison.Ordinal)) ? kind : null;
    }

    /// 资金总额 | 项目负责人电话 | 财政拨款 | 预算执行率权重 | 其他资金 (Hainan's two-column header): a fund source named
    /// after another field's label, with or without its amount beside it, is a row of the fund block opened above.
    private bool ReturnsToFund(SourceRow row, List<RowItem> items)
    {
        if (_fund is null || items.Count is 0 or > 2 || FormValues.LooksLikeAmount(items[0].Value)) return false;
        if (items.Count == 2 && !FormValues.LooksLikeAmount(items[1].Value)) return false;
        if (FundSection.Clean(items[0].Value).Depth < 1 || !_fund.TryRead(row)) return false;
        _section = Section.Fund;
        return true;
    }

    /// The next line of the prose field read on the row just above (年度总体目标 | 目标1：… then  | 目标2：…, or a goal
    /// wrapped onto an indented line): one cell under the value, its label's column left empty.
    private bool ContinuesProse(int i, List<RowItem> items)
    {
        var row = rows[i];
        if (i == 0 || items.Count != 1 || draft.LastTextLine != rows[i - 1].Line) return false;
        var indented = row.Layout switch
        {
            RowLayout.Tabs => items[0].Column > 0,
            // One token: a text line of several is cells of a row (its amounts, its level names), not a wrapped sentence.
            // Or, not indented, the end of the sentence the field stops in (年度目标 …普及率达到 then "90%以上。", 贵州).
            RowLayout.Text => row.Cells.Length == 1
                && ((row.RawSpan is [var first, ..] && ChineseText.IsSpace(first)) || (EndsSentence(items[0].Value) && draft.ProseStopsMidSentence())),
            _ => false,
        };
        return indented && draft.ContinueProse(items[0].Value, row.Line);
    }

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '。' or '；' or ';';

    /// 项目类型 | 新增项目□ 结转项目□ then | 经常性专项业务费√ 其他经常性项目□ (Shanghai): the options go on in the cell
    /// below, its label's cell empty; they are the same field's.
    private bool ContinuesTicks(int i, List<RowItem> items)
    {
        var row = rows[i];
        var last = draft.OtherFields.Count - 1;
        if (i == 0 || items.Count != 1 || row.Layout != RowLayout.Tabs || items[0].Column == 0 || last < 0) return false;
        if (draft.Sources.Find($"otherFields[{last}]") is not { Line: { } line } || line != rows[i - 1].Line) return false;
        var field = draft.OtherFields[last];
        if (!Checkboxes.HasBoxes(field.Value) || !Checkboxes.HasBoxes(items[0].Value)) return false;
        draft.OtherFields[last] = field with { Value = ChineseText.Join(field.Value, items[0].Value) };
        return true;
    }

    /// One label on a line of its own, the others after it: right-aligned, since a merged label on the left (总体目标
    /// above 中期目标 | 年度目标) has no value of its own.
    private void AssignPending(List<RowItem> values, int line, bool inTabs)
    {
        if (inTabs && _pendingInTabs && values.Count < _pendingLabels.Count && AssignByColumn(values, line)) return;
        var offset = _pendingLabels.Count - values.Count;
        for (var j = 0; j < values.Count; j++)
        {
            if (offset + j < 0)
            {
                draft.Unplaced("", values[j].Value, line);
                continue;
            }
            var label = _pendingLabels[offset + j];
            SetPending(label, values[j].Value, line);
        }
        _pendingLabels.Clear();
    }

    /// 总体目标 | 年度目标 | 项目期目标 above  | 完成… | (the 项目期目标 cell left blank): in rows of tab-separated cells
    /// fewer values than labels stand each under its own label's column, which right-aligning would shift (the goal
    /// would go to 项目期目标). Only when every value has a label in its column; else the caller right-aligns.
    private bool AssignByColumn(List<RowItem> values, int line)
    {
        var label = 0;
        foreach (var value in values)
        {
            while (label < _pendingLabels.Count && _pendingLabels[label].Column < value.Column) label++;
            if (label == _pendingLabels.Count || _pendingLabels[label].Column != value.Column) return false;
        }
        label = 0;
        foreach (var value in values)
        {
            while (_pendingLabels[label].Column < value.Column) label++;
            SetPending(_pendingLabels[label], value.Value, line);
        }
        _pendingLabels.Clear();
        return true;
    }

    /// A label's value from a line below it, read as it is beside the label: a tick box's ticked option (项目属性, then
    /// 新增项目√ 延续项目□ on the next line, as one cell per line puts them).
    private void SetPending(RowItem label, string value, int line)
    {
        var meaning = label.Meaning!.Value;
        if (meaning == LabelMeaning.ProjectAttribute && Checkboxes.ProjectAttribute(label.Printed, [value]) is { } ticked) value = ticked;
        // 第三部分 绩效目标 (a budget disclosure's chapter heading), then the form's title 项目支出绩效目标表: the title is
        // no goal; the chapter's name ends without a value.
        if (IsFormTitle(value))
        {
            draft.AddOther(label.Printed, value, line);
            return;
        }
        draft.Set(meaning, label.Printed, value, line, label.Suffix);
    }

    private static bool IsFormTitle(string value) =>
        value.Length <= 40 && (value.EndsWith("绩效目标表", StringComparison.Ordinal) || value.EndsWith("绩效目标申报表", StringComparison.Ordinal));

    /// "总体" on one line and "目标" on the next: a label broken by the extraction.
    private bool TryJoinSplitLabel(int i)
    {
        if (rows[i].Cells.Length != 1 || i + 1 >= rows.Count) return false;
        if (rows[i + 1].Cells.Length > 1 && StartsLabelBelow(rows[i].Cells[0].Text, rows[i + 1].Cells[0].Text))
        {
            // 项目实施 then 起止时间（年、月） | 2018年 (Nanjing): the label's first words on a line of their own; the row
            // below reads the same with or without them.
            draft.Recognised++;
            return true;
        }
        if (rows[i + 1].Cells.Length != 1) return false;
        var joined = rows[i].Cells[0].Text + rows[i + 1].Cells[0].Text;
        if (!FormLabels.Trie.TryMatchWhole(joined, out _, out _)) return false;
        _read[i + 1] = true;
        var row = new SourceRow { Line = rows[i].Line, Layout = RowLayout.Text, Cells = [new SourceCell(joined, 0)], Raw = joined };
        var items = RowItems.Extract(row);
        _pendingLabels.Clear();
        _pendingInTabs = false;
        foreach (var item in items)
            if (item.Meaning is { } meaning && FormLabels.TakesValue(meaning)) _pendingLabels.Add(item);
        draft.Recognised++;
        return true;
    }
}
