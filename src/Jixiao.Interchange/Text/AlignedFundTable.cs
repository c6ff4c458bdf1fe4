namespace Jixiao.Interchange.Text;

/// The fund table (项目资金（万元）) of a PDF extracted with <c>pdftotext -layout</c>, printed by padding like the
/// indicator table (<see cref="AlignedTable"/>): the heading line names the amount columns (年初预算数 | 全年预算数 |
/// 全年执行数 | 分值 | 执行率 | 得分), each source's line holds its name left of them and its amounts under them. Read
/// as tokens, a source's amounts ran together ("500 520 468 10 90% 9") and no column said which was the year's. Its
/// lines are rewritten here as the tab rows a plain PDF extraction gives: the heading's label at 0, the names at 0 when
/// they stand under it, else at 1 (under 资金来源 when printed), each amount at the index of the column heading it stands
/// under, from the column after the names'.
/// The table is taken for a padded one only when its heading line holds at least one known amount column heading, all
/// its cells headings (no digits), and the line below is a source's: a name left of the first amount column and only
/// amounts or empty marks under the headings. A one-line budget (项目资金（万元） 年度资金总额： 500 …) holds amounts
/// on its heading line and is read as before.
internal static class AlignedFundTable
{
    // Where a value starts left of its heading's start: pdftotext right-aligns numbers, a column's cells shift a little.
    private const int Slack = 2;

    /// Rewrites the padded fund table whose heading is <paramref name="rows"/>[<paramref name="i"/>] into
    /// <paramref name="result"/>; returns the index after its last line, or -1 when it is no padded fund table.
    public static int TryConvert(List<SourceRow> rows, int i, ref List<SourceRow>? result)
    {
        var raw = rows[i].Raw;
        var chunks = AlignedTable.Chunks(raw);
        if (chunks.Count < 3 || chunks[0].Start >= 4 || !IsLabel(raw, chunks[0], out var meaning)
            || meaning is not (LabelMeaning.FundHeading or LabelMeaning.FundNameColumn))
            return -1;
        // 项目资金（万元） | 资金来源 | 上年度资金 …: the names' own heading, else the names stand under none.
        var nameHeading = chunks.Count > 3 && IsLabel(raw, chunks[1], out var second) && second == LabelMeaning.FundNameColumn ? 1 : -1;
        var amounts = ReadAmountHeadings(raw, chunks, nameHeading < 0 ? 1 : 2);
        if (amounts is null) return -1;

        var firstAmount = amounts[0].Start - Slack;
        var end = i + 1;
        while (end < rows.Count && IsSourceLine(rows[end], firstAmount)) end++;
        if (end == i + 1) return -1;

        // The names stand under the label (资金来源（万元） | 上年度资金 over 合计 | 120.00) or in a column of their own
        // right of it (项目资金（万元） over an indented 年度资金总额): the amounts' columns follow the names'.
        var nameColumn = nameHeading < 0 && FirstTextAt(rows[i + 1].Raw) < chunks[0].End ? 0 : 1;
        result ??= rows.GetRange(0, i);
        var heading = new List<SourceCell>(amounts.Count + 2) { new(ChineseText.Normalize(Text(raw, chunks[0])), 0) };
        if (nameHeading > 0) heading.Add(new SourceCell(ChineseText.Normalize(Text(raw, chunks[1])), 1));
        for (var k = 0; k < amounts.Count; k++)
            heading.Add(new SourceCell(ChineseText.Normalize(Text(raw, amounts[k])), nameColumn + 1 + k));
        result.Add(TabRow(rows[i], heading));
        for (var k = i + 1; k < end; k++) result.Add(TabRow(rows[k], PlaceSourceLine(rows[k].Raw, firstAmount, amounts, nameColumn)));
        return end;
    }

    /// The amount columns' headings right of the label (and of 资金来源): each a short text without digits, at least one a
    /// known amount column (上年度资金, 本年度资金, 年初预算数 …); a run of known headings set apart by one space (a tight
    /// column) split into its headings. Null when the line is not such a heading.
    private static List<AlignedTable.Chunk>? ReadAmountHeadings(string raw, List<AlignedTable.Chunk> chunks, int from)
    {
        if (chunks.Count - from < 2) return null;
        var headings = new List<AlignedTable.Chunk>(chunks.Count - from + 2);
        var known = 0;
        for (var k = from; k < chunks.Count; k++)
        {
            var text = Text(raw, chunks[k]);
            if (text.Length > 12 || ChineseText.HasAsciiDigit(text)) return null;
            if (text.IndexOf(' ') < 0)
            {
                if (IsAmountHeading(raw, chunks[k])) known++;
                headings.Add(chunks[k]);
                continue;
            }
            var words = Words(raw, chunks[k]);
            foreach (var word in words)
                if (!IsAmountHeading(raw, word)) return null;
            known += words.Count;
            headings.AddRange(words);
        }
        return known > 0 ? headings : null;
    }

