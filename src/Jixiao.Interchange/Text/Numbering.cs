namespace Jixiao.Interchange.Text;

/// The printed numbering before a row's name: (一) （一） 一、 1. 1、 1． (1) （1） ①.
internal static class Numbering
{
    /// The length of the numbering at the start of the text (spaces after it included), or 0.
    public static int Length(ReadOnlySpan<char> text)
    {
        if (text.Length < 2) return 0;
        int end;
        if (text[0] is '(' or '（')
        {
            var close = text.IndexOfAny(')', '）');
            if (close < 2 || close > 4 || !IsNumber(text[1..close])) return 0;
            end = close + 1;
        }
        else if (text[0] is >= '①' and <= '⑳') end = 1;
        else
        {
            var digits = 0;
            while (digits < text.Length && digits < 3 && (char.IsAsciiDigit(text[digits]) || IsChineseNumeral(text[digits]))) digits++;
            if (digits == 0 || digits >= text.Length || text[digits] is not ('.' or '、' or '．' or ')' or '）')) return 0;
            // "1.5万人" is a number, not numbering.
            if (text[digits] is '.' or '．' && digits + 1 < text.Length && char.IsAsciiDigit(text[digits + 1])) return 0;
            end = digits + 1;
        }
        while (end < text.Length && ChineseText.IsSpace(text[end])) end++;
        return end;
    }

    /// A Chinese numeral ((一)、二、) marks a group; a digit (1.) an item under it.
    public static bool IsGroup(ReadOnlySpan<char> text) => Length(text) > 0 && IsChineseNumeral(text[0] is '(' or '（' ? text[1] : text[0]);

    /// A serial-number cell of a 序号 column: digits alone, or numbering alone.
    public static bool IsSerial(ReadOnlySpan<char> text)
    {
        var length = Length(text);
        if (length > 0 && length == text.Length) return true;
        foreach (var c in text)
            if (!char.IsAsciiDigit(c)) return false;
        return text.Length is > 0 and <= 3;
    }

    private static bool IsNumber(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!(char.IsAsciiDigit(c) || IsChineseNumeral(c))) return false;
        return true;
    }

    public static bool IsChineseNumeral(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十';
}
