using Jixiao.Testing;
using Jixiao.Domain.Budget;
using Jixiao.Domain.Indicators;
using Jixiao.Interchange.Json;

namespace Jixiao.Interchange.Tests.Excel;

/// Workbooks in the layouts other regions print (the central template, long-term tables, boxes below the table …)
/// are read by the same reader as those layouts extracted to text: what the text reader places, a workbook places.
public sealed class OtherLayoutWorkbookTests
{
    /// Each test form, typed into a workbook cell by cell (a tab-separated line is a row, each cell in its column),
    /// reads to the same declaration as the text file.
    [Theory]
    [InlineData("central-template.txt")]
    [InlineData("central-core-columns.txt")]
    [InlineData("long-term-table.txt")]
    [InlineData("long-term-table-after.txt")]
    [InlineData("signatures-below-the-table.txt")]
    [InlineData("unknown-column.txt")]
    [InlineData("extra-columns.txt")]
    [InlineData("schema-101.txt")]
    [InlineData("wrapped-names.txt")]
    [InlineData("opinion-in-a-cell.txt")]
    [InlineData("carry-over-on-the-next-line.txt")]
    [InlineData("merged-name-column.txt")]
    [InlineData("hunan-target-table.txt")]
    [InlineData("hunan-expenditure-table.txt")]
    [InlineData("budget-block-and-ticks.txt")]
    [InlineData("caption-before-heading-tabs.txt")]
    [InlineData("cost-composition-table.txt")]
    [InlineData("daqing-layout.txt")]
    [InlineData("description-column-after-value.txt")]
    [InlineData("fanben-layout.txt")]
    [InlineData("goal-table-fanben.txt")]
    [InlineData("hospital-goal-rows.txt")]
    [InlineData("long-term-placeholder-level2.txt")]
    [InlineData("mid-term-beside-annual.txt")]
    [InlineData("operator-column-before-date.txt")]
    [InlineData("prior-year-columns.txt")]
    [InlineData("purchase-of-service-form.txt")]
    [InlineData("purchase-of-service-levels.txt")]
    [InlineData("review-form-numbered.txt")]
    [InlineData("shanghai-level-names.txt")]
    [InlineData("shanghai-ticks-budget-rows.txt")]
    [InlineData("transfer-region-goals.txt")]
    [InlineData("two-row-level-heading.txt")]
    [InlineData("vertical-side-label.txt")]
    [InlineData("hubei-level2-names-in-level1-column-tabs.txt")]
    public void TestForm_TypedIntoAWorkbook_ReadsAsItsText(string name)
    {
        var path = Samples.TestForm(name);
        var fromText = FormFile.Read(path);

        var fromWorkbook = TestFiles.Import(TestFiles.Keep(AsWorkbook(File.ReadAllLines(path)), Path.ChangeExtension(name, ".xlsx")));

        Assert.Equal(DeclarationJson.Serialize(fromText.Declaration), DeclarationJson.Serialize(fromWorkbook.Declaration));
        Assert.Equal(fromText.Findings.Select(f => (f.Code, f.Line)), fromWorkbook.Findings.Select(f => (f.Code, f.Line)));
    }

