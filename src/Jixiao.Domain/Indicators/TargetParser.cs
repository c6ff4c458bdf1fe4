using static Jixiao.Domain.Indicators.TargetText;

namespace Jixiao.Domain.Indicators;

/// Reads a target value (指标值) as written on real forms (domain notes §4) into a typed <see cref="TargetValue"/>:
/// <list type="bullet">
/// <item>a deadline or period: "2022年12月31日前", "2022年底前", "2022-12-31前", "12月底到位", "2023.07-2024.01",
/// "2021年1月-12月", and in a timeliness row (时效指标) an Excel date serial "44,561";</item>
/// <item>a quantity: [operator] number unit [suffix] — "≥90%", "不少于1,500个", "95%以上", "3个工作日内", "±3%以内",
/// "≥4万人", "90%-95%", also in Chinese numerals ("三个月内", "不少于两次") — which is a duration when the unit is one of
/// time; or a change from a base ("提高0.05", "同比增长5%", "降低2个百分点");</item>
/// <item>daily hours: "每日6:00-23:00", "工作日8:30-17:30";</item>
/// <item>anything else is qualitative (定性): a grade ("优", "达标"), a phrase ("有效保障"), a vague phrase
/// ("进一步提高"), or text that looked like a number or date but could not be read ("≥**个", "3,5.6个"), which is
/// kept with <see cref="QualitativeTarget.Recognized"/> false.</item>
/// </list>
/// The original text is kept in <see cref="TargetValue.Text"/>; <see cref="TargetValue.Format"/> parses back to the
/// same value. A form's check reads ~91 values and must reach 20 000 forms/s per core, so this is a hand-written
/// scanner over a normalised copy on the stack: a parse allocates its result and nothing else (but a copy of a unit
/// it does not know).
public static partial class TargetParser
{
    // Excel stores dates as day counts; serials in this range are 1954–2119, so a bare number there in a timeliness
    // row is a date that lost its format when the form was copied out of a spreadsheet.
    private const int MinExcelSerial = 20_000;
    private const int MaxExcelSerial = 80_000;

    public static TargetValue Parse(string? text, TargetContext context = default) => Parse(text, context, out _);

    /// Parses as above, and says whether the value read may depend on <paramref name="context"/>: only a text ending in
    /// a digit (an Excel date serial in a timeliness row) and one that looked numeric and read as nothing else (the
    /// indicator's name before its value) are read with it. Any other text gives the same value in every row
    /// (<see cref="TargetReader"/> reads it once).
    internal static TargetValue Parse(string? text, TargetContext context, out bool readsContext)
    {
        readsContext = false;
        if (string.IsNullOrWhiteSpace(text)) return MissingTarget.Instance;
        var trimmed = text.Trim();
        var buffer = trimmed.Length <= StackLength ? stackalloc char[trimmed.Length] : new char[trimmed.Length];
        ReadOnlySpan<char> s = buffer[..Normalize(trimmed, buffer)];

        if (HasPlaceholder(s)) return Unrecognized(trimmed);
        s = TrimEndPunctuation(s);
        // "/", "—", "-", "不适用": the filer marked the cell as not applicable. That is not a target, so it is missing
        // (the checker reports MISSING_VALUE: declare a target or drop the indicator), but the mark is kept in Text
        // so the form shows what was written. "无" is different: for 安全事故 or 投诉 it states the target (none
        // at all), so it stays a qualitative phrase.
        if (IsNotApplicableMark(s)) return MissingTarget.Instance with { Text = trimmed };

        if (char.IsAsciiDigit(s[^1]))
        {
            readsContext = true;
            if (TryExcelSerial(s, context, out var serialDate))
                return new DeadlineTarget(serialDate.Year, serialDate.Month, serialDate.Day) { FromExcelSerial = true, Text = trimmed };
        }
        if (TryDateOrPeriod(s, out var date)) return FromDate(date, trimmed);
        if (TryDailyHours(s, trimmed) is { } hours) return hours;
        if (TryQuantity(s, out var q)) return FromQuantity(q, trimmed);
        if ((TryWithNote(s, trimmed) ?? TryFrequency(s, trimmed) ?? TryRelativeDuration(s, trimmed) ?? TryChange(s, trimmed)) is { } annotated)
            return annotated;

        if (LooksNumeric(s))
        {
            readsContext = true;
            return (context.Name is { Length: > 0 } name ? AfterName(s, name, trimmed) : null) ?? Unrecognized(trimmed);
        }
        // a grade's canonical phrase is the grade itself ("优 良" is 优良)
        if (TargetPhrases.TryGrade(s, out var grade)) return new QualitativeTarget(grade) { Grade = grade, Text = trimmed };
        return new QualitativeTarget(trimmed) { IsVague = TargetPhrases.IsVague(s), Text = trimmed };
    }

