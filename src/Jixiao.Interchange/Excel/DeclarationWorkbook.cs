using Jixiao.Domain.Declarations;
using Jixiao.Domain.Review;
using Jixiao.Interchange.Excel.Reading;
using Jixiao.Interchange.Excel.Writing;

namespace Jixiao.Interchange.Excel;

/// The declaration as an .xlsx workbook in the official layout of the Nanchang form (南昌市预算绩效目标申报表):
/// export, the blank template (申报表模板.xlsx) and import of both, after whatever a filer did to them in Excel or WPS.
public static class DeclarationWorkbook
{
    /// Writes the declaration as the official form. Cells hold data only: strings are inline strings, never formulas.
    public static void Write(Declaration declaration, Stream output, ExportOptions? options = null) =>
        FormSheetWriter.Write(declaration, options ?? ExportOptions.Default, template: false, output);

    /// Writes the blank form (申报表模板.xlsx): blank indicator rows per level 2, drop-down lists for 一级指标,
    /// 二级指标 and 项目类型, and input messages that say what to type.
    public static void WriteTemplate(Stream output) =>
        FormSheetWriter.Write(BlankForm, ExportOptions.Default, template: true, output);

    /// Reads a form back by its labels. Throws <see cref="FormReadException"/> with a Chinese reason for anything that
    /// is not a readable workbook holding the form (not a zip, encrypted, .xls, zip bomb, too large, no form).
    public static ReadResult Read(Stream input, string fileName) => FormWorkbookReader.Read(input, fileName);

    private static Declaration BlankForm => new()
    {
        Title = FormLabels.DefaultTitle,
        Region = FormSheetWriter.RegionOf(FormLabels.DefaultTitle),
        FundSources = Domain.Budget.FundSourceNames.EmptyNanchangTree(),
        Reviews = ReviewBox.NanchangBoxes(),
        Notes = [.. FormLabels.NanchangNotes],
    };
}
