using System.Globalization;
using System.Text;
using System.Xml;

namespace Jixiao.Interchange.Excel.Reading;

/// Streams one worksheet part into a <see cref="SheetGrid"/>, refusing sheets larger than any form.
internal static class SheetGridReader
{
    public static SheetGrid Read(XlsxPackage package, SheetPart sheet, IReadOnlyList<string> sharedStrings, ReadLimits limits, string fileName)
    {
        var grid = new SheetGrid(sheet.Name);
        var rowsWithValues = 0;
        var cells = 0;
        var merges = 0;
        var row = 0;
        var col = 0;
        var lastRowCounted = -1;

        using var reader = package.OpenXml(sheet.Path);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            switch (reader.LocalName)
            {
                case "row":
                    row = TryIndex(reader.GetAttribute("r"), out var r) ? r : row + 1;
                    col = 0;
                    break;
                case "c" when row > 0:
                    var reference = reader.GetAttribute("r");
                    if (CellRef.TryParse(reference, out var refRow, out var refCol)) (row, col) = (refRow, refCol);
                    else col++;
                    var cell = ReadCell(reader, sharedStrings);
                    if (cell is null) break;
                    if (++cells > limits.MaxCells)
                        throw new FormReadException(fileName, $"工作表「{sheet.Name}」过大：超过 {limits.MaxCells} 个有内容的单元格（申报表一般只有数百个），已拒绝导入。");
                    if (row != lastRowCounted && ++rowsWithValues > limits.MaxRows)
                        throw new FormReadException(fileName, $"工作表「{sheet.Name}」过大：超过 {limits.MaxRows} 行（申报表一般只有数百行），已拒绝导入。");
                    lastRowCounted = row;
                    grid.Add(row, col, cell);
                    break;
                case "mergeCell":
                    if (CellRef.TryParseRange(reader.GetAttribute("ref"), out var range))
                    {
                        if (++merges > limits.MaxMergedRanges)
                            throw new FormReadException(fileName, $"工作表「{sheet.Name}」的合并单元格过多（超过 {limits.MaxMergedRanges} 个），已拒绝导入。");
                        grid.AddMerge(new CellRange(range.Row1, range.Col1, range.Row2, range.Col2));
                    }
                    break;
            }
        }
        return grid;
    }

    /// Reads a &lt;c&gt; element; null for a cell without a value (only a style).
    private static GridCell? ReadCell(XmlReader reader, IReadOnlyList<string> sharedStrings)
    {
        var type = reader.GetAttribute("t") ?? "n";
        var style = int.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        if (reader.IsEmptyElement) return null;

        string? value = null;
        var inline = new StringBuilder();
        var hasInline = false;
        var hasFormula = false;
        var capture = (StringBuilder?)null;
        var valueText = new StringBuilder();
        int? phoneticDepth = null;
        var depth = reader.Depth;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    switch (reader.LocalName)
                    {
                        case "f":
                            hasFormula = true;
                            break;
                        case "v":
                            capture = reader.IsEmptyElement ? null : valueText;
                            value ??= "";
                            break;
                        case "is":
                            hasInline = true;
                            break;
                        case "rPh" when !reader.IsEmptyElement:
                            phoneticDepth ??= reader.Depth;
                            break;
                        case "t" when phoneticDepth is null && !reader.IsEmptyElement:
                            capture = inline;
                            break;
                    }
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA:
                    capture?.Append(reader.Value);
                    break;
                case XmlNodeType.EndElement:
                    if (reader.LocalName is "v" or "t") capture = null;
                    else if (reader.LocalName == "rPh" && reader.Depth == phoneticDepth) phoneticDepth = null;
                    break;
            }
        }
        if (value is not null) value = valueText.ToString();

        switch (type)
        {
            case "s":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count
                    ? Text(sharedStrings[index], style, hasFormula)
                    : null;
            case "inlineStr":
                return Text(OoxmlText.Unescape(hasInline ? inline.ToString() : value ?? ""), style, hasFormula);
            case "str":
                return value is null ? Uncalculated(style) : Text(OoxmlText.Unescape(value), style, hasFormula);
            case "b":
                return value is null ? (hasFormula ? Uncalculated(style) : null)
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