    [Fact]
    public void CentralTemplate_WithTypedCells_ReadsTheDepartmentBudgetFundsAndIndicators()
    {
        var book = new ForeignWorkbook().Sheet("绩效目标表")
            .Row(1, 1, "2023年项目支出绩效目标表")
            .Row(3, 1, "项目名称", "农村饮水安全巩固提升工程")
            .Row(4, 1, "主管部门及代码", "[126]某县水利局", "实施单位", "某县农村供水服务中心")
            .Row(5, 1, "项目资金（万元）", "年度资金总额", 320)
            .Row(6, 2, "其中：财政拨款", 300)
            .Row(7, 2, "其他资金", 20)
            .Row(8, 1, "年度总体目标", "完成12处集中供水工程改造。")
            .Row(9, 1, "绩效指标", "一级指标", "二级指标", "三级指标", "指标值")
            .Row(10, 2, "产出指标", "数量指标", "改造集中供水工程数量", "≥12处")
            .Row(11, 3, "质量指标", "水质达标率")
            .Number(11, 5, 0.95, ForeignWorkbook.Percent)
            .Row(12, 3, "时效指标", "工程完工时间")
            .Number(12, 5, 45260, ForeignWorkbook.SlashDate)           // 2023-11-30, typed as a date
            .Row(13, 2, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%")
            .Save();

        var result = TestFiles.Import(TestFiles.Keep(book, "central-template-typed.xlsx"));
        var d = result.Declaration;

        Assert.Equal(("某县水利局", "126", "某县农村供水服务中心"), (d.Department, d.BudgetCode, d.ImplementingUnit));
        Assert.Equal(new WanYuan(320m), d.Budget.CurrentYear);
        Assert.Equal(["财政拨款", "其他资金"], d.FundSources.Single().Children.Select(c => c.Name));
        Assert.Equal("完成12处集中供水工程改造。", d.AnnualGoal);
        Assert.Equal(
            [("数量指标", "改造集中供水工程数量", "≥12处"), ("质量指标", "水质达标率", "95%"), ("时效指标", "工程完工时间", "2023年11月30日"), ("服务对象满意度指标", "受益群众满意度", "≥90%")],
            d.Indicators.Select(i => (i.Level2, i.Name, i.Target.Text)));
        Assert.True(new DeadlineTarget(2023, 11, 30).SameValueAs(d.Indicators[2].Target));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void FailedFormula_InAnotherLayout_IsReportedWithItsCell_AndTheValueIsMissing()
    {
        var book = new ForeignWorkbook().Sheet("Sheet1")
            .Row(1, 1, "2023年项目支出绩效目标表")
            .Row(2, 1, "项目名称", "农村饮水安全巩固提升工程")
            .Row(3, 1, "一级指标", "二级指标", "三级指标", "指标值")
            .Row(4, 1, "产出指标", "数量指标", "改造集中供水工程数量", "≥12处")
            .Row(5, 2, "质量指标", "水质达标率")
            .FailedFormula(5, 4, "Sheet2!A1", "#REF!")
            .Save();

        var result = TestFiles.Import(TestFiles.Keep(book, "central-failed-formula.xlsx"));

        var error = Assert.Single(result.Findings);
        Assert.Equal(("FORMULA_ERROR", "Sheet1!D5"), (error.Code, error.Cell));
        Assert.Contains("#REF!", error.Message, StringComparison.Ordinal);
        Assert.IsType<MissingTarget>(result.Declaration.Indicators[1].Target);
    }

    [Fact]
    public void ErrorValueWithoutAFormula_IsReportedAsAnErrorValueInTheCell()
    {
        var book = new ForeignWorkbook().Sheet("Sheet1")
            .Row(1, 1, "项目名称", "农村饮水安全巩固提升工程")
            .Row(2, 1, "一级指标", "二级指标", "三级指标", "指标值")
            .Row(3, 1, "产出指标", "数量指标", "改造集中供水工程数量")
            .ErrorValueCell(3, 4, "#N/A")
            .Save();

        var error = Assert.Single(TestFiles.Import(TestFiles.Keep(book, "central-error-value.xlsx")).Findings);

        Assert.Equal(("FORMULA_ERROR", "Sheet1!D3"), (error.Code, error.Cell));
        Assert.Equal("单元格 Sheet1!D3 的值无法识别：单元格中是错误值 #N/A。", error.Message);
    }

    /// A line break typed to fit a value into its column is no part of the value; a name keeps reading as one.
    [Fact]
    public void LineBreaksInsideCells_AreNotPartOfTheValue()
    {
        var book = new ForeignWorkbook().Sheet("Sheet1")
            .Row(1, 1, "项目名称", "农村饮水安全巩固提升工程")
            .Row(2, 1, "一级指标", "二级指标", "三级指标", "指标值")
            .Row(3, 1, "产出指标", "数量指标", "改造集中供水\n工程数量", "≥10\n个")
            .Save();

        var indicator = Assert.Single(TestFiles.Import(TestFiles.Keep(book, "central-line-breaks.xlsx")).Declaration.Indicators);

        Assert.Equal(("改造集中供水工程数量", "≥10个"), (indicator.Name, indicator.Target.Text));
        Assert.True(TargetValue.Parse("≥10个").SameValueAs(indicator.Target));
    }

    /// A sheet of instructions that names the form's labels is not taken for the form: the sheet with indicators is.
    [Fact]
    public void InstructionsSheetNamingTheLabels_IsPassedOver_ForTheSheetWithIndicators()
    {
        var book = new ForeignWorkbook().Sheet("填表说明")
            .Row(1, 1, "项目名称：填写项目全称。")
            .Row(2, 1, "主管部门：填写主管部门全称。")
            .Row(3, 1, "年度总体目标：概括填写。")
            .Sheet("绩效目标表")
            .Row(1, 1, "项目名称", "农村饮水安全巩固提升工程")
            .Row(2, 1, "一级指标", "二级指标", "三级指标", "指标值")
            .Row(3, 1, "产出指标", "数量指标", "改造集中供水工程数量", "≥12处")
            .Save();

        var d = TestFiles.Import(TestFiles.Keep(book, "instructions-first.xlsx")).Declaration;

        Assert.Equal("农村饮水安全巩固提升工程", d.ProjectName);
        Assert.Equal("改造集中供水工程数量", Assert.Single(d.Indicators).Name);
    }

    /// Each line of a text form as a row; each tab-separated cell in its column, as text (as typed into Excel).
    private static byte[] AsWorkbook(string[] lines)
    {
        var book = new ForeignWorkbook().Sheet("Sheet1");
        for (var r = 0; r < lines.Length; r++)
        {
            var cells = lines[r].Split('\t');
            for (var c = 0; c < cells.Length; c++)
                if (cells[c].Trim().Length > 0) book.Text(r + 1, c + 1, cells[c].Trim());
        }
        return book.Save();
    }
}
