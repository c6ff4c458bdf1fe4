using System.Text.RegularExpressions;
using Jixiao.Domain.Declarations;

namespace Jixiao.Domain.Checks;

/// Checks of the header (表头) and the basic information (项目基本情况): filled, dated sensibly, reachable.
internal static partial class HeaderChecks
{
    /// REQUIRED_FIELD: every header and basic-information field is filled, and so are 项目总预算 and 本年度申请预算.
    /// 结转结余总额 may stay blank: a new project has none.
    public static void EveryFieldMustBeFilled(Declaration d, List<Finding> findings)
    {
        foreach (var field in RequiredFields.All)
            if (!field.IsFilled(d))
                findings.Add(Rules.RequiredField.At(field.Location, $"未填写「{field.Label}」：{field.Hint}"));
    }

    /// DATE_RANGE: the project ends on or after the day it starts.
    public static void EndMustNotPrecedeStart(Declaration d, List<Finding> findings)
    {
        if (d is { StartDate: { } start, EndDate: { } end } && end < start)
            findings.Add(Rules.DateRange.At("endDate",
                $"结束日期 {Zh.Date(end)} 早于起始日期 {Zh.Date(start)}：请核对两个日期。"));
    }

    /// DATE_RANGE: the budget year (年度) lies within the project period; otherwise the form asks money for a year in
    /// which the project does not run. The finding points at the end of the period that misses the year.
    public static void BudgetYearMustLieWithinThePeriod(Declaration d, List<Finding> findings)
    {
        if (d is not { Year: { } year, StartDate: { } start, EndDate: { } end } || end < start) return;
        if (year < start.Year)
            findings.Add(Rules.DateRange.At("startDate",
                $"起始日期 {Zh.Date(start)} 晚于预算年度 {Zh.Number(year)} 年：预算年度应在项目实施期内，请核对起始日期或年度。",
                $"起始日期不晚于 {Zh.Number(year)}年12月31日。"));
        else if (year > end.Year)
            findings.Add(Rules.DateRange.At("endDate",
                $"结束日期 {Zh.Date(end)} 早于预算年度 {Zh.Number(year)} 年：项目已结束的年度不能再申请预算，请核对结束日期或年度。",
                $"结束日期不早于 {Zh.Number(year)}年1月1日。"));
    }

    /// PHONE_FORMAT: the contact phone is a mobile number (1[3-9] and 9 digits) or a fixed-line number with its area
    /// code, with or without dashes, spaces, brackets and an extension; several numbers may be separated by 、 or /.
    /// A number with template leftovers ("189XXXXXXXX") is left to PLACEHOLDER: one defect, one finding.
    public static void ContactPhoneMustBeAPhoneNumber(Declaration d, List<Finding> findings)
    {
        var phone = d.ContactPhone;
        if (FormText.IsBlank(phone) || PlaceholderChecks.Find(phone) is not null) return;
        foreach (var part in phone!.Split(PhoneSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var number = PhoneNoise().Replace(part, "");
            if (MobileNumber().IsMatch(number) || FixedLineNumber().IsMatch(number)) continue;
            findings.Add(Rules.PhoneFormat.At("contactPhone",
                $"联系电话「{part}」不是有效的电话号码：请填写 11 位手机号码，或带区号的固定电话。",
                "如「13907001234」或「0791-83881234」。"));
            return;
        }
    }

    private static readonly char[] PhoneSeparators = ['、', '/', '／', ',', '，', ';', '；'];

    /// Spaces and brackets around an area code: "(0791) 8388 1234".
    [GeneratedRegex(@"[\s()（）]")]
    private static partial Regex PhoneNoise();

    [GeneratedRegex(@"^(?:\+?86-?)?1[3-9]\d-?\d{4}-?\d{4}$")]
    private static partial Regex MobileNumber();

    /// Area code 0 + 2–3 digits, a local number of 7–8 digits not starting with 0 or 1, an optional extension.
    [GeneratedRegex(@"^(?:\+?86-?)?0\d{2,3}[-－—]?[2-9]\d{6,7}(?:(?:[-－—]|转|ext\.?|#|x|X)\d{1,6})?$")]
    private static partial Regex FixedLineNumber();
}
