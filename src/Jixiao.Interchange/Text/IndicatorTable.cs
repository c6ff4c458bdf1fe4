using System.Runtime.InteropServices;
using Jixiao.Domain.Indicators;

namespace Jixiao.Interchange.Text;

/// Reads the rows of the indicator table under its <see cref="IndicatorHeader"/>. Level 1 and level 2 are recognised
/// by their names (positions shift when a PDF extraction drops leading tabs after a page break) and carried down to
/// the rows that leave them empty; the cells after the name fill the heading's columns in order.
internal sealed partial class IndicatorTable(IndicatorHeader header, DeclarationDraft draft)
{
    /// How a row's cells line up with the heading.
    public enum CellMode
    {
        /// Tab positions: a cell's distance from the name cell is its distance from the name column.
        Positional,

        /// `|`-separated: empty cells were dropped, so cells after the name fill the columns in order.
        Sequential,

        /// Space-separated tokens: the name may hold spaces; the value is the last token.
        Tokens,
    }

    private string? _level1;
    private string? _level2;

    // The level 1 was not printed but taken from the level 2 (SetLevel2).
    private bool _level1Derived;
    private bool _costIsLevel1;

    // The 一级指标 column holds level-2 names (宜昌: 数量指标, 质量指标 … then 效益指标, 满意度指标): the form has one level
    // fewer than its heading says (LevelColumnHoldsLevel2s).
    private bool _level1ColumnHoldsLevel2s;

    // The level 1 printed as 上海's 效果目标 or 影响力目标 (LevelLabel.Groups): each level 2 under it takes its own.
    private string? _group;
    private bool _otherProject;

    // A level-2 name split over two rows whose first part is not a level name yet ("可持续影" / "响指标"): the
    // indicators read under it are corrected when the second part arrives.
    private string? _pendingLevel;
    private readonly List<int> _underPendingLevel = [];

    public IndicatorHeader Header => header;

    private readonly LevelLabel[] _labels = new LevelLabel[2];

    // Rows whose value stands under the 指标值 heading, and one column right of it (the heading lost its leading tab).
    private int _rowsUnderHeading;
    private int _rowsRightOfHeading;

    // The cells of the row being read, by column (reused from row to row).
    private readonly string?[] _values = new string?[header.Columns.Length];

    public void ReadRow(SourceRow row)
    {
        var mode = row.Layout switch
        {
            RowLayout.Tabs => CellMode.Positional,
            RowLayout.Pipes => CellMode.Sequential,
            _ => CellMode.Tokens,
        };
        Read(row.Cells, row.Line, mode, row.AfterBreak);
    }

