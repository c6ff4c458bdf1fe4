using Jixiao.Domain;
using System.Text.RegularExpressions;
using Jixiao.Domain.Review;

namespace Jixiao.Interchange.Excel.Reading;

internal sealed partial class FormSheetReader
{
    [GeneratedRegex(@"(?<y>\d{4})?\s*年\s*(?<m>\d{1,2})?\s*月\s*(?<d>\d{1,2})?\s*日\s*$")]
    private static partial Regex TrailingDate();

    [GeneratedRegex(@"^\s*\d{1,2}\s*[.、．]\s*")]
    private static partial Regex NoteNumbering();

    /// 审核意见: the boxes below the indicator table, each found by its label (…审核意见) in the label column;
    /// within a box, 审核人 and 日期 by their labels and the opinion as the remaining text.
    private ValueList<ReviewBox> ReadReviews(int from, out int end)
    {
        end = from;
        var candidates = new List<(int Row, int Col, string Text)>();
        var notesRow = NotesRow(from);
        foreach (var row in _sheet.Grid.RowNumbers)
        {
            if (row < from) continue;
            if (notesRow is { } n && row >= n) break;
            foreach (var (col, cell) in _sheet.Grid.Row(row))
            {
                if (cell.Kind != GridCellKind.Text) continue;
                var key = FormLabels.Key(cell.Text);
                if (key.Length <= 40 && key.EndsWith(FormLabels.ReviewSection, StringComparison.Ordinal) && key != FormLabels.ReviewSection)
                    candidates.Add((row, col, cell.Text));
            }
        }
        if (candidates.Count == 0) return [];
        // The boxes' labels stand in one column; an opinion that happens to end in 审核意见 stands right of it.
        var labelCol = candidates[0].Col;
        var labels = candidates.Where(c => c.Col == labelCol).ToList();

        var boxes = new List<ReviewBox>();
        for (var i = 0; i < labels.Count; i++)
        {
            var (row, _, text) = labels[i];
            var last = i + 1 < labels.Count ? labels[i + 1].Row - 1
                : Math.Max(_sheet.Grid.MergeAt(row, labelCol)?.Row2 ?? row + 1, row + 1);
            if (notesRow is { } n) last = Math.Min(last, n - 1);
            last = Math.Min(last, row + 6);
            boxes.Add(ReadBox(row, last, labelCol, text, $"reviews[{i}]"));
            end = last + 1;
        }
        return List(boxes);
    }

    private ReviewBox ReadBox(int first, int last, int labelCol, string label, string location)
    {
        _sheet.Source(location, first, labelCol);
        var key = FormLabels.Key(label);
        var kind = key.Contains("主管部门", StringComparison.Ordinal) ? ReviewBoxKind.CompetentDepartment
            : key.Contains("归口", StringComparison.Ordinal) ? ReviewBoxKind.CounterpartSection
            : key.Contains("绩效评价", StringComparison.Ordinal) ? ReviewBoxKind.PerformanceEvaluation
            : key.Contains("业务科", StringComparison.Ordinal) || key.Contains("业务处", StringComparison.Ordinal) ? ReviewBoxKind.FinanceBusiness
            : ReviewBoxKind.Other;

        var used = new HashSet<(int, int)>();
        string? reviewer = null;
        DateOnly? date = null;
        var cells = Enumerable.Range(first, last - first + 1)
            .SelectMany(r => _sheet.Grid.Row(r).Where(c => c.Col > labelCol && !c.Cell.IsBlank).Select(c => (Row: r, c.Col, c.Cell)))
            .ToList();
        foreach (var (row, col, cell) in cells)
        {
            if (cell.Kind != GridCellKind.Text) continue;
            var cellKey = FormLabels.Key(cell.Text);
            var inline = cell.Text.IndexOfAny(['：', ':']) is var colon and >= 0 ? cell.Text[(colon + 1)..].Trim() : "";
            if (cellKey.StartsWith("审核人", StringComparison.Ordinal))
            {
                used.Add((row, col));
                if (inline.Length > 0)
                {
                    // The printed form's one line: "审核人（盖章）：张三　2022年3月1日".
                    var trailing = TrailingDate().Match(inline);
                    if (trailing.Success)
                    {
                        date = DateOfParts(trailing);
                        inline = inline[..trailing.Index].Trim();
                    }
                    if (inline.Length > 0)
                    {
                        reviewer = inline;
                        _sheet.Source($"{location}.reviewer", row, col);
                    }
                }
                else if (_sheet.ValueRightOf(row, col) is { } value)
                {
                    used.Add((row, value.Col));
                    reviewer = _sheet.TextOf(value.Cell);
                    _sheet.Source($"{location}.reviewer", row, value.Col);
                }
            }
            else if (cellKey.StartsWith("日期", StringComparison.Ordinal) || cellKey.StartsWith("审核日期", StringComparison.Ordinal))
            {
                used.Add((row, col));
                if (inline.Length > 0) date = ParseDate(inline) ?? date;
                else if (_sheet.ValueRightOf(row, col) is { } value)
                {
                    used.Add((row, value.Col));
                    _sheet.Source($"{location}.date", row, value.Col);
                    date = _sheet.DateOf(value.Cell) ?? BoxDate(_sheet.TextOf(value.Cell), $"{location}.date", row, value.Col);
                }
            }
            else if (cellKey.StartsWith("电子签章", StringComparison.Ordinal) || cellKey.StartsWith("签章", StringComparison.Ordinal))
            {
                used.Add((row, col));
                if (_sheet.ValueRightOf(row, col) is { } value) used.Add((row, value.Col));
            }
        }

        string? opinion = null;
        foreach (var (row, col, cell) in cells)
        {
            if (used.Contains((row, col)) || cell.Kind is GridCellKind.Error or GridCellKind.Uncalculated) continue;
            var text = _sheet.TextOf(cell);
            if (KnownLabels.IsLabel(FormLabels.Key(text)) || IsBlankDate(text)) continue;
            opinion = text;
            _sheet.Source($"{location}.opinion", row, col);
            break;
        }

        return new ReviewBox
        {
            Kind = kind,
            Label = label.Trim(),
            Opinion = opinion,
            Reviewer = string.IsNullOrEmpty(reviewer) ? null : reviewer,
            Date = date,
        };
    }

