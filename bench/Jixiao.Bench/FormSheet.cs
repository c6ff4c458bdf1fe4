using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;

namespace Jixiao.Bench;

/// A plain .xlsx of the form for the LibreOffice row of the PDF benchmark, as long as the official-layout export
/// (DeclarationWorkbook, branch excel) has not landed: the same sections and texts on one A4 sheet, with borders,
/// wrapped text, column widths, the level cells merged over their rows and the indicator header as print title —
/// what LibreOffice has to lay out when it prints the real export. Not the official layout itself.
internal static class FormSheet
{
    private const uint Plain = 0, Bordered = 1, Label = 2, Title = 3, Amount = 4;

    public static void Write(Declaration d, string path)
    {
        var rows = new List<Row>();
        var merges = new List<string>();
        uint r = 0;
        Row NewRow() { var row = new Row { RowIndex = ++r }; rows.Add(row); return row; }
        void Merge(string from, string to) => merges.Add($"{from}{r}:{to}{r}");

        Put(NewRow(), "A", d.Title ?? "预算绩效目标申报表", Title); Merge("A", "F");
        Put(NewRow(), "A", $"({d.Year}年度)", Plain); Merge("A", "F");
        foreach (var (label, value) in new[] { ("项目名称", d.ProjectName), ("编报部门(盖章)", d.Department), ("部门负责人", d.DepartmentHead),
                     ("部门预算编码", d.BudgetCode), ("编报时间", d.FiledOn?.ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture)) })
        {
            var row = NewRow();
            Put(row, "A", label + "：", Plain); Put(row, "B", value, Plain); Merge("B", "F");
        }

        Put(NewRow(), "A", "项目基本情况                单位：万元", Label); Merge("A", "F");
        void Wide(string label, string? text) { var row = NewRow(); Put(row, "A", label, Label); Put(row, "B", text, Bordered); Merge("B", "F"); }
        Wide("项目名称", d.ProjectName);
        var lead = NewRow();
        Put(lead, "A", "项目负责人", Label); Put(lead, "B", d.ProjectLead, Bordered); Put(lead, "C", "联系人", Label);
        Put(lead, "D", d.ContactPerson, Bordered); Put(lead, "E", "联系电话", Label); Put(lead, "F", d.ContactPhone, Bordered);
        Wide("项目概况", d.Overview);
        Wide("保证项目实施的制度及措施", d.Measures);
        Wide("项目总目标", d.OverallGoal);
        Wide("年度绩效目标", d.AnnualGoal);
        var budget = NewRow();
        Put(budget, "A", "项目总预算", Label); Number(budget, "B", d.Budget.Total?.Value); Put(budget, "C", "本年度申请预算", Label);
        Number(budget, "D", d.Budget.CurrentYear?.Value); Put(budget, "E", "结转结余总额", Label); Number(budget, "F", d.Budget.CarryOver?.Value);

        var fundStart = r + 1;
        var fundHeader = NewRow();
        Put(fundHeader, "A", "项目预算资金来源构成", Label); Put(fundHeader, "B", "项目资金来源", Label); Merge("B", "D");
        Put(fundHeader, "E", "上年度资金", Label); Put(fundHeader, "F", "本年度资金", Label);
        void Fund(Jixiao.Domain.Budget.FundSource source, string prefix)
        {
            var row = NewRow();
            Put(row, "A", "", Bordered); Put(row, "B", prefix + source.Name, Bordered); Merge("B", "D");
            Number(row, "E", source.PriorYear?.Value); Number(row, "F", source.CurrentYear?.Value);
            foreach (var child in source.Children) Fund(child, prefix + "  ");
        }
        foreach (var root in d.FundSources) Fund(root, "");
        merges.Add($"A{fundStart}:A{r}");

        var header = NewRow();
        var headerRow = r;
        Put(header, "A", "绩效指标", Label); Put(header, "B", "一级指标", Label); Put(header, "C", "二级指标", Label);
        Put(header, "D", "三级指标", Label); Merge("D", "E"); Put(header, "F", "指标值", Label);
        uint level1Start = r + 1, level2Start = r + 1;
        for (var i = 0; i < d.Indicators.Count; i++)
        {
            var indicator = d.Indicators[i];
            var row = NewRow();
            Put(row, "A", "绩效指标", Label); Put(row, "B", indicator.Level1, Label); Put(row, "C", indicator.Level2, Bordered);
            Put(row, "D", indicator.Name, Bordered); Merge("D", "E"); Put(row, "F", TargetText(indicator.Target), Bordered);
            var next = i + 1 < d.Indicators.Count ? d.Indicators[i + 1] : null;
            if (next?.Level1 != indicator.Level1) { merges.Add($"B{level1Start}:B{r}"); level1Start = r + 1; }
            if (next?.Level1 != indicator.Level1 || next?.Level2 != indicator.Level2) { merges.Add($"C{level2Start}:C{r}"); level2Start = r + 1; }
        }
        merges.Add($"A{headerRow}:A{r}");

