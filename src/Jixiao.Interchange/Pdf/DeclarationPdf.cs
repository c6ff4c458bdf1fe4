using Jixiao.Domain.Declarations;
using PdfSharp.Pdf;

namespace Jixiao.Interchange.Pdf;

/// The declaration printed as an A4 PDF in the layout of the paper form (预算绩效目标申报表), with its Chinese font
/// embedded as a subset so that the text is selectable and searchable, and the seals of completed review boxes.
public static class DeclarationPdf
{
    /// Writes the PDF to <paramref name="output"/> (left open). Safe to call from many threads at once.
    /// Throws <see cref="FileNotFoundException"/> with a Chinese message naming the Debian package when the font is missing.
    public static void Write(Declaration declaration, Stream output, PdfOptions? options = null)
    {
        options ??= new PdfOptions();
        var fonts = FormFonts.Load(options);
        using var document = new PdfDocument();
        document.Info.Title = $"{FormText.Title(declaration)} {declaration.ProjectName}".Trim();
        document.Info.Subject = "预算绩效目标申报表";
        document.Info.Creator = "Jixiao";
        document.Options.CompressContentStreams = true;

        using (var measurer = new TextMeasurer())
        using (var flow = new PageFlow(document, fonts))
        {
            new PdfFormWriter(flow, fonts, measurer, options).Write(declaration);
            flow.Finish();
        }
        document.Save(output, closeStream: false);
    }

    /// The PDF as bytes.
    public static byte[] ToBytes(Declaration declaration, PdfOptions? options = null)
    {
        using var buffer = new MemoryStream();
        Write(declaration, buffer, options);
        return buffer.ToArray();
    }
}
