using System.Buffers;

namespace Jixiao.Domain.Indicators;

/// The low-level reading of target-value text (指标值): the normalised form the grammar works on, and numbers.
/// Everything works on spans so that reading a value allocates nothing but its result.
internal static class TargetText
{
    /// Text up to this length is normalised on the stack; longer text is normalised on the heap (it is a phrase anyway).
    public const int StackLength = 128;

    /// Writes the form the grammar reads into <paramref name="into"/> (at least as long as the text) and returns its
    /// length: full-width ASCII becomes ASCII (０-９ ＞＝ ％ ，．／), ≧ ≦ become ≥ ≤, every dash and tilde (— – － ～ 〜)
    /// becomes '-', middle dots become '·', and whitespace is dropped, except that one space is kept between two
    /// digits, where it may be a thousands separator ("1 500").
    public static int Normalize(ReadOnlySpan<char> text, Span<char> into)
    {
        var n = 0;
        var sawSpace = false;
        foreach (var raw in text)
        {
            var c = raw;
            if (!IsPlain(c))
            {
                if (char.IsWhiteSpace(c))
                {
                    sawSpace = n > 0;
                    continue;
                }
                c = Fold(c);
            }
            if (sawSpace && char.IsAsciiDigit(c) && char.IsAsciiDigit(into[n - 1])) into[n++] = ' ';
            sawSpace = false;
            into[n++] = c;
        }
        return n;
    }

    // Printable ASCII but '~', and the CJK ideographs: nothing to fold (the common case, tested first).
    private static bool IsPlain(char c) => c is (> ' ' and < '~') or (>= '\u4E00' and <= '\u9FFF');

