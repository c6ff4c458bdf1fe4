using Jixiao.Domain.Declarations;

namespace Jixiao.Interchange.Pdf;

/// 项目绩效目标: 一级指标 → 二级指标 → 三级指标 and 指标值, the level cells spanning their rows. The column headings are
/// repeated on every page the table continues on, and so are the level names of the groups that continue.
internal static class IndicatorTable
{
    private static readonly double[] Widths = [24, 62, 80, 220, 96];
    private const string Caption = "绩效指标";
    private const int BlankRows = 3;

    public static PdfTable Build(Declaration d, FormFonts fonts)
    {
        PdfCell Heading(string text) => new(text, fonts.Label, CellAlign.Center) { Shaded = true };

        // The caption column spans the headings too, as on the paper form, so the heading row shares its text.
        var header = new PdfRow([new PdfCell(Caption, fonts.Label, CellAlign.Center), Heading("一级指标"), Heading("二级指标"), Heading("三级指标"), Heading("指标值")]);
        var rows = d.Indicators.Select(indicator => new PdfRow([
            new PdfCell(Caption, fonts.Label, CellAlign.Center),
            new PdfCell(indicator.Level1, fonts.Label, CellAlign.Center),
            new PdfCell(indicator.Level2, fonts.Body, CellAlign.Center),
            new PdfCell(indicator.Name, fonts.Body),
            new PdfCell(FormText.Target(indicator.Target), fonts.Body, CellAlign.Center),
        ])).ToList();
        // A form without indicators still prints rows to write them in.
        for (var i = rows.Count; i < BlankRows && d.Indicators.Count == 0; i++)
            rows.Add(new PdfRow([new PdfCell(Caption, fonts.Label, CellAlign.Center), .. Enumerable.Range(0, 4).Select(_ => new PdfCell("", fonts.Body))]));
        return new PdfTable(Widths, rows) { Header = [header], GroupColumns = 3 };
    }
}
