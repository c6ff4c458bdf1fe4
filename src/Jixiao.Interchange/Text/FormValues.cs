using System.Globalization;
using Jixiao.Domain.Budget;

namespace Jixiao.Interchange.Text;

/// Dates and amounts as printed on forms: "2022 年 1 月 19 日", "2022-01-19", "3,309,840.00", "10万元".
internal static class FormValues
{
    /// A date field's value: a full date (<see cref="TryParseDate"/>), or an Excel date serial ("44927", a date typed
    /// into a cell formatted as a number, or a sheet saved as text) between 1954 and 2119, as a timeliness value's
    /// serial is read (TargetParser).
    public static bool TryParseDateOrSerial(string text, out DateOnly date)
    {
        if (TryParseDate(text, out date)) return true;
        var digits = text.AsSpan().Trim();
        if (digits.Length != 5 || digits.ContainsAnyExceptInRange('0', '9')) return false;
        var serial = int.Parse(digits, CultureInfo.InvariantCulture);
        if (serial is < 20_000 or > 80_000 || Excel.ExcelDates.FromSerial(serial) is not { } fromSerial) return false;
        date = fromSerial;
        return true;
    }

    /// A full date: year, month and day in that order, separated by 年/月/日, '-', '/', '.' or spaces ("20220119" too).
    public static bool TryParseDate(string text, out DateOnly date)
    {
        // Official documents date their stamps in Chinese numerals (二〇二二年一月十九日); WPS input gives full-width digits.
        if (WithAsciiDigits(text) is { } ascii) text = ascii;
        return TryParseAsciiDate(text, out date);
    }

    /// <see cref="TryParseDate(string, out DateOnly)"/> of a span: a slice of a period's text, read without making a
    /// string of it when it holds no Chinese numerals or full-width digits (what the string's reading would convert).
    private static bool TryParseDateSlice(ReadOnlySpan<char> text, out DateOnly date) =>
        text.IndexOfAny(ChineseDigits) < 0 ? TryParseAsciiDate(text, out date) : TryParseDate(text.ToString(), out date);

