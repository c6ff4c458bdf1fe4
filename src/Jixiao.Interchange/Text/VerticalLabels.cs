namespace Jixiao.Interchange.Text;

/// A label printed vertically in a cell merged over several rows (the central 附2-2 template's 总 / 体 / 目 / 标 beside
/// 目标1 … 目标3) reaches the text one character per line, at the start of each row it spans. Such a run is put back
/// together: the label stands in the first row's first cell, and the rows below it lose their fragment, so they read
/// as the label's continuation rows, as when the label is printed horizontally.
internal static class VerticalLabels
{
    // The longest label seen written so (保证项目实施的制度及措施 is printed across, not down).
    private const int MaxRun = 8;

    public static List<SourceRow> Join(List<SourceRow> rows)
    {
        List<SourceRow>? joined = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var length = RunAt(rows, i);
            if (length == 0)
            {
                joined?.Add(rows[i]);
                continue;
            }
            joined ??= rows.GetRange(0, i);
            joined.Add(WithFirstCell(rows[i], Label(rows, i, length)));
            for (var k = i + 1; k < i + length; k++)
                if (rows[k].Cells.Length > 1) joined.Add(WithoutFirstCell(rows[k]));
            i += length - 1;
        }
        return joined ?? rows;
    }

    /// How many rows from <paramref name="start"/> spell a form label down their first cells; 0 when none do. Only
    /// a whole label counts: a run of grades (优 / 良 / 中) or of other single characters spells none.
    private static int RunAt(List<SourceRow> rows, int start)
    {
        if (!IsFragment(rows[start])) return 0;
        var end = start;
        while (end < rows.Count && end - start < MaxRun && IsFragment(rows[end])) end++;
        // The longest run that is a label: a label may be followed by the fragments of the next one.
        for (var length = end - start; length >= 2; length--)
            if (FormLabels.Trie.TryMatchWhole(Label(rows, start, length), out _, out _)) return length;
        return 0;
    }

    // A row whose first cell, in the first column, is one CJK character: a tab-separated row, or a line holding only
    // that character (the label's last row often has nothing beside it, so no tab either).
    private static bool IsFragment(SourceRow row) =>
        (row.Layout == RowLayout.Tabs || row.Cells.Length == 1)
        && row.Cells.Length > 0 && row.Cells[0] is { Column: 0, Text: [var c] } && c is >= '\u4e00' and <= '\u9fff';

    private static string Label(List<SourceRow> rows, int start, int length) =>
        string.Create(length, (rows, start), static (span, state) =>
        {
            for (var k = 0; k < span.Length; k++) span[k] = state.rows[state.start + k].Cells[0].Text[0];
        });

    private static SourceRow WithFirstCell(SourceRow row, string label)
    {
        var cells = row.Cells.ToArray();
        cells[0] = new SourceCell(label, 0);
        return new SourceRow { Line = row.Line, Layout = row.Layout, Cells = cells, Raw = RawWith(row, label), AfterBreak = row.AfterBreak };
    }

    private static SourceRow WithoutFirstCell(SourceRow row) =>
        new() { Line = row.Line, Layout = row.Layout, Cells = row.Cells[1..], Raw = RawWith(row, ""), AfterBreak = row.AfterBreak };

    // The line with its fragment replaced, for the rules that read a row's whole text.
    private static string RawWith(SourceRow row, string replacement)
    {
        var raw = row.Raw;
        var at = raw.IndexOf(row.Cells[0].Text[0]);
        return at < 0 ? raw : string.Concat(raw.AsSpan(0, at), replacement, raw.AsSpan(at + 1));
    }
}
