namespace Jixiao.Interchange.Text;

/// A PDF extracted with <c>pdftotext -layout</c> prints the indicator table (绩效指标表) by padding: each cell stands
/// at its column's position, cells are set apart by a run of spaces (one space where a column is tight), an empty cell
/// is only more padding, and a cell too long for its column wraps onto the next line, alone at that column's position.
/// Read as space-separated tokens, such a table loses its columns: a heading the reader does not know (区域目标值 over
/// 新罗区 | 永定区 | 上杭县) ended the heading, and cells beside the value (实际完成值 | 分值 | 得分) were taken for parts of
/// the name. Its rows are rewritten here as the tab-separated rows a plain PDF extraction gives, each cell at the index
/// of the heading column it stands under, so that the table is read by the rules of tab-separated tables.
/// The table is taken for a padded one only when a row below the heading is indented, its first cell under a heading
/// right of the first: a table typed with two spaces between cells (Shandong's 2-space forms) keeps no positions, and
/// is read as tokens, as before.
internal static class AlignedTable
{
    /// A cell of a padded line: where its text starts and ends in the line.
    internal readonly record struct Chunk(int Start, int End);

    // The fewest known headings on a padded heading line (一级指标, 二级指标, 三级指标 …).
    private const int LeastKnownHeadings = 3;

