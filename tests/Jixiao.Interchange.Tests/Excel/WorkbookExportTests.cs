using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;

namespace Jixiao.Interchange.Tests.Excel;

public class WorkbookExportTests
{
    [Fact]
    public void Export_SampleForm_MergesLevelCellsOverTheirRows()
    {
        var (document, sheet) = TestFiles.Open(TestFiles.Export(SampleDeclaration.Value, "export-merges.xlsx"));
        using var _ = document;
        var h = sheet.CellWithText(document, "一级指标").Position().Row;
        string R(string col, int from, int to) => $"{col}{h + from}:{col}{h + to}";

        var merges = sheet.MergedRanges();

        // 产出 65 rows (数量 39, 质量 20, 时效 5, 成本 1), 效益 24 (经济 1, 社会 17, 生态 3, 可持续 3), 满意度 2.
        Assert.Contains(R("B", 1, 65), merges);
        Assert.Contains(R("B", 66, 89), merges);
        Assert.Contains(R("B", 90, 91), merges);
        Assert.Contains(R("C", 1, 39), merges);
        Assert.Contains(R("C", 40, 59), merges);
        Assert.Contains(R("C", 60, 64), merges);
        Assert.Contains(R("C", 67, 83), merges);
        Assert.Contains(R("C", 84, 86), merges);
        Assert.Contains(R("C", 87, 89), merges);
        Assert.Contains(R("C", 90, 91), merges);
        Assert.Contains(R("A", 1, 91), merges);
        Assert.DoesNotContain(merges, m => m.StartsWith($"C{h + 65}:", StringComparison.Ordinal));   // a single 成本 row
        Assert.Equal("产出指标", sheet.At($"B{h + 1}").Text(document));
        Assert.Equal("数量指标", sheet.At($"C{h + 1}").Text(document));
        Assert.Null(sheet.At($"B{h + 2}").Text(document));
        Assert.Equal("社会效益指标", sheet.At($"C{h + 67}").Text(document));
    }

    [Fact]
    public void Export_Amounts_AreNumbersFormattedWithTwoDecimals()
    {
        var (document, sheet) = TestFiles.Open(TestFiles.Export(SampleDeclaration.Value, "export-amounts.xlsx"));
        using var _ = document;
        var total = sheet.CellWithText(document, "项目总预算").Position();
        var fundHeader = sheet.CellWithText(document, "上年度资金").Position();

        foreach (var reference in new[] { $"B{total.Row}", $"D{total.Row}", $"F{total.Row}", $"D{fundHeader.Row + 1}", $"E{fundHeader.Row + 1}" })
        {
            var cell = sheet.At(reference);
            Assert.Null(cell.DataType);                         // a number, not a string
            Assert.Null(cell.CellFormula);
            Assert.Equal("0.00", cell.FormatCode(document));
        }
        Assert.Equal("13857.29", sheet.At($"B{total.Row}").CellValue!.Text);
        Assert.Equal("3857.29", sheet.At($"D{fundHeader.Row + 1}").CellValue!.Text);
        Assert.Null(sheet.At($"D{fundHeader.Row + 3}").CellValue);     // 上级财政拨款 left blank, not 0
    }