    public static char Fold(char c) => c switch
    {
        '～' or '〜' or '~' or '—' or '–' or '―' or '‐' or '‑' or '−' or '－' => '-',
        '≧' or '⩾' => '≥',
        '≦' or '⩽' => '≤',
        '﹪' => '%',
        '・' or '•' or '‧' or '∙' or '･' => '·',
        'Ⅹ' => 'X',                                            // the Roman numeral, as in "ⅩⅩ万元"
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),   // full-width ASCII: ＞ ＝ ％ ， ． ／ （ ） ０-９ Ａ-Ｚ
        _ => c,
    };

    /// Template leftovers (PLACEHOLDER): "≥**个", "XX%", "x个", "20XX年", "……", "...", "?", "待定".
    public static bool HasPlaceholder(ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c is not ('*' or '×' or '.' or '…' or '?' or 'X' or 'x' or '待')) continue;
            if (c is '…' or '?') return true;
            var previous = i > 0 ? s[i - 1] : '\0';
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            if (c is 'X' or 'x' && !char.IsAsciiLetter(previous) && !char.IsAsciiLetter(next)
                && !(char.IsAsciiDigit(previous) && char.IsAsciiDigit(next)))
                return true;                                    // a lone X, not part of a word ("Linux") or of "7x24"
            if ((c == '*' && previous == '*') || (c == '×' && previous == '×') || (c is 'X' or 'x' && previous is 'X' or 'x')
                || (c == '.' && previous == '.' && next == '.') || (c == '待' && next == '定'))
                return true;
        }
        return false;
    }

    /// Drops sentence punctuation at the end ("95%。", "优；"), which says nothing about the value.
    public static ReadOnlySpan<char> TrimEndPunctuation(ReadOnlySpan<char> s)
    {
        while (s.Length > 0 && s[^1] is '。' or ';' or ',' or '、' or '!' or '.') s = s[..^1];
        return s;
    }

    /// True when the text looks like it meant to be a number or a comparison ("≥95％以上吧", "35家单位网络稳定"):
    /// it has a comparison or percent sign, or digits that are not part of a code such as "GB50300", "5G" or "7×24".
    public static bool LooksNumeric(ReadOnlySpan<char> s)
    {
        if (s.ContainsAny(ComparisonChars)) return true;
        for (var i = 0; i < s.Length; i++)
        {
            if (!char.IsAsciiDigit(s[i])) continue;
            var end = i;
            while (end < s.Length && (char.IsAsciiDigit(s[end]) || (s[end] == '.' && end + 1 < s.Length && char.IsAsciiDigit(s[end + 1])))) end++;
            var partOfCode = (i > 0 && IsCodeNeighbour(s[i - 1])) || (end < s.Length && IsCodeNeighbour(s[end]));
            if (!partOfCode) return true;
            i = end;
        }
        return false;
    }

    private static readonly SearchValues<char> ComparisonChars = SearchValues.Create("≥≤<>=±%‰");

    private static bool IsCodeNeighbour(char c) => char.IsAsciiLetter(c) || c is '×' or '*';

    /// Reads an unsigned number at <paramref name="i"/>: digits, thousands groups ("1,500", "44,561", "1 500": a
    /// separator counts only before exactly three digits) and decimals. False, with <paramref name="i"/> unchanged,
    /// when there is no digit or the number has more than 19 significant digits.
    public static bool TryReadNumber(ReadOnlySpan<char> s, ref int i, out decimal value)
    {
        value = 0;
        var p = i;
        ulong mantissa = 0;
        var digits = 0;
        var run = ReadDigits(s, ref p, ref mantissa, ref digits);
        if (run == 0) return false;
        if (run <= 3)
            while (p + 3 < s.Length && s[p] is ',' or ' '
                   && char.IsAsciiDigit(s[p + 1]) && char.IsAsciiDigit(s[p + 2]) && char.IsAsciiDigit(s[p + 3])
                   && (p + 4 == s.Length || !char.IsAsciiDigit(s[p + 4])))
            {
                p++;
                ReadDigits(s, ref p, ref mantissa, ref digits);
            }
        var scale = 0;
        if (p + 1 < s.Length && s[p] == '.' && char.IsAsciiDigit(s[p + 1]))
        {
            p++;
            scale = ReadDigits(s, ref p, ref mantissa, ref digits);
        }
        if (digits > 19) return false;
        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, false, (byte)scale);
        i = p;
        return true;
    }

    /// Reads a number in Chinese numerals at <paramref name="i"/>: "三" 3, "十二" 12, "两百" 200, "一百零五" 105,
    /// "半" 0.5. 万 and 亿 are not read: they stay with the unit as its magnitude ("一万人" is 1万人, as "1万人" is).
    /// False, with <paramref name="i"/> unchanged, when there is no numeral there.
    public static bool TryReadChineseNumber(ReadOnlySpan<char> s, ref int i, out decimal value)
    {
        value = 0;
        if (i < s.Length && s[i] == '半')
        {
            value = 0.5m;
            i++;
            return true;
        }
        var p = i;
        long total = 0, digit = -1;
        for (; p < s.Length; p++)
        {
            var d = ChineseDigit(s[p]);
            if (d >= 0)
            {
                if (digit >= 0 && digit != 0) break;            // "三四" is no number (but "一百零五" has its 零)
                digit = d;
                continue;
            }
            var multiplier = s[p] switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (multiplier == 0) break;
            total += (digit < 0 ? 1 : digit) * multiplier;   // "十二": 十 alone is one ten
            digit = -1;
        }
        if (p == i) return false;
        value = total + Math.Max(digit, 0);
        i = p;
        return true;
    }

    private static int ChineseDigit(char c) => c switch
    {
        '零' or '〇' => 0, '一' => 1, '二' or '两' => 2, '三' => 3, '四' => 4, '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9,
        _ => -1,
    };

    private static int ReadDigits(ReadOnlySpan<char> s, ref int p, ref ulong mantissa, ref int digits)
    {
        var start = p;
        while (p < s.Length && char.IsAsciiDigit(s[p]))
        {
            if (++digits <= 19) mantissa = mantissa * 10 + (ulong)(s[p] - '0');
            p++;
        }
        return p - start;
    }

    /// Reads a run of up to nine digits as an int and returns the run's length (0 when there is no digit).
    public static int ReadInt(ReadOnlySpan<char> s, ref int i, out int value)
    {
        value = 0;
        var start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            if (i - start < 9) value = value * 10 + (s[i] - '0');
            i++;
        }
        return i - start;
    }

    /// Consumes <paramref name="word"/> at <paramref name="i"/> when the text continues with it.
    public static bool TryConsume(ReadOnlySpan<char> s, ref int i, string word)
    {
        if (i >= s.Length || s[i] != word[0] || !s[i..].StartsWith(word, StringComparison.Ordinal)) return false;
        i += word.Length;
        return true;
    }

    /// A range separator ("90-95%", "2022年1月至12月", "3到5个") is '-', 至 or 到 directly before a number.
    public static bool IsRangeSeparatorAt(ReadOnlySpan<char> s, int i) =>
        i + 1 < s.Length && s[i] is '-' or '至' or '到'
        && (char.IsAsciiDigit(s[i + 1]) || (s[i + 1] is '-' or '+' && i + 2 < s.Length && char.IsAsciiDigit(s[i + 2])));

    // A plain loop: MemoryExtensions.IndexOfAnyInRange allocates 96 bytes per call on .NET 10 (measured).
    public static bool ContainsAsciiDigit(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (char.IsAsciiDigit(c)) return true;
        return false;
    }
}
