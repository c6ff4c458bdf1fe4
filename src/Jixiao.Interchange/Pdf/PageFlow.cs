using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Jixiao.Interchange.Pdf;

/// The pages of the document as they fill up, top to bottom: A4 portrait, 20 mm margins, page numbers at the end.
internal sealed class PageFlow(PdfDocument document, FormFonts fonts) : IDisposable
{
    public static readonly double PageWidth = XUnit.FromMillimeter(210).Point;
    public static readonly double PageHeight = XUnit.FromMillimeter(297).Point;
    private static readonly double Margin = XUnit.FromMillimeter(20).Point;
    private static readonly double FooterHeight = XUnit.FromMillimeter(8).Point;

    public double Left => Margin;
    public double Width => PageWidth - 2 * Margin;
    public double Top => Margin;
    public double Bottom => PageHeight - Margin - FooterHeight;

    /// The drawing surface of the current page.
    public XGraphics Graphics { get; private set; } = null!;

    /// Where the next block starts on the current page.
    public double Y { get; set; }

    public double Remaining => Bottom - Y;

    /// The height a block has on an empty page.
    public double PageCapacity => Bottom - Top;

    public bool AtPageTop => Y <= Top + 0.01;

    public void NewPage()
    {
        Graphics?.Dispose();
        var page = document.AddPage();
        page.Size = PageSize.A4;
        Graphics = XGraphics.FromPdfPage(page);
        Y = Top;
    }

    /// Starts a new page unless <paramref name="height"/> still fits on this one.
    public void Reserve(double height)
    {
        if (height > Remaining && !AtPageTop) NewPage();
    }

    /// 第 1 页 / 共 N 页 at the foot of every page, once the number of pages is known.
    public void Finish()
    {
        Graphics?.Dispose();
        var count = document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var graphics = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var text = string.Create(CultureInfo.InvariantCulture, $"第 {i + 1} 页 / 共 {count} 页");
            graphics.DrawString(text, fonts.Small, XBrushes.Black,
                new XRect(Left, PageHeight - Margin - fonts.Small.Size, Width, fonts.Small.Size * 1.3), XStringFormats.Center);
        }
        Graphics = null!;
    }

    public void Dispose() => Graphics?.Dispose();
}