    public void Read(ReadOnlySpan<SourceCell> cells, int line, CellMode mode, bool afterBreak)
    {
        if (_otherProject || cells.Length == 0) return;
        // A page break may move the rows against the heading: the rows of the new page vote afresh.
        if (afterBreak) (_rowsUnderHeading, _rowsRightOfHeading) = (0, 0);
        if (mode == CellMode.Positional) ObserveValueColumn(cells);
        var start = 0;
        if (header.HasProjectColumns)
        {
            var firstLevel = FirstLevelCell(cells);
            if (firstLevel < 0 && _level1 is null && _level2 is null)
            {
                ReadSummaryRow(cells, line);
                return;
            }
            if (firstLevel > 0)
            {
                ReadProjectCells(cells[..firstLevel], line);
                if (_otherProject) return;
                start = firstLevel;
            }
        }

        // "效", "指", "标" of 绩效指标 printed vertically beside the table, left of its level columns: no cell of the row.
        if (mode == CellMode.Positional && !header.HasProjectColumns && start < cells.Length - 1 && header.FirstTreeIndex >= 0
            && cells[start].Column < header.Positions[header.FirstTreeIndex] && IndicatorColumns.IsSideLabelFragment(cells[start].Text))
            start++;
        // 九、项目年 on the heading's row, 度绩效目标 on the first row below (a city review form): the rest of a label merged
        // beside the table, wrapped, left of the level columns and before the row's level 1 — no level of the row.
        else if (mode == CellMode.Positional && !header.HasProjectColumns && start < cells.Length - 2 && header.FirstTreeIndex > 0
            && cells[start].Column < header.Positions[header.FirstTreeIndex] && ContinuesSideLabel(cells[start].Text, cells[start + 1].Text))
            start++;

        // A 序号 column: the row's serial number says nothing.
        while (start < cells.Length - 1 && Numbering.IsSerial(cells[start].Text)) start++;

        // The level names at the start of the row.
        var labels = _labels;
        Span<int> labelCells = stackalloc int[2];
        var labelCount = 0;
        var p = start;
        while (p < cells.Length && labelCount < 2)
        {
            var (label, width) = LevelAt(cells, p, mode);
            if (label.Role is LevelRole.RowHeader or LevelRole.Fragment)
            {
                if (label.Role == LevelRole.Fragment) CompletePendingLevel("指标");
                p += width;
                continue;
            }
            if (label.Role == LevelRole.None && IsLevel2Placeholder(cells, p, labelCount))
            {
                // 服务对象满意度指标 | 具体指标 (佳县): the template prints 具体指标 where the level 2 stands; a level 1 with
                // one level 2 means that one.
                if (labelCount == 1 && labels[0] is { Level1: { } level1, Level2: { } level2 } && IndicatorTaxonomy.Belongs(level1, level2))
                {
                    labels[0] = labels[0] with { Role = LevelRole.Level1 };
                    labels[1] = new LevelLabel(LevelRole.Level2, null, level2);
                    labelCells[1] = p;
                    labelCount = 2;
                }
                p++;
                break;
            }
            if (label.Role == LevelRole.None) break;
            labels[labelCount] = label;
            labelCells[labelCount] = p;
            labelCount++;
            p += width;
            if (label.Role == LevelRole.Level2) break;
        }

        if (labelCount == 1 && !_level1ColumnHoldsLevel2s && _level1 is null && LevelColumnHoldsLevel2s(labels[0], cells[labelCells[0]], mode))
            _level1ColumnHoldsLevel2s = true;

        var rest = cells[p..];
        // A name that is also a level name ("社会满意度" / "100%"): the labels never eat the name.
        if (labelCount > 0 && rest.Length == 1 && TargetLooks.IsValueLike(rest[0].Text))
        {
            labelCount--;
            rest = cells[labelCells[labelCount]..];
        }
        if (rest.IsEmpty)
        {
            ApplyLevels(labels.AsSpan(0, labelCount), null, line);
            return;
        }

        // A value continued after a page break: the row before it had a name and no value.
        if (afterBreak && labelCount == 0 && rest.Length == 1 && mode == CellMode.Positional && draft.Indicators.Count > 0
            && draft.Indicators[^1].Target is MissingTarget && TargetLooks.IsValueLike(rest[0].Text))
        {
            var last = draft.Indicators[^1];
            draft.Indicators[^1] = last with { Target = TargetValue.Parse(rest[0].Raw, new TargetContext(last.Level2, last.Name)) };
            return;
        }

        // 绩效目标内容 merged over two rows, the second row's description alone under 定量指标/定性指标描述 (a city's
        // 绩效目标评审申报表): a second indicator of the content above, not a name.
        if (labelCount == 0 && rest.Length == 1 && UnderMergedContent(rest[0], mode) is { } merged)
        {
            ReadIndicator([merged, rest[0]], line, mode);
            return;
        }

        // A name that wrapped onto the next line: "…正常运行率（不含计划停机时" / "间）" joins the row above; with the
        // row's value on the second line ("…（含区县" / "和市直部门） | ≥60个"), the row above, which has no value, is read
        // again as one row with the whole name and this line's cells.
        if (labelCount == 0 && mode != CellMode.Tokens && draft.Indicators.Count > 0 && ContinuesName(draft.Indicators[^1].Name, rest[0].Text))
        {
            var above = draft.Indicators[^1];
            var name = ChineseText.Join(above.Name, rest[0].Text);
            if (rest.Length == 1)
            {
                draft.Indicators[^1] = above with { Name = name };
                return;
            }
            if (above.Target is MissingTarget)
            {
                var whole = rest.ToArray();
                whole[0] = new SourceCell(name, rest[0].Column);
                draft.Indicators.RemoveAt(draft.Indicators.Count - 1);
                ReadIndicator(whole, line, mode);
                return;
            }
        }

        // Cells before the name that are not known level names: level names as printed (the checker reports them).
        List<SourceCell>? unknown = null;
        while (rest.Length > 1 && labelCount + (unknown?.Count ?? 0) < 2 && TooManyCells(rest, mode))
        {
            (unknown ??= new List<SourceCell>(2)).Add(rest[0]);
            rest = rest[1..];
        }
        ApplyLevels(labels.AsSpan(0, labelCount), unknown, line);
        if (rest.Length > 1 && IsGoalSerial(rest[0].Text))
        {
            // 目标1 | 维修改造学校数量 (范本): the serial the template prints in the 绩效内容 cell, the name written after it.
            // The name stands where the cell starts, so the cells after it keep their distance from the name column.
            var named = rest[1..].ToArray();
            named[0] = new SourceCell(named[0].Text, rest[0].Column, named[0].Raw);
            ReadIndicator(named, line, mode);
            return;
        }
        if (rest[0].Text is "合计" or "总计" or "小计" or "总分" or "总得分" or "合计得分")
        {
            // The table's total row (of the weights; 总分 under a self-evaluation's 分值 | 得分): not an indicator, but kept.
            draft.AddOther(rest[0].Text, SourceCell.JoinTexts(rest[1..], " "), line);
            return;
        }
        ReadIndicator(rest, line, mode);
    }

