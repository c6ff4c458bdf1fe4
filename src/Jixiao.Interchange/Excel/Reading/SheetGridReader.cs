using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Interchange.Excel.Reading;

/// Streams one worksheet into a <see cref="SheetGrid"/>, one element at a time, refusing sheets larger than any form.
internal static class SheetGridReader
{
    public static SheetGrid Read(SheetPart sheet, IReadOnlyList<string> sharedStrings, PartReader.Budget budget, ReadLimits limits, string fileName)
    {
        var grid = new SheetGrid(sheet.Name);
        var rowsWithValues = 0;
        var cells = 0;
        var merges = 0;
        var row = 0;
        var col = 0;
        var lastRowCounted = -1;
        StoredCell? stored = null;         // the <c> being read, until its end tag

        using var reader = new PartReader(sheet.Part, budget);
        while (reader.Read())
        {
            if (stored is not null && !reader.IsEndOf<Cell>())
            {
                stored.Take(reader);
            }
            else if (reader.IsStartOf<Row>())
            {
                // Row and cell references may be left out; then each follows the one before.
                row = TryIndex(reader.Attribute("r"), out var r) ? r : row + 1;
                col = 0;
            }
            else if (reader.IsStartOf<Cell>() && row > 0)
            {
                if (CellRef.TryParse(reader.Attribute("r"), out var refRow, out var refCol)) (row, col) = (refRow, refCol);
                else col++;
                stored = new StoredCell(reader.Attribute("t") ?? "n", int.TryParse(reader.Attribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0);
            }
            else if (reader.IsEndOf<Cell>() && stored is not null)
            {
                var cell = ValueOf(stored, sharedStrings);
                stored = null;
                if (cell is null) continue;
                if (++cells > limits.MaxCells)
                    throw new FormReadException(fileName, $"工作表「{sheet.Name}」过大：超过 {limits.MaxCells} 个有内容的单元格（申报表一般只有数百个），已拒绝导入。");
                if (row != lastRowCounted && ++rowsWithValues > limits.MaxRows)
                    throw new FormReadException(fileName, $"工作表「{sheet.Name}」过大：超过 {limits.MaxRows} 行（申报表一般只有数百行），已拒绝导入。");
                lastRowCounted = row;
                grid.Add(row, col, cell);
            }
            else if (reader.IsStartOf<MergeCell>() && CellRef.TryParseRange(reader.Attribute("ref"), out var range))
            {
                if (++merges > limits.MaxMergedRanges)
                    throw new FormReadException(fileName, $"工作表「{sheet.Name}」的合并单元格过多（超过 {limits.MaxMergedRanges} 个），已拒绝导入。");
                grid.AddMerge(new CellRange(range.Row1, range.Col1, range.Row2, range.Col2));
            }
        }
        return grid;
    }

    /// What a &lt;c&gt; element holds as its children pass: the cached value, whether a formula made it, its inline text.
    private sealed class StoredCell(string type, int style)
    {
        public string Type { get; } = type;
        public int Style { get; } = style;
        public string? Value { get; private set; }
        public bool HasFormula { get; private set; }
        public RichText? Inline { get; private set; }

        public void Take(PartReader reader)
        {
            if (reader.IsStartOf<CellValue>()) Value = reader.Text;
            else if (reader.IsStartOf<CellFormula>()) HasFormula = true;
            else if (reader.IsStartOf<InlineString>()) Inline = new RichText();
            else Inline?.Take(reader);
        }
    }

    /// What a cell holds; null for a cell without a value (only a style). Formulas count by their cached value.
    private static GridCell? ValueOf(StoredCell cell, IReadOnlyList<string> sharedStrings)
    {
        var (style, hasFormula, value) = (cell.Style, cell.HasFormula, cell.Value);
        if (value is null && cell.Inline is null && !hasFormula) return null;
        switch (cell.Type)
        {
            case "s":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count
                    ? Text(sharedStrings[index], style, hasFormula)
                    : null;
            case "inlineStr":
                return Text(cell.Inline?.Complete() ?? OoxmlText.Unescape(value ?? ""), style, hasFormula);
            case "str":
                return value is null ? Uncalculated(style) : Text(OoxmlText.Unescape(value), style, hasFormula);
            case "b":
                return value is null ? Uncalculated(style)
                    : new GridCell(GridCellKind.Boolean, value.Trim() is "1" or "true" ? "TRUE" : "FALSE", 0, style, hasFormula);
            case "e":
                return new GridCell(GridCellKind.Error, value ?? "#VALUE!", 0, style, hasFormula);
            case "d":
                return value is not null && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date)
                    ? new GridCell(GridCellKind.Number, value, ExcelDates.ToSerial(DateOnly.FromDateTime(date)), style, hasFormula, IsDateValue: true)
                    : (hasFormula ? Uncalculated(style) : null);
            default:
                if (string.IsNullOrWhiteSpace(value)) return hasFormula ? Uncalculated(style) : null;
                return TryNumber(value, out var number)
                    ? new GridCell(GridCellKind.Number, value.Trim(), number, style, hasFormula)
                    : Text(value, style, hasFormula);
        }
    }

    private static GridCell Text(string text, int style, bool formula) => new(GridCellKind.Text, text, 0, style, formula);

    private static GridCell Uncalculated(int style) => new(GridCellKind.Uncalculated, "", 0, style, IsFormula: true);

    /// A stored number, exactly as written ("3857.29" stays 3857.29m); a long binary-noise form such as
    /// "0.30000000000000004" is rounded to the 15 digits Excel shows.
    private static bool TryNumber(string text, out decimal number)
    {
        text = text.Trim();
        var digits = text.Count(char.IsAsciiDigit);
        if (digits <= 15 && !text.Contains('E', StringComparison.OrdinalIgnoreCase))
            return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
        number = 0;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || double.IsNaN(d) || double.IsInfinity(d) || Math.Abs(d) > 7.9e27) return false;
        number = (decimal)d;
        return true;
    }

    private static bool TryIndex(string? text, out int index) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out index) && index is >= 1 and <= 1_048_576;
}
