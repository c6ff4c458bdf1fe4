using System.Text.RegularExpressions;

namespace Jixiao.Interchange.Text;

/// Splits the extracted text into rows of cells, removing what extraction adds: HTML tags (`<b>…</b>`), markdown
/// heading marks (`## 项目基本情况`) and a byte-order mark.
internal static partial class SourceLines
{
    public static List<SourceRow> Split(string text)
    {
        var rows = new List<SourceRow>(capacity: 64);
        var lineNumber = 0;
        var afterBlank = false;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var line = lineNumber == 1 ? rawLine.TrimStart('\uFEFF') : rawLine;
            if (line.IsEmpty)
            {
                afterBlank = true;
                continue;
            }
            var cleaned = Clean(line);
            rows.Add(SplitLine(cleaned, lineNumber, afterBlank));
            afterBlank = false;
        }
        return rows;
    }

    private static string Clean(ReadOnlySpan<char> line)
    {
        var text = line.IndexOf('<') >= 0 ? Tag().Replace(line.ToString(), "") : line.ToString();
        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.StartsWith('#'))
        {
            var marks = trimmed.IndexOfAnyExcept('#');
            if (marks > 0 && marks < trimmed.Length && trimmed[marks] == ' ') text = trimmed[(marks + 1)..].ToString();
        }
        return text;
    }

    private static SourceRow SplitLine(string line, int lineNumber, bool afterBreak)
    {
        if (line.Contains('\t')) return new SourceRow { Line = lineNumber, Layout = RowLayout.Tabs, Cells = SplitKeepingColumns(line, '\t'), Raw = line, AfterBreak = afterBreak };
        if (line.Contains('|')) return new SourceRow { Line = lineNumber, Layout = RowLayout.Pipes, Cells = SplitDroppingEmpties(line), Raw = line, AfterBreak = afterBreak };
        return new SourceRow { Line = lineNumber, Layout = RowLayout.Text, Cells = Tokens(line), Raw = line, AfterBreak = afterBreak };
    }

    private static SourceCell[] SplitKeepingColumns(string line, char separator)
    {
        var cells = new List<SourceCell>();
        var column = 0;
        foreach (var range in line.AsSpan().Split(separator))
        {
            var part = line.AsSpan(range).Trim();
            if (!part.IsEmpty) cells.Add(Cell(part, column));
            column++;
        }
        return [.. cells];
    }

    private static SourceCell[] SplitDroppingEmpties(string line)
    {
        var cells = new List<SourceCell>();
        foreach (var range in line.AsSpan().Split('|'))
        {
            var part = line.AsSpan(range).Trim();
            if (!part.IsEmpty) cells.Add(Cell(part, cells.Count));
        }
        return [.. cells];
    }

    private static SourceCell Cell(ReadOnlySpan<char> trimmed, int column)
    {
        var raw = trimmed.ToString();
        return new SourceCell(ChineseText.Normalize(raw), column, raw);
    }

    /// Space-separated tokens, each kept whole: whether "项目名称 2018年…" is a label and a value or one phrase is
    /// decided later, by the labels.
    private static SourceCell[] Tokens(string line)
    {
        var span = line.AsSpan();
        if (span.IsWhiteSpace()) return [];
        var cells = new List<SourceCell>();
        var i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && ChineseText.IsSpace(span[i])) i++;
            if (i >= span.Length) break;
            var start = i;
            while (i < span.Length && !ChineseText.IsSpace(span[i])) i++;
            cells.Add(new SourceCell(span[start..i].ToString(), cells.Count));
        }
        return [.. cells];
    }

    // An HTML tag as web and PDF extraction leave them: <b>, </b>, <image>, <br/>. "<=8" is not a tag.
    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
