using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Domain.Declarations;
using Jixiao.Interchange.Excel;
using Jixiao.Testing;

namespace Jixiao.Interchange.Tests.Excel;

/// Writing and reading workbooks in tests; every file written is also kept under test-output/excel/ so a person
/// can open it in Excel, WPS or LibreOffice.
public static class TestFiles
{
    public static string OutputFolder { get; } = CreateOutputFolder();

    public static byte[] Export(Declaration declaration, string keepAs, ExportOptions? options = null)
    {
        using var stream = new MemoryStream();
        DeclarationWorkbook.Write(declaration, stream, options);
        return Keep(stream.ToArray(), keepAs);
    }

    public static byte[] Template(string keepAs = "申报表模板.xlsx")
    {
        using var stream = new MemoryStream();
        DeclarationWorkbook.WriteTemplate(stream);
        return Keep(stream.ToArray(), keepAs);
    }

    public static ReadResult Import(byte[] file, string fileName = "申报表.xlsx") =>
        DeclarationWorkbook.Read(new MemoryStream(file, writable: false), fileName);

    public static byte[] Keep(byte[] file, string name)
    {
        File.WriteAllBytes(Path.Combine(OutputFolder, name), file);
        return file;
    }

    /// The only worksheet of a workbook written by <see cref="DeclarationWorkbook"/>, opened read-only.
    public static (SpreadsheetDocument Document, Worksheet Sheet) Open(byte[] file)
    {
        var document = SpreadsheetDocument.Open(new MemoryStream(file, writable: false), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return (document, sheet);
    }

    private static string CreateOutputFolder()
    {
        var folder = Path.Combine(Samples.Root, "test-output", "excel");
        Directory.CreateDirectory(folder);
        return folder;
    }
}

/// Reading cells of a written sheet the way the tests assert on them.
public static class SheetInspection
{
    public static IEnumerable<Cell> Cells(this Worksheet sheet) => sheet.Descendants<Cell>();

    /// The text of a string cell (inline or shared), or null for a number or blank cell.
    public static string? Text(this Cell cell, SpreadsheetDocument document)
    {
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText;
        if (cell.DataType?.Value == CellValues.SharedString && cell.CellValue is { } v)
            return document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(v.Text, System.Globalization.CultureInfo.InvariantCulture)).InnerText;
        return null;
    }

    public static Cell CellWithText(this Worksheet sheet, SpreadsheetDocument document, string text) =>
        sheet.Cells().First(c => c.Text(document) == text);

    public static Cell At(this Worksheet sheet, string reference) =>
        sheet.Cells().Single(c => c.CellReference?.Value == reference);

    public static (int Row, int Col) Position(this Cell cell)
    {
        var reference = cell.CellReference!.Value!;
        var letters = new string(reference.TakeWhile(char.IsAsciiLetter).ToArray());
        var col = letters.Aggregate(0, (n, c) => n * 26 + (c - 'A' + 1));
        return (int.Parse(reference[letters.Length..], System.Globalization.CultureInfo.InvariantCulture), col);
    }

    public static string Column(int col) => col <= 26 ? ((char)('A' + col - 1)).ToString() : Column((col - 1) / 26) + (char)('A' + (col - 1) % 26);

    public static IReadOnlyList<string> MergedRanges(this Worksheet sheet) =>
        sheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!).ToList();

    /// The number format code of the cell's style, built-in ones by their code.
    public static string FormatCode(this Cell cell, SpreadsheetDocument document)
    {
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var xf = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var id = xf.NumberFormatId?.Value ?? 0;
        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId?.Value == id);
        return custom?.FormatCode?.Value ?? id switch { 0 => "General", 2 => "0.00", 49 => "@", _ => "builtin:" + id };
    }

    public static CellFormat Style(this Cell cell, SpreadsheetDocument document) =>
        document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
}
