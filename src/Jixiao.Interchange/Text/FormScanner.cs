namespace Jixiao.Interchange.Text;

/// Walks the rows of the form once, top to bottom, and hands each to the part of the form it belongs to: the header
/// and basic information (labels and their values), the fund-source table, the indicator table, the review boxes and
/// the notes. A part starts where its labels or headings appear, wherever that is on the page.
internal sealed class FormScanner(List<SourceRow> rows, DeclarationDraft draft)
{
    private enum Section
    {
        Header,
        Fund,

        /// 项目实施进度计划: its rows are work items, not fields.
        Progress,

        /// 项目支出内容及明细预算 (BudgetDetailTable).
        BudgetDetail,
        Indicators,
        Reviews,
        Notes,

        /// The page after the form (a site footer): skipped unless the form resumes.
        Footer,
    }

    private readonly bool[] _read = new bool[rows.Count];
    private Section _section = Section.Header;
    private IndicatorTable? _table;
    private StreamRows? _stream;
    private FundSection? _fund;
    private ProgressPlan? _progress;
    private BudgetDetailTable? _detail;

    // Labels that ended their row without a value: their values are on the next row (a label row above a value
    // row, or one cell per line).
    private readonly List<RowItem> _pendingLabels = [];

    // The pending labels stood in a row of tab-separated cells: their columns are the columns of the values below (a
    // `|` row drops its empty cells, so there a cell's place says nothing).
    private bool _pendingInTabs;

    // The pending labels stood one per line (one cell per line): a row of headings (长期目标 | 年度目标) whose values
    // follow one per line, held until the row is complete.
    private bool _labelsOnePerLine;
    private readonly List<(RowItem Value, int Line)> _heldValues = [];

    // 年度总体目标 over 预期目标 | 实际完成情况 (self-evaluation, monitoring): the goal's sub-headings, then its texts.
    private readonly GoalReportColumns _goalReport = new(draft);

    // (二)中长期绩效指标 stood above the next indicator table: its values are long-term ones.
    private bool _longTermHeading;

    public void Run()
    {
        var start = FormOutline.Find(rows, draft, _read);
        for (var i = start; i < rows.Count; i++)
        {
            if (_read[i]) continue;
            var row = rows[i];
            if (row.IsEmpty)
            {
                OnEmptyCell(row);
                continue;
            }
            if (_heldValues.Count > 0 && !IsValueLine(row)) AssignHeld();
            if (PageNumbers.IsPageNumber(row)) continue;
            if (FormOutline.RepeatsTitle(row, draft))
            {
                if (i + 1 < rows.Count && FormOutline.IsYearLine(rows[i + 1])) _read[i + 1] = true;
                draft.Recognised++;
                continue;
            }
            if (AnotherProject(row) is { } other)
            {
                // A budget disclosure (部门预算公开) prints one project's form after another: what follows is the next
                // project's, not more of this one's (its indicators would be mixed into this project's table).
                draft.Findings.Add(ReaderFindings.Multiple(draft.ProjectName!, other, row.Line));
                break;
            }
            if (_section is not (Section.Notes or Section.Footer) && IndicatorHeader.TryRead(rows, i, out var header))
            {
                StartTable(header);
                i = header.LastRow;
                continue;
            }
            if (ReviewBoxes.TryRead(row, draft))
            {
                EndSection(Section.Reviews);
                continue;
            }
            if (FormNotes.IsStart(row))
            {
                EndSection(Section.Notes);
                FormNotes.ReadStart(row, draft);
                continue;
            }
            switch (_section)
            {
                case Section.Footer:
                    break;
                case Section.Indicators:
                    ReadTableRow(i);
                    break;
                case Section.Notes:
                    if (WebNoise.IsNoise(row)) _section = Section.Footer;
                    else FormNotes.ReadNext(row, draft);
                    break;
                case Section.Reviews:
                    if (WebNoise.IsNoise(row)) _section = Section.Footer;
                    else ReadHeaderRow(i);
                    break;
                case Section.Progress:
                    if (!_progress!.TryRead(row))
                    {
                        _section = Section.Header;
                        ReadHeaderRow(i);
                    }
                    break;
                case Section.BudgetDetail:
                    if (!_detail!.TryRead(row))
                    {
                        _section = Section.Header;
                        ReadHeaderRow(i);
                    }
                    break;
                case Section.Fund:
                    if (!_fund!.TryRead(row, NextNonEmpty(i)))
                    {
                        _section = Section.Header;
                        ReadHeaderRow(i);
                    }
                    break;
                default:
                    ReadHeaderRow(i);
                    break;
            }
        }
        if (_heldValues.Count > 0) AssignHeld();
        EndSection(_section);
        _fund?.Finish();
        draft.DeriveBudgetTotal();
        FormProjectTypes.Read(draft);
        FormKinds.Report(draft);
        draft.PlaceFilingUnit();
        draft.AddLongTermOnly();
    }

