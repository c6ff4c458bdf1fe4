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
        // Visible sheets first: a hidden sheet is usually a list for drop-downs, not the form.
        // A sheet of instructions may name enough of the form's labels to be read as one: the first sheet with
        // indicators wins, and only without one the first sheet read at all.
        ReadResult? first = null;
        foreach (var sheet in workbook.Sheets.OrderBy(s => s.Hidden).Take(limits.MaxSheets))
        {
            var form = new FormSheet(workbook.ReadGrid(sheet), workbook.Formats, workbook.Date1904);
            if (SheetReading.Read(form, fileName) is not { } read) continue;
            if (read.Declaration.Indicators.Count > 0) return read;
            first ??= read;
        }
        if (first is not null) return first;
        throw new FormReadException(fileName, "工作簿中没有找到预算绩效目标申报表：没有“三级指标”“指标值”表头，也没有“项目名称”“项目总预算”等栏目。");
    }

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
