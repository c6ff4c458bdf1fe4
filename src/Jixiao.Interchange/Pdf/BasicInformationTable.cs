using Jixiao.Domain.Declarations;

namespace Jixiao.Interchange.Pdf;

/// 项目基本情况: label and value cells on a six-column grid, the long texts across five columns, the budget row last.
internal static class BasicInformationTable
{
    private static readonly double[] Widths = [84, 78, 80, 78, 80, 82];
    private const double BlankTextHeight = 48;   // three handwritten lines

    public static PdfTable Build(Declaration d, FormFonts fonts)
    {
        PdfCell Label(string text) => new(text, fonts.Label, CellAlign.Center) { RepeatWhenSplit = true };
        PdfCell Value(string? text, int span = 1, CellAlign align = CellAlign.Left) => new(text ?? "", fonts.Body, align) { ColumnSpan = span };
        PdfRow Wide(string label, string? text) => new([Label(label), Value(text, 5)]) { MaySplit = true };
        PdfRow LongText(string label, string? text) => Wide(label, text) with { MinimumHeight = string.IsNullOrWhiteSpace(text) ? BlankTextHeight : 0 };

        var rows = new List<PdfRow>
        {
            Wide("项目名称", d.ProjectName),
            new([Label("项目负责人"), Value(d.ProjectLead), Label("联系人"), Value(d.ContactPerson), Label("联系电话"), Value(d.ContactPhone)]),
            new([Label("起始日期"), Value(FormText.Date(d.StartDate)), Label("结束日期"), Value(FormText.Date(d.EndDate), 3)]),
        };
        // Fields that only some forms carry are printed when filled, so that nothing the declaration says is lost.
        if (d.ImplementingUnit is { Length: > 0 }) rows.Add(Wide("实施单位", d.ImplementingUnit));
        if (d.ProjectAttribute is { Length: > 0 }) rows.Add(Wide("项目属性", d.ProjectAttribute));
        if (d.ProjectTypes.Count > 0) rows.Add(Wide("项目类型", string.Join("、", d.ProjectTypes.Select(t => t.Label()))));
        rows.AddRange(d.OtherFields.Select(f => Wide(f.Label, f.Value)));
        rows.Add(LongText("项目概况", d.Overview));
        rows.Add(LongText("保证项目实施的\n制度及措施", d.Measures));
        rows.Add(LongText("项目总目标", d.OverallGoal));
        rows.Add(LongText("年度绩效目标", d.AnnualGoal));
        rows.Add(new([
            Label("项目总预算"), Value(FormText.Amount(d.Budget.Total), align: CellAlign.Center),
            Label("本年度申请预算"), Value(FormText.Amount(d.Budget.CurrentYear), align: CellAlign.Center),
            Label("结转结余总额"), Value(FormText.Amount(d.Budget.CarryOver), align: CellAlign.Center),
        ]));
        return new PdfTable(Widths, rows);
    }
}
