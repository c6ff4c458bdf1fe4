using Jixiao.Domain.Declarations;

namespace Jixiao.Interchange.Excel.Reading;

/// Reads an uploaded file as the declaration form: refuses, with a Chinese reason and in bounded memory and time,
/// whatever is not an .xlsx holding the form; then reads the first sheet that holds it.
internal static class FormWorkbookReader
{
    public static ReadResult Read(Stream input, string fileName, ReadLimits? limits = null)
    {
        limits ??= ReadLimits.Default;
        var data = ReadAll(input, fileName, limits);
        if (data.Length == 0) throw new FormReadException(fileName, "文件是空的。");
        if (CompoundFile.IsCompoundFile(data))
        {
            throw new FormReadException(fileName, CompoundFile.Inspect(data) switch
            {
                CompoundFile.Content.EncryptedWorkbook => "文件已加密（设置了打开密码）。请在 Excel 或 WPS 中取消密码保护，另存为 .xlsx 后再导入。",
                CompoundFile.Content.LegacyWorkbook => "这是旧版 Excel 97-2003 工作簿（.xls）。请在 Excel 或 WPS 中另存为 .xlsx 后再导入。",
                CompoundFile.Content.Other => "这是旧版 Office 文档（OLE 复合文档），不是 Excel 工作簿（.xlsx）。",
            });
        }
        if (!IsZip(data)) throw new FormReadException(fileName, "不是 Excel 工作簿（.xlsx）：文件内容不是 .xlsx 的压缩格式。");

        using var workbook = XlsxWorkbook.Open(data, fileName, limits);
        // Visible sheets first: a hidden sheet is usually a list for drop-downs or an old copy, not the form. Of
        // them, the first with fields and indicators is the form. A form not yet given its indicators is the sheet
        // that fills most fields (an instructions sheet names the labels too, with a sentence beside each); a sheet
        // of indicators and no fields (a list of example indicators) is the form only when no sheet has fields.
        foreach (var group in workbook.Sheets.Take(limits.MaxSheets).GroupBy(s => s.Hidden).OrderBy(g => g.Key))
        {
            ReadResult? mostFields = null, indicatorsOnly = null;
            foreach (var sheet in group)
            {
                var form = new FormSheet(workbook.ReadGrid(sheet), workbook.Formats, workbook.Date1904);
                if (SheetReading.Read(form, fileName) is not { } read) continue;
                var fields = FieldsPlaced(read.Declaration);
                if (fields > 0 && read.Declaration.Indicators.Count > 0) return read;
                if (fields > 0 && (mostFields is null || fields > FieldsPlaced(mostFields.Declaration))) mostFields = read;
                else if (fields == 0) indicatorsOnly ??= read;
            }
            if ((mostFields ?? indicatorsOnly) is { } best) return best;
        }
        throw new FormReadException(fileName, "工作簿中没有找到预算绩效目标申报表：没有“三级指标”“指标值”表头，也没有“项目名称”“项目总预算”等栏目。");
    }

    /// How many of the form's fields a reading filled: the title, the header and the basic information, the budget.
    private static int FieldsPlaced(Declaration d) => new object?[]
    {
        d.Title, d.Year, d.ProjectName, d.Department, d.DepartmentHead, d.BudgetCode, d.FiledOn, d.ProjectLead, d.ContactPerson,
        d.ContactPhone, d.StartDate, d.EndDate, d.Overview, d.Measures, d.OverallGoal, d.AnnualGoal, d.ImplementingUnit,
        d.ProjectAttribute, d.Budget.Total, d.Budget.CurrentYear, d.Budget.CarryOver,
    }.Count(field => field is not null);

    /// The whole upload, refused beyond the size limit without reading further.
    private static byte[] ReadAll(Stream input, string fileName, ReadLimits limits)
    {
        if (input.CanSeek && input.Length - input.Position > limits.MaxFileBytes) RefuseSize(fileName, limits);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > limits.MaxFileBytes) RefuseSize(fileName, limits);
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    private static void RefuseSize(string fileName, ReadLimits limits) =>
        throw new FormReadException(fileName, $"文件过大（超过 {limits.MaxFileBytes / (1024 * 1024)} MB），申报表工作簿一般不到 1 MB。");

    private static bool IsZip(byte[] data) =>
        data.Length >= 4 && data[0] == 'P' && data[1] == 'K' && data[2] is 3 or 5 or 7 && data[3] is 4 or 6 or 8;
}
