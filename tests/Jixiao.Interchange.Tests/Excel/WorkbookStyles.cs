using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Interchange.Tests.Excel;

/// Number formats given to cells of a saved workbook, as a filer sets them in Excel or WPS.
public static class WorkbookStyles
{
    /// Gives each cell a custom number format of its own.
    public static byte[] WithNumberFormats(byte[] book, params (string CellRef, string FormatCode)[] formats)
    {
        using var stream = new MemoryStream();
        stream.Write(book);
        stream.Position = 0;
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
            styles.NumberingFormats ??= new NumberingFormats();
            var id = 190u;
            foreach (var (cellRef, code) in formats)
            {
                styles.NumberingFormats.Append(new NumberingFormat { NumberFormatId = id, FormatCode = code });
                styles.CellFormats!.Append(new CellFormat { NumberFormatId = id, ApplyNumberFormat = true });
                var style = (uint)styles.CellFormats.Elements<CellFormat>().Count() - 1;
                foreach (var part in document.WorkbookPart.WorksheetParts)
                    foreach (var cell in part.Worksheet.Descendants<Cell>().Where(c => c.CellReference == cellRef)) cell.StyleIndex = style;
                id++;
            }
            styles.Save();
            foreach (var part in document.WorkbookPart.WorksheetParts) part.Worksheet.Save();
        }
        return stream.ToArray();
    }
}
