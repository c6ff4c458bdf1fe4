using System.Text;

namespace Jixiao.Domain.Checks;

/// Small text helpers the checks share: what counts as blank, and how a suggested name is tidied.
internal static class FormText
{
    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    /// Removes the stray spaces a PDF extraction leaves between Chinese characters ("瘫痪 次数", "2021 至 2022 年"),
    /// keeping one space between two Latin letters or digits ("Windows Server"), then trims separators and an
    /// opening bracket left dangling at the end, and empty brackets left behind by a removed quantity.
    public static string TidyName(string name)
    {
        var text = name.Replace("()", "", StringComparison.Ordinal).Replace("（）", "", StringComparison.Ordinal);
        if (!text.AsSpan().ContainsAny(Whitespace)) return text.TrimEnd(DanglingAtEnd);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i])) { builder.Append(text[i]); continue; }
            var next = i;
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            if (builder.Length > 0 && next < text.Length && char.IsAsciiLetterOrDigit(builder[^1]) && char.IsAsciiLetterOrDigit(text[next]))
                builder.Append(' ');
            i = next - 1;
        }
        return builder.ToString().TrimEnd(DanglingAtEnd);
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

    private static readonly char[] DanglingAtEnd = ['：', ':', '，', ',', '、', '-', '—', '(', '（', ' '];

    private static readonly System.Buffers.SearchValues<char> Whitespace = System.Buffers.SearchValues.Create(" \t\r\n\u00a0\u3000");
}
