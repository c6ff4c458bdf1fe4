using Jixiao.Domain.Checks;
using Jixiao.Interchange.Text;

namespace Jixiao.Interchange.Excel.Reading;

/// A sheet's rows as the text reader's rows: one row per sheet row that holds something, its line number the sheet's
/// row number, each cell at its column as a person sees it (<see cref="FormSheet.TextOf"/>: dates as 2022年12月31日,
/// percentages as 95%). A formula without a usable result is reported with its cell and left out, as a blank cell:
/// its value is not known, and "#REF!" read as a value would only be misread.
internal static class SheetRows
{
    public static List<SourceRow> Of(FormSheet sheet, List<Finding> findings)
    {
        var rows = new List<SourceRow>(sheet.Grid.RowCount);
        var cells = new List<SourceCell>();
        var lines = new List<SourceCell>();
        foreach (var row in sheet.Grid.RowNumbers)
        {
            cells.Clear();
            lines.Clear();
            var fields = Fields.Start;
            foreach (var (col, cell) in sheet.Grid.Row(row))
            {
                if (sheet.FormulaFailure(cell, "", row, col, $"单元格 {sheet.CellName(row, col)} 的值") is { } failed)
                {
                    findings.Add(failed);
                    continue;
                }
                var text = sheet.TextOf(cell);
                if (fields is Fields.Start or Fields.Whole && LabelledLines(text) is { } labelled)
                {
                    cells.Add(Cell(labelled[0], col));
                    lines.AddRange(labelled.Skip(1).Select(line => Cell(line, col)));
                    continue;
                }
                // Blank as the text reader sees blanks: a zero-width space pasted from a web page is no cell either.
                var normalized = ChineseText.Normalize(text);
                if (normalized.Length == 0) continue;
                cells.Add(Cell(text, col));
                fields = After(fields, normalized);
            }
            if (cells.Count > 0) rows.Add(Row(row, cells));
            // The further lines of cells that hold several labelled fields, each a row of its own, as on paper.
            foreach (var line in lines) rows.Add(Row(row, [line]));
        }
        return rows;
    }

    // The spelling kept for a value is the cell's text on one line: a line break typed to fit the column ("≥10" Alt+Enter
    // "个") is no part of the value.
    private static SourceCell Cell(string text, int col) =>
        new(ChineseText.Normalize(text), col - 1, Trim(text).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));

    private static SourceRow Row(int line, List<SourceCell> cells) => new()
    {
        Line = line,
        Layout = RowLayout.Tabs,
        Cells = cells.ToArray(),
        Raw = string.Join('\t', cells.Select(c => c.Raw)),
    };

    /// The lines of a cell that holds several fields typed one under the other ("项目名称：农村饮水工程" Alt+Enter
    /// "主管部门：某县水利局"), when every line starts with a label; otherwise null: a prose value keeps its lines.
    /// Only a cell whose row so far holds whole fields is such a cell (see <see cref="After"/>): right of a
    /// label still waiting for its value (保障措施), or among an indicator's cells, it is a value, whatever its lines
    /// start with.
    private static string[]? LabelledLines(string text)
    {
        if (!text.Contains('\n', StringComparison.Ordinal)) return null;
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length < 2) return null;
        foreach (var line in lines)
            if (!Text.FormLabels.Trie.TryMatch(ChineseText.Normalize(line), 0, needBoundary: true, out _, out _)) return null;
        return lines;
    }

    /// What a row's cells so far are: nothing yet; whole fields (a label with its value in the cell, "项目名称：农村饮水
    /// 工程", or a label and then its value, and any further values of it: a name and a phone); a label waiting for its
    /// value; or a row that starts with something else (a level, an indicator's name), which it stays.
    private enum Fields { Start, Whole, AwaitingValue, Other }

    private static Fields After(Fields before, string text)
    {
        if (before == Fields.Other) return Fields.Other;
        if (Text.FormLabels.Trie.TryMatch(text, 0, needBoundary: true, out _, out var span))
            return span.End < text.Length ? Fields.Whole : Fields.AwaitingValue;
        return before == Fields.Start ? Fields.Other : Fields.Whole;
    }

    /// The text without the spaces around it, as the text reader trims a cell (full-width and zero-width spaces too).
    private static string Trim(string text)
    {
        int start = 0, end = text.Length;
        while (start < end && ChineseText.IsSpace(text[start])) start++;
        while (end > start && ChineseText.IsSpace(text[end - 1])) end--;
        return start == 0 && end == text.Length ? text : text[start..end];
    }
}
