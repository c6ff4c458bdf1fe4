using System.Text;
using PdfSharp.Drawing;

namespace Jixiao.Interchange.Pdf;

/// The seal of a review step, drawn like a stamp: a red double-bordered box with the section's name and
/// 已验证 · SM2 3F9A 7C21… — grey and 未通过验证 when the signature did not verify.
internal static class SealStamp
{
    private const double PaddingX = 10;
    private const double PaddingY = 5;
    private const int ShortFingerprint = 8;

    private static readonly XColor Red = XColor.FromArgb(200, 22, 29);
    private static readonly XColor Grey = XColor.FromArgb(110, 110, 110);

    public static XSize Size(PdfSeal seal, FormFonts fonts, TextMeasurer measurer)
    {
        var width = Math.Max(measurer.Width(seal.Section, fonts.StampTitle), measurer.Width(Caption(seal), fonts.Small));
        return new XSize(Math.Max(width + 2 * PaddingX, 130),
            TextMeasurer.LineHeight(fonts.StampTitle) + TextMeasurer.LineHeight(fonts.Small) + 2 * PaddingY);
    }

    public static void Draw(XGraphics graphics, PdfSeal seal, FormFonts fonts, XRect box)
    {
        var color = seal.Verified ? Red : Grey;
        var brush = new XSolidBrush(color);
        graphics.DrawRoundedRectangle(new XPen(color, 1.6), box, new XSize(6, 6));
        var inner = box;
        inner.Inflate(-2.5, -2.5);
        graphics.DrawRoundedRectangle(new XPen(color, 0.5), inner, new XSize(4, 4));

        var title = TextMeasurer.LineHeight(fonts.StampTitle);
        var caption = TextMeasurer.LineHeight(fonts.Small);
        graphics.DrawString(seal.Section, fonts.StampTitle, brush, new XRect(box.X, box.Y + PaddingY, box.Width, title), XStringFormats.Center);
        graphics.DrawString(Caption(seal), fonts.Small, brush, new XRect(box.X, box.Y + PaddingY + title, box.Width, caption), XStringFormats.Center);
    }

    /// 已验证 · SM2 3F9A 7C21…
    public static string Caption(PdfSeal seal)
    {
        var hex = Normalize(seal.Fingerprint);
        var shown = hex.Length > ShortFingerprint ? hex[..ShortFingerprint] : hex;
        var grouped = shown.Length > 4 ? $"{shown[..4]} {shown[4..]}" : shown;
        return $"{(seal.Verified ? "已验证" : "未通过验证")} · SM2 {grouped}{(hex.Length > ShortFingerprint ? "…" : "")}";
    }

    /// A hexadecimal fingerprint in upper case without the separators it may come with (3f:9a:…); any other
    /// spelling as it is.
    public static string Normalize(string fingerprint)
    {
        var trimmed = fingerprint.Trim();
        if (!trimmed.All(c => char.IsAsciiHexDigit(c) || c is ':' or ' ' or '-')) return trimmed;
        var hex = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
            if (char.IsAsciiHexDigit(c)) hex.Append(char.ToUpperInvariant(c));
        return hex.ToString();
    }
}