    private static bool ContinuesSideLabel(string text, string next) =>
        LevelLabel.Of(text).Role == LevelRole.None && LevelLabel.Of(next).Role is LevelRole.Level1 or LevelRole.Either;

    /// The table's first level name is a level 2 (数量指标) standing in the 一级指标 column, left of 二级指标, which holds
    /// the names (湖北/宜昌's 一级指标 | 二级指标 | 绩效标准 | 当年预期实现值): the form's one level column names the outputs
    /// by their level 2 and the benefits and satisfaction by their level 1. A normal table prints its level 1 first, or
    /// leaves the merged 一级指标 cell empty beside a level 2 in its own column (by tab position). Pipes and spaces keep
    /// no empty cells: there, a first row without a level 1 is the sign (a web table's merged cell is on its first row).
    private bool LevelColumnHoldsLevel2s(LevelLabel label, SourceCell cell, CellMode mode) =>
        label is { Role: LevelRole.Level2, Level1: null } && header.Level1Index >= 0
        && header.IndexOf(ColumnKind.Level2) is var level2 and >= 0 && (mode != CellMode.Positional || cell.Column < header.Positions[level2]);

    /// 具体指标 in a level column before the name: a placeholder of the template, after a level name or under 二级指标.
    private bool IsLevel2Placeholder(ReadOnlySpan<SourceCell> cells, int p, int labelCount) =>
        cells[p].Text == "具体指标" && p + 1 < cells.Length
        && (labelCount == 1 || (header.IndexOf(ColumnKind.Level2) is var level2 and >= 0 && cells[p].Column == header.Positions[level2]));

    /// 目标1, 目标2 …: the serials of the 范本's 绩效内容 cells.
    private static bool IsGoalSerial(string text) =>
        text.Length is > 2 and <= 4 && text.StartsWith("目标", StringComparison.Ordinal)
        && text.AsSpan(2).IndexOfAnyExceptInRange('0', '9') < 0;

    /// Whether <paramref name="next"/> is the rest of <paramref name="name"/> rather than a row of its own: it closes a
    /// bracket the name left open, or starts with what no name starts with (a closing bracket, a comma). A row that
    /// merely lacks a value is an indicator with a missing value, never joined on a guess. Asked of every row without
    /// level names and true of few, it tests the value, the dearest test, last.
    private static bool ContinuesName(string name, string next) =>
        next.Length > 0 && (StartsLikeARest(next) || ClosesOpenBracket(name, next)) && !TargetLooks.IsValueLike(next);

