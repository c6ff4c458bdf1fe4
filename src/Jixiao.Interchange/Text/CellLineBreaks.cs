namespace Jixiao.Interchange.Text;

/// Some web pages are extracted one table cell per line, each cell closed by a `|` (Anhui's 项目支出绩效目标表 on
/// county sites): a cell holding a line break (项目资金 / (万元), 一级 / 指标, a label printed down as 绩 / 效 / 指 / 标,
/// a long name wrapped in its cell) then reaches the text as lines without a `|`, the last of them closed by the `|`.
/// Those lines are put back into the cell they belong to; read alone they were labels cut in two ("年度" taken for the
/// year) and cells no column could hold.
internal static class CellLineBreaks
{
    // Fewer closed cells than this is no cell-per-line page, only a table whose row wraps once (Dongguan's form).
    private const int LeastClosedCells = 8;

    public static List<SourceRow> Join(List<SourceRow> rows)
    {
        if (!IsCellPerLine(rows)) return rows;
        List<SourceRow>? joined = null;
        var inTable = false;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var end = inTable ? OpenRunEnd(rows, i) : i;
            if (end == i)
            {
                inTable |= IsClosedCell(row);
                joined?.Add(row);
                continue;
            }
            joined ??= rows.GetRange(0, i);
            joined.Add(Joined(rows, i, end));
            i = end;
        }
        return joined ?? rows;
    }

    /// Most `|` lines close a single cell: the page was extracted a cell per line.
    private static bool IsCellPerLine(List<SourceRow> rows)
    {
        int closed = 0, wide = 0;
        foreach (var row in rows)
        {
            if (row.Layout != RowLayout.Pipes) continue;
            if (IsClosedCell(row)) closed++;
            else if (row.Cells.Length > 1) wide++;
        }
        return closed >= LeastClosedCells && closed > 2 * wide;
    }

    // One cell (or none) and the line ends with the `|` that closes it.
    private static bool IsClosedCell(SourceRow row) =>
        row.Layout == RowLayout.Pipes && row.Cells.Length <= 1 && row.RawSpan.TrimEnd().EndsWith('|');

    /// From an open line (no `|`) at <paramref name="start"/>: the index of the closed cell that ends the run, when
    /// the lines run on to one without a blank line between; otherwise <paramref name="start"/>.
    private static int OpenRunEnd(List<SourceRow> rows, int start)
    {
        var k = start;
        while (k < rows.Count && rows[k].Layout == RowLayout.Text && (k == start || !rows[k].AfterBreak)) k++;
        if (k == start || k >= rows.Count || rows[k].AfterBreak || !IsClosedCell(rows[k]) || rows[k].Cells.Length == 0) return start;
        return k;
    }

    private static SourceRow Joined(List<SourceRow> rows, int start, int end)
    {
        var parts = new string[end - start + 1];
        for (var k = start; k <= end; k++)
            parts[k - start] = k < end ? rows[k].Raw.Trim() : rows[k].Cells[0].Raw;
        var raw = string.Concat(parts);
        var cell = new SourceCell(ChineseText.Normalize(raw), 0, raw);
        return new SourceRow { Line = rows[start].Line, Layout = RowLayout.Pipes, Cells = new[] { cell }, Raw = raw + " |", AfterBreak = rows[start].AfterBreak };
    }
}