    /// "年　月　日" as printed on a box nobody has signed yet.
    private static bool IsBlankDate(string text) => !text.Any(char.IsAsciiDigit) && TrailingDate().IsMatch(text);

    private DateOnly? BoxDate(string text, string location, int row, int col)
    {
        if (!text.Any(char.IsAsciiDigit)) return null;
        if (ParseDate(text) is { } date) return date;
        Unreadable(location, row, col, $"审核日期「{text}」无法识别。");
        return null;
    }

    private static DateOnly? DateOfParts(Match match)
    {
        if (!match.Groups["y"].Success || !match.Groups["m"].Success || !match.Groups["d"].Success) return null;
        return ParseDate($"{match.Groups["y"].Value}-{match.Groups["m"].Value}-{match.Groups["d"].Value}");
    }

    /// The row of "注：…" below the table, if any.
    private int? NotesRow(int from)
    {
        foreach (var row in _sheet.Grid.RowNumbers)
        {
            if (row < from) continue;
            var firstCell = _sheet.Grid.Row(row).FirstOrDefault(c => !c.Cell.IsBlank);
            if (firstCell.Cell is { Kind: GridCellKind.Text } cell && FormLabels.Key(cell.Text) is var key && (key == "注" || key.StartsWith("注:", StringComparison.Ordinal)))
                return row;
        }
        return null;
    }

    /// 注：1. … 2. … 3. …: the notes without their numbering, one per row, as long as the rows are numbered.
    private ValueList<string> ReadNotes(int from)
    {
        if (NotesRow(from) is not { } start) return [];
        var notes = new List<string>();
        foreach (var row in _sheet.Grid.RowNumbers)
        {
            if (row < start) continue;
            var (col, cell) = _sheet.Grid.Row(row).FirstOrDefault(c => !c.Cell.IsBlank);
            if (cell is null) continue;
            var text = _sheet.TextOf(cell);
            if (row == start)
            {
                text = text[(text.IndexOfAny(['：', ':']) is var colon and >= 0 ? colon + 1 : 1)..].Trim();
                if (text.Length == 0 && _sheet.ValueRightOf(row, col) is { } value) (col, text) = (value.Col, _sheet.TextOf(value.Cell));
            }
            else if (!NoteNumbering().IsMatch(text))
            {
                break;
            }
            text = NoteNumbering().Replace(text, "", 1).Trim();
            if (text.Length == 0) continue;
            _sheet.Source($"notes[{notes.Count}]", row, col);
            notes.Add(text);
        }
        return List(notes);
    }
}
