namespace Jixiao.Interchange.Text;

/// Assembles the rows of an indicator table that arrives one cell per line: level names, then the indicator's name,
/// then as many cells as the heading has columns after the name. A line of spaces is an empty cell; a level name
/// starts the next row early. When the extraction dropped blank cells, a cell after the value may be the next
/// indicator's name rather than this one's remark: it is held until the cell after it shows which.
internal sealed partial class StreamRows(IndicatorTable table)
{
    private readonly List<SourceCell> _cells = [];
    private int _afterName = -1;
    private int _position;
    private int _line;
    private int _targetOffset = -1;

    // A cell after the value that may start the next row: (text, raw, line).
    private (string Text, string Raw, int Line)? _held;

    private int ColumnsAfterName => table.Header.ColumnsAfterName;

    // Nothing but the merged 绩效指标 label stands after the value column (南昌 prints it after 指标值 one cell per line).
    private readonly bool _valueIsLast = ValueIsLast(table.Header);

    private static bool ValueIsLast(IndicatorHeader header)
    {
        var target = header.IndexOf(ColumnKind.Target);
        if (target < 0) return false;
        for (var i = target + 1; i < header.Columns.Length; i++)
            if (header.Columns[i] != ColumnKind.Ignored) return false;
        return true;
    }

    /// The row being assembled has its level names and waits for the indicator's name.
    public bool ExpectsName => _cells.Count > 0 && _afterName < 0 && _held is null;

    public void Feed(SourceRow row)
    {
        if (table.Header.HasProjectColumns && HoldsBeforeTree(row)) return;
        FeedCell(row);
    }

    private void FeedCell(SourceRow row)
    {
        if (row.IsEmpty)
        {
            ReleaseHeld();
            // An empty cell counts only after the name (a blank value or remark).
            if (_afterName < 0) return;
            _position++;
            if (++_afterName >= ColumnsAfterName) Flush();
            return;
        }
        var text = row.Joined;
        var raw = row.Cells.Length == 1 ? row.Cells[0].Raw : row.Raw.Trim();
        var role = LevelLabel.Of(text).Role;
        var isLevel = role is LevelRole.Level1 or LevelRole.Level2 or LevelRole.Either;

        if (_held is { } held)
        {
            _held = null;
            // A value-like cell after the held one is the next indicator's value, unless the heading's next column
            // takes it (每少1项扣0.5分 then 20 under 评（扣）分标准 | 分值, Shandong; 1185公里 then 20 under 实际完成值 | 分值,
            // Xiangyang): then the held cell was this row's score rule or actual value, not a name.
            if (!isLevel && TargetLooks.IsValueLike(text) && !FitsNextColumn(text, skip: 1))
            {
                // The held cell was the next indicator's name, and this is its value.
                Flush();
                Add(held.Text, held.Raw, held.Line, isLevel: false, role: LevelRole.None);
            }
            else AddAfterName(held.Text, held.Raw);
        }
        // A blank line dropped by the extraction for an empty cell (the unit of a qualitative row, 海南: 逐步提升, blank,
        // 20%, 正向指标): a cell after a line break that fits not its own column but the one after is that one's.
        if (row.AfterBreak && _afterName >= 0 && _targetOffset >= 0 && _afterName > _targetOffset && !isLevel && _afterName < ColumnsAfterName - 1
            && !FitsNextColumn(text) && FitsNextColumn(text, skip: 1))
        {
            _position++;
            _afterName++;
        }
        if (_afterName >= 0 && !isLevel && FillsTheColumnAfter(text))
        {
            _position++;
            _afterName++;
        }
        if (_afterName >= 0 && _targetOffset >= 0 && _afterName > _targetOffset && !isLevel && _afterName < ColumnsAfterName
            && !FitsNextColumn(text))
        {
            _held = (text, raw, row.Line);
            return;
        }
        // The value is the row's last cell and this one reads as no value: with blank cells dropped it may be the
        // next indicator's name, its own value left blank (南昌: 续建项目完成及时性, then 新开工项目完成及时性, 2022年12月31日前).
        // A name is followed by its value, a value by the next name or level: the next cell decides.
        if (_valueIsLast && _afterName >= 0 && _afterName == _targetOffset && role == LevelRole.None && !TargetLooks.IsValueLike(text))
        {
            _held = (text, raw, row.Line);
            return;
        }
        Add(text, raw, row.Line, isLevel, role);
    }

