using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Domain.Budget;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;
using static Jixiao.Domain.Indicators.IndicatorTaxonomy;

namespace Jixiao.Interchange.Tests.Excel;

/// The template (and an export) after what filers do to it in Excel or WPS.
public class WorkbookUserEditTests
{
    private const int B = 2, C = 3, D = 4, F = 6;

    private static Indicator Row(string level1, string level2, string name, string? target) =>
        new() { Level1 = level1, Level2 = level2, Name = name, Target = TargetValue.Parse(target, new TargetContext(level2)) };

    [Fact]
    public void FilledTemplate_NumbersAndDatesTypedIntoCells_ReadAsWhatTheCellsShow()
    {
        using var editor = new WorkbookEditor(TestFiles.Template("edit-filled-template.xlsx"));
        var h = editor.Find("一级指标").Row;
        editor.SetText(editor.Find("项目名称：").Row, C, "城市道路养护");
        editor.SetNumber(editor.Find("（　　　　年度）").Row, 1, 2023);        // the year line overwritten with the year
        editor.SetNumber(editor.Find("项目总预算").Row, B, 100);
        editor.SetText(editor.Find("项目类型").Row, B, "一般项目");
        editor.SetText(editor.Find("起始日期").Row, B, "2022-01-01");          // typed as text into a date cell
        editor.SetDate(editor.Find("结束日期").Row, D, new DateOnly(2022, 12, 31));
        editor.SetText(h + 1, D, "开发平台1个");
        editor.SetText(h + 1, F, "≥1个");
        editor.SetText(h + 2, D, "数据覆盖率");
        editor.SetNumber(h + 2, F, 0.95, numberFormatId: 9);                 // typed "95%": 0.95 shown as 0%
        editor.SetText(h + 6, D, "验收合格率");
        editor.SetNumber(h + 6, F, 100, numberFormatId: 0);                  // typed 100 in a General cell
        editor.SetText(h + 10, D, "完成及时性");
        editor.SetDate(h + 10, F, new DateOnly(2022, 12, 31));               // typed a date in a timeliness row
        editor.SetText(h + 11, D, "资金拨付及时性");
        editor.SetNumber(h + 11, F, 44561, numberFormatId: 0);               // a date serial shown as a number
        editor.SetText(h + 24, D, "用户满意度");
        editor.SetText(h + 24, F, "≥90%");

        var result = TestFiles.Import(TestFiles.Keep(editor.Save(), "edit-filled-template-saved.xlsx"));

        var d = result.Declaration;
        Assert.Equal("城市道路养护", d.ProjectName);
        Assert.Equal(2023, d.Year);
        Assert.Equal(new WanYuan(100m), d.Budget.Total);
        Assert.Equal([ProjectType.General], d.ProjectTypes);
        Assert.Equal(new DateOnly(2022, 1, 1), d.StartDate);
        Assert.Equal(new DateOnly(2022, 12, 31), d.EndDate);
        var deadline = new DeadlineTarget(2022, 12, 31);
        Assert.Equal(
            [
                Row(Output, Quantity, "开发平台1个", "≥1个"),
                Row(Output, Quantity, "数据覆盖率", "95%"),
                Row(Output, Quality, "验收合格率", "100"),
                Row(Output, Timeliness, "完成及时性", null) with { Target = deadline with { Text = "2022年12月31日前" } },
                Row(Output, Timeliness, "资金拨付及时性", "44561"),
                Row(Satisfaction, ServiceSatisfaction, "用户满意度", "≥90%"),
            ],
            d.Indicators);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void InsertedRows_InsideOrBelowAMergedLevel_TakeTheLevelAbove()
    {
        using var editor = new WorkbookEditor(TestFiles.Template("edit-inserted-rows.xlsx"));
        var h = editor.Find("一级指标").Row;
        editor.SetText(h + 1, D, "第一行");
        editor.InsertRow(h + 2);                        // inside 数量's merged range: it grows
        editor.SetText(h + 2, D, "插入在合并区域内");
        editor.SetText(h + 2, F, "2个");
        editor.InsertRow(h + 7);                        // right below 数量's range, above 质量: no merge covers it
        editor.SetText(h + 7, D, "插入在合并区域下");
        editor.SetText(h + 7, F, "3个");
        var afterTable = editor.Find("审核意见").Row;
        editor.InsertRow(afterTable);                   // below the last row of the table (满意度)
        editor.SetText(afterTable, D, "表格末尾新增");
        editor.SetText(afterTable, F, "≥95%");

        var result = TestFiles.Import(TestFiles.Keep(editor.Save(), "edit-inserted-rows-saved.xlsx"));

        Assert.Equal(
            [
                Row(Output, Quantity, "第一行", null),
                Row(Output, Quantity, "插入在合并区域内", "2个"),
                Row(Output, Quantity, "插入在合并区域下", "3个"),
                Row(Satisfaction, ServiceSatisfaction, "表格末尾新增", "≥95%"),
            ],
            result.Declaration.Indicators);
        Assert.Equal(4, result.Declaration.Reviews.Count);
    }

    [Fact]
    public void DeletedRows_LeaveTheOtherIndicatorsWithTheirLevels()
    {
        using var editor = new WorkbookEditor(TestFiles.Template("edit-deleted-rows.xlsx"));
        var h = editor.Find("一级指标").Row;
        editor.SetText(h + 1, D, "数量一");
        editor.SetText(h + 2, D, "数量二（将删除）");
        editor.SetText(h + 3, D, "数量三");
        editor.SetText(h + 6, D, "质量一");
        editor.DeleteRow(h + 2);
        editor.DeleteRow(h + 3);                        // 数量's empty rows 4 and 5, now at h+3 and h+4
        editor.DeleteRow(h + 3);
        var economic = editor.Find("经济效益指标").Row;
        editor.SetText(economic, D, "经济一");

        var result = TestFiles.Import(TestFiles.Keep(editor.Save(), "edit-deleted-rows-saved.xlsx"));

        Assert.Equal(
            [
                Row(Output, Quantity, "数量一", null),
                Row(Output, Quantity, "数量三", null),
                Row(Output, Quality, "质量一", null),
                Row(Benefit, Economic, "经济一", null),
            ],
            result.Declaration.Indicators);
    }

    [Fact]
    public void UnmergedCells_ReadTheSameAsMerged()
    {
        using var editor = new WorkbookEditor(TestFiles.Export(SampleDeclaration.Value, "edit-unmerged.xlsx"));
        editor.Unmerge();                               // every merged range, levels and labels alike

        var file = TestFiles.Keep(editor.Save(), "edit-unmerged-saved.xlsx");
        var result = TestFiles.Import(file);

        var (document, sheet) = TestFiles.Open(file);
        using var _ = document;
        Assert.Empty(sheet.Descendants<MergeCell>());
        DeclarationAssert.Equal(SampleDeclaration.Value, result.Declaration);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Formulas_AreReadAsTheirCachedValues_AndFailedOnesAreReportedWithTheirCell()
    {
        using var editor = new WorkbookEditor(TestFiles.Template("edit-formulas.xlsx"));
        var h = editor.Find("一级指标").Row;
        var total = editor.Find("项目总预算").Row;
        editor.SetFormula(total, B, $"D{total}+F{total}", "13857.29");
        editor.SetText(h + 1, D, "公式指标");
        editor.SetFormula(h + 1, F, "\"≥\"&90&\"%\"", "≥90%", CellValues.String);
        editor.SetText(h + 2, D, "错误值");
        editor.SetFormula(h + 2, F, "1/0", "#DIV/0!", CellValues.Error);
        editor.SetText(h + 3, D, "未计算");
        editor.SetFormula(h + 3, F, "A1*2", cached: null);

        var result = TestFiles.Import(TestFiles.Keep(editor.Save(), "edit-formulas-saved.xlsx"));

        Assert.Equal(new WanYuan(13857.29m), result.Declaration.Budget.Total);
        Assert.Equal(
            [
                Row(Output, Quantity, "公式指标", "≥90%"),
                Row(Output, Quantity, "错误值", null),
                Row(Output, Quantity, "未计算", null),
            ],
            result.Declaration.Indicators);
        Assert.Collection(result.Findings,
            f =>
            {
                Assert.Equal(("FORMULA_ERROR", Severity.Error, "indicators[1].target", $"申报表!F{h + 2}"), (f.Code, f.Severity, f.Location, f.Cell));
                Assert.StartsWith("指标值无法识别", f.Message, StringComparison.Ordinal);
                Assert.Contains("#DIV/0!", f.Message, StringComparison.Ordinal);
            },
            f => Assert.Equal(("FORMULA_NOT_CALCULATED", "indicators[2].target", $"申报表!F{h + 3}"), (f.Code, f.Location, f.Cell)));
    }

    [Fact]
    public void UnreadableAmount_IsLeftBlankAndReportedWithItsCell()
    {
        using var editor = new WorkbookEditor(TestFiles.Template("edit-unreadable-amount.xlsx"));
        var total = editor.Find("项目总预算").Row;
        editor.SetText(total, B, "约一万");
        editor.SetText(total, D, "10,000.50万元");

        var result = TestFiles.Import(editor.Save());

        Assert.Null(result.Declaration.Budget.Total);
        Assert.Equal(new WanYuan(10000.50m), result.Declaration.Budget.CurrentYear);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("CELL_UNREADABLE", Severity.Error, "budget.total", $"申报表!B{total}"), (finding.Code, finding.Severity, finding.Location, finding.Cell));
        Assert.Contains("约一万", finding.Message, StringComparison.Ordinal);
        Assert.Equal($"申报表!B{total}", result.Sources.Find("budget.total")?.Cell);
    }

    [Fact]
    public void ProjectTypes_SeveralInOneCellOrUnknown_AreReadOrReported()
    {
        using var editor = new WorkbookEditor(TestFiles.Template("edit-project-types.xlsx"));
        var row = editor.Find("项目类型").Row;
        editor.SetText(row, B, "PPP项目、政府采购项目");
        editor.SetText(row, C, "重点项目");

        var result = TestFiles.Import(editor.Save());

        Assert.Equal([ProjectType.Ppp, ProjectType.GovernmentProcurement], result.Declaration.ProjectTypes);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("PROJECT_TYPE_UNKNOWN", Severity.Warning, $"申报表!C{row}"), (finding.Code, finding.Severity, finding.Cell));
        Assert.Contains("重点项目", finding.Message, StringComparison.Ordinal);
    }
}