    /// A source's line: its name left of the first amount column, then one amount or empty mark or more under the
    /// headings, and nothing else.
    private static bool IsSourceLine(SourceRow row, int firstAmount)
    {
        if (row.Layout != RowLayout.Text || row.IsEmpty) return false;
        var chunks = AlignedTable.Chunks(row.Raw);
        if (chunks.Count < 2 || chunks[0].End > firstAmount) return false;
        for (var k = 1; k < chunks.Count; k++)
        {
            if (chunks[k].Start < firstAmount) return false;
            foreach (var word in Words(row.Raw, chunks[k]))
                if (!IsAmountCell(Text(row.Raw, word))) return false;
        }
        return true;
    }

    private static List<SourceCell> PlaceSourceLine(string raw, int firstAmount, List<AlignedTable.Chunk> amounts, int nameColumn)
    {
        var chunks = AlignedTable.Chunks(raw);
        var cells = new List<SourceCell>(amounts.Count + 1) { new(ChineseText.Normalize(Text(raw, chunks[0])), nameColumn, Text(raw, chunks[0])) };
        for (var k = 1; k < chunks.Count; k++)
            foreach (var word in Words(raw, chunks[k]))
            {
                // Numbers are right-aligned under a heading: a word belongs to the column whose span holds its end.
                var column = nameColumn + 1 + AlignedTable.ColumnAt(amounts, Math.Max(firstAmount, word.End - 1));
                var text = Text(raw, word);
                if (cells[^1].Column == column)
                {
                    var joined = cells[^1].Raw + " " + text;
                    cells[^1] = new SourceCell(ChineseText.Normalize(joined), column, joined);
                }
                else cells.Add(new SourceCell(text, column, text));
            }
        return cells;
    }

    /// 500, 90%, 10.5, —: what a fund table's amount, rate or score cell holds.
    private static bool IsAmountCell(string text) =>
        ChineseText.HasAsciiDigit(text) || FormValues.IsEmptyMark(text);

    private static bool IsAmountHeading(string raw, AlignedTable.Chunk chunk)
    {
        var text = Text(raw, chunk);
        // 年初预算数 (a self-evaluation's budget as set at the year's start) is read by FundSection by its spelling.
        if (text == "年初预算数") return true;
        return IsLabel(raw, chunk, out var meaning) && FormLabels.IsFundLabel(meaning)
            && meaning is not (LabelMeaning.FundHeading or LabelMeaning.FundNameColumn);
    }

    private static bool IsLabel(string raw, AlignedTable.Chunk chunk, out LabelMeaning meaning) =>
        FormLabels.Trie.TryMatch(ChineseText.Normalize(Text(raw, chunk)), 0, needBoundary: false, out meaning, out _);

    /// The chunk's words set apart by single spaces.
    private static List<AlignedTable.Chunk> Words(string raw, AlignedTable.Chunk chunk)
    {
        var words = new List<AlignedTable.Chunk>(4);
        var from = chunk.Start;
        for (var k = chunk.Start; k <= chunk.End; k++)
        {
            if (k < chunk.End && raw[k] != ' ') continue;
            if (k > from) words.Add(new AlignedTable.Chunk(from, k));
            from = k + 1;
        }
        return words;
    }

    private static int FirstTextAt(string raw)
    {
        var k = 0;
        while (k < raw.Length && ChineseText.IsSpace(raw[k])) k++;
        return k;
    }

    private static string Text(string raw, AlignedTable.Chunk chunk) => raw[chunk.Start..chunk.End];

    private static SourceRow TabRow(SourceRow row, List<SourceCell> cells) =>
        new() { Line = row.Line, Layout = RowLayout.Tabs, Cells = cells.ToArray(), Raw = row.Raw, AfterBreak = row.AfterBreak };
}
