using Jixiao.Domain.Checks;

namespace Jixiao.Interchange.Text;

/// The findings the text reader itself reports (the checker's codes are in domain notes §8).
internal static class ReaderFindings
{
    /// A cell inside the form that the reader could not place in any field, column or row.
    public const string UnplacedCell = "UNPLACED_CELL";

    /// A labelled value that should be a date or an amount but cannot be read as one; kept in OtherFields.
    public const string FieldUnreadable = "FIELD_UNREADABLE";

    /// The file lists several projects; only the first is read.
    public const string MultipleProjects = "MULTIPLE_PROJECTS";

    /// The form states its amounts in 元; they were converted to 万元.
    public const string AmountsConverted = "AMOUNTS_CONVERTED";

    /// A column of the indicator table with a heading no known form prints; its cells are kept in the remarks.
    public const string ColumnInRemark = "COLUMN_IN_REMARK";

    /// The file ends in the middle of the indicator table (the last row breaks off inside a level name).
    public const string FormCutShort = "FORM_CUT_SHORT";

    /// The form is another kind than a project's declaration (部门整体支出绩效目标表, 绩效自评表): read as far as it fits.
    public const string NotAProjectForm = "NOT_A_PROJECT_FORM";

    public static Finding OtherKind(string kind, string whatWasRead, int? line) =>
        Finding.Warning(NotAProjectForm, "title", $"这份文件看来是{kind}，不是单个项目的绩效目标申报表：{whatWasRead}。") with
        {
            Suggestion = "请导入项目的绩效目标申报表；若确要使用本表，请逐项核对读入的内容。",
            Line = line,
        };

    public static Finding CutShort(string cell, int line) =>
        Finding.Warning(FormCutShort, "indicators", $"文件在第{line}行中断：「{Shorten(cell)}」没有写完，指标表不完整，这一行未读入。") with
        {
            Suggestion = "请核对原文件是否完整，补全指标表后再导入。",
            Line = line,
        };

    public static Finding KeptInRemark(string heading, int line) =>
        new Finding(ColumnInRemark, Severity.Info, "indicators",
            $"指标表的「{Shorten(heading)}」栏没有对应的字段：从第{line}行起，其内容已写入各指标的备注（「{Shorten(heading)}：…」）。") { Line = line };

    public static Finding Unplaced(string location, string cell, int line) =>
        Finding.Warning(UnplacedCell, location, $"第{line}行的「{Shorten(cell)}」无法归入申报表的任何栏目，未读入。") with
        {
            Suggestion = "请检查该内容属于哪个栏目，并在申报表中填写到对应位置。",
            Line = line,
        };

    public static Finding Unreadable(string location, string label, string value, string expected, int line) =>
        Finding.Warning(FieldUnreadable, location, $"第{line}行「{label}」的值「{Shorten(value)}」不是可识别的{expected}，已原样保留在其他栏目中。") with
        {
            Suggestion = expected switch
            {
                "日期" => "请按“2022年1月1日”的格式填写日期。",
                "年度" => "请填写四位数的年度，如“2022”。",
                "起止日期" => "请按“2022年1月1日至2022年12月31日”的格式填写起止日期。",
                _ => "请填写数字金额（单位：万元）。",
            },
            Line = line,
        };

    public static Finding Multiple(string firstProject, string otherProject, int line) =>
        Finding.Warning(MultipleProjects, "projectName",
            $"文件从第{line}行起是另一个项目「{Shorten(otherProject)}」；一份申报表只读取一个项目，这里只读取了「{Shorten(firstProject)}」。") with
        {
            Suggestion = "请把每个项目分别保存为一份申报表再导入。",
            Line = line,
        };

    public static Finding Converted(int line) =>
        new Finding(AmountsConverted, Severity.Info, "budget", "申报表的金额单位为元，已换算为万元。") { Line = line };

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "…");
}
