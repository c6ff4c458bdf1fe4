using System.Collections.Frozen;
using static Jixiao.Domain.Indicators.TargetText;

namespace Jixiao.Domain.Indicators;

// Deadlines (完成时限) and periods (实施期间): "2022年12月31日前", "2022年底前", "2022-12-31前", "12月底到位",
// "2023.07-2024.01", "2021年1月-12月", "2022年1-12月", "2021-2023年". An Excel date serial is read in TargetParser.cs.
// How a single date is read:
// - a date alone is a deadline in any row ("2022年12月31日"), a year or month alone one at its end ("2022年",
//   "2022.12"); only a range, or a named part of a year ("2022年上半年", "2022年全年"), is a period;
// - 前 after a year or month is read as filers mean it, by its end: "2022年12月前" is 2022-12-31, not 11-30;
// - a deadline without a year keeps Year null ("12月底到位"); a period needs a year ("1-12月" cannot be read);
// - a yearless month alone is a duration, not a date: "12月" is twelve months, "6月内" within six months.
public static partial class TargetParser
{
    /// A date as written: each part 0 when it was not written.
    private struct WrittenDate
    {
        public int Year;
        public int Month;
        public int Day;
        /// "2022.12.31" rather than "2022年12月31日": a yearless second date of a range is numeric too ("2022.1-12").
        public bool Numeric;
        /// 份, 底/末 or a day was written, so a yearless month ("12月底") is a date and not a duration ("12月").
        public bool Explicit;
        /// "2022年1-12月": the first month's 月 is written only after the second month.
        public bool MonthMarkPending;
        /// "2021-2023年": the first year has no 年 and needs a year after the separator.
        public bool BareYear;
        /// "2022年上半年", "2022年第三季度", "2022年全年": the months FirstMonth to Month, a period when written alone.
        public int FirstMonth;
    }

    /// What <see cref="TryDateOrPeriod"/> read: a deadline (Year 0 when not written) or a period.
    private struct ReadDate
    {
        public bool IsPeriod;
        public int Year;
        public int Month;
        public int Day;
        public DateOnly From;
        public DateOnly To;
    }

    // Words before a date that do not change it: 于2022年底前, 截至2022年12月31日, 不晚于2022年6月.
    private static readonly string[] DatePrefixes =
    [
        "截止到", "截至到", "截止于", "截至于", "不晚于", "不迟于", "最迟于", "完成时间", "截止", "截至", "最迟", "最晚",
        "计划", "预计", "力争", "于", "在", "自", "从",
    ];

    // Deadline markers after a date, longest first: 前, 之前, 以前, 止, 为止 and (with a year or a day) 内, 以内, 之内.
    private static readonly string[] BeforeMarkers = ["之前", "以前", "为止", "前", "止"];
    private static readonly string[] WithinMarkers = ["以内", "之内", "内"];

