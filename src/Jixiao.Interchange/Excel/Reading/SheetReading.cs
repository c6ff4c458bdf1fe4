using Jixiao.Domain.Checks;
using Jixiao.Interchange.Text;

namespace Jixiao.Interchange.Excel.Reading;

/// Reads a sheet with the reader that knows its layout.
/// The label reader (<see cref="FormSheetReader"/>) knows the Nanchang form, the layout Jixiao writes, cell by cell:
/// typed cells, merged ranges, seals, formula errors with their cells. The text reader (<see cref="TextFormReader"/>),
/// given the sheet's rows (<see cref="SheetRows"/>), knows the layouts other regions publish (the central template
/// 项目支出绩效目标表, 长期/年度 value tables, extra columns, review boxes below the table …), as it reads them
/// extracted from PDFs and web pages: one reader of those layouts for both kinds of file.
internal static class SheetReading
{
    /// The reading of <paramref name="sheet"/>, or null when it does not hold the form.
    public static ReadResult? Read(FormSheet sheet, string fileName)
    {
        if (IsNanchangLayout(sheet)) return FormSheetReader.Read(sheet);
        return ReadRows(sheet, fileName) ?? (FormSheetReader.LooksLikeForm(sheet) ? FormSheetReader.Read(sheet) : null);
    }

    /// The Nanchang form prints its fund table under 项目预算资金来源构成 (Jixiao's export and template always do); no
    /// other region's form seen does. 审核人（盖章） is no sign: many regions' boxes print it.
    private static bool IsNanchangLayout(FormSheet sheet) => sheet.Find(FormLabels.Key(FormLabels.FundSection)).Any();

    private static ReadResult? ReadRows(FormSheet sheet, string fileName)
    {
        try
        {
            var cellFindings = new List<Finding>();
            var read = TextFormReader.Read(SheetRows.Of(sheet, cellFindings), fileName);
            // The cells' findings (formulas without a result) come first: they say why a value is missing.
            return cellFindings.Count == 0 ? read : read with { Findings = [.. cellFindings, .. read.Findings] };
        }
        catch (FormReadException)
        {
            return null;     // not a form to the text reader: the label reader's reading, if any, stands
        }
    }
}
