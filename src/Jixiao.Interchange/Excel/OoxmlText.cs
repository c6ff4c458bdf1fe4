using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Jixiao.Interchange.Excel;

/// The _xHHHH_ escapes of SpreadsheetML strings: characters XML cannot carry (control characters, and the carriage
/// return, which XML parsers fold into a line feed) are written as _x000D_, and a literal "_x0041_" in the text as
/// "_x005F_x0041_", so every string survives the file unchanged. Excel reads and writes the same escapes.
internal static partial class OoxmlText
{
    [GeneratedRegex("_x[0-9A-Fa-f]{4}_")]
    private static partial Regex EscapePattern();

    public static string Escape(string text)
    {
        if (!NeedsEscape(text)) return text;
        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '_' && StartsEscape(text, i))
                sb.Append("_x005F_");         // "_x0041_" → "_x005F_" + "x0041_"
            else if (MustEscape(text, i))
                sb.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            else
                sb.Append(c);
        }
        return sb.ToString();
    }

    public static string Unescape(string text) =>
        !text.Contains("_x", StringComparison.Ordinal)
            ? text
            : EscapePattern().Replace(text, m => ((char)int.Parse(m.Value.AsSpan(2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    private static bool NeedsEscape(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (MustEscape(text, i) || (text[i] == '_' && StartsEscape(text, i))) return true;
        return false;
    }

    private static bool StartsEscape(string text, int i) =>
        i + 7 <= text.Length && EscapePattern().IsMatch(text.Substring(i, 7));

    private static bool MustEscape(string text, int i)
    {
        var c = text[i];
        if (c < 0x20) return c is not ('\t' or '\n');
        if (c is '\uFFFE' or '\uFFFF') return true;
        if (char.IsHighSurrogate(c)) return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        if (char.IsLowSurrogate(c)) return i == 0 || !char.IsHighSurrogate(text[i - 1]);
        return false;
    }
}
