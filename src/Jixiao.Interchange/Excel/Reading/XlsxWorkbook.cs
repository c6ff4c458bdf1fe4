using System.IO.Packaging;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Interchange.Excel.Reading;

internal sealed record SheetPart(string Name, WorksheetPart Part, bool Hidden);

/// An uploaded .xlsx opened read-only with the Open XML SDK, once its zip directory has passed
/// <see cref="ZipPreflight"/>: its worksheets in workbook order, its shared strings, the number formats of its cell
/// styles and its date system. Whatever the SDK throws comes out as a <see cref="FormReadException"/>.
internal sealed class XlsxWorkbook : IDisposable
{
    private readonly SpreadsheetDocument _document;
    private readonly Package? _package;
    private readonly string _fileName;
    private readonly ReadLimits _limits;
    private readonly PartReader.Budget _budget;
    private IReadOnlyList<string> _sharedStrings = [];

    private XlsxWorkbook(SpreadsheetDocument document, Package? package, string fileName, ReadLimits limits)
    {
        _document = document;
        _package = package;
        _fileName = fileName;
        _limits = limits;
        _budget = new PartReader.Budget(limits, fileName);
    }

    public IReadOnlyList<SheetPart> Sheets { get; private set; } = [];
    public CellFormats Formats { get; private set; } = CellFormats.None;
    public bool Date1904 { get; private set; }

    public static XlsxWorkbook Open(byte[] data, string fileName, ReadLimits limits)
    {
        ZipPreflight.Check(data, fileName, limits);
        var settings = new OpenSettings { MaxCharactersInPart = limits.MaxPartCharacters };
        return OpenXmlErrors.Guard(fileName, limits, () =>
        {
            // Over a package of our own: SpreadsheetDocument.Open(Stream) copies every upload to a temporary file
            // first (Open-XML-SDK#2081), a disk write per import that fails on a read-only file system. It does so
            // to repair malformed hyperlink addresses, so only a file that has them takes that road.
            var package = Package.Open(new MemoryStream(data, writable: false), FileMode.Open, FileAccess.Read);
            try
            {
                return Load(SpreadsheetDocument.Open(package, settings), package, fileName, limits);
            }
            catch (OpenXmlPackageException e) when (e.InnerException is UriFormatException)
            {
                package.Close();
                return Load(SpreadsheetDocument.Open(new MemoryStream(data, writable: false), false, settings), null, fileName, limits);
            }
            catch
            {
                package.Close();
                throw;
            }
        });
    }

    /// The cells and merged ranges of one sheet.
    public SheetGrid ReadGrid(SheetPart sheet) =>
        OpenXmlErrors.Guard(_fileName, _limits, () => SheetGridReader.Read(sheet, _sharedStrings, _budget, _limits, _fileName));

    public void Dispose()
    {
        _document.Dispose();
        _package?.Close();
    }

    private static XlsxWorkbook Load(SpreadsheetDocument document, Package? package, string fileName, ReadLimits limits)
    {
        var workbook = new XlsxWorkbook(document, package, fileName, limits);
        try
        {
            workbook.ReadWorkbookPart();
            return workbook;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    private void ReadWorkbookPart()
    {
        var part = _document.WorkbookPart
            ?? throw new FormReadException(_fileName, "这是一个 zip 压缩包，但不是 Excel 工作簿（.xlsx）：里面没有工作簿（xl/workbook.xml）。");
        var sheets = new List<SheetPart>();
        using (var reader = new PartReader(part, _budget))
        {
            // The SDK opens any package, a .docx too: what makes it a workbook is a main part whose root is <workbook>.
            if (!reader.Read() || !reader.IsStartOf<Workbook>())
                throw new FormReadException(_fileName, "这是一个 zip 压缩包，但不是 Excel 工作簿（.xlsx）。");
            while (reader.Read())
            {
                if (reader.IsStartOf<WorkbookProperties>())
                    Date1904 = reader.Attribute("date1904") is "1" or "true";
                else if (reader.IsStartOf<Sheet>() && reader.Attribute("id", qualified: true) is { } id
                         && part.TryGetPartById(id, out var sheetPart) && sheetPart is WorksheetPart worksheet)
                    sheets.Add(new SheetPart(reader.Attribute("name") ?? "Sheet", worksheet, reader.Attribute("state") is "hidden" or "veryHidden"));
            }
        }
        if (sheets.Count == 0) throw new FormReadException(_fileName, "工作簿中没有工作表。");

        Sheets = sheets;
        _sharedStrings = SharedStrings.Read(part.SharedStringTablePart, _budget, _limits, _fileName);
        Formats = CellFormats.Read(part.WorkbookStylesPart, _budget);
    }
}
