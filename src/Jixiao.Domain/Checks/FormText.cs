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
    /// whitespace is either at most ' ' or between U+0085 and U+3000, and CJK text lies above that. The checker asks
    /// this of every character of every indicator name it tidies.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWhiteSpace(char c) => c <= '\u3000' && (c <= ' ' || c >= '\u0085') && char.IsWhiteSpace(c);

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
    public static string TidyName(ReadOnlySpan<char> name)
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
