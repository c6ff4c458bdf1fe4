using Jixiao.Domain.Review;
using PdfSharp.Drawing;

namespace Jixiao.Interchange.Pdf;

/// The writing area of a review box: the opinion at the top, the seal above the signature line, and
/// 审核人（盖章）：… 年 月 日 at the foot, filled in when the step is done; the signing key's full fingerprint under it.
internal sealed class ReviewBoxContent(ReviewBox box, PdfSeal? seal, FormFonts fonts, TextMeasurer measurer) : ICellContent
{
    private const double Padding = 6;
    private const double Gap = 4;
    private const double EmptyWritingSpace = 30;

    public double Height(double width)
    {
        var body = TextMeasurer.LineHeight(fonts.Body);
        var opinion = OpinionLines(width).Count * body;
        var stamp = seal is null ? 0 : SealStamp.Size(seal, fonts, measurer).Height;
        var writing = Math.Max(opinion + (stamp > 0 ? Gap + stamp : 0), EmptyWritingSpace);
        return Padding + writing + Gap + body + FingerprintHeight(width) + Padding;
    }

    public void Draw(XGraphics graphics, XRect cell)
    {
        var left = cell.X + Padding;
        var width = cell.Width - 2 * Padding;
        var body = TextMeasurer.LineHeight(fonts.Body);
        var y = cell.Y + Padding;
        foreach (var line in OpinionLines(cell.Width))
        {
            graphics.DrawString(line, fonts.Body, XBrushes.Black, new XRect(left, y, width, body), XStringFormats.CenterLeft);
            y += body;
        }

        var tiny = TextMeasurer.LineHeight(fonts.Tiny);
        var fingerprintLines = Fingerprint(width);
        var signatureTop = cell.Bottom - Padding - fingerprintLines.Count * tiny - body;
        if (seal is not null)
        {
            var size = SealStamp.Size(seal, fonts, measurer);
            SealStamp.Draw(graphics, seal, fonts, new XRect(cell.Right - Padding - size.Width, signatureTop - Gap - size.Height, size.Width, size.Height));
        }

        // 审核人（盖章）： at the middle of the box, the date at its right edge, as on the paper form; a long reviewer
        // name moves the label further left rather than run into the date.
        var signer = "审核人（盖章）：" + (box.Reviewer ?? "");
        var date = DateText(box.Date);
        var needed = measurer.Width(signer, fonts.Body) + Gap * 3 + measurer.Width(date, fonts.Body);
        var signatureWidth = Math.Min(width, Math.Max(width * 0.58, needed));
        var signature = new XRect(left + width - signatureWidth, signatureTop, signatureWidth, body);
        graphics.DrawString(signer, fonts.Body, XBrushes.Black, signature, XStringFormats.CenterLeft);
        graphics.DrawString(date, fonts.Body, XBrushes.Black, signature, XStringFormats.CenterRight);

        y = signatureTop + body;
        foreach (var line in fingerprintLines)
        {
            graphics.DrawString(line, fonts.Tiny, XBrushes.DimGray, new XRect(left, y, width, tiny), XStringFormats.CenterRight);
            y += tiny;
        }
    }

    private List<string> OpinionLines(double cellWidth) => measurer.Wrap(box.Opinion, fonts.Body, cellWidth - 2 * Padding);

    private List<string> Fingerprint(double width) =>
        seal is null ? [] : measurer.Wrap($"签名指纹：{SealStamp.Normalize(seal.Fingerprint)}", fonts.Tiny, width);

    private double FingerprintHeight(double cellWidth) =>
        Fingerprint(cellWidth - 2 * Padding).Count * TextMeasurer.LineHeight(fonts.Tiny);

    /// 2022年2月15日, or the blank 年 月 日 of the paper form.
    private static string DateText(DateOnly? date) => date is null ? "\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日" : FormText.Date(date);
}
