using System.Globalization;
using Jixiao.Domain.Budget;

namespace Jixiao.Interchange.Text;

/// Dates and amounts as printed on forms: "2022 年 1 月 19 日", "2022-01-19", "3,309,840.00", "10万元".
internal static class FormValues
{
    /// A full date: year, month and day in that order, separated by 年/月/日, '-', '/', '.' or spaces ("20220119" too).
    public static bool TryParseDate(string text, out DateOnly date)
    {
        date = default;
        Span<int> parts = stackalloc int[3];
        var count = 0;
        var span = text.AsSpan().Trim();
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
            if (!(c is '年' or '月' or '日' or '号' or '-' or '/' or '.' or '－' or '／' || ChineseText.IsSpace(c))) return false;
            i++;
        }
        return count == 3 && TryDate(parts[0], parts[1], parts[2], out date);
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

    /// True when the text is only an amount: digits with separators and an optional 元/万元.
    public static bool LooksLikeAmount(string text) => TryParseAmount(text, 10000m, out _);
}
