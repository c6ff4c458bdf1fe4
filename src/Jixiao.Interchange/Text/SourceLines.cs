namespace Jixiao.Interchange.Text;

/// Splits the extracted text into rows of cells, removing what extraction adds: HTML tags (`<b>…</b>`), markdown
/// heading marks (`## 项目基本情况`) and a byte-order mark.
internal sealed class SourceLines
{
    public static List<SourceRow> Split(string text)
    {
        // One vectorised count sizes the row list and the cells: growing them copied them each time.
        var lines = text.AsSpan().Count('\n') + 1;
        return new SourceLines(text, lines).SplitAll(lines);
    }

    private readonly string _text;

    // The cells of all rows, in arrays shared by many rows (a row holds a slice): a form has a few hundred cells.
    private SourceCell[] _cells;
    private int _used;
    private const int ChunkLength = 64;

    // The text of the last cell seen in each column: a table repeats its values ("100%" down the whole value column),
    // and a repeated cell takes the string of the one above instead of a copy of its own.
    private readonly string?[] _lastInColumn = new string?[16];

    // The first array is sized for two cells a line (the seed form has a little over two), up to the lines of a long
    // real form; later ones come in chunks, so a file of millions of short lines is not met with one huge array.
    private SourceLines(string text, int lines) => (_text, _cells) = (text, new SourceCell[2 * Math.Min(lines, 4096) + 16]);

    private List<SourceRow> SplitAll(int lines)
    {
        var text = _text;
        var rows = new List<SourceRow>(lines);
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

    private SourceRow SplitLine(string text, int start, int length, int lineNumber, bool afterBreak)
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
            return SplitCells(lineNumber, RowLayout.Tabs, text, start, length, '\t', afterBreak);
        if (marks >= 0 && line[marks..].Contains('|'))
            return SplitCells(lineNumber, RowLayout.Pipes, text, start, length, '|', afterBreak);
        var raw = line.ToString();
        var first = Tokens(raw, out var count);
        return SourceRow.Slice(lineNumber, RowLayout.Text, _cells, first, count, raw, 0, raw.Length, afterBreak);
    }

    /// Room for <paramref name="count"/> more cells in the shared array; returns where they start.
    private int Reserve(int count)
    {
        if (_used + count > _cells.Length)
        {
            _cells = new SourceCell[Math.Max(ChunkLength, count)];
            _used = 0;
        }
        var first = _used;
        _used += count;
        return first;
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

    /// Cells between separators, each with its position (empty cells count): the readers decide what an empty cell
    /// means (a tab-separated row keeps its columns; a `|` row may be padded or merged).
    private SourceRow SplitCells(int lineNumber, RowLayout layout, string text, int start, int length, char separator, bool afterBreak)
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
                found[3 * count + 2] = column;
                count++;
            }
            if (at < 0) break;
            from = end + 1;
            column++;
        }
        // | --- | :---: |: a Markdown table's rule under its heading row, not cells of the form.
        if (separator == '|' && IsMarkdownRule(line)) count = 0;
        var cells = Reserve(count);
        for (var k = 0; k < count; k++)
            _cells[cells + k] = Cell(text, start + found[3 * k], found[3 * k + 1], found[3 * k + 2]);
        return SourceRow.Slice(lineNumber, layout, _cells, cells, count, text, start, length, afterBreak);
    }

    /// A line of only pipes, dashes, colons and spaces, with a dash: the rule Markdown prints under a table's heading.
    private static bool IsMarkdownRule(ReadOnlySpan<char> line) =>
        line.Contains('-') && line.IndexOfAnyExcept("|-: \t") < 0;

    private static Span<int> Grow(Span<int> found)
    {
        var larger = new int[2 * found.Length];
        found.CopyTo(larger);
        return larger;
    }

    private SourceCell Cell(string text, int start, int length, int column)
    {
        var trimmed = text.AsSpan(start, length);
        if (ChineseText.IndexOfSpace(trimmed) >= 0) return new SourceCell(ChineseText.Normalize(trimmed), column, text, start, length);
        if ((uint)column < (uint)_lastInColumn.Length)
        {
            if (_lastInColumn[column] is { } above && trimmed.SequenceEqual(above)) return new SourceCell(above, column);
            return new SourceCell(_lastInColumn[column] = trimmed.ToString(), column);
        }
        return new SourceCell(trimmed.ToString(), column);
    }

    /// Space-separated tokens, each kept whole: whether "项目名称 2018年…" is a label and a value or one phrase is
    /// decided later, by the labels. Returns where the tokens start in the shared array.
    private int Tokens(string line, out int count)
    {
        var span = line.AsSpan();
        count = 0;
        for (var i = 0; i < span.Length; i++)
            if (!ChineseText.IsSpace(span[i]) && (i == 0 || ChineseText.IsSpace(span[i - 1]))) count++;
        var cells = Reserve(count);
        var n = 0;
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var space = i == span.Length || ChineseText.IsSpace(span[i]);
            if (!space && start < 0) start = i;
            else if (space && start >= 0)
            {
                _cells[cells + n] = new SourceCell(line.Substring(start, i - start), n);
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
