namespace Jixiao.Interchange.Text;

/// Splits the extracted text into rows of cells, removing what extraction adds: HTML tags (`<b>…</b>`), markdown
/// heading marks (`## 项目基本情况`) and a byte-order mark.
internal static class SourceLines
{
    public static List<SourceRow> Split(string text)
    {
        // One vectorised count sizes the list: a form has a few hundred lines, and growing it copied them each time.
        var rows = new List<SourceRow>(capacity: text.AsSpan().Count('\n') + 1);
        var lineNumber = 0;
        var afterBlank = false;
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        while (start <= text.Length)
        {
            var end = text.AsSpan(start).IndexOfAny('\r', '\n');
            end = end < 0 ? text.Length : start + end;
            lineNumber++;
            if (end > start)
            {
                rows.Add(SplitLine(text, start, end - start, lineNumber, afterBlank));
                afterBlank = false;
            }
            else afterBlank = true;
            if (end >= text.Length) break;
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
        return rows;
    }

    private static SourceRow SplitLine(string text, int start, int length, int lineNumber, bool afterBreak)
    {
        var line = text.AsSpan(start, length);
        // One look for what decides the layout and the cleaning: tabs, pipes, tags.
        var marks = line.IndexOfAny('\t', '|', '<');
        var hasTag = marks >= 0 && line[marks..].Contains('<');
        if (hasTag || line.TrimStart().StartsWith('#'))
        {
            text = Clean(line);
            (start, length) = (0, text.Length);
            line = text;
            marks = line.IndexOfAny('\t', '|');
        }
        if (marks >= 0 && line[marks..].Contains('\t'))
            return SourceRow.Slice(lineNumber, RowLayout.Tabs, SplitCells(text, start, length, '\t', keepPositions: true), text, start, length, afterBreak);
        if (marks >= 0 && line[marks..].Contains('|'))
            return SourceRow.Slice(lineNumber, RowLayout.Pipes, SplitCells(text, start, length, '|', keepPositions: false), text, start, length, afterBreak);
        var raw = line.ToString();
        return new SourceRow { Line = lineNumber, Layout = RowLayout.Text, Cells = Tokens(raw), Raw = raw, AfterBreak = afterBreak };
    }

    private static string Clean(ReadOnlySpan<char> line)
    {
        var text = line.IndexOf('<') >= 0 ? RemoveTags(line.ToString()) : line.ToString();
        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.StartsWith('#'))
        {
            var marks = trimmed.IndexOfAnyExcept('#');
            if (marks > 0 && marks < trimmed.Length && trimmed[marks] == ' ') text = trimmed[(marks + 1)..].ToString();
        }
        return text;
    }

    /// Cells between separators. Tabs keep their positions (empty cells count); pipes pad rows, so there the
    /// position is the cell's index among the non-empty ones.
    private static SourceCell[] SplitCells(string text, int start, int length, char separator, bool keepPositions)
    {
        var line = text.AsSpan(start, length);
        // One pass: where each non-empty cell starts and ends (trimmed) and its column. Room for 16 cells on the stack
        // (a line of the form has fewer); a line with more moves to the heap.
        Span<int> found = stackalloc int[3 * 16];
        var count = 0;
        var column = 0;
        var from = 0;
        while (true)
        {
            var at = line[from..].IndexOf(separator);
            var end = at < 0 ? line.Length : from + at;
            var first = from;
            var last = end;
            while (first < last && ChineseText.IsSpace(line[first])) first++;
            while (last > first && ChineseText.IsSpace(line[last - 1])) last--;
            if (last > first)
            {
                if (3 * count == found.Length) found = Grow(found);
                found[3 * count] = first;
                found[3 * count + 1] = last - first;
                found[3 * count + 2] = keepPositions ? column : count;
                count++;
            }
            if (at < 0) break;
            from = end + 1;
            column++;
        }
        var cells = new SourceCell[count];
        for (var k = 0; k < count; k++) cells[k] = Cell(line.Slice(found[3 * k], found[3 * k + 1]), found[3 * k + 2]);
        return cells;
    }

    private static Span<int> Grow(Span<int> found)
    {
        var larger = new int[2 * found.Length];
        found.CopyTo(larger);
        return larger;
    }

    private static SourceCell Cell(ReadOnlySpan<char> trimmed, int column)
    {
        var raw = trimmed.ToString();
        return new SourceCell(ChineseText.IndexOfSpace(trimmed) < 0 ? raw : ChineseText.Normalize(trimmed), column, raw);
    }

    /// Space-separated tokens, each kept whole: whether "项目名称 2018年…" is a label and a value or one phrase is
    /// decided later, by the labels.
    private static SourceCell[] Tokens(string line)
    {
        var span = line.AsSpan();
        var count = 0;
        for (var i = 0; i < span.Length; i++)
            if (!ChineseText.IsSpace(span[i]) && (i == 0 || ChineseText.IsSpace(span[i - 1]))) count++;
        var cells = new SourceCell[count];
        var n = 0;
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var space = i == span.Length || ChineseText.IsSpace(span[i]);
            if (!space && start < 0) start = i;
            else if (space && start >= 0)
            {
                cells[n] = new SourceCell(line.Substring(start, i - start), n);
                n++;
                start = -1;
            }
        }
        return cells;
    }

    // Removes HTML tags as web and PDF extraction leave them (<b>, </b>, <image>, <br/>); "<=8" is not a tag.
    private static string RemoveTags(string line)
    {
        var result = new System.Text.StringBuilder(line.Length);
        var i = 0;
        while (i < line.Length)
        {
            var end = TagEnd(line, i);
            if (end > i) { i = end; continue; }
            result.Append(line[i++]);
        }
        return result.ToString();
    }

    /// The index after the tag starting at <paramref name="i"/>, or <paramref name="i"/> when none starts there.
    private static int TagEnd(string line, int i)
    {
        if (line[i] != '<') return i;
        var j = i + 1;
        if (j < line.Length && line[j] == '/') j++;
        if (j >= line.Length || !char.IsAsciiLetter(line[j])) return i;
        while (j < line.Length && char.IsAsciiLetterOrDigit(line[j])) j++;
        var close = line.AsSpan(j).IndexOfAny('<', '>');
        if (close < 0 || line[j + close] != '>') return i;
        // After the name: ">" at once, or "/" or a space before it ("<br/>", "<image src=…>").
        if (close > 0 && !(line[j] is '/' || ChineseText.IsSpace(line[j]))) return i;
        return j + close + 1;
    }
}
