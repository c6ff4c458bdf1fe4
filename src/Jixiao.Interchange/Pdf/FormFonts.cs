using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Jixiao.Interchange.Pdf;

/// The faces and sizes the form is printed in: one Chinese TrueType face, embedded as a subset with Unicode
/// encoding so that the text stays selectable and searchable.
internal sealed class FormFonts
{
    public const double BodySize = 10;

    public required XFont Title { get; init; }
    public required XFont Subtitle { get; init; }
    public required XFont Heading { get; init; }
    public required XFont Header { get; init; }
    public required XFont HeaderLabel { get; init; }
    public required XFont Body { get; init; }
    public required XFont Label { get; init; }
    public required XFont Small { get; init; }
    public required XFont Tiny { get; init; }
    public required XFont StampTitle { get; init; }

    /// The fonts of one document, from the configured font file; a missing file is a clear Chinese error.
    public static FormFonts Load(PdfOptions options)
    {
        var file = options.ResolveFontFile();
        if (!File.Exists(file))
            throw new FileNotFoundException(
                $"找不到生成 PDF 所需的中文字体文件「{file}」。请安装 Debian 软件包 fonts-wqy-microhei" +
                $"（sudo apt-get install fonts-wqy-microhei），或用 PdfOptions.FontFile 或环境变量 {PdfOptions.FontFileVariable} " +
                "指定一个 TrueType 中文字体（.ttf 或 .ttc）。", file);

        var family = CjkFontResolver.Instance.Register(file);
        var embedding = new XPdfFontOptions(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);
        XFont Font(double size, bool bold = false) =>
            new(family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, embedding);

        return new FormFonts
        {
            Title = Font(18, bold: true),
            Subtitle = Font(12),
            Heading = Font(12, bold: true),
            Header = Font(11),
            HeaderLabel = Font(11, bold: true),
            Body = Font(BodySize),
            Label = Font(BodySize, bold: true),
            Small = Font(9),
            Tiny = Font(7),
            StampTitle = Font(10.5, bold: true),
        };
    }
}
