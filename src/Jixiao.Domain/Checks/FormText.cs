using System.Runtime.CompilerServices;

namespace Jixiao.Domain.Checks;

/// Small text helpers the checks share: what counts as blank, and how a suggested name is tidied.
internal static class FormText
{
    /// <see cref="string.IsNullOrWhiteSpace"/>, with <see cref="IsWhiteSpace"/>: asked of every name and value.
    public static bool IsBlank(string? text)
    {
        if (text is null) return true;
        foreach (var c in text)
            if (!IsWhiteSpace(c)) return false;
        return true;
    }

    /// <see cref="char.IsWhiteSpace(char)"/>, answered without the Unicode table for the characters a form is made of:
    /// whitespace is either at most ' ' or one of the few listed between U+0085 and U+3000, and CJK text lies above
    /// that. The checker asks this of every character of every indicator name it tidies, and of the ends of every name
    /// it trims, which are often punctuation of that range (“ ” ≥ ①); a test holds it to char.IsWhiteSpace.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWhiteSpace(char c) => c <= ' ' ? char.IsWhiteSpace(c) : c is >= '\u0085' and <= '\u3000' && IsWideWhiteSpace(c);

    /// The whitespace above ' ' (Unicode's space and line separators, and U+0085).
    private static bool IsWideWhiteSpace(char c) =>
        c is '\u0085' or '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000';

    /// <see cref="MemoryExtensions.Trim(ReadOnlySpan{char})"/>, with <see cref="IsWhiteSpace"/>: names in messages are
    /// trimmed, and their Chinese ends would each cost a Unicode-table lookup.
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && IsWhiteSpace(text[start])) start++;
        var end = text.Length;
        while (end > start && IsWhiteSpace(text[end - 1])) end--;
        return text[start..end];
    }

    /// Removes the stray spaces a PDF extraction leaves between Chinese characters ("瘫痪 次数", "2021 至 2022 年"),
    /// keeping one space between two Latin letters or digits ("Windows Server"); drops brackets a removed quantity
    /// left empty ("数量()"), and separators or an opening bracket left dangling at the end. One pass.
    /// <paramref name="mayHoldWhiteSpace"/> false says the caller knows the name has no whitespace (it looked once
    /// for the whole row), which spares the search for it.
    public static string TidyName(ReadOnlySpan<char> name, bool mayHoldWhiteSpace = true) =>
        IsTidy(name, mayHoldWhiteSpace) ? new string(name) : Tidied(name);

    /// Nothing for <see cref="TidyName"/> to do: no whitespace, no closing bracket (that might close an empty pair),
    /// nothing dangling at the end. Most names with a quantity at their end are so, and are then copied in one go.
    private static bool IsTidy(ReadOnlySpan<char> name, bool mayHoldWhiteSpace) =>
        !name.IsEmpty && !(mayHoldWhiteSpace && HasWhiteSpace(name)) && name.IndexOfAny(')', '）') < 0 && !DanglingAtEnd.Contains(name[^1]);

    /// Whether the text holds any whitespace (<see cref="IsWhiteSpace"/>).
    public static bool HasWhiteSpace(ReadOnlySpan<char> text) => text.IndexOfAny(Whitespace) >= 0;

    private static string Tidied(ReadOnlySpan<char> name)
    {
        Span<char> tidy = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (IsWhiteSpace(c))
            {
                var next = i;
                while (next < name.Length && IsWhiteSpace(name[next])) next++;
                if (length > 0 && next < name.Length && char.IsAsciiLetterOrDigit(tidy[length - 1]) && char.IsAsciiLetterOrDigit(name[next]))
                    tidy[length++] = ' ';
                i = next - 1;
            }
            else if (length > 0 && ((c == ')' && tidy[length - 1] == '(') || (c == '）' && tidy[length - 1] == '（')))
                length--;
            else
                tidy[length++] = c;
        }
        while (length > 0 && DanglingAtEnd.Contains(tidy[length - 1])) length--;
        return new string(tidy[..length]);
    }

    /// Joins seven pieces of text into one string, each copied once straight into it. A QUANTITY_IN_NAME message is
    /// literals and pieces of the row's name; an interpolated string would fill a zeroed stack buffer and copy that.
    public static string Concat(ReadOnlySpan<char> p0, ReadOnlySpan<char> p1, ReadOnlySpan<char> p2, ReadOnlySpan<char> p3,
        ReadOnlySpan<char> p4, ReadOnlySpan<char> p5, ReadOnlySpan<char> p6)
    {
        var pieces = new Pieces(p0, p1, p2, p3, p4, p5, p6);
        return string.Create(p0.Length + p1.Length + p2.Length + p3.Length + p4.Length + p5.Length + p6.Length, pieces,
            static (text, p) =>
            {
                p.P0.CopyTo(text);
                text = text[p.P0.Length..];
                p.P1.CopyTo(text);
                text = text[p.P1.Length..];
                p.P2.CopyTo(text);
                text = text[p.P2.Length..];
                p.P3.CopyTo(text);
                text = text[p.P3.Length..];
                p.P4.CopyTo(text);
                text = text[p.P4.Length..];
                p.P5.CopyTo(text);
                p.P6.CopyTo(text[p.P5.Length..]);
            });
    }

    private readonly ref struct Pieces(ReadOnlySpan<char> p0, ReadOnlySpan<char> p1, ReadOnlySpan<char> p2, ReadOnlySpan<char> p3,
        ReadOnlySpan<char> p4, ReadOnlySpan<char> p5, ReadOnlySpan<char> p6)
    {
        public readonly ReadOnlySpan<char> P0 = p0, P1 = p1, P2 = p2, P3 = p3, P4 = p4, P5 = p5, P6 = p6;
    }

    /// The text without whitespace, for comparing what the filer meant rather than how the PDF spaced it.
    public static string WithoutWhitespace(string text)
    {
        // The quick exit must know every character the slow path drops (a thin space typed in the editor too).
        var span = text.AsSpan();
        if (span.IndexOfAny(Whitespace) < 0) return text;
        var kept = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        foreach (var c in span)
            if (!IsWhiteSpace(c)) kept[n++] = c;
        return new string(kept[..n]);
    }

    private static readonly System.Buffers.SearchValues<char> Whitespace = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(char.IsWhiteSpace)]);

    private static readonly System.Buffers.SearchValues<char> DanglingAtEnd = System.Buffers.SearchValues.Create("：:，,、-—(（ ");
}
