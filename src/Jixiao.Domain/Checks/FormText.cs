using System.Text;

namespace Jixiao.Domain.Checks;

/// Small text helpers the checks share: what counts as blank, and how a suggested name is tidied.
internal static class FormText
{
    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

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
            if (char.IsWhiteSpace(c))
            {
                var next = i;
                while (next < name.Length && char.IsWhiteSpace(name[next])) next++;
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
        if (!text.AsSpan().ContainsAny(Whitespace)) return text;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!char.IsWhiteSpace(c)) builder.Append(c);
        return builder.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> DanglingAtEnd = System.Buffers.SearchValues.Create("：:，,、-—(（ ");

    private static readonly System.Buffers.SearchValues<char> Whitespace = System.Buffers.SearchValues.Create(" \t\r\n\u00a0\u3000");
}