    private void Add(string text, string raw, int line, bool isLevel, LevelRole role)
    {
        if (isLevel && _afterName >= 0) Flush();
        if (_cells.Count == 0) _line = line;
        if (_afterName >= 0)
        {
            AddAfterName(text, raw);
            return;
        }
        _cells.Add(new SourceCell(text, _position++, raw));
        if (isLevel || role is LevelRole.Fragment or LevelRole.RowHeader) return;
        // The name: the value columns follow.
        _line = line;
        _afterName = 0;
        _targetOffset = table.Header.IndexOf(ColumnKind.Target) - table.Header.NameIndex - 1;
        if (ColumnsAfterName == 0) Flush();
    }

    /// A cell that reads as what its column holds (亿元 under 绩效度量单位, 30% under 权重, 正向指标 under 指标方向性,
    /// Hainan) is that column's cell, not the next indicator's name: no name is a unit, a weight or a direction.
    private bool FitsNextColumn(string text, int skip = 0)
    {
        var column = table.Header.NameIndex + 1 + _afterName + skip;
        if (column >= table.Header.Columns.Length) return false;
        return table.Header.Columns[column] switch
        {
            ColumnKind.Unit => text.Length <= 4 && !ChineseText.HasAsciiDigit(text),
            ColumnKind.Weight => text.Length <= 6 && char.IsAsciiDigit(text[0]) && text.TrimEnd('%', '分').AsSpan().IndexOfAnyExceptInRange('0', '9') is var other
                && (other < 0 || text[other] == '.'),
            ColumnKind.Direction or ColumnKind.Operator => text.StartsWith("正向", StringComparison.Ordinal) || text.StartsWith("反向", StringComparison.Ordinal)
                || text is "定性" or "定量" or "定性指标" or "定量指标",
            _ => false,
        };
    }

    /// The extraction dropped the blank cell of the column this cell would go to, and the cell is the next column's
    /// (培训完成时间, 2025年10月31日前, 10: the 指标方向 and 计量单位 cells of a deadline were blank): a value where a
    /// sign is expected, right before the value column; a bare number where a unit is expected, right before the score.
    /// Neither can be the next indicator's name, so no cell is held for it.
    private bool FillsTheColumnAfter(string text)
    {
        if (_afterName >= ColumnsAfterName - 1) return false;
        var column = table.Header.NameIndex + 1 + _afterName;
        var (kind, next) = (table.Header.Columns[column], table.Header.Columns[column + 1]);
        if (kind is ColumnKind.Operator or ColumnKind.Direction && next == ColumnKind.Target)
            return !IndicatorTable.IsDirectionOrOperator(text) && (TargetLooks.IsValueLike(text) || TrailingPhrase.IsWhole(text));
        return kind == ColumnKind.Unit && next == ColumnKind.Weight && _afterName > _targetOffset && FitsNextColumn(text, skip: 1);
    }

    private void AddAfterName(string text, string raw)
    {
        _cells.Add(new SourceCell(text, _position++, raw));
        if (++_afterName >= ColumnsAfterName) Flush();
    }

    private void ReleaseHeld()
    {
        if (_held is not { } held) return;
        _held = null;
        AddAfterName(held.Text, held.Raw);
    }

    public void Flush()
    {
        ReplayBeforeTree();
        ReleaseHeld();
        if (_cells.Count > 0) table.ReadAssembled(_cells, _line);
        _cells.Clear();
        _afterName = -1;
        _position = 0;
    }
}
