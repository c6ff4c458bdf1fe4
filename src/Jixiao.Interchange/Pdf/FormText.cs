using System.Globalization;
using Jixiao.Domain.Budget;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;

namespace Jixiao.Interchange.Pdf;

/// How values are written on the printed form: dates as 2022年1月19日, amounts in 万元 with two decimals.
internal static class FormText
{
    /// The notes of the Nanchang form (注：1. … 3. …), printed when the declaration carries none of its own.
    public static readonly IReadOnlyList<string> NanchangNotes =
    [
        "表格最后一列“市财政局归口科室”指债务金融科、政府采购监管科；",
        "PPP项目和政府债务项目无须通过绩效评价科审核，对口业务科室审核后，直接交由债务金融科审核；",
        "政府采购项目和政府购买服务项目无须通过绩效评价科审核，对口业务科室审核后，直接交由政府采购监管科审核。",
    ];

    public static string Date(DateOnly? date) =>
        date is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d.Year}年{d.Month}月{d.Day}日") : "";

    /// The target value as the filer wrote it, or its canonical text for a value built in code.
    public static string Target(TargetValue target) => target.ToString();

    public static string Amount(WanYuan? amount) => amount?.ToString() ?? "";

    public static string Title(Declaration declaration) =>
        declaration.Title is { Length: > 0 } title ? title : $"{declaration.Region}预算绩效目标申报表";

    public static string Year(Declaration declaration) =>
        declaration.Year is { } year ? string.Create(CultureInfo.InvariantCulture, $"({year}年度)") : "(    年度)";

    /// (一) (二) (三) … for the groups of the fund-source table.
    public static string ChineseOrdinal(int number)
    {
        const string digits = "一二三四五六七八九";
        return number switch
        {
            >= 1 and <= 9 => digits[number - 1].ToString(),
            10 => "十",
            > 10 and < 20 => "十" + digits[number - 11],
            _ => number.ToString(CultureInfo.InvariantCulture),
        };
    }
}
