namespace Jixiao.Interchange.Text;

/// 年度总体目标 | 预期目标 | 实际完成情况 (a year-end self-evaluation) or 年初设定目标 |
/// 1-7月执行情况 (an in-year monitoring form), then the row of their texts: the goal as set is the goal; what was done
/// by now is no goal, and is kept under its heading. The set goal's heading comes first on both kinds of form.
internal sealed class GoalReportColumns(DeclarationDraft draft)
{
    private readonly List<(string Heading, int Column)> _headings = [];

    // The report's text read last from a row of space-separated text, and its line, while it stops mid-sentence: an
    // indented line under that row goes on with it (the row wrapped at its end), not with the goal.
    private int _wrappingField = -1;
    private int _wrappingLine;

    /// Takes the sub-headings right of a goal label left without a value (from <paramref name="start"/> to the row's end).
    public bool TryReadHeadings(List<RowItem> items, int start)
    {
        _headings.Clear();
        if (items.Count - start < 2 || items[start].IsLabel || !IsSetGoalHeading(items[start].Value)) return false;
        for (var k = start + 1; k < items.Count; k++)
            if (items[k].IsLabel || !IsReportHeading(items[k].Value)) return false;
        for (var k = start; k < items.Count; k++) _headings.Add((items[k].Value, items[k].Column));
        draft.Recognised += items.Count - start;
        return true;
    }

    /// 年度总体目标  预期目标  实际完成情况 as space-separated text: the line reads as the label with the headings run
    /// together as its value (<paramref name="value"/>); the tokens after the label's are the headings.
    public bool TryReadHeadingTokens(SourceRow row, string value)
    {
        var cells = row.Cells;
        var first = cells.Length;
        var length = 0;
        while (first > 1 && length < value.Length) length += cells[--first].Text.Length;
        if (length != value.Length || cells.Length - first < 2) return false;
        var items = new List<RowItem>(cells.Length - first);
        var at = 0;
        foreach (var cell in cells[first..])
        {
            if (string.CompareOrdinal(value, at, cell.Text, 0, cell.Text.Length) != 0) return false;
            at += cell.Text.Length;
            items.Add(new RowItem(null, "", null, cell.Text, cell.Column));
        }
        return TryReadHeadings(items, 0);
    }

    /// One cell per line: the goal's label, then its headings one per line from <paramref name="first"/> (预期目标,
    /// 实际完成情况), then as many lines of texts, one under each heading in order (a blank line is an empty text).
    /// Reads them all and marks the lines after <paramref name="first"/> read; false, reading nothing, unless every
    /// line is where the row would put it.
    public bool TryReadOnePerLine(List<SourceRow> rows, int first, RowItem label, bool[] read)
    {
        var end = first;
        while (end < rows.Count && LoneText(rows[end]) is { } text && !FormLabels.Trie.TryMatch(text, 0, needBoundary: true, out _, out _)
               && (end == first ? IsSetGoalHeading(text) : IsReportHeading(text)))
            end++;
        var count = end - first;
        if (count < 2 || end + count > rows.Count) return false;
        for (var k = end; k < end + count; k++)
            if (!rows[k].IsEmpty && (LoneText(rows[k]) is not { } text || FormLabels.Trie.TryMatch(text, 0, needBoundary: true, out _, out _)))
                return false;
        _headings.Clear();
        for (var k = 0; k < count; k++)
        {
            var heading = rows[first + k].Cells[0].Text;
            var texts = rows[end + k];
            if (texts.IsEmpty) continue;
            if (k == 0) draft.Set(label.Meaning!.Value, label.Printed, texts.Cells[0].Text, texts.Line, label.Suffix);
            else draft.AddOther(heading, texts.Cells[0].Text, texts.Line);
        }
        for (var k = first + 1; k < end + count; k++) read[k] = true;
        draft.Recognised += count;
        return true;
    }

    private static string? LoneText(SourceRow row) => row.Layout == RowLayout.Text && row.Cells.Length == 1 ? row.Cells[0].Text : null;

    /// The row of texts under the sub-headings: one under each, in order (a `|` row drops its empty cells), or in a tab
    /// row under the heading of its own column.
    public bool TryAssign(List<RowItem> pending, List<RowItem> values, SourceRow row)
    {
        if (_headings.Count == 0 || pending is not [var label]) return false;
        // Space-separated text reads as one value; its tokens are the texts when there is one for each heading.
        if (row.Layout == RowLayout.Text && values is [{ IsLabel: false }] && row.Cells.Length == _headings.Count) values = Tokens(row);
        var byOrder = values.Count == _headings.Count;
        var headings = new string?[values.Count];
        for (var k = 0; k < values.Count; k++)
        {
            if (values[k].IsLabel) return Forget();
            headings[k] = byOrder ? _headings[k].Heading : row.Layout == RowLayout.Tabs ? HeadingAt(values[k].Column) : null;
            if (headings[k] is null) return Forget();
        }
        for (var k = 0; k < values.Count; k++)
        {
            if (headings[k] == _headings[0].Heading) draft.Set(label.Meaning!.Value, label.Printed, values[k].Value, row.Line, label.Suffix);
            else draft.AddOther(headings[k]!, values[k].Value, row.Line);
        }
        _wrappingField = row.Layout == RowLayout.Text && headings[^1] != _headings[0].Heading && !EndsSentence(values[^1].Value)
            ? draft.OtherFields.Count - 1
            : -1;
        _wrappingLine = row.Line;
        _headings.Clear();
        return true;
    }

    /// An indented line of one token right under a row of texts read from space-separated text, whose last text (the
    /// report's) stops mid-sentence: the rest of that text, wrapped at the row's end ("…优良路率82%" then "。"). Else the
    /// line is left to the goal's text (a prose field's next line).
    public bool TryContinueReport(SourceRow row, int lineAbove)
    {
        if (_wrappingField < 0 || _wrappingLine != lineAbove || row.Layout != RowLayout.Text || row.Cells.Length != 1
            || row.RawSpan is not [var lead, ..] || !ChineseText.IsSpace(lead))
            return false;
        var field = draft.OtherFields[_wrappingField];
        draft.OtherFields[_wrappingField] = field with { Value = ChineseText.Join(field.Value, row.Cells[0].Text) };
        _wrappingLine = row.Line;
        if (EndsSentence(row.Cells[0].Text)) _wrappingField = -1;
        return true;
    }

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '。' or '；' or ';';

    private static List<RowItem> Tokens(SourceRow row)
    {
        var tokens = new List<RowItem>(row.Cells.Length);
        foreach (var cell in row.Cells) tokens.Add(new RowItem(null, "", null, cell.Text, cell.Column));
        return tokens;
    }

    private string? HeadingAt(int column)
    {
        foreach (var (heading, at) in _headings)
            if (at == column) return heading;
        return null;
    }

    private bool Forget()
    {
        _headings.Clear();
        return false;
    }

    // 预期目标, 年初设定目标, 年度目标: short, ending in 目标.
    private static bool IsSetGoalHeading(string text) =>
        text.Length is > 2 and <= 8 && text.EndsWith("目标", StringComparison.Ordinal) && !ChineseText.HasAsciiDigit(text);

    // 实际完成情况, 1-7月执行情况, 全年预计完成情况: what was done, or is expected to be, by the report's date.
    private static bool IsReportHeading(string text)
    {
        var heading = ReportingPeriod.StripFrom(text);
        return heading.Length <= 12 && !ChineseText.HasAsciiDigit(heading)
            && (heading.Contains("完成", StringComparison.Ordinal) || heading.Contains("执行", StringComparison.Ordinal));
    }
}
