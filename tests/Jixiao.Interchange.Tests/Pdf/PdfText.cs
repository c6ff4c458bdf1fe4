using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Jixiao.Testing.Documents;

namespace Jixiao.Interchange.Tests.Pdf;

/// Reading the text of a PDF back. pdftotext -layout keeps the table's columns side by side, so a name wrapped over two
/// lines of its cell comes back in pieces with other columns' text between them. <see cref="Columns"/> puts the pieces
/// of each column together again from the word positions pdftotext -bbox-layout gives.
internal static partial class PdfText
{
    /// Words further apart than this on a line belong to different cells (cells have 4 pt of padding on each side).
    private const double CellGap = 6;

    /// The text without any whitespace, for looking up texts that wrapping may have split.
    public static string Squeeze(string text) => Whitespace().Replace(text, "");

    /// For every left edge that text starts at, the text starting there, page by page and top to bottom, without
    /// whitespace: the wrapped lines of a left-aligned cell come back as one string, even when the cell continues on
    /// the next page.
    public static List<string> Columns(string pdf)
    {
        var html = Poppler.Run("pdftotext", "-bbox-layout", "-enc", "UTF-8", pdf, "-");
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var document = XDocument.Load(reader);
        XNamespace x = "http://www.w3.org/1999/xhtml";
        var runs = new List<(int Page, double Left, double Top, string Text)>();
        var pageNumber = 0;
        foreach (var page in document.Descendants(x + "page"))
        {
            pageNumber++;
            foreach (var line in page.Descendants(x + "line"))
            {
                (double Left, double Top, double Right, string Text)? run = null;
                foreach (var word in line.Elements(x + "word"))
                {
                    double Coordinate(string name) => double.Parse(word.Attribute(name)!.Value, CultureInfo.InvariantCulture);
                    var (left, top, right) = (Coordinate("xMin"), Coordinate("yMin"), Coordinate("xMax"));
                    if (run is { } r && left - r.Right < CellGap) run = r with { Right = right, Text = r.Text + word.Value };
                    else
                    {
                        if (run is { } done) runs.Add((pageNumber, done.Left, done.Top, done.Text));
                        run = (left, top, right, word.Value);
                    }
                }
                if (run is { } last) runs.Add((pageNumber, last.Left, last.Top, last.Text));
            }
        }
        return [.. runs.GroupBy(r => Math.Round(r.Left))
            .Select(g => string.Concat(g.OrderBy(r => r.Page).ThenBy(r => r.Top).Select(r => Squeeze(r.Text))))];
    }

    /// The runs of text of the PDF, each as one string without whitespace (a value cell, a label, a date).
    public static IEnumerable<string> Pieces(string layoutText) =>
        layoutText.Split('\n').SelectMany(line => Piece().Matches(line).Select(m => Squeeze(m.Value)));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\S+(?: \S+)*")]
    private static partial Regex Piece();
}
