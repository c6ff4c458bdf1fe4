namespace Jixiao.Interchange.Text;

/// Walks the rows of the form once, top to bottom, and hands each to the part of the form it belongs to: the header
/// and basic information (labels and their values), the fund-source table, the indicator table, the review boxes and
/// the notes. A part starts where its labels or headings appear, wherever that is on the page.
internal sealed partial class FormScanner(List<SourceRow> rows, DeclarationDraft draft)
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
}
