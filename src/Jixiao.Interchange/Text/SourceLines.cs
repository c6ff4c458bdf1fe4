namespace Jixiao.Interchange.Text;

/// Splits the extracted text into rows of cells, removing what extraction adds: HTML tags (`<b>…</b>`), markdown
/// heading marks (`## 项目基本情况`) and a byte-order mark.
internal sealed class SourceLines
{
    public static List<SourceRow> Split(string text)
    {
        // One vectorised count sizes the row list and the cells: growing them copied them each time.
        var lines = text.AsSpan().Count('\n') + 1;
        using var masks = new CharMasks(text);
        return new SourceLines(text, lines).SplitAll(masks, lines);
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

    private List<SourceRow> SplitAll(in CharMasks masks, int lines)
    {
        var text = _text;
        var rows = new List<SourceRow>(lines);
        var lineNumber = 0;
        var afterBlank = false;
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        while (start <= text.Length)
        {
            var end = masks.Next(CharMasks.Breaks, start, text.Length);
            lineNumber++;
            if (end > start)
            {
                rows.Add(SplitLine(masks, text, start, end - start, lineNumber, afterBlank));
                afterBlank = false;
            }
            else afterBlank = true;
            if (end >= text.Length) break;
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
        return rows;
    }

    private SourceRow SplitLine(in CharMasks masks, string text, int start, int length, int lineNumber, bool afterBreak)
    {
        var line = text.AsSpan(start, length);
        if (masks.Next(CharMasks.Tags, start, start + length) < start + length || StartsWithHash(line))
        {
            var cleaned = Clean(line);
            using var cleanedMasks = new CharMasks(cleaned);
            return SplitLayout(cleanedMasks, cleaned, 0, cleaned.Length, lineNumber, afterBreak);
        }
        return SplitLayout(masks, text, start, length, lineNumber, afterBreak);
    }

    /// <c>line.TrimStart().StartsWith('#')</c> without asking <see cref="char.IsWhiteSpace(char)"/> about the Chinese
    /// character most lines start with.
    private static bool StartsWithHash(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (c == '#') return true;
            if (!IsWhiteSpace(c)) return false;
        }
        return false;
    }

    private SourceRow SplitLayout(in CharMasks masks, string text, int start, int length, int lineNumber, bool afterBreak)
    {
        var end = start + length;
        if (masks.Next(CharMasks.Tabs, start, end) < end)
            return SplitCells(masks, lineNumber, RowLayout.Tabs, CharMasks.Tabs, text, start, length, afterBreak);
        if (masks.Next(CharMasks.Pipes, start, end) < end)
            return SplitCells(masks, lineNumber, RowLayout.Pipes, CharMasks.Pipes, text, start, length, afterBreak);
        var raw = start == 0 && length == text.Length ? text : text.Substring(start, length);
        var first = Tokens(masks, raw, start, out var count);
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
        var text = line.IndexOf('<') >= 0 ? RemoveTags(line) : line.ToString();
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
    private SourceRow SplitCells(in CharMasks masks, int lineNumber, RowLayout layout, int separator, string text, int start, int length,
        bool afterBreak)
    {
        var end = start + length;
        // | --- | :---: |: a Markdown table's rule under its heading row, not cells of the form.
        if (layout == RowLayout.Pipes && IsMarkdownRule(text.AsSpan(start, length)))
            return SourceRow.Slice(lineNumber, layout, _cells, Reserve(0), 0, text, start, length, afterBreak);
        // Room for every cell the separators allow; what the empty ones leave unused is given back below.
        var cells = Reserve(masks.Count(separator, start, end) + 1);
        var count = 0;
        var column = 0;
        var from = start;
        while (true)
        {
            var at = masks.Next(separator, from, end);
            var first = masks.NextOther(CharMasks.Spaces, from, at);
            var last = masks.TrimEnd(CharMasks.Spaces, first, at);
            if (last > first) _cells[cells + count++] = Cell(masks, text, first, last - first, column);
            if (at == end) break;
            from = at + 1;
            column++;
        }
        _used = cells + count;
        return SourceRow.Slice(lineNumber, layout, _cells, cells, count, text, start, length, afterBreak);
    }

    /// A line of only pipes, dashes, colons and spaces, with a dash: the rule Markdown prints under a table's heading.
    private static bool IsMarkdownRule(ReadOnlySpan<char> line) =>
        line.Contains('-') && line.IndexOfAnyExcept("|-: \t") < 0;

    private SourceCell Cell(in CharMasks masks, string text, int start, int length, int column)
    {
        var trimmed = text.AsSpan(start, length);
        if (masks.Next(CharMasks.Spaces, start, start + length) < start + length)
            return new SourceCell(ChineseText.Normalize(trimmed), column, text, start, length);
        if ((uint)column < (uint)_lastInColumn.Length)
        {
            if (_lastInColumn[column] is { } above && trimmed.SequenceEqual(above)) return new SourceCell(above, column);
            return new SourceCell(_lastInColumn[column] = trimmed.ToString(), column);
        }
        return new SourceCell(trimmed.ToString(), column);
    }

    // char.IsWhiteSpace without its table lookup for the Chinese characters lines and cells start and end with: no
    // whitespace lies above U+3000.
    private static bool IsWhiteSpace(char c) => c <= '\u3000' && char.IsWhiteSpace(c);

    /// Space-separated tokens, each kept whole: whether "项目名称 2018年…" is a label and a value or one phrase is
    /// decided later, by the labels. <paramref name="line"/> is the text at <paramref name="offset"/> of the masked
    /// text. Returns where the tokens start in the shared array.
    private int Tokens(in CharMasks masks, string line, int offset, out int count)
    {
        var end = offset + line.Length;
        var cells = Reserve(masks.Count(CharMasks.Spaces, offset, end) + 1);
        count = 0;
        for (var first = masks.NextOther(CharMasks.Spaces, offset, end); first < end;)
        {
            var last = masks.Next(CharMasks.Spaces, first, end);
            _cells[cells + count] = new SourceCell(line.Substring(first - offset, last - first), count);
            count++;
            first = masks.NextOther(CharMasks.Spaces, last, end);
        }
        _used = cells + count;
        return cells;
    }

    // Removes HTML tags as web and PDF extraction leave them (<b>, </b>, <image>, <br/>); "<=8" is not a tag.
    private static string RemoveTags(ReadOnlySpan<char> line)
    {
        var result = line.Length <= 256 ? stackalloc char[line.Length] : new char[line.Length];
        var n = 0;
        var i = 0;
        while (i < line.Length)
        {
            var end = TagEnd(line, i);
            if (end > i) { i = end; continue; }
            // The text up to the next '<' is kept whole.
            var next = line[(i + 1)..].IndexOf('<');
            var stop = next < 0 ? line.Length : i + 1 + next;
            line[i..stop].CopyTo(result[n..]);
            n += stop - i;
            i = stop;
        }
        return new string(result[..n]);
    }

    /// The index after the tag starting at <paramref name="i"/>, or <paramref name="i"/> when none starts there.
    private static int TagEnd(ReadOnlySpan<char> line, int i)
    {
        if (line[i] != '<') return i;
        var j = i + 1;
        if (j < line.Length && line[j] == '/') j++;
        if (j >= line.Length || !char.IsAsciiLetter(line[j])) return i;
        while (j < line.Length && char.IsAsciiLetterOrDigit(line[j])) j++;
        var close = line[j..].IndexOfAny('<', '>');
        if (close < 0 || line[j + close] != '>') return i;
        // After the name: ">" at once, or "/" or a space before it ("<br/>", "<image src=…>").
        if (close > 0 && !(line[j] is '/' || ChineseText.IsSpace(line[j]))) return i;
        return j + close + 1;
    }
}