        var reviewStart = r + 1;
        foreach (var box in d.Reviews)
        {
            var row = NewRow();
            Put(row, "A", "审核意见", Label); Put(row, "B", box.Label, Label); Merge("B", "C");
            Put(row, "D", $"{box.Opinion}\n\n审核人（盖章）：{box.Reviewer}        年    月    日", Bordered); Merge("D", "F");
        }
        merges.Add($"A{reviewStart}:A{r}");
        for (var i = 0; i < d.Notes.Count; i++) { Put(NewRow(), "A", $"{(i == 0 ? "注：" : "    ")}{i + 1}. {d.Notes[i]}", Plain); Merge("A", "F"); }

        foreach (var row in rows) FitHeight(row, merges);

        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        sheet.Worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new Columns(
                new Column { Min = 1, Max = 1, Width = 12, CustomWidth = true },
                new Column { Min = 2, Max = 3, Width = 13, CustomWidth = true },
                new Column { Min = 4, Max = 4, Width = 34, CustomWidth = true },
                new Column { Min = 5, Max = 6, Width = 14, CustomWidth = true }),
            new SheetData(rows),
            new MergeCells(merges.Select(m => new MergeCell { Reference = m })),
            new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Portrait, FitToWidth = 1, FitToHeight = 0 });
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "申报表" }));
        workbook.Workbook.AppendChild(new DefinedNames(new DefinedName($"'申报表'!${headerRow}:${headerRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
    }

    private static readonly Dictionary<char, double> ColumnWidths = new() { ['A'] = 12, ['B'] = 13, ['C'] = 13, ['D'] = 34, ['E'] = 14, ['F'] = 14 };

    /// Row heights as the official export sets them (LibreOffice does not recompute them on load): the wrapped lines
    /// of the fullest cell, a Chinese character counting two character widths.
    private static void FitHeight(Row row, List<string> merges)
    {
        var lines = 1;
        foreach (var cell in row.Elements<Cell>())
        {
            var text = cell.InnerText;
            var column = cell.CellReference!.Value![0];
            var merge = merges.FirstOrDefault(m => m.StartsWith(cell.CellReference.Value + ":", StringComparison.Ordinal));
            var last = merge is null ? column : merge[merge.IndexOf(':', StringComparison.Ordinal) + 1];
            var width = ColumnWidths.Where(w => w.Key >= column && w.Key <= last).Sum(w => w.Value) - 1;
            var cellLines = text.Split('\n').Sum(paragraph => Math.Max(1, (int)Math.Ceiling(paragraph.Sum(c => c < 128 ? 1.0 : 2.0) / width)));
            lines = Math.Max(lines, cellLines);
        }
        row.Height = lines * 13.5 + 4;
        row.CustomHeight = true;
    }

    private static string TargetText(TargetValue target) => target.Text.Length > 0 ? target.Text : target.Format();

    private static void Put(Row row, string column, string? text, uint style) =>
        row.AppendChild(new Cell(new InlineString(new Text(text ?? "") { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = column + row.RowIndex, DataType = CellValues.InlineString, StyleIndex = style,
        });

    private static void Number(Row row, string column, decimal? value) =>
        row.AppendChild(value is { } v
            ? new Cell(new CellValue(v)) { CellReference = column + row.RowIndex, DataType = CellValues.Number, StyleIndex = Amount }
            : new Cell { CellReference = column + row.RowIndex, StyleIndex = Bordered });

    private static Stylesheet Styles()
    {
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        CellFormat Format(uint font, uint border, HorizontalAlignmentValues align, uint numberFormat = 0) => new(
            new Alignment { Horizontal = align, Vertical = VerticalAlignmentValues.Center, WrapText = true })
        { FontId = font, BorderId = border, NumberFormatId = numberFormat, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true, ApplyNumberFormat = numberFormat != 0 };
        return new Stylesheet(
            new Fonts(
                new Font(new FontSize { Val = 10 }, new FontName { Val = "WenQuanYi Micro Hei" }),
                new Font(new Bold(), new FontSize { Val = 10 }, new FontName { Val = "WenQuanYi Micro Hei" }),
                new Font(new Bold(), new FontSize { Val = 18 }, new FontName { Val = "WenQuanYi Micro Hei" })),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border(), thin),
            new CellFormats(
                Format(0, 0, HorizontalAlignmentValues.Left),
                Format(0, 1, HorizontalAlignmentValues.Left),
                Format(1, 1, HorizontalAlignmentValues.Center),
                Format(2, 0, HorizontalAlignmentValues.Center),
                Format(0, 1, HorizontalAlignmentValues.Right, numberFormat: 2)));
    }
}