    /// The name of another project, after this one's indicators have been read: a 项目名称 label in the row's first cell
    /// whose value, on the same row, differs from the project read so far. A cheap look at the first cell: only rows
    /// after indicators, and only the one label.
    private string? AnotherProject(SourceRow row)
    {
        if (draft.ProjectName is null || draft.Indicators.Count == 0 || row.Cells.Length == 0) return null;
        var first = row.Cells[0].Text;
        if (!FormLabels.Trie.TryMatch(first, 0, needBoundary: true, out var meaning, out var span) || meaning != LabelMeaning.ProjectName)
            return null;
        var value = span.End < first.Length ? ChineseText.Normalize(first.AsSpan(span.End)) : row.Cells.Length > 1 ? row.Cells[1].Text : "";
        return value.Length == 0 || value == draft.ProjectName ? null : value;
    }

    private void OnEmptyCell(SourceRow row)
    {
        if (_section == Section.Indicators) _stream?.Feed(row);
        else if (_section == Section.Progress) _progress!.ReadEmptyCell();
        else if (HoldsRowOfValues)
        {
            // Before the first value, the blank cell under the row's own heading (项目绩效目标); after it, an empty value.
            if (_heldValues.Count > 0) HoldValue(new RowItem(null, "", null, "", 0), row.Line);
        }
        // One cell per line: a blank cell after a label is its (empty) value.
        else if (row.Layout == RowLayout.Text) _pendingLabels.Clear();
    }

    /// Several labels pending that stood one per line: their values come one per line too, a row of them.
    private bool HoldsRowOfValues => _labelsOnePerLine && _pendingLabels.Count >= 2;

    private bool IsValueLine(SourceRow row)
    {
        if (row.Layout != RowLayout.Text || SubLabelLine(row) is not null) return false;
        RowItems.ExtractHeaderInto(row, _items, AfterProseLabel);
        return !_items.Exists(item => item.IsLabel);
    }

    /// The last label waiting for its value is a prose field's: a line ending with a colon is its first sentence.
    private bool AfterProseLabel => _pendingLabels.Count > 0 && IsProse(_pendingLabels[^1].Meaning!.Value);

    private void HoldValue(RowItem value, int line)
    {
        _heldValues.Add((value, line));
        if (_heldValues.Count == _pendingLabels.Count) AssignHeld();
    }

    /// The values held for labels that stood one per line, as the row they make: right-aligned like a row of cells
    /// (<see cref="AssignPending"/>), so a label whose blank value the extraction dropped gets nothing.
    private void AssignHeld()
    {
        var offset = _pendingLabels.Count - _heldValues.Count;
        for (var j = 0; j < _heldValues.Count; j++)
        {
            var (value, line) = _heldValues[j];
            // More values than labels: the first ones have none to go to, said rather than dropped.
            if (offset + j < 0) draft.Unplaced("", value.Value, line);
            else if (value.Value.Length > 0) SetPending(_pendingLabels[offset + j], value.Value, line);
        }
        _pendingLabels.Clear();
        _heldValues.Clear();
    }

