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
        foreach (var row in sheet.Grid.RowNumbers)
        {
            cells.Clear();
            foreach (var (col, cell) in sheet.Grid.Row(row))
            {
                if (sheet.FormulaFailure(cell, "", row, col, $"单元格 {sheet.CellName(row, col)} 的值") is { } failed)
                {
                    findings.Add(failed);
                    continue;
                }
                var text = sheet.TextOf(cell);
                if (string.IsNullOrWhiteSpace(text)) continue;
                cells.Add(new SourceCell(ChineseText.Normalize(text), col - 1, text));
            }
            if (cells.Count == 0) continue;
            rows.Add(new SourceRow
            {
                Line = row,
                Layout = RowLayout.Tabs,
                Cells = cells.ToArray(),
                Raw = string.Join('\t', cells.Select(c => c.Raw)),
            });
        }
        return rows;
    }
}
