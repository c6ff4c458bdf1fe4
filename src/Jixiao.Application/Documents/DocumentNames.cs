using System.Globalization;
using System.Text;

namespace Jixiao.Application.Documents;

/// File names of exported documents: Chinese names as people file them (2022年市大数据发展专项资金-申报表.xlsx), made
/// safe for every file system and for zip entries — a project name can hold anything, but never a path.
public static class DocumentNames
{
    public const string TemplateFileName = "申报表模板.xlsx";
    public const string TemplateAsciiFileName = "declaration-template.xlsx";
    public const string SummaryFileName = "汇总表.xlsx";

    /// In a bulk export, the note naming the declarations that could not be exported (the zip still holds the rest).
    public const string FailuresFileName = "导出失败说明.txt";

    /// Longest project-name part of a file name, in characters; names of real projects are far shorter.
    private const int LongestName = 60;

    /// 2022年市大数据发展专项资金-申报表.xlsx, or …-申报表-第2版.xlsx for an earlier version than the latest.
    public static string Declaration(string? projectName, ExportFormat format, int? earlierVersion = null) =>
        $"{Safe(projectName)}-申报表{(earlierVersion is { } v ? $"-第{v.ToString(CultureInfo.InvariantCulture)}版" : "")}{format.Extension()}";

    /// declaration-2022-1a2b3c4d.xlsx: the name for clients that do not read RFC 5987's filename*.
    public static string DeclarationAscii(int? year, Guid id, ExportFormat format, int? earlierVersion = null) =>
        $"declaration-{(year is { } y ? y.ToString(CultureInfo.InvariantCulture) + "-" : "")}{id.ToString("N")[..8]}"
        + $"{(earlierVersion is { } v ? "-v" + v.ToString(CultureInfo.InvariantCulture) : "")}{format.Extension()}";

    /// An entry of a bulk export: numbered (001-…) so that names are unique even for two projects of one name, and in
    /// the order of the summary's rows.
    public static string Entry(int number, string? projectName, ExportFormat format) =>
        $"{number.ToString("000", CultureInfo.InvariantCulture)}-{Declaration(projectName, format)}";

    /// 申报表导出-2022年-南昌市教育局.zip and its ASCII twin declarations-2022.zip.
    public static (string FileName, string AsciiFileName) Bulk(int? year, string? department)
    {
        var yearPart = year is { } y ? y.ToString(CultureInfo.InvariantCulture) : null;
        var name = "申报表导出" + (yearPart is null ? "" : $"-{yearPart}年") + (string.IsNullOrWhiteSpace(department) ? "" : $"-{Safe(department)}") + ".zip";
        return (name, "declarations" + (yearPart is null ? "" : "-" + yearPart) + ".zip");
    }

    /// The text as a file-name part: no path separators, no characters Windows refuses, no control characters, no
    /// leading or double dots; spaces next to Chinese characters dropped (2022 年 → 2022年), other runs of space made one.
    public static string Safe(string? text)
    {
        var result = new StringBuilder();
        var pendingSpace = false;
        foreach (var c in (text ?? "").Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }
            var safe = c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c;
            if (pendingSpace && !IsWide(result[^1]) && !IsWide(safe)) result.Append(' ');
            pendingSpace = false;
            result.Append(safe);
        }
        // ".." is harmless inside a name, but nobody should have to think about it
        while (result.ToString().Contains("..", StringComparison.Ordinal)) result.Replace("..", ".");
        var name = result.ToString().TrimStart('.', '_').TrimEnd('.');
        if (name.Length > LongestName)
        {
            var end = LongestName;
            if (char.IsLowSurrogate(name[end])) end--;      // never cut a character in half
            name = name[..end];
        }
        return name.Length == 0 ? "未命名项目" : name;
    }

    /// Chinese characters and full-width punctuation: no space is wanted beside them.
    private static bool IsWide(char c) => c >= '\u2E80';
}
