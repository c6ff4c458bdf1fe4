namespace Jixiao.Interchange.Text;

// Rows of the header and basic information (表头、项目基本情况): labels and their values, in cells, in spaced text or
// glued together, wherever on the page they stand.
internal sealed partial class FormScanner
{
    // The items of the row ReadHeaderRow reads, and the same row read with glued labels: one list each for the whole
    // form, refilled per row (a list per row was most of what reading the header allocated). ReadHeaderRow does not
    // call itself, and what it hands them to reads them without keeping them.
    private readonly List<RowItem> _items = [];
    private readonly List<RowItem> _glued = [];

    private void ReadHeaderRow(int i)
    {
        var row = rows[i];
        var items = _items;
        RowItems.ExtractHeaderInto(row, items, AfterProseLabel);
        if (row.Layout != RowLayout.Text && items.Count is 1 or 2 && items[0] is { IsLabel: false, Column: > 0 } first && SubLabel(first) is { } sub)
            items[0] = sub;
        else if (row.Layout == RowLayout.Text && SubLabelLine(row) is { } subLine)
        {
            items.Clear();
            items.Add(subLine);
        }
        var firstLabel = FirstLabel(items);
        if (firstLabel < 0 && _pendingLabels.Count == 0 && _section == Section.Header && _table is null)
        {
            var glued = _glued;
            RowItems.ExtractGluedInto(row, glued);
            var labels = 0;
            foreach (var item in glued)
                if (item.IsLabel) labels++;
            // Labels glued to values only in a row whose every cell reads so: beside cells that are no labels, a cell
            // that starts with a label is a longer heading (绩效目标情况 | 预期目标 | 内容, 项目年度绩效目标 | 评价内容 | … |
            // 绩效目标值), not that label and a value ("情况", "值").
            if (labels == 0 || labels == glued.Count)
            {
                items = glued;
                firstLabel = labels == 0 ? -1 : 0;
            }
        }
        if (firstLabel < 0)
        {
            ReadValueRow(i, items);
            return;
        }
        if (IndexOf(items, LabelMeaning.BudgetTotal) >= 0) draft.PrintsBudgetTotal = true;
        // Values before the first label answer the labels that ended the row above.
        if (firstLabel > 0)
        {
            if (_pendingLabels.Count > 0) AssignPending(items.GetRange(0, firstLabel), row.Line, row.Layout == RowLayout.Tabs);
            else if (firstLabel == 1 && IsDatesHeading(items)) draft.Recognised++;
            else
                for (var k = 0; k < firstLabel; k++) draft.Unplaced("", items[k].Value, row.Line);
        }
        // One cell per line: a label alone on its line after another one is the next heading of the same row.
        var onePerLine = row.Layout == RowLayout.Text && items is [{ IsLabel: true, Value.Length: 0 } lone] && FormLabels.TakesValue(lone.Meaning!.Value);
        if (!(onePerLine && _labelsOnePerLine)) _pendingLabels.Clear();
        _labelsOnePerLine = onePerLine;

        if (IndexOf(items, LabelMeaning.BudgetDetailHeading) >= 0)
        {
            _detail = new BudgetDetailTable(draft);
            _detail.ReadHeading(row, items);
            _section = Section.BudgetDetail;
            return;
        }
        if (items.Exists(item => item.Meaning is { } m && FormLabels.IsFundLabel(m)))
        {
            _fund ??= new FundSection(draft);
            _section = Section.Fund;
            if (items.Exists(item => item.Meaning is LabelMeaning.FundHeading
                    || (item.Meaning is { } column && FormLabels.IsFundColumnHeading(column))))
                _fund.ReadHeading(row, items);
            else if (!_fund.TryRead(row)) _section = Section.Header;
            return;
        }

        if (IndexOf(items, LabelMeaning.ProgressPlan) is var plan and >= 0)
        {
            // Labels before the plan's (rare) are read as fields; the plan takes the rest of the row.
            for (var k = firstLabel; k < plan; k++)
                if (items[k] is { IsLabel: true, Value.Length: > 0 } field) draft.Set(field.Meaning!.Value, field.Printed, field.Value, row.Line, field.Suffix);
                else if (!items[k].IsLabel) draft.Unplaced("", items[k].Value, row.Line);
            _progress ??= new ProgressPlan(draft);
            _progress.ReadHeading(items.GetRange(plan, items.Count - plan), row.Line);
            _section = Section.Progress;
            draft.Recognised++;
            return;
        }

        for (var k = firstLabel; k < items.Count; k++)
        {
            var item = items[k];
            if (!item.IsLabel)
            {
                draft.Unplaced("", item.Value, row.Line);
                continue;
            }
            draft.Recognised++;
            var meaning = item.Meaning!.Value;
            if (IsGoalHeading(item) && item.Value.Length == 0 && k + 1 < items.Count && items[k + 1] is { IsLabel: false, Value.Length: > LongestColumnHeading } goal
                && !HeadsATable(items, k + 1) && draft.Set(LabelMeaning.AnnualGoal, item.Printed, goal.Value, row.Line, item.Suffix))
            {
                // 项目绩效目标 | 目标1：… (Sichuan): the heading holds the project's goal in the cell beside it.
                _pendingLabels.Clear();
                k++;
                continue;
            }
            if (!FormLabels.TakesValue(meaning)) continue;
            if (meaning == LabelMeaning.ProjectAttribute && TickedOption(items, k, out var optionCells) is { } ticked)
            {
                draft.Set(meaning, item.Printed, ticked, row.Line, item.Suffix);
                _pendingLabels.Clear();
                k += optionCells;
            }
            else if (meaning is LabelMeaning.OverallGoal or LabelMeaning.AnnualGoal && row.Layout == RowLayout.Text && item.Value.Length > 0
                     && k == items.Count - 1 && _goalReport.TryReadHeadingTokens(row, item.Value))
            {
                // 年度总体目标  预期目标  实际完成情况 in space-separated text: the headings read as the label's value.
                _pendingLabels.Clear();
                _pendingLabels.Add(item);
                _pendingInTabs = false;
                break;
            }
            else if (item.Value.Length > 0)
            {
                draft.Set(meaning, item.Printed, item.Value, row.Line, item.Suffix);
                _pendingLabels.Clear();
            }
            else if (k + 1 < items.Count && IsProse(meaning) && items[k + 1] is { IsLabel: true, Cell: { } cell } next
                     && HasLaterLabel(next.Value))
            {
                // 保障措施 | 实施单位：负责组织实施；主管部门：负责监督检查。 — sentences that each start with a label are
                // the prose field's value; one labelled value ("实施单位：某县供水中心") is a field of its own.
                draft.Set(meaning, item.Printed, cell, row.Line, item.Suffix);
                _pendingLabels.Clear();
                k++;
            }
            else if (meaning == LabelMeaning.ProjectPeriod && k + 2 < items.Count && !items[k + 1].IsLabel && !items[k + 2].IsLabel
                     && FormValues.IsDuration(items[k + 1].Value) && PeriodCells(items, k + 2) is var (periodCells, period)
                     && FormValues.TryParsePeriod(period, out _, out _))
            {
                // 项目期限 | 3年 | 2024年1月至2026年12月 (or the start and the end in cells of their own): how long, then when.
                draft.Set(meaning, item.Printed, items[k + 1].Value, row.Line, item.Suffix);
                draft.Set(meaning, item.Printed, period, row.Line, item.Suffix);
                _pendingLabels.Clear();
                k += 1 + periodCells;
            }
            else if (meaning is LabelMeaning.OverallGoal or LabelMeaning.AnnualGoal && row.Layout != RowLayout.Text
                     && _goalReport.TryReadHeadings(items, k + 1))
            {
                // 年度总体目标 | 预期目标 | 实际完成情况: the goal's texts are on the next row, under these headings.
                _pendingLabels.Clear();
                _pendingLabels.Add(item);
                _pendingInTabs = row.Layout == RowLayout.Tabs;
                break;
            }
            else if (meaning is LabelMeaning.OverallGoal or LabelMeaning.AnnualGoal && HeadsATable(items, k + 1))
            {
                // 项目年度绩效目标（定量目标） | 评价内容 | 绩效内容 | 参考标准 | 绩效目标值: the goal names the table below; the
                // column headings are no goal, and the cells left over say so (UNPLACED_CELL).
            }
            else if (k + 1 < items.Count && !items[k + 1].IsLabel)
            {
                var (taken, value) = meaning == LabelMeaning.ProjectPeriod ? PeriodCells(items, k + 1) : (1, items[k + 1].Value);
                draft.Set(meaning, item.Printed, value, row.Line, item.Suffix);
                _pendingLabels.Clear();
                k += taken;
            }
            else
            {
                _pendingLabels.Add(item);
                _pendingInTabs = row.Layout == RowLayout.Tabs;
            }
        }
    }

