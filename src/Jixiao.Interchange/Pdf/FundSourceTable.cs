using Jixiao.Domain.Budget;
using Jixiao.Domain.Declarations;

namespace Jixiao.Interchange.Pdf;

/// 项目预算资金来源构成: the fund-source tree with its two columns, 上年度资金 and 本年度资金, numbered as on the
/// paper form: 合计, (一) 财政拨款, 其中：1. 上级财政拨款, 2. 本级财政安排 …
internal static class FundSourceTable
{
    private static readonly double[] Widths = [84, 158, 120, 120];
    private const string Caption = "项目预算资金\n来源构成";
    // 其中： is three characters wide; the rows after the first of a group line up under its number.
    private const string Continuation = "\u3000\u3000\u3000";

    public static PdfTable Build(Declaration d, FormFonts fonts)
    {
        var sources = d.FundSources.Count > 0 ? d.FundSources : FundSourceNames.EmptyNanchangTree();
        var rows = new List<PdfRow>
        {
            new([
                new PdfCell(Caption, fonts.Label, CellAlign.Center),
                new PdfCell("项目资金来源", fonts.Label, CellAlign.Center),
                new PdfCell("上年度资金", fonts.Label, CellAlign.Center),
                new PdfCell("本年度资金", fonts.Label, CellAlign.Center),
            ]),
        };
        void Add(FundSource source, string label, bool bold)
        {
            rows.Add(new([
                new PdfCell(Caption, fonts.Label, CellAlign.Center),
                new PdfCell(label, bold ? fonts.Label : fonts.Body),
                new PdfCell(FormText.Amount(source.PriorYear), fonts.Body, CellAlign.Right),
                new PdfCell(FormText.Amount(source.CurrentYear), fonts.Body, CellAlign.Right),
            ]));
        }
        void AddChildren(FundSource parent, int depth)
        {
            for (var i = 0; i < parent.Children.Count; i++)
            {
                var child = parent.Children[i];
                var label = depth switch
                {
                    1 => $"({FormText.ChineseOrdinal(i + 1)}) {child.Name}",
                    2 => $"{(i == 0 ? "其中：" : Continuation)}{i + 1}. {child.Name}",
                    _ => $"{Continuation}{Continuation}({i + 1}) {child.Name}",
                };
                Add(child, label, bold: false);
                AddChildren(child, depth + 1);
            }
        }
        foreach (var root in sources)
        {
            Add(root, root.Name, bold: true);
            AddChildren(root, 1);
        }
        return new PdfTable(Widths, rows) { GroupColumns = 1, KeepTogether = true };
    }
}