    /// "资金到位率达100%" under 资金到位率, "项目验收合格率为100%": the cell repeats the indicator's name before its value
    /// (a 财政支出绩效目标申报表 sheet). A reviewer reads the value after the name, so that is the value, and Text keeps
    /// the whole cell. Only a cell that starts with the whole name and whose rest reads as a quantity, a date or a period:
    /// asked of text that looked numeric and read as nothing, so no value read today changes.
    private static TargetValue? AfterName(ReadOnlySpan<char> s, string name, string trimmed)
    {
        var buffer = name.Length <= StackLength ? stackalloc char[name.Length] : new char[name.Length];
        ReadOnlySpan<char> key = buffer[..Normalize(name.AsSpan().Trim(), buffer)];
        if (key.IsEmpty || s.Length <= key.Length || !s.StartsWith(key)) return null;
        var rest = s[key.Length..];
        // 达, 达到, 为 before a number are the quantity grammar's operator words; 是, ：, and 为 before a date only join.
        return ValueOf(rest, trimmed) ?? (rest.Length > 1 && rest[0] is '为' or '是' or ':' ? ValueOf(rest[1..], trimmed) : null);

        static TargetValue? ValueOf(ReadOnlySpan<char> rest, string trimmed)
        {
            if (TryDateOrPeriod(rest, out var date)) return FromDate(date, trimmed);
            if (TryQuantity(rest, out var q)) return FromQuantity(q, trimmed);
            return TryWithNote(rest, trimmed) ?? TryChange(rest, trimmed);   // "渠系水利用系数提高0.05"
        }
    }

    /// "≥95%（抽样）", "1000人（含教师）", "2024年12月31日前（分批）": a value with a note in brackets after it is that
    /// value; the note stays in <see cref="TargetValue.Text"/>.
    private static TargetValue? TryWithNote(ReadOnlySpan<char> s, string trimmed)
    {
        if (s[^1] != ')' || s.LastIndexOf('(') is not (var open and > 0)) return null;
        var value = TrimEndPunctuation(s[..open]);
        if (value.IsEmpty) return null;
        if (TryDateOrPeriod(value, out var date)) return FromDate(date, trimmed);
        if (!TryQuantity(value, out var q)) return null;
        // "≥2.3（万人）", "≥95（%）": a number without a unit, its unit in the brackets (a unit people write so, not a
        // note such as 预计 or 累计, which any Chinese word would pass for).
        var note = s[(open + 1)..^1];
        if (q.Unit.Length == 0 && BracketedUnits.Contains(note.ToString()) && value.Length + note.Length <= StackLength)
        {
            Span<char> withUnit = stackalloc char[value.Length + note.Length];
            value.CopyTo(withUnit);
            note.CopyTo(withUnit[value.Length..]);
            if (TryQuantity(withUnit, out var united) && united.Unit.Length > 0) q = united;
        }
        return FromQuantity(q, trimmed);
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> BracketedUnits = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "%", "‰", "人", "万人", "人次", "万人次", "个", "次", "家", "户", "元", "万元", "亿元", "天", "日", "小时", "个月", "月", "年", "公里", "千米",
        "米", "平方米", "亩", "万亩", "座", "项", "件", "台", "套", "份", "所", "篇", "分", "吨", "辆", "场", "期", "批", "个工作日", "工作日");