    private static int FirstLabel(List<RowItem> items)
    {
        for (var k = 0; k < items.Count; k++)
            if (items[k].IsLabel) return k;
        return -1;
    }

    private static int IndexOf(List<RowItem> items, LabelMeaning meaning)
    {
        for (var k = 0; k < items.Count; k++)
            if (items[k].Meaning == meaning) return k;
        return -1;
    }

    /// 项目概况 | 立项依据 | … then  | 必要性 | … (Nanjing): a label read only after a numbering, alone in its cell right of
    /// an empty first column, is a sub-label of the merged label on its left; no indicator row is read here.
    private static RowItem? SubLabel(RowItem cell) =>
        FormLabels.NumberedOnly.TryMatchWhole(cell.Value, out var meaning, out var span)
            ? new RowItem(meaning, cell.Value[..span.LabelEnd], span.Suffix, "", cell.Column, cell.Value)
            : null;

    /// 必要性 then its sentence, one cell per line or space-separated (Nanjing's sub-labels under 项目概况, bare): a line
    /// that starts with a label read only after a numbering, the whole first token, is that sub-label and its value. Only
    /// rows of the header get here, where no indicator is named; a sentence that starts with the word has no space after it.
    private static RowItem? SubLabelLine(SourceRow row)
    {
        var cells = row.Cells;
        if (cells.Length == 0 || !FormLabels.NumberedOnly.TryMatchWhole(cells[0].Text, out var meaning, out var span) || meaning != LabelMeaning.Other)
            return null;
        var value = cells.Length == 1 ? "" : SourceCell.JoinTexts(cells[1..], "");
        return new RowItem(meaning, cells[0].Text[..span.LabelEnd], span.Suffix, value, 0, row.Joined);
    }

