using Jixiao.Domain.Declarations;
using Jixiao.Domain.Review;

namespace Jixiao.Interchange.Pdf;

/// 审核意见: one row per review box, in printed order, each with its opinion, reviewer, date and seal.
internal static class ReviewTable
{
    private static readonly double[] Widths = [24, 142, 316];   // lines up with the indicator table above it
    private const string Caption = "审核意见";

    public static PdfTable Build(Declaration d, FormFonts fonts, TextMeasurer measurer, IReadOnlyList<PdfSeal> seals)
    {
        var boxes = d.Reviews.Count > 0 ? d.Reviews : ReviewBox.NanchangBoxes();
        // Each seal goes to the first box of its kind that has none yet (a form may have two "other" boxes).
        var unused = seals.ToList();
        var rows = boxes.Select(box =>
        {
            var seal = unused.FirstOrDefault(s => s.Box == box.Kind);
            if (seal is not null) unused.Remove(seal);
            return new PdfRow([
                new PdfCell(Caption, fonts.Label, CellAlign.Center),
                new PdfCell(box.Label, fonts.Label, CellAlign.Center),
                PdfCell.Drawn(new ReviewBoxContent(box, seal, fonts, measurer), fonts.Body),
            ]);
        }).ToList();
        return new PdfTable(Widths, rows) { GroupColumns = 1 };
    }
}
