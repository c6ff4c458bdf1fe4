namespace Jixiao.Interchange.Text;

/// The heading row of the indicator table (一级指标 | 二级指标 | 三级指标 | 指标值 | …): which column holds what, in
/// printed order. It may span several lines (a web extraction that breaks inside the heading cells).
internal sealed class IndicatorHeader
{
    private IndicatorHeader(List<ColumnKind> columns, List<string> printed, List<int> positions, bool singleCellRows, int lastRow,
        bool namesInLevel2Column)
    {
        NamesInLevel2Column = namesInLevel2Column;
        Columns = [.. columns];
        Printed = [.. printed];
        Positions = [.. positions];
        OneCellPerLine = singleCellRows;
        LastRow = lastRow;
        NameIndex = columns.IndexOf(ColumnKind.Name);
        Level1Index = columns.IndexOf(ColumnKind.Level1);
        FirstTreeIndex = columns.FindIndex(IndicatorColumns.IsTreeColumn);
        HasProjectColumns = columns.Exists(IndicatorColumns.IsProjectColumn);
        TargetsCarryNames = columns.IndexOf(ColumnKind.Target) is var target and >= 0 && IndicatorColumns.IsDescriptionHeading(printed[target]);
        IsLongTermTable = columns.Contains(ColumnKind.LongTermTable);
        _indexOf = new int[(int)ColumnKind.ProjectOverallGoal + 1];
        Array.Fill(_indexOf, -1);
        for (var i = Columns.Length - 1; i >= 0; i--) _indexOf[(int)Columns[i]] = i;
    }

    // The first column of each kind: looked up for every cell of every row.
    private readonly int[] _indexOf;

    public ColumnKind[] Columns { get; }

    /// Each column's heading as printed (the label of a project column's value in OtherFields).
    public string[] Printed { get; }

    /// Each column's position: its tab position in a tab-separated heading, else its index.
    public int[] Positions { get; }

    public int NameIndex { get; }
    public int Level1Index { get; }

    /// The first of the level and name columns: project columns come before it.
    public int FirstTreeIndex { get; }

    public bool HasProjectColumns { get; }

    /// A table of long-term values only (长期绩效指标 beside it): its rows meet the annual table's rows by name.
    public bool IsLongTermTable { get; private init; }

    /// The same heading for a table under a numbered 中长期绩效指标 heading of its own ((二)中长期绩效指标 above it, Cixi):
    /// its values are long-term targets, as under a 长期绩效指标 cell beside the table.
    public IndicatorHeader UnderLongTermHeading()
    {
        if (IsLongTermTable || IndexOf(ColumnKind.Target) < 0 || IndexOf(ColumnKind.LongTermTarget) >= 0) return this;
        var kinds = new List<ColumnKind>(Columns);
        for (var k = 0; k < kinds.Count; k++)
            if (kinds[k] == ColumnKind.Target) kinds[k] = ColumnKind.LongTermTarget;
        return new IndicatorHeader(kinds, [.. Printed], [.. Positions], OneCellPerLine, LastRow, NamesInLevel2Column) { IsLongTermTable = true };
    }

    /// Every heading cell stood on a line of its own: the body is one cell per line too.
    public bool OneCellPerLine { get; }

    /// The 二级指标 column holds the names (<see cref="ReadNamesInLevel2Column"/>): one level stands before them.
    public bool NamesInLevel2Column { get; }

    /// The 指标值 column is a description column (定量指标/定性指标描述): its cells carry the indicator's name before its
    /// value, and the name column says what the row measures (<see cref="IndicatorTable"/> splits them).
    public bool TargetsCarryNames { get; }

    /// Index (in the row list) of the heading's last row.
    public int LastRow { get; }

    /// Columns after the name column.
    public int ColumnsAfterName => Columns.Length - NameIndex - 1;

    public int IndexOf(ColumnKind kind) => _indexOf[(int)kind];

    /// The column at a position, or -1.
    public int ColumnAt(int position) => Array.IndexOf(Positions, position);