    /// The ticked option of a checkbox field (项目属性 | 新增项目□ | 延续项目☑, 是否新增：是□否☑): the label's own value
    /// and the cells after it up to the next label. <paramref name="taken"/> is how many cells after the label it read.
    private static string? TickedOption(List<RowItem> items, int label, out int taken)
    {
        var cells = new List<string>(3);
        if (items[label].Value.Length > 0) cells.Add(items[label].Value);
        var end = label + 1;
        while (end < items.Count && !items[end].IsLabel) cells.Add(items[end++].Value);
        taken = end - label - 1;
        return Checkboxes.ProjectAttribute(items[label].Printed, cells);
    }

    /// 项目绩效目标, a heading over the goals and the indicator table on most forms; with a sentence beside it, the goal.
    private static bool IsGoalHeading(RowItem item) =>
        item.Meaning == LabelMeaning.Heading && ChineseText.Normalize(item.Printed) == "项目绩效目标";

    /// 实施时间 | 预计开始时间：… | 预计完成时间：… (a city review form): 实施时间 heads the two dates beside it. Alone it is no
    /// label (it names timeliness indicators more often than the project's period).
    private static bool IsDatesHeading(List<RowItem> items) =>
        items[0].Value is "实施时间" or "项目实施时间" && items.Skip(1).All(item => item.Meaning is LabelMeaning.StartDate or LabelMeaning.EndDate);

    /// Column headings after a goal's label: two or more short cells, none of them a sentence. After two short ones a
    /// longer heading may follow (九、项目年度绩效目标 | 一级指标 | 二级指标 | 绩效目标内容 | 定量指标/定性指标描述).
    private static bool HeadsATable(List<RowItem> items, int first)
    {
        var count = 0;
        for (var k = first; k < items.Count && !items[k].IsLabel; k++, count++)
            if ((count < 2 && items[k].Value.Length > LongestColumnHeading) || items[k].Value.AsSpan().IndexOfAny("。，；,;") >= 0) return false;
        return count >= 2;
    }

    private const int LongestColumnHeading = 8;

    /// The period in the cells from <paramref name="first"/> on: a start and an end (dates, months, or a workbook's
    /// date serials) in cells of their own, with or without a 至 between them; else the one cell. Returns how many
    /// cells it took and the period as one text ("2023年1月1日至2023年12月31日").
    private static (int Taken, string Value) PeriodCells(List<RowItem> items, int first)
    {
        var one = (1, items[first].Value);
        var end = first + 1;
        if (end < items.Count && !items[end].IsLabel && items[end].Value is [var joint] && FormValues.StartEndJoints.Contains(joint)) end++;
        if (end >= items.Count || items[end].IsLabel) return one;
        var joined = $"{AsDate(items[first].Value)}至{AsDate(items[end].Value)}";
        return FormValues.TryParsePeriod(joined, out _, out _) ? (end - first + 1, joined) : one;
    }

    /// A date serial as the date it stands for (a workbook's date typed into a cell formatted as a number).
    private static string AsDate(string value) =>
        !FormValues.TryParseDate(value, out _) && FormValues.TryParseDateOrSerial(value, out var date)
            ? $"{date.Year}年{date.Month}月{date.Day}日"
            : value;

    /// A label after a sentence's end inside a value ("负责组织实施；主管部门：负责监督检查"): the value is sentences that
    /// start with labels, not one labelled value.
    private static bool HasLaterLabel(string value)
    {
        // A comma parts sentences of prose, which ends as a sentence does. And prose says something after its first
        // label: "联系人：张三，联系电话：…。" is fields in a row, "实施单位：负责组织实施，主管部门：…。" is a sentence.
        var prose = value.Length > 0 && value[^1] is '。' or '；' or ';';
        for (var i = 1; i < value.Length; i++)
            if ((value[i - 1] is '；' or ';' or '。' || (prose && value[i - 1] is '，' or ','))
                && FormLabels.Trie.TryMatch(value, i, needBoundary: true, out _, out _))
                return i - 1 >= ShortestSentence;
        return false;
    }

    /// Fewer characters before the next label are a name, a phone or a unit's name, not a clause of prose.
    private const int ShortestSentence = 6;

    /// Fields whose value is prose, sentences that may start with another field's label.
    private static bool IsProse(LabelMeaning meaning) =>
        meaning is LabelMeaning.Overview or LabelMeaning.Measures or LabelMeaning.OverallGoal or LabelMeaning.AnnualGoal;
}