    // What may follow a date or period without a marker: "12月底到位", "2022年12月31日完成".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CompletionWords = new[]
    {
        "完成", "全部完成", "到位", "完工", "竣工", "结束", "办结", "完毕", "拨付", "拨付到位", "拨付完毕", "完成拨付",
        "支付", "支付完毕", "完成支付", "兑付", "兑付到位", "发放", "发放到位", "验收", "完成验收", "上线", "交付", "实施",
        "实施完成", "建成", "投入使用", "投用",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Verbs that may start what is done by the date: "2021年12月底完成项目规划相关工作", "2024年6月建成投用".
    private static readonly string[] CompletionVerbs = ["完成", "建成", "完工", "竣工", "办结", "拨付", "发放", "兑付", "支付", "交付", "上线"];

    /// "完成项目规划相关工作": a completion verb and the work it completes, as after 前 ("2022年6月30日前完成项目验收").
    /// The work must not hold a number, which would be a second target ("2022年底完成50%").
    private static bool IsCompletionOfWork(ReadOnlySpan<char> tail)
    {
        if (tail.Length < 3 || ContainsAsciiDigit(tail)) return false;
        foreach (var verb in CompletionVerbs)
            if (tail.StartsWith(verb, StringComparison.Ordinal)) return true;
        return false;
    }

    // Words for "the end of this year" without a year: 年底前, 年内, 本年度内.
    private static readonly string[] YearlessYearEnd =
        ["本年度内", "本年度末", "本年内", "本年底", "本年末", "当年内", "当年底", "年底", "年末", "年内", "当年"];

    // Parts of a year after "2022年": the whole year, its halves and its quarters.
    private static readonly (string Word, int FirstMonth, int LastMonth)[] YearParts =
    [
        ("全年度", 1, 12), ("全年", 1, 12), ("上半年", 1, 6), ("下半年", 7, 12),
        .. new[] { "一", "二", "三", "四" }.SelectMany((number, q) => new[]
        {
            ("第" + number + "季度", 3 * q + 1, 3 * q + 3), (number + "季度", 3 * q + 1, 3 * q + 3),
            ("第" + (q + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "季度", 3 * q + 1, 3 * q + 3),
        }),
    ];

    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    private static bool TryDateOrPeriod(ReadOnlySpan<char> s, out ReadDate result)
    {
        result = default;
        var i = 0;
        // ≤ before a date is 不晚于 written as a sign: "≤ | 2024年10月31日" in an operator column and a value column
        // (四川) is "by 2024-10-31", a deadline, not a number.
        if (s.StartsWith("<=")) i = 2;
        else if (s.Length > 0 && s[0] is '≤' or '<') i = 1;
        SkipWords(s, ref i, DatePrefixes);
        if (!TryReadDate(s, ref i, out var first)) return false;

        if (i < s.Length && IsRangeSeparatorAt(s, i))
        {
            i++;
            if (first.Year == 0 || !TryReadSecondDate(s, ref i, first, out var second)) return false;
            if (i < s.Length && !CompletionWords.Contains(s[i..])) return false;
            if (first.BareYear && (second.Month != 0 || second.Year == 0)) return false;
            result.IsPeriod = true;
            result.From = StartOf(first);
            result.To = EndOf(second);
            return result.From <= result.To;
        }
        if (first.BareYear || first.MonthMarkPending) return false;

        var tail = s[i..];
        if (first.FirstMonth != 0 && tail.IsEmpty)
        {
            result.IsPeriod = true;                             // "2022年上半年": the months named
            result.From = StartOf(first);
            result.To = EndOf(first);
            return true;
        }
        var yearlessMonth = first.Year == 0 && !first.Explicit;
        if (TryMarker(tail, BeforeMarkers, out var rest))
        {
            if (ContainsAsciiDigit(rest)) return false;         // "2022年12月31日前完成50%": the date is not the whole target
        }
        else if (TryMarker(tail, WithinMarkers, out rest))
        {
            if (yearlessMonth || ContainsAsciiDigit(rest)) return false;   // "6月内" is six months, not June
        }
        else if (tail.IsEmpty ? yearlessMonth : !CompletionWords.Contains(tail) && !IsCompletionOfWork(tail))
        {
            return false;                                       // "12月" alone is a duration of twelve months
        }

        var end = EndOf(first);
        result.Year = first.Year;
        result.Month = end.Month;
        result.Day = end.Day;
        return true;
    }

    private static bool TryReadDate(ReadOnlySpan<char> s, ref int i, out WrittenDate d)
    {
        d = default;
        var p = i;
        if (p < s.Length && s[p] is '年' or '本' or '当')
            foreach (var word in YearlessYearEnd)
                if (TryConsume(s, ref p, word))
                {
                    d.Month = 12;
                    d.Day = 31;
                    d.Explicit = true;
                    i = p;
                    return true;
                }

        var run = ReadInt(s, ref p, out var number);
        if (run == 4 && p < s.Length && s[p] == '年')
        {
            if (!IsYear(number)) return false;
            d.Year = number;
            p++;
            if (TryConsume(s, ref p, "年底") || TryConsume(s, ref p, "年末") || TryConsume(s, ref p, "底") || TryConsume(s, ref p, "末"))
            {
                d.Month = 12;
                d.Day = 31;
            }
            else if (!TryReadYearPart(s, ref p, ref d))
            {
                TryConsume(s, ref p, "度");
                var q = p;
                if (ReadInt(s, ref q, out var month) is 1 or 2)
                {
                    if (q < s.Length && s[q] == '月')
                    {
                        p = q;
                        if (!TryReadMonthRest(s, ref p, month, ref d)) return false;
                    }
                    else if (IsRangeSeparatorAt(s, q) && month is >= 1 and <= 12)
                    {
                        d.Month = month;
                        d.MonthMarkPending = true;
                        p = q;
                    }
                    else return false;
                }
            }
            i = p;
            return true;
        }

        if (run == 4 && p + 1 < s.Length && s[p] is '-' or '.' or '/' && char.IsAsciiDigit(s[p + 1]))
        {
            if (!IsYear(number)) return false;
            var separator = s[p];
            var q = p + 1;
            if (ReadInt(s, ref q, out var month) is 1 or 2)
            {
                if (month is < 1 or > 12) return false;
                d.Year = number;
                d.Month = month;
                d.Numeric = true;
                d.Explicit = true;
                p = q;
                var r = p + 1;
                if (p + 1 < s.Length && s[p] == separator && ReadInt(s, ref r, out var day) is 1 or 2)
                {
                    if (day < 1 || day > DaysIn(number, month)) return false;
                    d.Day = day;
                    p = r;
                }
                i = p;
                return true;
            }
            if (separator != '-') return false;
            d.Year = number;                                    // "2021-2023年"
            d.BareYear = true;
            i = p;
            return true;
        }

        if (run is 1 or 2 && p < s.Length && s[p] == '月')
        {
            if (!TryReadMonthRest(s, ref p, number, ref d)) return false;
            i = p;
            return true;
        }
        return false;
    }

    /// The date after a range separator, which takes what it leaves out from the first ("2021年1月-12月", "2022.1-12").
    private static bool TryReadSecondDate(ReadOnlySpan<char> s, ref int i, in WrittenDate first, out WrittenDate d)
    {
        d = default;
        var p = i;
        var run = ReadInt(s, ref p, out var number);
        if (run == 4)
            return !first.MonthMarkPending && TryReadDate(s, ref i, out d) && !d.BareYear && !d.MonthMarkPending && d.Year != 0;
        if (run is not (1 or 2) || first.Year == 0 || first.BareYear) return false;

        d.Year = first.Year;
        if (first.MonthMarkPending)
        {
            if (p >= s.Length || s[p] != '月' || !TryReadMonthRest(s, ref p, number, ref d)) return false;
        }
        else if (!first.Numeric)
        {
            if (p < s.Length && s[p] == '月')
            {
                if (!TryReadMonthRest(s, ref p, number, ref d)) return false;
            }
            else if (p < s.Length && s[p] is '日' or '号' && first.Day != 0)
            {
                if (number < 1 || number > DaysIn(first.Year, first.Month)) return false;
                d.Month = first.Month;
                d.Day = number;
                p++;
            }
            else return false;
        }
        else
        {
            var q = p + 1;
            if (p + 1 < s.Length && s[p] is '.' or '-' or '/' && ReadInt(s, ref q, out var day) is 1 or 2)
            {
                if (number is < 1 or > 12 || day < 1 || day > DaysIn(first.Year, number)) return false;   // "2022.1.1-12.31"
                d.Month = number;
                d.Day = day;
                p = q;
            }
            else if (first.Day == 0)
            {
                if (number is < 1 or > 12) return false;       // "2022.1-12"
                d.Month = number;
            }
            else
            {
                if (number < 1 || number > DaysIn(first.Year, first.Month)) return false;   // "2022.1.1-31"
                d.Month = first.Month;
                d.Day = number;
            }
        }
        i = p;
        return true;
    }

    private static bool TryReadYearPart(ReadOnlySpan<char> s, ref int p, ref WrittenDate d)
    {
        if (p >= s.Length || s[p] is not ('全' or '上' or '下' or '第' or '一' or '二' or '三' or '四')) return false;
        foreach (var (word, firstMonth, lastMonth) in YearParts)
            if (TryConsume(s, ref p, word))
            {
                d.FirstMonth = firstMonth;
                d.Month = lastMonth;
                return true;
            }
        return false;
    }

    /// After "M月": 份, 底/末 (the month's last day), or a day with 日/号.
    private static bool TryReadMonthRest(ReadOnlySpan<char> s, ref int p, int month, ref WrittenDate d)
    {
        if (month is < 1 or > 12) return false;
        p++;                                                    // 月
        d.Month = month;
        d.MonthMarkPending = false;
        if (TryConsume(s, ref p, "份")) d.Explicit = true;
        if (TryConsume(s, ref p, "底") || TryConsume(s, ref p, "末"))
        {
            d.Day = LastDay(d.Year, month);
            d.Explicit = true;
            return true;
        }
        var q = p;
        if (ReadInt(s, ref q, out var day) is 1 or 2 && q < s.Length && s[q] is '日' or '号')
        {
            if (day < 1 || day > DaysIn(d.Year, month)) return false;
            d.Day = day;
            d.Explicit = true;
            p = q + 1;
            _ = TryConsume(s, ref p, "24时") || TryConsume(s, ref p, "24点") || TryConsume(s, ref p, "24:00");   // the day's end
        }
        return true;
    }

    private static DateOnly StartOf(in WrittenDate d) =>
        new(d.Year, d.FirstMonth != 0 ? d.FirstMonth : d.Month == 0 ? 1 : d.Month, d.Day == 0 ? 1 : d.Day);

    private static DateOnly EndOf(in WrittenDate d)
    {
        var month = d.Month == 0 ? 12 : d.Month;
        return new(d.Year == 0 ? YearlessYear : d.Year, month, d.Day != 0 ? d.Day : LastDay(d.Year, month));
    }

    // A yearless date is checked against a leap year (12月29日 and 2月29日 are possible days) …
    private const int YearlessYear = 2000;

    private static int DaysIn(int year, int month) => DateTime.DaysInMonth(year == 0 ? YearlessYear : year, month);

    // … but "2月底" without a year is the 28th: the 29th would not exist in most years the value may be read for.
    private static int LastDay(int year, int month) => DateTime.DaysInMonth(year == 0 ? 2001 : year, month);

    private static bool IsYear(int number) => number is >= 1900 and <= 2100;

    private static bool TryMarker(ReadOnlySpan<char> tail, string[] markers, out ReadOnlySpan<char> rest)
    {
        foreach (var marker in markers)
            if (tail.StartsWith(marker, StringComparison.Ordinal))
            {
                rest = tail[marker.Length..];
                return true;
            }
        rest = default;
        return false;
    }

    /// Skips the words of <paramref name="words"/> that start the text ("计划于2022年底前": 计划, then 于).
    private static void SkipWords(ReadOnlySpan<char> s, ref int i, string[] words)
    {
        for (var skipped = true; skipped && i < s.Length && s[i] > '\u3000';)
        {
            skipped = false;
            foreach (var word in words)
                if (TryConsume(s, ref i, word))
                {
                    skipped = true;
                    break;
                }
        }
    }
}
