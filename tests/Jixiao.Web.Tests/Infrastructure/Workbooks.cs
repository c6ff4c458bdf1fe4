using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Web.Tests.Infrastructure;

/// Reading downloaded workbooks back with the Open XML SDK.
public static class Workbooks
{
    /// A cell as the tests look at it: its text, or its number (with the number format code of its style).
    public sealed record CellValue(string? Text, decimal? Number, string? Format)
    {
        public bool IsFormula { get; init; }
    }

    /// Every sheet by name, each as rows of cells by column letter.
    public static Dictionary<string, List<Dictionary<string, CellValue>>> Read(byte[] file)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(file, writable: false), false);
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var formats = workbook.WorkbookStylesPart?.Stylesheet.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        var result = new Dictionary<string, List<Dictionary<string, CellValue>>>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var rows = new List<Dictionary<string, CellValue>>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var cells = new Dictionary<string, CellValue>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = new string(cell.CellReference!.Value!.TakeWhile(char.IsAsciiLetter).ToArray());
                    var numberFormat = cell.StyleIndex is { } s && s.Value < formats.Count ? formats[(int)s.Value].NumberFormatId?.Value : 0;
                    var type = cell.DataType?.Value;
                    var value = type == CellValues.InlineString ? new CellValue(cell.InlineString?.InnerText, null, null)
                        : type == CellValues.SharedString ? new CellValue(shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)], null, null)
                        : cell.CellValue is { } v ? new CellValue(null, decimal.Parse(v.Text, NumberStyles.Float, CultureInfo.InvariantCulture), (numberFormat ?? 0).ToString(CultureInfo.InvariantCulture))
                        : new CellValue(null, null, null);
                    cells[column] = value with { IsFormula = cell.CellFormula is not null };
                }
                rows.Add(cells);
            }
            result[sheet.Name!.Value!] = rows;
        }
        return result;
    }

    /// Every text of every sheet.
    public static List<string> Texts(byte[] file) =>
        [.. Read(file).Values.SelectMany(rows => rows).SelectMany(cells => cells.Values).Select(c => c.Text).OfType<string>()];
}