    /// "每月1次", "每年不少于2次": a count per period is the quantity "1次/月", as "≥2次/年" is written elsewhere.
    private static QuantityTarget? TryFrequency(ReadOnlySpan<char> s, string trimmed)
    {
        // A count per period is short; the bound keeps the copy below on the stack for any input.
        if (s.Length is < 3 or > 32 || s[0] != '每') return null;
        ReadOnlySpan<string> periods = ["季度", "半年", "年", "季", "月", "周", "天", "日"];
        foreach (var period in periods)
        {
            if (!s[1..].StartsWith(period)) continue;
            var count = s[(1 + period.Length)..];
            Span<char> perPeriod = stackalloc char[count.Length + 1 + period.Length];
            count.CopyTo(perPeriod);
            perPeriod[count.Length] = '/';
            period.CopyTo(perPeriod[(count.Length + 1)..]);
            // Only a count with a unit of its own reads so ("每月1次" → "1次/月"); "每月1" is no quantity per month.
            var perUnit = TryQuantity(perPeriod, out var q) && q.Unit.Length > period.Length + 1 && q.Unit.EndsWith(period, StringComparison.Ordinal)
                && q.Unit[^(period.Length + 1)] == '/';
            return perUnit ? FromQuantity(q, trimmed) : null;
        }
        return null;
    }

    private static TargetValue FromDate(ReadDate date, string trimmed) => date.IsPeriod
        ? new PeriodTarget(date.From, date.To) { Text = trimmed }
        : new DeadlineTarget(date.Year == 0 ? null : date.Year, date.Month, date.Day) { Text = trimmed };

    private static QuantityTarget FromQuantity(in ReadQuantity q, string trimmed) =>
        new(q.Operator, q.Value, q.Unit) { UpperValue = q.Upper, Normalized = q.Normalized, Change = q.Change, Text = trimmed };

    private static QualitativeTarget Unrecognized(string trimmed) => new(trimmed) { Recognized = false, Text = trimmed };

    private static bool IsNotApplicableMark(ReadOnlySpan<char> s) =>
        s.IsEmpty                                               // punctuation only ("。")
        || (s[0] is '-' or '/' or '\\' && !s.ContainsAnyExcept('-', '/', '\\'))
        || (s[0] is '不' or '无' or 'N' or 'n' && s is "不适用" or "无此项" or "N/A" or "n/a" or "NA");

    /// An Excel date serial in a timeliness row: "44561" or "44,561" is 2021-12-31. Excel's 1900 date system counts
    /// 1900-01-01 as day 1 and wrongly includes 1900-02-29 (day 60), so from day 61 on a serial is the number of days
    /// after 1899-12-30.
    private static bool TryExcelSerial(ReadOnlySpan<char> s, TargetContext context, out DateOnly date)
    {
        date = default;
        // "=" or "≤" from the operator column before the serial ("= | 45,382", 乌海) is "on" or "by" that day: a
        // deadline all the same, as before a written date.
        var i = s.StartsWith("<=") ? 2 : s.Length > 1 && s[0] is '=' or '≤' or '<' ? 1 : 0;
        if (!TryReadNumber(s, ref i, out var serial) || i != s.Length) return false;
        if (serial != decimal.Truncate(serial) || serial is < MinExcelSerial or > MaxExcelSerial) return false;
        if (!IsTimeliness(context.Level2)) return false;
        date = ExcelEpoch.AddDays((int)serial);
        return true;
    }

    // Every spelling of timeliness has 时 (时效), 工 (工期) or 形 (形象进度); only those need the (allocating) lookup.
    private static bool IsTimeliness(string? level2) =>
        level2 is not null
        && (level2 == IndicatorTaxonomy.Timeliness
            || (level2.AsSpan().IndexOfAny('时', '工', '形') >= 0 && IndicatorTaxonomy.CanonicalLevel2(level2) == IndicatorTaxonomy.Timeliness));
}