    private static bool TryParseAsciiDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        Span<int> parts = stackalloc int[3];
        var count = 0;
        var span = text.Trim();
        var i = 0;
        while (i < span.Length)
        {
            var c = span[i];
            if (char.IsAsciiDigit(c))
            {
                if (count == 3) return false;
                var start = i;
                while (i < span.Length && char.IsAsciiDigit(span[i])) i++;
                var digits = span[start..i];
                if (count == 0 && digits.Length == 8 && i == span.Length)
                    return TryDate(Number(digits[..4]), Number(digits[4..6]), Number(digits[6..]), out date);
                if (digits.Length > 4) return false;
                parts[count++] = Number(digits);
                continue;
            }
            if (!(c is '年' or '月' or '日' or '号' or '-' or '/' or '.' or '－' or '／' or '．' || ChineseText.IsSpace(c))) return false;
            i++;
        }
        return count == 3 && TryDate(parts[0], parts[1], parts[2], out date);
    }

    /// The text with Chinese numerals and full-width digits written as ASCII digits ("二〇二二年元月十九日" →
    /// "2022年1月19日", "２０２２" → "2022"), or null when it holds none. A run with 十 is a number up to 99 (十九, 二十,
    /// 三十一); any other run is read digit by digit (a year); 元 alone is the first month.
    private static string? WithAsciiDigits(string text)
    {
        if (text.AsSpan().IndexOfAny(ChineseDigits) < 0) return null;
        var result = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (c is >= '０' and <= '９') { result.Append((char)(c - '０' + '0')); i++; continue; }
            if (DigitOf(c) < 0 && c is not ('十' or '元')) { result.Append(c); i++; continue; }
            var start = i;
            while (i < text.Length && (DigitOf(text[i]) >= 0 || text[i] is '十' or '元')) i++;
            var run = text.AsSpan(start, i - start);
            if (run is "元") result.Append('1');
            else if (run.Contains('十'))
            {
                var ten = run.IndexOf('十');
                var tens = ten == 0 ? 1 : ten == 1 ? DigitOf(run[0]) : -1;
                var units = ten == run.Length - 1 ? 0 : ten == run.Length - 2 ? DigitOf(run[^1]) : -1;
                if (tens < 0 || units < 0) return null;
                result.Append(tens * 10 + units);
            }
            else
                foreach (var d in run)
                {
                    if (DigitOf(d) < 0) return null;
                    result.Append((char)('0' + DigitOf(d)));
                }
        }
        return result.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> ChineseDigits =
        System.Buffers.SearchValues.Create("〇○零一二两三四五六七八九十元０１２３４５６７８９");

    private static int DigitOf(char c) => c switch
    {
        '〇' or '○' or '零' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// A start and an end: two dates, or two months or years ("2024年1月-2024年12月": the first day of the one, the last
    /// day of the other), joined by 至, 到, ~ or a dash. A dash inside ISO dates ("2024-01-01-2024-12-31") is tried at
    /// each place until both sides read.
    public static bool TryParsePeriod(string text, out DateOnly start, out DateOnly end)
    {
        start = end = default;
        if (WithAsciiDigits(text) is { } ascii) text = ascii;
        var span = text.AsSpan().Trim();
        var joint = span.IndexOfAny(PeriodJoints);
        if (joint > 0)
            return TryBound(span[..joint], first: true, out start) && TryEnd(span[(joint + 1)..].TrimStart("至到~～—–－-"), start, out end);
        for (var i = span.IndexOfAny('-', '－'); i > 0; i = span[(i + 1)..].IndexOfAny('-', '－') is var next and >= 0 ? i + 1 + next : -1)
            if (TryBound(span[..i], first: true, out start) && TryEnd(span[(i + 1)..], start, out end)) return true;
        // One year or month ("2024年", "2024-12") is the whole of it; one date is no period.
        return !TryParseDateSlice(span, out _) && TryBound(span, first: true, out start) && TryBound(span, first: false, out end);
    }

    /// The end of a period; "12月" and "12月31日" take the year of the start ("2024年1月-12月").
    private static bool TryEnd(ReadOnlySpan<char> text, DateOnly start, out DateOnly end)
    {
        if (TryBound(text, first: false, out end)) return start <= end;
        if (text.IndexOfAny('月', '日') < 0) return false;
        var withYear = string.Concat(start.Year.ToString(CultureInfo.InvariantCulture), "年", text.Trim());
        return (TryParseDate(withYear, out end) || TryBound(withYear, first: false, out end)) && start <= end;
    }

    /// "3年", "36个月", "180天": a length of time — a short count, not a year ("2024年") or a month ("12月").
    public static bool IsDuration(string text)
    {
        var span = (WithAsciiDigits(text) ?? text).AsSpan().Trim();
        var digits = span.IndexOfAnyExceptInRange('0', '9');
        return digits is > 0 and <= 3 && span[digits..] is "年" or "个月" or "天" or "日" or "周" or "个工作日";
    }

    private static readonly System.Buffers.SearchValues<char> PeriodJoints = System.Buffers.SearchValues.Create("至到~～—–");

    /// What joins a period's start and end: 至, 到, a tilde or a dash ("2024年1月至12月", "2024.01-2024.12").
    public static readonly System.Buffers.SearchValues<char> StartEndJoints = System.Buffers.SearchValues.Create("至到~～—–-－");

    /// A date, or a month or year standing for its first or last day.
    private static bool TryBound(ReadOnlySpan<char> text, bool first, out DateOnly date)
    {
        date = default;
        text = text.Trim().TrimEnd("止起");
        if (TryParseDateSlice(text, out date)) return true;
        Span<int> parts = stackalloc int[2];
        var count = 0;
        for (var i = 0; i < text.Length;)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                if (count == 2) return false;
                var from = i;
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                if (i - from > 4) return false;
                parts[count++] = Number(text[from..i]);
                continue;
            }
            if (!(text[i] is '年' or '度' or '月' or '底' or '末' or '-' or '/' or '.' or '－' or '／' || ChineseText.IsSpace(text[i]))) return false;
            i++;
        }
        if (count == 0 || parts[0] is < 1900 or > 2200) return false;
        if (count == 1) { date = first ? new DateOnly(parts[0], 1, 1) : new DateOnly(parts[0], 12, 31); return true; }
        if (parts[1] is < 1 or > 12) return false;
        date = first ? new DateOnly(parts[0], parts[1], 1) : new DateOnly(parts[0], parts[1], DateTime.DaysInMonth(parts[0], parts[1]));
        return true;
    }

    private static int Number(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// An amount in 万元. <paramref name="yuanPerUnit"/> is how many 元 one unit of the printed number is (10000 for
    /// 万元, 1 for 元); a unit written in the cell itself ("5000元", "10万元") wins over it.
    public static bool TryParseAmount(string text, decimal yuanPerUnit, out WanYuan amount)
    {
        amount = WanYuan.Zero;
        var span = text.AsSpan().Trim();
        if (span.EndsWith("万元", StringComparison.Ordinal)) { span = span[..^2]; yuanPerUnit = 10000m; }
        else if (span.EndsWith('元')) { span = span[..^1]; yuanPerUnit = 1m; }
        if (span.IsEmpty || !(char.IsAsciiDigit(span[0]) || span[0] is '-' or '.')) return false;
        if (!TryParseNumber(span, out var printed)) return false;
        amount = yuanPerUnit == 10000m ? new WanYuan(printed) : new WanYuan(printed * yuanPerUnit / 10000m);
        return true;
    }

    /// <see cref="WanYuan.TryParse"/> on a span, without making a string of it: every cell of the fund-source table is
    /// asked whether it is an amount. Thousands separators (, and ，) are dropped, as WanYuan drops them.
    private static bool TryParseNumber(ReadOnlySpan<char> text, out decimal value)
    {
        Span<char> buffer = stackalloc char[64];
        var cleaned = text.Length <= buffer.Length ? buffer : new char[text.Length];
        var n = 0;
        foreach (var c in text)
            if (c is not (',' or '，')) cleaned[n++] = c;
        return decimal.TryParse(cleaned[..n].Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out value);
    }

    /// True when the text is a percentage ("90%", "85.5％"): a rate, never an amount nor a fund source's name.
    public static bool IsPercentage(string text)
    {
        var span = text.AsSpan().Trim();
        return span.Length > 1 && span[^1] is '%' or '％' && decimal.TryParse(span[..^1], NumberStyles.Number, CultureInfo.InvariantCulture, out _);
    }

    /// A cell left without an amount on purpose: blank, or a mark for none (-, —, /, 无), as fund tables print them.
    public static bool IsEmptyMark(string text) => text.Length == 0 || text is "-" or "—" or "－" or "/" or "／" or "无" or "——" or "--";

    /// True when the text is only an amount: digits with separators and an optional 元/万元.
    public static bool LooksLikeAmount(string text) => TryParseAmount(text, 10000m, out _);
}