    [Fact]
    public void Export_Dates_AreDateCells()
    {
        var (document, sheet) = TestFiles.Open(TestFiles.Export(SampleDeclaration.Value, "export-dates.xlsx"));
        using var _ = document;
        var filedOn = sheet.CellWithText(document, "编报时间：").Position();

        var cell = sheet.At($"C{filedOn.Row}");

        Assert.Null(cell.DataType);
        Assert.Equal("44580", cell.CellValue!.Text);                   // 2022-01-19
        Assert.Contains("yyyy", cell.FormatCode(document), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_IndicatorHeader_IsRepeatedOnEveryPrintedPage()
    {
        var (document, sheet) = TestFiles.Open(TestFiles.Export(SampleDeclaration.Value, "export-print.xlsx"));
        using var _ = document;
        var headerRow = sheet.CellWithText(document, "三级指标").Position().Row;

        var printTitles = document.WorkbookPart!.Workbook.Descendants<DefinedName>().Single(n => n.Name == "_xlnm.Print_Titles");

        Assert.Equal(0u, printTitles.LocalSheetId!.Value);
        Assert.Equal($"'申报表'!${headerRow}:${headerRow}", printTitles.Text);
        // The table starts on a new page, so its header is the first row of that page too.
        Assert.Equal((uint)(headerRow - 2), sheet.Descendants<Break>().Single().Id!.Value);
    }

    [Fact]
    public void Export_PageSetup_IsA4PortraitOnePageWide()
    {
        var (document, sheet) = TestFiles.Open(TestFiles.Export(SampleDeclaration.Value, "export-page.xlsx"));
        using var _ = document;

        var setup = sheet.GetFirstChild<PageSetup>()!;

        Assert.Equal(9u, setup.PaperSize!.Value);                      // A4
        Assert.Equal(OrientationValues.Portrait, setup.Orientation!.Value);
        Assert.Equal(1u, setup.FitToWidth!.Value);
        Assert.Equal(0u, setup.FitToHeight!.Value);                    // as many pages long as needed
        Assert.True(sheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
        Assert.All(sheet.GetFirstChild<Columns>()!.Elements<Column>(), c => Assert.True(c.CustomWidth!.Value));
    }

    [Fact]
    public void Export_TextThatLooksLikeAFormula_IsAStringWithQuotePrefixAndNoFormulaAnywhere()
    {
        var declaration = SampleDeclaration.Value with
        {
            ProjectName = "=HYPERLINK(\"http://example.com\",\"点击\")",
            Department = "+1 部门",
            Overview = "-2+3",
            Indicators = [SampleDeclaration.Value.Indicators[0] with { Name = "@SUM(A1:A9)", Target = TargetValue.Parse("=1个") }, .. SampleDeclaration.Value.Indicators.Skip(1)],
            Notes = ["=cmd|' /C calc'!A0"],
        };
        var (document, sheet) = TestFiles.Open(TestFiles.Export(declaration, "export-formula-like.xlsx"));
        using var _ = document;

        Assert.Empty(sheet.Descendants<CellFormula>());
        var strings = sheet.Cells().Where(c => c.DataType is not null).ToList();
        Assert.All(strings, c => Assert.Equal(CellValues.InlineString, c.DataType!.Value));
        var formulaLike = strings.Where(c => c.Text(document) is ['=' or '+' or '-' or '@', ..]).ToList();
        // Header line and table both print the project name; the note is printed after its number ("注：1. =cmd…").
        Assert.Equal(["=HYPERLINK(\"http://example.com\",\"点击\")", "+1 部门", "=HYPERLINK(\"http://example.com\",\"点击\")", "-2+3", "@SUM(A1:A9)", "=1个"],
            formulaLike.Select(c => c.Text(document)));
        Assert.All(formulaLike, c => Assert.True(c.Style(document).QuotePrefix?.Value, c.CellReference));
        Assert.DoesNotContain(strings.Except(formulaLike), c => c.Style(document).QuotePrefix?.Value == true);
    }

    [Fact]
    public void Export_OptionalIndicatorFields_AddColumnsOnlyWhenSomeIndicatorHasThem()
    {
        var plain = TestFiles.Open(TestFiles.Export(SampleDeclaration.Value, "export-no-optional.xlsx"));
        var withUnit = SampleDeclaration.Value with
        {
            Indicators = [SampleDeclaration.Value.Indicators[0] with { Unit = "个", Weight = 10m }, .. SampleDeclaration.Value.Indicators.Skip(1)],
        };
        var extended = TestFiles.Open(TestFiles.Export(withUnit, "export-optional.xlsx"));
        using var d1 = plain.Document;
        using var d2 = extended.Document;

        var plainHeader = plain.Sheet.CellWithText(plain.Document, "三级指标").Position().Row;
        Assert.Equal(["一级指标", "二级指标", "三级指标", "指标值"],
            plain.Sheet.Cells().Where(c => c.Position().Row == plainHeader).Select(c => c.Text(plain.Document)).OfType<string>());

        var header = extended.Sheet.CellWithText(extended.Document, "三级指标").Position().Row;
        Assert.Equal("计量单位", extended.Sheet.At($"G{header}").Text(extended.Document));
        Assert.Equal("分值", extended.Sheet.At($"H{header}").Text(extended.Document));
        Assert.Equal("个", extended.Sheet.At($"G{header + 1}").Text(extended.Document));
        Assert.Equal("10", extended.Sheet.At($"H{header + 1}").CellValue!.Text);
        Assert.Null(extended.Sheet.At($"G{header + 2}").Text(extended.Document));
    }

    [Fact]
    public void Export_ProjectTypes_AreWrittenIntoCellsWithTheirDropDown()
    {
        var declaration = SampleDeclaration.Value with { ProjectTypes = [ProjectType.Ppp, ProjectType.GovernmentProcurement] };
        var (document, sheet) = TestFiles.Open(TestFiles.Export(declaration, "export-project-types.xlsx"));
        using var _ = document;
        var row = sheet.CellWithText(document, "项目类型").Position().Row;

        Assert.Equal("PPP项目", sheet.At($"B{row}").Text(document));
        Assert.Equal("政府采购项目", sheet.At($"C{row}").Text(document));
        var validation = sheet.Descendants<DataValidation>().Single(v => v.SequenceOfReferences!.InnerText == $"B{row}:F{row}");
        Assert.Equal(DataValidationValues.List, validation.Type!.Value);
        Assert.Equal("\"一般项目,PPP项目,政府债务项目,政府采购项目,政府购买服务项目\"", validation.Formula1!.Text);
    }

    [Fact]
    public void Export_LongTexts_GetRowsTallEnoughForTheirLines()
    {
        var (document, sheet) = TestFiles.Open(TestFiles.Export(SampleDeclaration.Value, "export-heights.xlsx"));
        using var _ = document;
        var measures = sheet.CellWithText(document, "保证项目实施的制度及措施").Position().Row;
        var phone = sheet.CellWithText(document, "联系电话").Position().Row;

        var rows = sheet.Descendants<Row>().ToDictionary(r => (int)r.RowIndex!.Value);

        // 343 characters, mostly CJK (two width units each), across B:F (91 units, ~45 CJK characters a line): 8 lines.
        Assert.True(rows[measures].CustomHeight!.Value);
        Assert.True(rows[measures].Height!.Value >= 8 * 14.25, $"height {rows[measures].Height!.Value}");
        Assert.True(rows[phone].Height!.Value < 30);
    }
}
