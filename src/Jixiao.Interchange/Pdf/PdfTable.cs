using PdfSharp.Drawing;

namespace Jixiao.Interchange.Pdf;

internal enum CellAlign
{
    Left,
    Center,
    Right,
}

/// Content of a cell that is drawn rather than written as wrapped text (a review box with its seal).
/// It is never split over two pages.
internal interface ICellContent
{
    double Height(double width);
    void Draw(XGraphics graphics, XRect box);
}

/// One cell of a form table: wrapped text in a font, or drawn content.
internal sealed record PdfCell(string Text, XFont Font, CellAlign Align = CellAlign.Left)
{
    public int ColumnSpan { get; init; } = 1;

    /// Printed again when its row is split over two pages (row labels such as 项目概况).
    public bool RepeatWhenSplit { get; init; }

    /// A light grey background, for the column headings of the indicator table.
    public bool Shaded { get; init; }

    public ICellContent? Content { get; init; }

    public static PdfCell Drawn(ICellContent content, XFont font) => new("", font) { Content = content };
}

/// One row of a form table.
internal sealed record PdfRow(IReadOnlyList<PdfCell> Cells)
{
    /// Long text (项目概况 …) may continue on the next page rather than leave the rest of this one empty.
    public bool MaySplit { get; init; }

    /// Room to write in by hand when the cell is blank (项目概况 on an empty form).
    public double MinimumHeight { get; init; }
}

/// A table of the form. Its first <see cref="GroupColumns"/> columns hold group labels (一级指标, 二级指标 …): equal
/// labels in consecutive rows are printed once, in a cell spanning those rows, and again at the top of each page the
/// group continues on. <see cref="Header"/> rows are printed at the top of every page the table is on.
internal sealed record PdfTable(IReadOnlyList<double> Widths, IReadOnlyList<PdfRow> Body)
{
    public IReadOnlyList<PdfRow> Header { get; init; } = [];

    public int GroupColumns { get; init; }

    /// Start the table on a new page rather than split it, when it fits on one (资金来源构成).
    public bool KeepTogether { get; init; }
}
