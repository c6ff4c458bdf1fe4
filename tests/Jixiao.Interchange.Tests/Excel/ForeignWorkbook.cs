using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Interchange.Excel;

namespace Jixiao.Interchange.Tests.Excel;

/// A workbook as another program writes one: shared strings instead of inline strings, its own styles and number
/// formats, no merged cells, the form shifted to start in column B on its second sheet, after a sheet of instructions.
public sealed class ForeignWorkbook
{
    /// Style indexes of the stylesheet below.
    public const uint General = 0, Percent = 1, SlashDate = 2, BuiltInDate = 3, Bold = 4;

    private readonly List<(string Sheet, int Row, int Col, object Value, uint Style, string? Formula)> _cells = [];
    private readonly List<string> _sheets = [];

    public ForeignWorkbook Sheet(string name)
    {
        _sheets.Add(name);
        return this;
    }

    public ForeignWorkbook Text(int row, int col, string text, uint style = General) => Add(row, col, text, style);

    public ForeignWorkbook Number(int row, int col, double value, uint style = General) => Add(row, col, value, style);

    public ForeignWorkbook Formula(int row, int col, string formula, double cached) => Add(row, col, cached, General, formula);

    /// A formula whose cached result is an error value ("#REF!").
    public ForeignWorkbook FailedFormula(int row, int col, string formula, string error) => Add(row, col, new ErrorValue(error), General, formula);

    /// An error value typed or pasted into a cell, without a formula ("#N/A").
    public ForeignWorkbook ErrorValueCell(int row, int col, string error) => Add(row, col, new ErrorValue(error), General);

    private sealed record ErrorValue(string Text);

    /// Cells in one row from <paramref name="col"/> on; null leaves a cell out.
    public ForeignWorkbook Row(int row, int col, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            switch (values[i])
            {
                case string s: Text(row, col + i, s); break;
                case double d: Number(row, col + i, d); break;
                case int n: Number(row, col + i, n); break;
            }
        }
        return this;
    }

    private ForeignWorkbook Add(int row, int col, object value, uint style, string? formula = null)
    {
        _cells.Add((_sheets[^1], row, col, value, style, formula));
        return this;
    }

    public byte[] Save()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var strings = new List<string>();
            var sheets = new Sheets();
            for (var i = 0; i < _sheets.Count; i++)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var rowGroup in _cells.Where(c => c.Sheet == _sheets[i]).GroupBy(c => c.Row).OrderBy(g => g.Key))
                {
                    var row = new Row { RowIndex = (uint)rowGroup.Key };
                    foreach (var c in rowGroup.OrderBy(c => c.Col))
                    {
                        var cell = new Cell { CellReference = CellRef.Of(c.Row, c.Col), StyleIndex = c.Style };
                        if (c.Formula is not null) cell.CellFormula = new CellFormula(c.Formula);
                        if (c.Value is string s)
                        {
                            var index = strings.IndexOf(s);
                            if (index < 0) { index = strings.Count; strings.Add(s); }
                            cell.DataType = CellValues.SharedString;
                            cell.CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture));
                        }
                        else if (c.Value is ErrorValue error)
                        {
                            cell.DataType = CellValues.Error;
                            cell.CellValue = new CellValue(error.Text);
                        }
                        else
                        {
                            cell.CellValue = new CellValue(((double)c.Value).ToString("R", CultureInfo.InvariantCulture));
                        }
                        row.Append(cell);
                    }
                    data.Append(row);
                }
                part.Worksheet = new Worksheet(data);
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = (uint)(i + 1), Name = _sheets[i] });
            }
            workbookPart.Workbook = new Workbook(sheets);

            var sharedStrings = workbookPart.AddNewPart<SharedStringTablePart>();
            sharedStrings.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(s) { Space = SpaceProcessingModeValues.Preserve })))
            { Count = (uint)strings.Count, UniqueCount = (uint)strings.Count };

            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(
                    new NumberingFormat { NumberFormatId = 170, FormatCode = "0.0%" },
                    new NumberingFormat { NumberFormatId = 171, FormatCode = "yyyy/m/d;@" }) { Count = 2 },
                new Fonts(new Font(new FontSize { Val = 12 }, new FontName { Val = "微软雅黑" }), new Font(new Bold(), new FontSize { Val = 12 }, new FontName { Val = "微软雅黑" })) { Count = 2 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellStyleFormats(new CellFormat()) { Count = 1 },
                new CellFormats(
                    new CellFormat { NumberFormatId = 0 },
                    new CellFormat { NumberFormatId = 170, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 171, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 0, FontId = 1, ApplyFont = true }) { Count = 5 });
        }
        return stream.ToArray();
    }
}