    private void StartTable(IndicatorHeader header)
    {
        // The same heading again on a new page: the table goes on.
        if (_section == Section.Indicators && _table is not null && _table.Header.Columns.AsSpan().SequenceEqual(header.Columns)) return;
        EndSection(Section.Indicators);
        if (_longTermHeading) header = header.UnderLongTermHeading();
        _longTermHeading = false;
        _table = new IndicatorTable(header, draft);
        _stream = header.OneCellPerLine ? new StreamRows(_table) : null;
        draft.OpenReviewBox = null;
        // 总体目标 / 年度目标 / the goal, one per line, right before the table's heading (绩效指标 reads as a value): the
        // held goal is the last label's, as a row of cells would be.
        if (_heldValues.Count > 0) AssignHeld();
        _pendingLabels.Clear();
        draft.Recognised += 2;
    }

    private void EndSection(Section next)
    {
        if (_section == Section.Indicators) _stream?.Flush();
        if (_section == Section.Progress) _progress!.Flush();
        _section = next;
    }

    private void ReadTableRow(int i)
    {
        var row = rows[i];
        if (!LooksLikeIndicatorRow(row) && WebNoise.IsNoise(row))
        {
            EndSection(Section.Footer);
            return;
        }
        if ((StartsWithFormLabel(row) && !NamesAnIndicator(row) && !NamesStreamedIndicator(i)) || IsFieldBelowTable(row) || AsksForSignature(row))
        {
            EndSection(Section.Header);
            ReadHeaderRow(i);
            return;
        }
        if (IsLastRow(i) && CutShortRow.CutLevelName(row) is { } cut)
        {
            draft.Findings.Add(ReaderFindings.CutShort(cut, row.Line));
            return;
        }
        if (_stream is not null) _stream.Feed(row);
        else _table!.ReadRow(row);
    }

    /// The next row that is not a blank line, or null at the end of the file.
    private SourceRow? NextNonEmpty(int i)
    {
        for (var k = i + 1; k < rows.Count; k++)
            if (!rows[k].IsEmpty) return rows[k];
        return null;
    }

    /// No row after this one but blank lines: the file ends here.
    private bool IsLastRow(int i)
    {
        for (var k = i + 1; k < rows.Count; k++)
            if (!rows[k].IsEmpty) return false;
        return true;
    }

    /// 其他说明的问题 | 项目资金中…自筹。 (佳县), 项目实施效益 | 1.…。2.…。 (大庆): a label in the first column, left of the
    /// table's level columns, and a sentence after it is a field of the form below the table, whether or not its label is
    /// known; read as a row of the table it would be an indicator named by the label.
    private bool IsFieldBelowTable(SourceRow row) =>
        row.Layout == RowLayout.Tabs && row.Cells.Length == 2 && _table is { Header: var header } && header.FirstTreeIndex >= 0
        && row.Cells[0].Column == 0 && header.Positions[header.FirstTreeIndex] > 0
        && row.Cells[1].Text[^1] is '。' or '；' && LevelLabel.Of(row.Cells[0].Text).Role == LevelRole.None;

    /// 省级项目主管单位负责人签字： | | 年 月 日 (the signature lines under a form): a first cell asking for a signature names
    /// no indicator; the form goes on below the table.
    private static bool AsksForSignature(SourceRow row)
    {
        var first = row.Cells[0].Text.AsSpan().TrimEnd(":：");
        return first.Length > 2 && FormLabels.IsSignatureWord(first, first.Length - 2);
    }