    public static List<SourceRow> Convert(List<SourceRow> rows)
    {
        List<SourceRow>? result = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            // A cheap look first: most lines are no heading, and only a heading line with a gap of two spaces is padded.
            if (row.Layout != RowLayout.Text || row.Cells.Length < LeastKnownHeadings || row.RawSpan.IndexOf("  ", StringComparison.Ordinal) < 0)
            {
                result?.Add(row);
                continue;
            }
            if (!TryReadHeading(rows, i, out var columns, out var headingCells, out var subHeading))
            {
                // The fund table above the indicators is padded the same way.
                var after = AlignedFundTable.TryConvert(rows, i, ref result);
                if (after > 0) i = after - 1;
                else result?.Add(row);
                continue;
            }
            var body = i + (subHeading is null ? 1 : 2);
            if (!IsIndentedBelow(rows, body, columns)) { result?.Add(row); continue; }
            result ??= rows.GetRange(0, i);
            result.Add(HeadingRow(row, headingCells));
            if (subHeading is { IsEmpty: false }) result.Add(subHeading);
            i = ConvertBody(rows, body, columns, FirstTreeColumn(headingCells), result) - 1;
        }
        return result ?? rows;
    }

    /// The heading line's cells, each a known heading but for an unknown few (a region's own column), with at least two
    /// of 一级指标, 二级指标, 三级指标; and the row below when it names the parts of the last heading, merged over them
    /// (区域目标值 over 新罗区 | 永定区 | 上杭县): those parts then become the columns from the last heading's position on.
    private static bool TryReadHeading(List<SourceRow> rows, int i, out List<Chunk> columns, out List<SourceCell> headingCells,
        out SourceRow? subHeading)
    {
        var raw = rows[i].Raw;
        columns = SplitHeadingCells(raw);
        headingCells = [];
        subHeading = null;
        var known = 0;
        var tree = 0;
        foreach (var chunk in columns)
        {
            var text = ChineseText.Normalize(raw.AsSpan(chunk.Start, chunk.End - chunk.Start));
            if (IndicatorColumns.Trie.TryMatchWhole(text, out var kind, out _))
            {
                known++;
                if (IndicatorColumns.IsTreeColumn(kind)) tree++;
            }
            headingCells.Add(new SourceCell(text, headingCells.Count));
        }
        if (known < LeastKnownHeadings || tree < 2 || 2 * known <= columns.Count) return false;

        if (i + 1 >= rows.Count || rows[i + 1] is not { Layout: RowLayout.Text, AfterBreak: false } next) return true;
        var parts = Chunks(next.Raw);
        if (parts.Count >= 2 && parts[0].Start >= columns[^1].Start - 2 && AreHeadingParts(next.Raw, parts, 2))
        {
            // The parts of a merged last heading on the next line, each at or right of where it starts: a tab row the
            // heading reads as its split columns (IndicatorHeader.TryReadSplitColumns).
            var cells = new List<SourceCell>(parts.Count);
            foreach (var part in parts)
                cells.Add(new SourceCell(ChineseText.Normalize(next.Raw.AsSpan(part.Start, part.End - part.Start)), columns.Count - 1 + cells.Count));
            columns.RemoveAt(columns.Count - 1);
            columns.AddRange(parts);
            subHeading = new SourceRow { Line = next.Line, Layout = RowLayout.Tabs, Cells = cells.ToArray(), Raw = next.Raw };
        }
        else if (IsWrappedHeading(next.Raw, parts, columns))
        {
            // The rest of headings wrapped in their columns ("偏差原因分析及改进措" / "施"): joined to them, and the line
            // is no row of the table. It stands in the place of a sub-heading, which a wrapped heading leaves no room for.
            foreach (var part in parts)
            {
                var column = ColumnAt(columns, part.Start);
                var text = ChineseText.Join(headingCells[column].Text, ChineseText.Normalize(next.Raw.AsSpan(part.Start, part.End - part.Start)));
                headingCells[column] = new SourceCell(text, column);
            }
            subHeading = new SourceRow { Line = next.Line, Layout = RowLayout.Tabs, Cells = default, Raw = next.Raw };
        }
        return true;
    }

    /// Short texts with no digits, none a known heading or a level name: the names of regions or projects.
    private static bool AreHeadingParts(string raw, List<Chunk> parts, int shortest)
    {
        foreach (var part in parts)
        {
            var text = ChineseText.Normalize(raw.AsSpan(part.Start, part.End - part.Start));
            if (text.Length < shortest || text.Length > 12 || ChineseText.HasAsciiDigit(text) || TargetLooks.IsValueLike(text)
                || LevelLabel.Of(text).Role != LevelRole.None || IndicatorColumns.Trie.TryMatchWhole(text, out _, out _))
                return false;
        }
        return true;
    }

    /// A line of a few short words, each in a heading's column and no two in one: the ends of headings wrapped in their
    /// cells. A body row starts with a level name or holds a value, which a heading's rest does not.
    private static bool IsWrappedHeading(string raw, List<Chunk> parts, List<Chunk> columns)
    {
        if (parts.Count == 0 || parts.Count > columns.Count / 2 || !AreHeadingParts(raw, parts, 1)) return false;
        var previous = -1;
        foreach (var part in parts)
        {
            var column = ColumnAt(columns, part.Start);
            if (column <= previous || part.Start < columns[column].Start - 2 || part.Start > columns[column].End) return false;
            previous = column;
        }
        return true;
    }

    /// The heading line's cells: runs set apart by two spaces or more, a run of known headings set apart by one space
    /// ("一级指标 二级指标" where the columns are tight) split into its headings.
    private static List<Chunk> SplitHeadingCells(string raw)
    {
        var chunks = Chunks(raw);
        var cells = new List<Chunk>(chunks.Count + 2);
        foreach (var chunk in chunks)
        {
            var text = raw.AsSpan(chunk.Start, chunk.End - chunk.Start);
            if (text.IndexOf(' ') < 0 || !AllWordsAreHeadings(raw, chunk))
            {
                cells.Add(chunk);
                continue;
            }
            var from = chunk.Start;
            for (var k = chunk.Start; k <= chunk.End; k++)
            {
                if (k < chunk.End && raw[k] != ' ') continue;
                if (k > from) cells.Add(new Chunk(from, k));
                from = k + 1;
            }
        }
        return cells;
    }

    private static bool AllWordsAreHeadings(string raw, Chunk chunk)
    {
        foreach (var word in raw[chunk.Start..chunk.End].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (!IndicatorColumns.Trie.TryMatchWhole(word, out _, out _)) return false;
        return true;
    }

    /// Whether the table is padded: one of the first rows below the heading is indented, its first cell under a heading
    /// right of the first one (the cells left of it empty, as merged cells print).
    private static bool IsIndentedBelow(List<SourceRow> rows, int body, List<Chunk> columns)
    {
        for (var i = body; i < rows.Count && i < body + RowsLookedAtForIndent; i++)
        {
            if (rows[i].Layout != RowLayout.Text) return false;
            var raw = rows[i].Raw;
            var first = 0;
            while (first < raw.Length && ChineseText.IsSpace(raw[first])) first++;
            if (first < 4 || first >= raw.Length) continue;
            var column = ColumnAt(columns, first);
            if (column > 0 && first >= columns[column].Start - 3 && first <= columns[column].End) return true;
        }
        return false;
    }

    // Rows below the heading looked at for an indented one: a table's first project or level spans a few rows.
    private const int RowsLookedAtForIndent = 4;

    /// Rewrites the table's rows from <paramref name="start"/> to its end; returns the index after the last.
    private static int ConvertBody(List<SourceRow> rows, int start, List<Chunk> columns, int firstTree, List<SourceRow> result)
    {
        var i = start;
        var above = -1;
        // The last row that opened a project (项目名称 | 资金总额 … beside the levels): its cells left of the levels hold
        // an amount or another value.
        var project = -1;
        for (; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Layout != RowLayout.Text) break;
            if (row.IsEmpty)
            {
                // A line of spaces between rows: nothing, as it was.
                result.Add(row);
                continue;
            }
            if (EndsTable(row, columns)) break;
            var cells = Place(row.Raw, columns);
            if (above >= 0 && !row.AfterBreak && ContinuesAbove(cells, result[above].Cells))
            {
                result[above] = Continued(result[above], cells);
                continue;
            }
            // A project's cells wrap onto the lines of the indicators beside them (a merged cell over their rows): the
            // cells left of the levels continue the project's, unless they hold a value of their own (a new project).
            var left = 0;
            while (left < cells.Count && cells[left].Column < firstTree) left++;
            if (project >= 0 && left > 0 && !row.AfterBreak && ContinuesAbove(cells[..left], result[project].Cells))
            {
                result[project] = Continued(result[project], cells[..left]);
                cells.RemoveRange(0, left);
                if (cells.Count == 0) continue;
            }
            else if (HoldsValue(cells, left)) project = result.Count;
            above = result.Count;
            result.Add(new SourceRow { Line = row.Line, Layout = RowLayout.Tabs, Cells = cells.ToArray(), Raw = row.Raw, AfterBreak = row.AfterBreak });
        }
        return i;
    }

    private static bool HoldsValue(List<SourceCell> cells, int count)
    {
        for (var k = 0; k < count; k++)
            if (TargetLooks.IsValueLike(cells[k].Text)) return true;
        return false;
    }

    /// A line of the form below the table (审核意见, 填报人：…) or another table's heading: it starts at the left margin
    /// with a label of the form.
    private static bool EndsTable(SourceRow row, List<Chunk> columns)
    {
        var raw = row.Raw;
        var first = 0;
        while (first < raw.Length && ChineseText.IsSpace(raw[first])) first++;
        if (first >= Boundary(columns, 0)) return false;
        var text = row.Cells[0].Text;
        if (LevelLabel.Of(text).Role != LevelRole.None) return false;
        return text.EndsWith("意见", StringComparison.Ordinal)
            || (FormLabels.Trie.TryMatch(text, 0, needBoundary: false, out _, out _) && !FormLabels.AlsoNameIndicators.Contains(text))
            || IndicatorColumns.Trie.TryMatchWhole(text, out _, out _);
    }

    /// A line that only continues the cells above it, wrapped in their columns: every cell stands in a column that had a
    /// cell on the line above, and none is a level name or a value (a wrapped text cell carries neither; a value of its
    /// own makes the line a row).
    private static bool ContinuesAbove(List<SourceCell> cells, ReadOnlySpan<SourceCell> above)
    {
        if (cells.Count == 0) return false;
        foreach (var cell in cells)
        {
            if (LevelLabel.Of(cell.Text).Role is not (LevelRole.None or LevelRole.Fragment) || TargetLooks.IsValueLike(cell.Text)
                || Numbering.IsSerial(cell.Text))
                return false;
            var found = false;
            foreach (var a in above)
                if (a.Column == cell.Column && !TargetLooks.IsValueLike(a.Text)) found = true;
            if (!found) return false;
        }
        return true;
    }

    private static SourceRow Continued(SourceRow above, List<SourceCell> cells)
    {
        var joined = above.Cells.ToArray();
        foreach (var cell in cells)
            for (var k = 0; k < joined.Length; k++)
                if (joined[k].Column == cell.Column)
                {
                    var text = ChineseText.Join(joined[k].Text, cell.Text);
                    joined[k] = new SourceCell(text, cell.Column, ChineseText.Join(joined[k].Raw, cell.Raw));
                }
        return new SourceRow { Line = above.Line, Layout = RowLayout.Tabs, Cells = joined, Raw = above.Raw, AfterBreak = above.AfterBreak };
    }

    /// The line's cells, each at the index of the column it stands in. A cell that runs on past the start of the next
    /// heading holds two cells set apart by one space: it is cut at the space nearest that heading.
    private static List<SourceCell> Place(string raw, List<Chunk> columns)
    {
        var cells = new List<SourceCell>();
        foreach (var chunk in Chunks(raw))
        {
            var from = chunk.Start;
            var column = ColumnAt(columns, from);
            while (column + 1 < columns.Count && chunk.End > columns[column + 1].Start + 1
                   && NearestSpace(raw, from, chunk.End, columns[column + 1].Start) is var cut and > 0)
            {
                Add(cells, raw, from, cut, column);
                from = cut + 1;
                column = ColumnAt(columns, from);
            }
            Add(cells, raw, from, chunk.End, column);
        }
        return cells;
    }

    private static void Add(List<SourceCell> cells, string raw, int start, int end, int column)
    {
        var text = raw[start..end];
        // Two runs under one heading (a centred cell printed in two pieces) are one cell.
        if (cells.Count > 0 && cells[^1].Column == column)
        {
            var joined = cells[^1].Raw + " " + text;
            cells[^1] = new SourceCell(ChineseText.Normalize(joined), column, joined);
            return;
        }
        cells.Add(new SourceCell(ChineseText.Normalize(text), column, text));
    }

    /// The space inside start..end nearest <paramref name="position"/>, or -1.
    private static int NearestSpace(string raw, int start, int end, int position)
    {
        var best = -1;
        for (var k = start + 1; k < end - 1; k++)
            if (raw[k] == ' ' && (best < 0 || Math.Abs(k - position) < Math.Abs(best - position))) best = k;
        return best;
    }

    /// The column whose span holds the position: the spans meet halfway between one heading's end and the next one's start.
    internal static int ColumnAt(List<Chunk> columns, int position)
    {
        var column = 0;
        while (column + 1 < columns.Count && position >= Boundary(columns, column)) column++;
        return column;
    }

    private static int Boundary(List<Chunk> columns, int column) =>
        column + 1 < columns.Count ? (columns[column].End + columns[column + 1].Start + 1) / 2 : int.MaxValue;

    /// The line's runs of text set apart by two spaces or more.
    internal static List<Chunk> Chunks(string raw)
    {
        var chunks = new List<Chunk>();
        var k = 0;
        while (k < raw.Length)
        {
            while (k < raw.Length && ChineseText.IsSpace(raw[k])) k++;
            if (k >= raw.Length) break;
            var start = k;
            var end = k;
            while (k < raw.Length)
            {
                if (!ChineseText.IsSpace(raw[k])) { end = ++k; continue; }
                if (k + 1 < raw.Length && !ChineseText.IsSpace(raw[k + 1]) && raw[k] == ' ') { k++; continue; }
                break;
            }
            chunks.Add(new Chunk(start, end));
        }
        return chunks;
    }

    /// The first of the level and name columns: the columns left of it describe a project.
    private static int FirstTreeColumn(List<SourceCell> headingCells)
    {
        for (var k = 0; k < headingCells.Count; k++)
            if (IndicatorColumns.Trie.TryMatchWhole(headingCells[k].Text, out var kind, out _) && IndicatorColumns.IsTreeColumn(kind)) return k;
        return 0;
    }

    private static SourceRow HeadingRow(SourceRow row, List<SourceCell> cells) =>
        new() { Line = row.Line, Layout = RowLayout.Tabs, Cells = cells.ToArray(), Raw = row.Raw, AfterBreak = row.AfterBreak };
}