    private static bool StartsLikeARest(string next) => next[0] is '）' or ')' or '、' or '，' or ',' or '。' or '；' or '”' or '》';

    private static bool ClosesOpenBracket(string name, string next)
    {
        if (name.AsSpan().IndexOfAny('（', '(') < 0) return false;
        var open = 0;
        foreach (var c in name)
            open += c is '（' or '(' ? 1 : c is '）' or ')' ? -1 : 0;
        if (open <= 0) return false;
        foreach (var c in next)
        {
            if (c is '（' or '(') return false;
            if (c is '）' or ')') return true;
        }
        return false;
    }

    /// A finished row that came as one cell per line, assembled by <see cref="StreamRows"/>.
    public void ReadAssembled(List<SourceCell> cells, int line) => Read(CollectionsMarshal.AsSpan(cells), line, CellMode.Positional, afterBreak: false);

    /// The level name at cell <paramref name="p"/>; space-separated tokens may split it ("满意度指 标").
    private static (LevelLabel Label, int Width) LevelAt(ReadOnlySpan<SourceCell> cells, int p, CellMode mode)
    {
        var label = LevelLabel.Of(cells[p].Text);
        if (mode != CellMode.Tokens || label.Role != LevelRole.None) return (label, 1);
        var joined = cells[p].Text;
        for (var width = 2; width <= 3 && p + width <= cells.Length; width++)
        {
            joined += cells[p + width - 1].Text;
            var longer = LevelLabel.Of(joined);
            if (longer.Role is not (LevelRole.None or LevelRole.Fragment)) return (longer, width);
        }
        return (label, 1);
    }

    private int FirstLevelCell(ReadOnlySpan<SourceCell> cells)
    {
        for (var i = 0; i < cells.Length; i++)
            if (LevelLabel.Of(cells[i].Text).Role is LevelRole.Level1 or LevelRole.Level2 or LevelRole.Either) return i;
        return -1;
    }

    /// More cells than the columns from the name on can hold: the first is a level name we do not know. By position,
    /// the heading's own span counts (a name cell merged over two columns, "三级指标" in D:E and "指标值" in F, puts the
    /// value two columns after the name), and a cell more than one column right of the heading is a note typed beside
    /// the table. A row whose first cell stands in the name column may sit one column right of a heading that lost its
    /// leading tab (<see cref="ShiftedRight"/>), or fit the heading with a note beside it.
    private bool TooManyCells(ReadOnlySpan<SourceCell> rest, CellMode mode)
    {
        switch (mode)
        {
            case CellMode.Positional:
                var last = LastInTable(rest);
                if (last.Column - rest[0].Column <= Math.Max(header.ColumnsAfterName, header.Positions[^1] - header.Positions[header.NameIndex]))
                    return false;
                return rest[0].Column < header.Positions[header.NameIndex] || ShiftedRight(rest, last);
            case CellMode.Sequential:
                return rest.Length - 1 > header.ColumnsAfterName;
            default:
                return false;
        }
    }

    /// Whether a row whose first cell stands in the name column sits one column right of its heading. The other rows of
    /// its page decide, where their values stand; before any row shows it, the row does: its first cell reads as a
    /// level ("服务保障指标", "响指标" of a split level name), or its last cell is a value and the one under 指标值 is
    /// not ("服务保障 | 供水保证率 | ≥95%"). "完工时间 | 按时完成 | 按合同" and "水质达标率 | ≥95% | 2023年为93%" fit the
    /// heading: their last cell is a note.
    private bool ShiftedRight(ReadOnlySpan<SourceCell> rest, SourceCell last)
    {
        // What the table's other rows show decides: their values stand under 指标值, or one column right of it.
        if (_rowsRightOfHeading != _rowsUnderHeading) return _rowsRightOfHeading > _rowsUnderHeading;
        if (rest[0].Text.EndsWith("指标", StringComparison.Ordinal)) return true;
        var target = header.IndexOf(ColumnKind.Target);
        var underTarget = target < 0 ? null : FindAt(rest, header.Positions[target]);
        return (TargetLooks.IsValueLike(last.Text) || ReadsAsValue(last.Text)) && !(underTarget is { } cell && ReadsAsValue(cell.Text));
    }

