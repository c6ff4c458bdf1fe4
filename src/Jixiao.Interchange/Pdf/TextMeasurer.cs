using System.Text;
using PdfSharp.Drawing;

namespace Jixiao.Interchange.Pdf;

/// Measures and wraps text for the form's cells. Chinese text breaks between any two characters; Latin words and
/// numbers (18107000408, 13857.29, ≥1500个's "1500") stay whole unless they are wider than the line; closing
/// punctuation never starts a line and opening punctuation never ends one (避头尾); 指标 is never cut in two, so that
/// 服务对象满意度指标 wraps as 服务对象满意度 / 指标.
internal sealed class TextMeasurer : IDisposable
{
    private const string NoLineStart = "，。、；：？！）》」』】〕”’％%,.;:?!)]}…·～-/";
    private const string NoLineEnd = "（《「『【〔“‘([{";

    private readonly XGraphics _measure = XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards);
    // PDFsharp neither kerns nor shapes, so a run is as wide as the sum of its characters: measured once each.
    private readonly Dictionary<(XFont Font, int Rune), double> _widths = [];

    public double Width(string text, XFont font)
    {
        double width = 0;
        foreach (var rune in text.EnumerateRunes()) width += Width(rune, font);
        return width;
    }

    /// The line height used for a font everywhere on the form: 1.3 × its size.
    public static double LineHeight(XFont font) => Math.Round(font.Size * 1.3, 2);

    /// The text cut into lines no wider than <paramref name="width"/>; line breaks in the text are kept.
    public List<string> Wrap(string? text, XFont font, double width)
    {
        var lines = new List<string>();
        if (string.IsNullOrEmpty(text)) return lines;
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            WrapParagraph(paragraph.TrimEnd(), font, width, lines);
        return lines;
    }

    private void WrapParagraph(string paragraph, XFont font, double width, List<string> lines)
    {
        var tokens = Tokens(paragraph);
        var line = new List<string>();
        double lineWidth = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var tokenWidth = Width(token, font);
            if (lineWidth + tokenWidth <= width || line.Count == 0 && tokenWidth <= width)
            {
                if (line.Count == 0 && token == " ") continue;     // no space at the start of a wrapped line
                line.Add(token);
                lineWidth += tokenWidth;
                continue;
            }
            if (token == " ")                                         // a space at the break simply disappears
            {
                Flush(line, lines);
                lineWidth = 0;
                continue;
            }
            if (tokenWidth > width)                                   // a word wider than the line: cut it by characters
            {
                var rest = token;
                while (rest.Length > 0)
                {
                    var fit = FittingPrefix(rest, font, width - lineWidth);
                    if (fit.Length == 0 && line.Count == 0) fit = rest[..(char.IsHighSurrogate(rest[0]) && rest.Length > 1 ? 2 : 1)];
                    if (fit.Length > 0) { line.Add(fit); lineWidth += Width(fit, font); rest = rest[fit.Length..]; }
                    if (rest.Length > 0) { Flush(line, lines); lineWidth = 0; }
                }
                continue;
            }
            // Break before the token; carry characters down so that the new line does not start with closing
            // punctuation and the old one does not end with opening punctuation.
            var carried = new List<string> { token };
            if (IsNoLineStart(token) && line.Count > 1) { carried.Insert(0, line[^1]); line.RemoveAt(line.Count - 1); }
            while (line.Count > 1 && IsNoLineEnd(line[^1])) { carried.Insert(0, line[^1]); line.RemoveAt(line.Count - 1); }
            if (carried[0] == " ") carried.RemoveAt(0);
            Flush(line, lines);
            lineWidth = 0;
            foreach (var piece in carried) { line.Add(piece); lineWidth += Width(piece, font); }
        }
        if (line.Count > 0 || lines.Count == 0 || paragraph.Length == 0) Flush(line, lines);
    }

    private static void Flush(List<string> line, List<string> lines)
    {
        lines.Add(string.Concat(line).TrimEnd());
        line.Clear();
    }

    private string FittingPrefix(string text, XFont font, double width)
    {
        double used = 0;
        var length = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            used += Width(rune, font);
            if (used > width) break;
            length += rune.Utf16SequenceLength;
        }
        return text[..length];
    }

    /// Latin words and numbers are one token each; every other character (Chinese, punctuation, a space) is its own.
    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordPart(rune)) { word.Append(rune.ToString()); continue; }
            if (rune.Value == '标' && tokens.Count > 0 && tokens[^1] == "指" && word.Length == 0) { tokens[^1] = "指标"; continue; }
            if (word.Length > 0) { tokens.Add(word.ToString()); word.Clear(); }
            // Only Latin spaces are break opportunities; an ideographic space (U+3000) is an indent that stays.
            tokens.Add(rune.Value is ' ' or '\t' ? " " : rune.ToString());
        }
        if (word.Length > 0) tokens.Add(word.ToString());
        return tokens;
    }

    private static bool IsWordPart(Rune rune) =>
        rune.IsAscii && (Rune.IsLetterOrDigit(rune) || rune.Value is '.' or ',' or '_' or '@' or '#' or '&' or '\'');

    private static bool IsNoLineStart(string token) => token.Length == 1 && NoLineStart.Contains(token[0], StringComparison.Ordinal);

    private static bool IsNoLineEnd(string token) => token.Length == 1 && NoLineEnd.Contains(token[0], StringComparison.Ordinal);

    private double Width(Rune rune, XFont font)
    {
        if (_widths.TryGetValue((font, rune.Value), out var width)) return width;
        width = _measure.MeasureString(rune.ToString(), font).Width;
        _widths[(font, rune.Value)] = width;
        return width;
    }

    public void Dispose() => _measure.Dispose();
}
