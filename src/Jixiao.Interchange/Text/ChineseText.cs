using System.Buffers;
using System.Runtime.CompilerServices;

namespace Jixiao.Interchange.Text;

/// Character rules for Chinese form text extracted from PDFs and web pages, where extraction leaves spaces inside
/// labels (项 目 名 称) and between digits and Chinese (2022 年).
internal static class ChineseText
{
    /// Whitespace as extraction leaves it: ASCII (and control characters), ideographic (U+3000), no-break and the
    /// typographic spaces.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c <= ' ' || c is '\u3000' or '\u00A0' or (>= '\u2000' and <= '\u200B');

    /// The index of the first character at or after <paramref name="i"/> that is no space (<see cref="IsSpace"/>).
    public static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && IsSpace(text[i])) i++;
        return i;
    }

    /// The first whitespace in the text, or -1: one search for every character <see cref="IsSpace"/> accepts (measured
    /// on the seed's cells: faster than a scalar loop, and than one vectorised search per kind of space).
    public static int IndexOfSpace(ReadOnlySpan<char> text) => text.IndexOfAny(Spaces);

    private static readonly SearchValues<char> Spaces = SearchValues.Create(
        [.. Enumerable.Range(0, '\u3000' + 1).Select(c => (char)c).Where(IsSpace)]);

    /// CJK ideographs, CJK punctuation (、。「」), full-width forms (（），：) and the other East Asian blocks.
    public static bool IsCjk(char c) =>
        c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFFEF');

    /// Trims and removes whitespace, except one space between two ASCII letters or digits ("Windows 10" stays;
    /// "项 目 名 称" → "项目名称", "2022 年" → "2022年", "PPP 项目" → "PPP项目", "“i 南昌" → "“i南昌").
    public static string Normalize(string text)
    {
        var span = text.AsSpan().Trim();
        if (IndexOfSpace(span) < 0) return span.Length == text.Length ? text : new string(span);
        return Normalize(span);
    }

    public static string Normalize(ReadOnlySpan<char> text)
    {
        var span = text.Trim();
        var space = IndexOfSpace(span);
        if (space < 0) return new string(span);
        var buffer = span.Length <= 256 ? stackalloc char[span.Length] : new char[span.Length];
        var n = 0;
        var from = 0;
        // The text between spaces is copied run by run: a cell is long runs of Chinese with a few spaces in them.
        while (true)
        {
            span[from..space].CopyTo(buffer[n..]);
            n += space - from;
            var next = space + 1;
            while (next < span.Length && IsSpace(span[next])) next++;
            if (n > 0 && next < span.Length && char.IsAsciiLetterOrDigit(buffer[n - 1]) && char.IsAsciiLetterOrDigit(span[next]))
                buffer[n++] = ' ';
            if (next >= span.Length) break;
            from = next;
            var after = IndexOfSpace(span[from..]);
            if (after < 0)
            {
                span[from..].CopyTo(buffer[n..]);
                n += span.Length - from;
                break;
            }
            space = from + after;
        }
        return new string(buffer[..n]);
    }

    /// Writes the text without any whitespace, with full-width brackets and colons made half-width, into
    /// <paramref name="destination"/>; <paramref name="ends"/>[k] is the index in <paramref name="text"/> just after the
    /// k-th written character. Stops when the destination is full. Returns the number of characters written.
    public static int Compact(ReadOnlySpan<char> text, Span<char> destination, Span<int> ends)
    {
        var n = 0;
        for (var i = 0; i < text.Length && n < destination.Length; i++)
        {
            var c = text[i];
            if (IsSpace(c)) continue;
            destination[n] = Fold(c);
            ends[n] = i + 1;
            n++;
        }
        return n;
    }

    /// The compact form of a whole short text (no whitespace, half-width brackets and colons): the key of label lookups.
    public static string Compact(ReadOnlySpan<char> text)
    {
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        foreach (var c in text)
            if (!IsSpace(c)) buffer[n++] = Fold(c);
        return new string(buffer[..n]);
    }

    /// The compact form of a text written into <paramref name="buffer"/>, cut off where the buffer ends: for comparing a
    /// cell with a few short names without making a string of every cell asked. A text whose compact form fills the
    /// buffer is longer than a name shorter than the buffer, and its cut-off form equals none of them.
    public static ReadOnlySpan<char> CompactInto(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (n == buffer.Length) break;
            if (!IsSpace(c)) buffer[n++] = Fold(c);
        }
        return buffer[..n];
    }

    /// Full-width brackets and colons as their half-width forms, so that （万元） and (万元) are one label.
    public static char Fold(char c) => c switch
    {
        '（' => '(',
        '）' => ')',
        '：' => ':',
        '【' => '[',
        '】' => ']',
        _ => c,
    };

    /// Joins a cell continued on the next line or page: no space between Chinese, one space between Latin words.
    public static string Join(string first, string rest)
    {
        if (first.Length == 0) return rest;
        if (rest.Length == 0) return first;
        return char.IsAsciiLetterOrDigit(first[^1]) && char.IsAsciiLetterOrDigit(rest[0]) ? first + " " + rest : first + rest;
    }

    public static bool HasAsciiDigit(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('0', '9') >= 0;
}