    /// Counts where a row ending plainly in a value (a name or a level before it, not a second value) has it.
    private void ObserveValueColumn(ReadOnlySpan<SourceCell> cells)
    {
        var target = header.IndexOf(ColumnKind.Target);
        // Only where 指标值 is the last heading: after it, a 分值 or 备注 column holds values of its own.
        if (target != header.Columns.Length - 1 || cells.Length < 2) return;
        // Where the last cell stands first: a row ending elsewhere counts for neither, and needs no look at its texts.
        var column = header.Positions[target];
        var under = cells[^1].Column == column;
        if (!under && cells[^1].Column != column + 1) return;
        if (!TargetLooks.IsValueLike(cells[^1].Text) || TargetLooks.IsValueLike(cells[^2].Text)) return;
        if (under) _rowsUnderHeading++;
        else _rowsRightOfHeading++;
    }

    /// A text the target parser reads as a value: a quantity, a date, a period, a known grade (达标, 合格). A name that
    /// merely starts like a value ("95%以上农户供水覆盖率") or a note ("按合同") is none.
    private static bool ReadsAsValue(string text) =>
        TargetValue.Parse(text) is not (MissingTarget or QualitativeTarget { Recognized: false });

    private static SourceCell? FindAt(ReadOnlySpan<SourceCell> cells, int column)
    {
        foreach (var cell in cells)
            if (cell.Column == column) return cell;
        return null;
    }

    private SourceCell LastInTable(ReadOnlySpan<SourceCell> rest)
    {
        var last = rest.Length - 1;
        while (last > 0 && rest[last].Column > header.Positions[^1] + 1) last--;
        return rest[last];
    }

    private void ApplyLevels(ReadOnlySpan<LevelLabel> labels, List<SourceCell>? unknown, int line)
    {
        if (labels.Length == 2)
        {
            SetLevel1(labels[0].Level1 ?? labels[0].Level2!, labels[0].Groups);
            SetLevel2(labels[1].Level2 ?? labels[1].Level1!);
        }
        else if (labels.Length == 1)
            ApplySingle(labels[0]);

        if (unknown is null) return;
        if (unknown.Count == 2)
        {
            SetLevel1(unknown[0].Text);
            SetUnknownLevel2(unknown[1].Text);
        }
        else if (unknown.Count == 1)
        {
            // A table whose 二级指标 column holds the names has one level before them: the level 1.
            if (header.NamesInLevel2Column && labels.Length == 0)
                SetLevel1(unknown[0].Text);
            else if (labels.Length == 0 || labels[0].Role == LevelRole.Level1 || (labels[0].Role == LevelRole.Either && _level2 is null))
                SetUnknownLevel2(unknown[0].Text);
            else
                draft.Unplaced(Locations.Indicator(draft.Indicators.Count), unknown[0].Text, line);
        }
    }

    private void ApplySingle(LevelLabel label)
    {
        switch (label.Role)
        {
            case LevelRole.Level1:
                SetLevel1(label.Level1!, label.Groups);
                break;
            case LevelRole.Level2:
                if (InheritedLevel1Excludes(label.Level2!)) _level1Derived = true;
                SetLevel2(label.Level2!);
                // 产出-成本 (a pair in one cell): the printed level 1 stands, whatever the schema would derive.
                if (label.Level1 is not null) _level1 = label.Level1;
                break;
            case LevelRole.Either when label.Level2 == IndicatorTaxonomy.OutputCost:
                // 成本指标: under 产出 in the 88号 schema, a level 1 of its own in the 101号 schema.
                if (!_costIsLevel1 && _level1 is null or IndicatorTaxonomy.Output) SetLevel2(label.Level2);
                else SetLevel1(IndicatorTaxonomy.Cost);
                break;
            case LevelRole.Either when _level1ColumnHoldsLevel2s:
                // 满意度指标 in a level column that holds level 2s (LevelColumnHoldsLevel2s): the level 1 and the one
                // level 2 it holds, 服务对象满意度指标, as the form has no other place to print it.
                SetLevel1(label.Level1!);
                if (IndicatorTaxonomy.Belongs(label.Level1!, label.Level2!)) SetLevel2(label.Level2!);
                break;
            case LevelRole.Either:
                // Without a level-1 column (大庆: 二级指标 | 三级指标), 服务对象满意度指标 is the level 2 it is printed as.
                if ((_level1 is not null && IndicatorTaxonomy.Belongs(_level1, label.Level2!)) || (header.Level1Index < 0 && (_level1 is null || _level1Derived))
                    || _group is not null)
                    SetLevel2(label.Level2!);
                else SetLevel1(label.Level1!);
                break;
        }
    }