    /// Reads a heading that starts at <paramref name="start"/>: consecutive rows whose every cell is a column heading,
    /// with at least two of 一级指标, 二级指标, 三级指标 among them.
    public static bool TryRead(List<SourceRow> rows, int start, out IndicatorHeader header)
    {
        header = null!;
        var unknownFirst = false;
        if (!StartsWithHeading(rows[start]) && !(unknownFirst = StartsWithUnknownBeforeName(rows, start))) return false;
        var kinds = new List<ColumnKind>();
        var printed = new List<string>();
        var positions = new List<int>();
        var singleCells = true;
        var last = -1;
        var byColumn = rows[start].Layout != RowLayout.Text;
        for (var i = start; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.IsEmpty) continue;
            var before = kinds.Count;
            if (unknownFirst && i == start && row.Cells.Length == 1)
            {
                // 指标类型 on a line of its own, 指标名称 on the next (one cell per line): a column we do not know yet.
                kinds.Add(ColumnKind.Other);
                printed.Add(row.Cells[0].Text);
                positions.Add(0);
                last = i;
                continue;
            }
            if (singleCells && before > 0 && row.Cells.Length == 1 && !IndicatorColumns.Trie.TryMatchWhole(row.Cells[0].Text, out _, out _)
                && MayBeAHeading(row.Cells[0].Text) && HeadingGoesOnAfter(rows, i))
            {
                // One heading per line: an unknown heading (数据来源) between known ones, or right before the first
                // level name, is a column too.
                kinds.Add(ColumnKind.Other);
                printed.Add(row.Cells[0].Text);
                positions.Add(positions.Count);
                last = i;
                continue;
            }
            if (before > 0 && byColumn && (TryReadSubHeading(row, kinds, printed, positions) || TryReadSplitColumns(row, kinds, printed, positions)))
            {
                singleCells = false;
                last = i;
                continue;
            }
            if (!ReadHeadingRow(row, kinds, printed, positions, usePositions: row.Layout != RowLayout.Text && before == 0, firstRow: before == 0))
            {
                kinds.RemoveRange(before, kinds.Count - before);
                printed.RemoveRange(before, printed.Count - before);
                positions.RemoveRange(before, positions.Count - before);
                break;
            }
            singleCells &= kinds.Count - before == 1;
            last = i;
        }
        if (last < 0 || (TreeColumns(kinds) < 2 && !NamesWithDescriptions(kinds, printed) && !TryReadLevelsInUnknownColumn(rows, last, kinds)))
            return false;
        ArrangeGroups(kinds);
        var namesInLevel2 = ReadNamesInLevel2Column(kinds, printed);
        if (kinds.Contains(ColumnKind.LongTermTable) && !kinds.Contains(ColumnKind.LongTermTarget))
            for (var k = 0; k < kinds.Count; k++)
                if (kinds[k] == ColumnKind.Target) kinds[k] = ColumnKind.LongTermTarget;
        EnsureNameColumn(kinds, printed, positions);
        header = new IndicatorHeader(kinds, printed, positions, singleCells && last > start, last, namesInLevel2);
        return true;
    }

    /// How many of 一级指标, 二级指标, 三级指标 the heading has.
    private static int TreeColumns(List<ColumnKind> kinds) =>
        (kinds.Contains(ColumnKind.Level1) ? 1 : 0) + (kinds.Contains(ColumnKind.Level2) ? 1 : 0) + (kinds.Contains(ColumnKind.Name) ? 1 : 0);

    /// 绩效目标内容 | 定量指标/定性指标描述 without level columns: the description column writes each indicator out, so
    /// the two make a table of their own (its level names, if any, stand on rows of their own).
    private static bool NamesWithDescriptions(List<ColumnKind> kinds, List<string> printed) =>
        kinds.IndexOf(ColumnKind.Target) is var target and >= 0 && kinds.Contains(ColumnKind.Name)
        && IndicatorColumns.IsDescriptionHeading(printed[target]);

    /// 指标类型 | 指标名称 | 指标值 (辽宁's 省本级 form): the column before the names holds the levels written as one
    /// (产出数量, 社会效益, 满意度), and no 一级/二级 column is printed. Its heading cannot say so — 指标类型 and 指标值类型
    /// hold 定量/定性 on other forms — so the cells below decide: when the first row's first cell (after the label merged
    /// beside the table) is a level name, the column is the level column, read as 二级指标 (a level 2 brings its level 1).
    private static bool TryReadLevelsInUnknownColumn(List<SourceRow> rows, int last, List<ColumnKind> kinds)
    {
        var name = kinds.IndexOf(ColumnKind.Name);
        if (name < 1 || kinds[name - 1] != ColumnKind.Other || kinds.Contains(ColumnKind.Level1) || kinds.Contains(ColumnKind.Level2)) return false;
        for (var i = last + 1; i < rows.Count; i++)
        {
            if (rows[i].IsEmpty) continue;
            foreach (var cell in rows[i].Cells)
            {
                var role = LevelLabel.Of(cell.Text).Role;
                if (role == LevelRole.RowHeader || IndicatorColumns.IsSideLabelFragment(cell.Text)) continue;
                if (role is not (LevelRole.Level1 or LevelRole.Level2 or LevelRole.Either)) return false;
                kinds[name - 1] = ColumnKind.Level2;
                return true;
            }
            return false;
        }
        return false;
    }

    /// 指标类型 | 指标名称 (<see cref="TryReadLevelsInUnknownColumn"/>): a short unknown heading right before the name
    /// heading, in the next cell or on the next line. Asked only of rows whose first cell is no heading, it looks at one
    /// more cell.
    private static bool StartsWithUnknownBeforeName(List<SourceRow> rows, int start)
    {
        var row = rows[start];
        if (row.IsEmpty || row.Cells[0].Text.Length is < 2 or > 12) return false;
        string next;
        if (row.Cells.Length > 1) next = row.Cells[1].Text;
        else if (start + 1 < rows.Count && rows[start + 1].Cells.Length == 1) next = rows[start + 1].Cells[0].Text;
        else return false;
        return IndicatorColumns.Trie.TryMatchWhole(next, out var kind, out _) && kind == ColumnKind.Name && MayBeAHeading(row.Cells[0].Text);
    }

    // Most rows are not headings: one look at the first cell says so without building anything.
    private static bool StartsWithHeading(SourceRow row)
    {
        if (row.IsEmpty) return false;
        var first = row.Cells[0].Text;
        if (row.Layout != RowLayout.Text && row.Cells.Length > 1 && (IndicatorColumns.IsSideLabelFragment(first) || IsNumberedCaption(first)))
            first = row.Cells[1].Text;
        // "绩 效 指 标 一级指标 …" (a spaced-out heading in space-separated text): the first token is one character of it.
        else if (row.Layout == RowLayout.Text && first.Length == 1 && row.Cells.Length > 1) first = row.Raw.TrimStart();
        return IndicatorColumns.Trie.TryMatch(first, 0, needBoundary: false, out _, out _);
    }

    private static bool ReadHeadingRow(SourceRow row, List<ColumnKind> kinds, List<string> printed, List<int> positions, bool usePositions,
        bool firstRow)
    {
        if (row.Layout == RowLayout.Text)
        {
            var raw = row.Raw;
            var i = 0;
            while (i < raw.Length)
            {
                if (ChineseText.IsSpace(raw[i])) { i++; continue; }
                if (!TryMatchHeading(raw, i, out var kind, out var end))
                {
                    // 指标类型 before 指标名称 in space-separated text (辽宁): the column TryReadLevelsInUnknownColumn
                    // judges by its cells. Any other unknown word ends the heading, as before.
                    if (!firstRow || !IsUnknownBeforeName(raw, i, kinds, out end)) return false;
                    kind = ColumnKind.Other;
                }
                Add(kind, ChineseText.Normalize(raw.AsSpan(i, end - i)), positions.Count);
                i = end;
            }
            return true;
        }
        // The first row of a heading in cells may hold headings we do not know, as long as most are known: a region's
        // extra column (数据来源) must not hide the whole table. Its cells go to the remark.
        var unknown = 0;
        foreach (var cell in row.Cells)
        {
            if (firstRow && kinds.Count == 0 && row.Cells.Length > 1 && IndicatorColumns.IsSideLabelFragment(cell.Text))
            {
                // "绩" of 绩效指标 printed vertically beside the table: the column of the merged label, which holds nothing.
                Add(ColumnKind.Ignored, cell.Text, usePositions ? cell.Column : positions.Count);
                continue;
            }
            if (firstRow && kinds.Count == 0 && row.Cells.Length > 1 && IsNumberedCaption(cell.Text))
            {
                // 九、项目年度绩效目标 | 一级指标 | … (a city's 评审申报表): the numbered caption of the form's part, merged
                // beside the table's rows, holds nothing.
                Add(ColumnKind.Ignored, cell.Text, usePositions ? cell.Column : positions.Count);
                continue;
            }
            if (firstRow && cell.Text == LevelGroupHeading)
            {
                // 指标 merged over 一级指标 | 二级指标 (四川): its parts stand on the row below (TryReadSubHeading).
                Add(ColumnKind.Ignored, cell.Text, usePositions ? cell.Column : positions.Count);
                continue;
            }
            if (!TryMatchHeading(cell.Text, 0, out var kind, out var end) || end < cell.Text.Length)
            {
                if (!firstRow || !MayBeAHeading(cell.Text)) return false;
                kind = ColumnKind.Other;
                unknown++;
            }
            Add(kind, cell.Text, usePositions ? cell.Column : positions.Count);
        }
        return row.Cells.Length > 0 && 2 * unknown < row.Cells.Length;

        void Add(ColumnKind kind, string text, int position)
        {
            kinds.Add(kind);
            printed.Add(text);
            positions.Add(position);
        }
    }

    /// A short unknown word at <paramref name="start"/> of a space-separated heading, the first unknown one, with the
    /// name heading (指标名称) right after it: the 指标类型 of <see cref="TryReadLevelsInUnknownColumn"/>.
    private static bool IsUnknownBeforeName(string raw, int start, List<ColumnKind> kinds, out int end)
    {
        end = start;
        while (end < raw.Length && !ChineseText.IsSpace(raw[end])) end++;
        if (kinds.Contains(ColumnKind.Other) || !MayBeAHeading(raw[start..end])) return false;
        var next = end;
        while (next < raw.Length && ChineseText.IsSpace(raw[next])) next++;
        return next < raw.Length && TryMatchHeading(raw, next, out var kind, out _) && kind == ColumnKind.Name;
    }

    /// A caption numbered as a part of the form (九、, （三）) that is no column heading.
    private static bool IsNumberedCaption(string text) =>
        Numbering.IsGroup(text) && !IndicatorColumns.Trie.TryMatchWhole(text, out _, out _);

    /// The heading 指标 printed over 一级指标 | 二级指标 on a two-row heading (四川's 绩效目标申报表).
    private const string LevelGroupHeading = "指标";

    /// A heading at <paramref name="start"/> and where it ends. The trie takes a bracketed note of a few words after a
    /// heading ("指标内容(150字内)"); the caption beside the table may carry a long one ("绩效指标(权重分值90分，其中产出指标
    /// 权重分值50分…)", 乌海), which says nothing about the columns either.
    private static bool TryMatchHeading(string text, int start, out ColumnKind kind, out int end)
    {
        end = 0;
        if (IndicatorColumns.Trie.TryMatch(text, start, needBoundary: true, out kind, out var span))
        {
            end = span.End;
            return true;
        }
        if (!IndicatorColumns.Trie.TryMatch(text, start, needBoundary: false, out kind, out span)
            || span.LabelEnd >= text.Length || text[span.LabelEnd] is not ('(' or '（'))
            return false;
        var close = text.AsSpan(span.LabelEnd).IndexOfAny(')', '）');
        if (close < 0) return false;
        end = span.LabelEnd + close + 1;
        return end == text.Length || ChineseText.IsSpace(text[end]);
    }

    /// 指标名称 over 二级指标 | 三级指标 (大庆), 指标 over 一级指标 | 二级指标 (四川): a heading merged over two columns, its
    /// parts on the row below it, under it. The parts take its place; the columns after it move right by the parts
    /// added, unless the merged heading left its cells empty for them (指标 | | 指标内容).
    private static bool TryReadSubHeading(SourceRow row, List<ColumnKind> kinds, List<string> printed, List<int> positions)
    {
        if (row.Layout != RowLayout.Tabs || row.Cells.Length < 2) return false;
        var merged = positions.IndexOf(row.Cells[0].Column);
        if (merged < 0 || !(IndicatorColumns.IsTreeColumn(kinds[merged]) || printed[merged] == LevelGroupHeading)) return false;
        var parts = new ColumnKind[row.Cells.Length];
        for (var k = 0; k < parts.Length; k++)
        {
            var cell = row.Cells[k];
            if (cell.Column != row.Cells[0].Column + k || !IndicatorColumns.Trie.TryMatchWhole(cell.Text, out parts[k], out _)
                || !IndicatorColumns.IsTreeColumn(parts[k]))
                return false;
        }
        var next = merged + 1 < positions.Count ? positions[merged + 1] : int.MaxValue;
        var shift = Math.Max(0, row.Cells[0].Column + parts.Length - next);
        for (var i = merged + 1; i < positions.Count; i++) positions[i] += shift;
        kinds.RemoveAt(merged);
        printed.RemoveAt(merged);
        positions.RemoveAt(merged);
        for (var k = 0; k < parts.Length; k++)
        {
            kinds.Insert(merged + k, parts[k]);
            printed.Insert(merged + k, row.Cells[k].Text);
            positions.Insert(merged + k, row.Cells[0].Column + k);
        }
        return true;
    }

    /// 区域目标值 over 新罗区 | 永定区 | 上杭县 (Fujian's transfer forms): the last heading, one we do not know, merged
    /// over columns named on the row below it, from its own position rightwards. Each part becomes a column of that
    /// kind, printed with the heading before it, so that a row's cells stay in their columns and each is kept (in the
    /// remark) under its own name rather than the first taken for all and the rest left unplaced.
    /// A `|` row does the same, its parts either under the heading ("|  | … |  | 新罗区 | 永定区 |") or alone on the
    /// row, as a web table prints the row below a merged heading ("| 新罗区 | 永定区 | 上杭县 |"): either way the parts
    /// take the heading's place and the columns right of it.
    private static bool TryReadSplitColumns(SourceRow row, List<ColumnKind> kinds, List<string> printed, List<int> positions)
    {
        var merged = kinds.Count - 1;
        if (row.Layout is not (RowLayout.Tabs or RowLayout.Pipes) || row.Cells.Length < 2 || kinds[merged] != ColumnKind.Other)
            return false;
        var first = row.Cells[0].Column;
        if (first != positions[merged] && !(row.Layout == RowLayout.Pipes && first <= 1)) return false;
        for (var k = 0; k < row.Cells.Length; k++)
            if (row.Cells[k].Column != first + k || !MayBeAHeading(row.Cells[k].Text)
                || IndicatorColumns.Trie.TryMatchWhole(row.Cells[k].Text, out _, out _))
                return false;
        var heading = printed[merged];
        var at = positions[merged];
        kinds.RemoveAt(merged);
        printed.RemoveAt(merged);
        positions.RemoveAt(merged);
        foreach (var cell in row.Cells)
        {
            kinds.Add(ColumnKind.Other);
            printed.Add($"{heading}（{cell.Text}）");
            positions.Add(at++);
        }
        return true;
    }

    /// The next line after <paramref name="i"/> is another heading or the table's first level name; or a run of more
    /// unknown headings goes on to that level name (Fujian's 西坪镇尧山村 | 桃舟乡吾培村 | 芦田镇三洋村, a target column
    /// per township, then 产出指标). A run that ends at a known heading is no part of the heading: it is the form's
    /// fields above the table (项目名称 | 城区公厕管护 | … | 一级).
    private static bool HeadingGoesOnAfter(List<SourceRow> rows, int i)
    {
        for (var j = i + 1; j < rows.Count && j - i <= MaxUnknownHeadingRun; j++)
        {
            if (rows[j].IsEmpty) continue;
            var first = rows[j].Cells[0].Text;
            if (LevelLabel.Of(first).Role is LevelRole.Level1 or LevelRole.Either) return true;
            if (IndicatorColumns.Trie.TryMatchWhole(first, out _, out _)) return j == NextNonEmpty(rows, i);
            if (rows[j].Cells.Length != 1 || !MayBeAHeading(first)) return false;
        }
        return false;
    }

    private static int NextNonEmpty(List<SourceRow> rows, int i)
    {
        var j = i + 1;
        while (j < rows.Count && rows[j].IsEmpty) j++;
        return j;
    }

    // Lines looked past for the end of a run of unknown headings: a table has few columns.
    private const int MaxUnknownHeadingRun = 12;

    /// A short label without digits or a value's look: what a column heading is, and what a data cell rarely is.
    private static bool MayBeAHeading(string text)
    {
        // 1-7月执行情况 (a monitoring form's column): the period's digits are part of the heading, not a value.
        if (text.Length > 0 && text[0] is (>= '0' and <= '9') or '截') text = ReportingPeriod.StripFrom(text);
        return text.Length is > 1 and <= 12 && !ChineseText.HasAsciiDigit(text) && !TargetLooks.IsValueLike(text)
            && LevelLabel.Of(text).Role == LevelRole.None;
    }

    // 二级 | 三级 | 指标值 | 二级 | 三级 | 计划指标值: the tree printed twice, long-term group first, annual last.
    private static void ArrangeGroups(List<ColumnKind> kinds)
    {
        var name = kinds.IndexOf(ColumnKind.Name);
        if (name < 0) return;
        var second = -1;
        for (var i = name + 1; i < kinds.Count; i++)
        {
            if (kinds[i] is not (ColumnKind.Level2 or ColumnKind.Name)) continue;
            second = i;
            break;
        }
        if (second < 0) return;
        // 三级指标 | … | 指标值 | … | 指标内容 (云南): a name heading with no value after it describes the indicator, it is
        // no second tree.
        if (kinds[second] == ColumnKind.Name && !kinds.Skip(second).Any(k => k is ColumnKind.Target or ColumnKind.LongTermTarget))
        {
            kinds[second] = kinds.Contains(ColumnKind.Explanation) ? ColumnKind.Remark : ColumnKind.Explanation;
            return;
        }
        for (var i = name + 1; i < second; i++)
            if (kinds[i] == ColumnKind.Target) kinds[i] = ColumnKind.LongTermTarget;
        for (var i = second; i < kinds.Count; i++)
            kinds[i] = kinds[i] switch
            {
                ColumnKind.Level2 => ColumnKind.SecondLevel2,
                ColumnKind.Name => ColumnKind.SecondName,
                ColumnKind.Level1 => ColumnKind.Ignored,
                var other => other,
            };
    }

    /// 一级指标 | 二级指标 | 分值 | 指标内容 | 指标值 | 评分细则 (a 财政支出绩效目标申报表 sheet without 三级指标): 指标内容 set
    /// apart from the level columns by another column describes the indicator ("资金到位率=(实际到位资金/计划投入资金)×100%"),
    /// and the 二级指标 column holds the names. Right after the levels (一级指标 | 二级指标 | 指标内容 | 指标值), 指标内容
    /// is the name column. The rows then have no level 2: the form names none, and the reader does not guess one.
    private static bool ReadNamesInLevel2Column(List<ColumnKind> kinds, List<string> printed)
    {
        var name = kinds.IndexOf(ColumnKind.Name);
        var level2 = kinds.IndexOf(ColumnKind.Level2);
        if (level2 < 0 || name < level2 + 2 || kinds[name - 1] is ColumnKind.Ignored or ColumnKind.Other
            || !printed[name].Replace(" ", "", StringComparison.Ordinal).StartsWith("指标内容", StringComparison.Ordinal))
            return false;
        kinds[name] = kinds.Contains(ColumnKind.Explanation) ? ColumnKind.Remark : ColumnKind.Explanation;
        kinds[level2] = ColumnKind.Name;
        return true;
    }

    // A heading without 三级指标 (一级指标 | 二级指标 | 绩效标准 | 当年预期实现值): the names still stand after the levels.
    private static void EnsureNameColumn(List<ColumnKind> kinds, List<string> printed, List<int> positions)
    {
        if (kinds.Contains(ColumnKind.Name)) return;
        var after = Math.Max(kinds.IndexOf(ColumnKind.Level2), kinds.IndexOf(ColumnKind.Level1));
        var at = after + 1;
        var position = after >= 0 ? positions[after] + 1 : 0;
        for (var i = at; i < positions.Count; i++) positions[i]++;
        kinds.Insert(at, ColumnKind.Name);
        printed.Insert(at, "三级指标");
        positions.Insert(at, position);
    }
}