    private static bool LooksLikeIndicatorRow(SourceRow row)
    {
        if (row.Cells.Length >= 2 && TargetLooks.IsValueLike(row.Cells[^1].Text)) return true;
        foreach (var cell in row.Cells)
            if (LevelLabel.Of(cell.Text).Role is LevelRole.Level1 or LevelRole.Level2 or LevelRole.Either) return true;
        return false;
    }

    /// A row whose first cell, a label (完成时间, 项目单位, 购买主体), stands in the table's name column, right of the
    /// level columns it leaves empty, and which ends in a value: an indicator named like the field, not the form going
    /// on below the table (a field's label stands in the first column). A label with a colon (填报日期：) names no
    /// indicator. One cell per line, a label where the row being assembled expects its name (after its level names) is
    /// that name.
    private bool NamesAnIndicator(SourceRow row)
    {
        if (row.Layout == RowLayout.Text) return _stream is { ExpectsName: true } && row.Cells.Length == 1 && !IsColonLabel(row.Cells[0].Text);
        return row.Layout is RowLayout.Tabs or RowLayout.Pipes && _table is { } table && row.Cells.Length >= 2
            && row.Cells[0].Column > 0 && row.Cells[0].Column == table.Header.Positions[table.Header.NameIndex]
            && table.Header.FirstTreeIndex < table.Header.NameIndex
            && TargetLooks.IsValueLike(row.Cells[^1].Text) && !IsColonLabel(row.Cells[0].Text) && !HasLabelAfterFirst(row);
    }

    private static bool IsColonLabel(string text) => FormLabels.Trie.TryMatch(text, 0, needBoundary: true, out _, out var span) && span.Colon;

    /// A table read one cell per line: a start or end label (完成时间) right under a level name (时效指标) is the name of
    /// that level's first indicator; no field of the form stands under a level name.
    private bool NamesStreamedIndicator(int i) =>
        _stream is not null && i > 0 && rows[i].Cells.Length == 1 && rows[i - 1].Cells.Length == 1
        && LevelLabel.Of(rows[i - 1].Cells[0].Text).Role is LevelRole.Level2 or LevelRole.Either
        && FormLabels.Trie.TryMatchWhole(rows[i].Cells[0].Text, out var meaning, out _) && meaning is LabelMeaning.StartDate or LabelMeaning.EndDate;

    // 开始时间 | 2024年1月1日 | 完成时间 | 2024年12月31日: a row of fields, not an indicator and its value.
    private static bool HasLabelAfterFirst(SourceRow row)
    {
        foreach (var cell in row.Cells[1..])
            if (FormLabels.Trie.TryMatch(cell.Text, 0, needBoundary: true, out _, out _)) return true;
        return false;
    }

    /// A row of the header or basic information after the indicator table (some forms put them below it). A period
    /// label (项目实施期限, 起止时间) also names timeliness indicators: it ends the table only in the first column of a
    /// row of cells, where no indicator's name stands.
    /// Labels that also name indicators (<see cref="FormLabels.AlsoNameIndicators"/>) do the same, unless the cell is a
    /// level name (预期效果) or the label has a colon, which no indicator's name carries.
    private static bool StartsWithFormLabel(SourceRow row)
    {
        var first = row.Layout == RowLayout.Text ? row.Raw.TrimStart() : row.Cells[0].Text;
        if (!FormLabels.Trie.TryMatch(first, 0, needBoundary: true, out var meaning, out var span)) return false;
        var inFirstColumn = row.Layout != RowLayout.Text && row.Cells[0].Column == 0;
        if (meaning == LabelMeaning.ProjectPeriod) return inFirstColumn;
        if (span.Colon || !FormLabels.AlsoNameIndicators.Contains(ChineseText.Normalize(first.AsSpan(0, span.LabelEnd)))) return true;
        return inFirstColumn && LevelLabel.Of(row.Cells[0].Text).Role == LevelRole.None;
    }

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
            if (_goalReport.TryAssign(_pendingLabels, items, row)) _pendingLabels.Clear();
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