    /// A row that prints a level 2 but no level 1 keeps the level 1 above it, unless the table comes one cell per line
    /// and that level 1 of the taxonomy cannot hold the level 2: 慈溪's table goes from 时效指标 straight to 社会效益
    /// with no 效益指标 printed, and keeping 产出指标 put the benefits under the outputs (a TAXONOMY error the form does
    /// not have). The level 2 then takes its own. In rows of cells an empty level-1 cell is a merged one, which the form
    /// prints over the row (the 范本's 效益 over 服务对象满意度目标): that level 1 stays, for the checker to judge.
    private bool InheritedLevel1Excludes(string level2) =>
        header.OneCellPerLine && _group is null && _level1 is IndicatorTaxonomy.Output or IndicatorTaxonomy.Benefit or IndicatorTaxonomy.Satisfaction
        && !IndicatorTaxonomy.Belongs(_level1, level2) && IndicatorTaxonomy.Level1Of(level2) is not null;

    private void SetLevel1(string level1, bool groups = false)
    {
        _level1 = level1;
        _group = groups ? level1 : null;
        _level1Derived = false;
        _level2 = null;
        _pendingLevel = null;
    }

    private void SetLevel2(string level2)
    {
        _level2 = level2;
        _pendingLevel = null;
        // A level 1 no row printed was taken from the level 2 above it (大庆: 二级指标 | 三级指标 only): the next level 2
        // takes its own, as 社会效益指标 after 数量指标 is a benefit, not an output.
        var derived = _level1 is null || _level1Derived;
        if (derived) _level1 = null;
        if (_group is not null)
            _level1 = IndicatorTaxonomy.Belongs(_group, level2) ? _group : IndicatorTaxonomy.Level1Of(level2) ?? _group;
        if (level2 is IndicatorTaxonomy.EconomicCost or IndicatorTaxonomy.SocialCost or IndicatorTaxonomy.EcologicalCost)
        {
            _costIsLevel1 = true;
            if (_level1 is null or IndicatorTaxonomy.Output) _level1 = IndicatorTaxonomy.Cost;
        }
        _level1 ??= IndicatorTaxonomy.Level1Of(level2, _costIsLevel1 ? IndicatorSchema.Fiscal2021No101 : IndicatorSchema.Fiscal2015No88);
        _level1Derived = derived;
    }

    private void SetUnknownLevel2(string printed)
    {
        if (_pendingLevel is not null && CompletePendingLevel(printed)) return;
        _level2 = printed;
        _pendingLevel = printed;
        _underPendingLevel.Clear();
    }

    /// Joins the first part of a split level name with its rest; when the whole is a known level 2, corrects the
    /// indicators read under the first part.
    private bool CompletePendingLevel(string rest)
    {
        if (_pendingLevel is null) return false;
        var whole = IndicatorTaxonomy.CanonicalLevel2(_pendingLevel + rest);
        if (whole is null) return false;
        foreach (var i in _underPendingLevel)
            draft.Indicators[i] = draft.Indicators[i] with
            {
                Level2 = whole,
                Target = TargetValue.Parse(draft.Indicators[i].Target.Text, new TargetContext(whole, draft.Indicators[i].Name)),
            };
        _pendingLevel = null;
        _underPendingLevel.Clear();
        SetLevel2(whole);
        return true;
    }
}
