using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Domain.Budget;
using Jixiao.Domain.Indicators;
using Jixiao.Interchange.Text;
using Jixiao.Testing;

namespace Jixiao.Interchange.Tests.Excel;

/// Review of a378b1e (custom formats read as shown, month dates, serial dates, periods in cells, the name column rule,
/// labelled lines in one cell, the choice of sheet): workbooks and text forms as budget units fill them.
public sealed class WorkbookFixesReviewTests
{
    private static ReadResult Read(byte[] book) => FormFile.Read(book, "x.xlsx");

    private static ReadResult ReadText(string text) => TextFormReader.Read(text, "x.txt");

    /// A form in another region's layout (no 项目预算资金来源构成): read by the text reader.
    private static ForeignWorkbook Form(string sheet = "Sheet1") => new ForeignWorkbook().Sheet(sheet)
        .Row(1, 1, "2023年项目支出绩效目标表")
        .Row(2, 1, "项目名称", "农村饮水安全巩固提升工程")
        .Row(3, 1, "主管部门", "某县水利局")
        .Row(4, 1, "一级指标", "二级指标", "三级指标", "指标值")
        .Row(5, 1, "产出指标", "数量指标", "改造集中供水工程数量", "≥12处");

    private const string ExcelAccounting = "_ \\¥* #,##0.00_ ;_ \\¥* \\-#,##0.00_ ;_ \\¥* \"-\"??_ ;_ @_ ";
    private const string ExcelCurrency = "\"¥\"#,##0.00;\"¥\"\\-#,##0.00";

    // ---- 1. number formats --------------------------------------------------------------------------------------

    // User sees: 项目总预算 "¥320不是可识别的金额" and no budget, for 320 shown in Excel as "¥320.00" / "￥ 320.00" (currency or accounting format).
    // Regression of a378b1e (read 320 before): Affixes gives the prefix ¥, which TryParseAmount refuses.
    [Theory]
    [InlineData(ExcelAccounting)]
    [InlineData(ExcelCurrency)]
    [InlineData("\\¥#,##0.00")]
    public void OtherLayout_BudgetInACurrencyOrAccountingFormat_IsTheAmount(string formatCode)
    {
        var book = WorkbookStyles.WithNumberFormats(Form().Text(6, 1, "项目总预算（万元）").Number(6, 2, 320).Save(), ("B6", formatCode));

        var result = Read(book);

        Assert.Equal(new WanYuan(320m), result.Declaration.Budget.Total);
        Assert.DoesNotContain(result.Findings, f => f.Location.StartsWith("budget", StringComparison.Ordinal));
    }

    // User sees: 项目总预算 "320万" unreadable (a cell shown as 320万 by the format #,##0.00"万"), the budget left blank.
    // Regression of a378b1e: the suffix 万 is kept and "320万" is no amount.
    [Fact]
    public void OtherLayout_BudgetShownWithTheUnit万_IsTheAmount()
    {
        var book = WorkbookStyles.WithNumberFormats(Form().Text(6, 1, "项目总预算（万元）").Number(6, 2, 320).Save(), ("B6", "#,##0.00\"万\""));

        Assert.Equal(new WanYuan(320m), Read(book).Declaration.Budget.Total);
    }

    // User sees: 项目总预算 "万元320" unreadable; Excel shows the cell as "320万元" (format G/通用格式"万元", the General format with a unit).
    // Regression of a378b1e: G/通用格式 and General hold no 0/#/? placeholder, so the unit is taken for a prefix.
    [Theory]
    [InlineData("G/通用格式\"万元\"")]
    [InlineData("General\"万元\"")]
    public void OtherLayout_BudgetInTheGeneralFormatWithAUnit_IsTheAmount(string formatCode)
    {
        var book = WorkbookStyles.WithNumberFormats(Form().Text(6, 1, "项目总预算（万元）").Number(6, 2, 320).Save(), ("B6", formatCode));

        Assert.Equal(new WanYuan(320m), Read(book).Declaration.Budget.Total);
    }

    // User sees: indicator value "个12" where Excel shows "12个" (format G/通用格式"个").
    // Regression of a378b1e: read "12" before, now "个12" (the suffix taken for a prefix).
    [Theory]
    [InlineData("G/通用格式\"个\"")]
    [InlineData("General\"个\"")]
    public void OtherLayout_ValueInTheGeneralFormatWithAUnit_IsReadAsShown(string formatCode)
    {
        var book = WorkbookStyles.WithNumberFormats(Form().Row(6, 2, "数量指标", "新建水厂数量").Number(6, 4, 12).Save(), ("D6", formatCode));

        Assert.Equal("12个", Read(book).Declaration.Indicators[1].Target.Text);
    }

    // User sees: in the fund table of the central template, amounts in an accounting format ("¥300") are no amounts: the fund sources are lost.
    // Regression of a378b1e: "¥300" does not look like an amount to FundSection.
    [Fact]
    public void OtherLayout_FundAmountsInAnAccountingFormat_ReadAsWithoutTheFormat()
    {
        static ForeignWorkbook Central() => new ForeignWorkbook().Sheet("Sheet1")
            .Row(1, 1, "2023年项目支出绩效目标表")
            .Row(2, 1, "项目名称", "农村饮水安全巩固提升工程")
            .Row(3, 1, "项目资金", "年度资金总额", 320.0)
            .Row(4, 1, "（万元）", "其中：财政拨款", 300.0)
            .Row(5, 2, "其他资金", 20.0)
            .Row(6, 1, "绩效指标", "一级指标", "二级指标", "三级指标", "指标值")
            .Row(7, 2, "产出指标", "数量指标", "改造集中供水工程数量", "≥12处");
        var plain = Read(Central().Save()).Declaration;
        var formatted = Read(WorkbookStyles.WithNumberFormats(Central().Save(), ("C3", ExcelAccounting), ("C4", ExcelAccounting), ("C5", ExcelAccounting))).Declaration;

        Assert.NotEmpty(plain.FundSources);
        Assert.Equal(plain.FundSources, formatted.FundSources);
        Assert.Equal(plain.Budget, formatted.Budget);
    }

    // User sees: the label reader reads a Nanchang-layout workbook's indicator value as "个12" where Excel shows "12个".
    // Regression of a378b1e in the label reader: read "12" before, now "个12".
    [Fact]
    public void NanchangLayout_ValueInTheGeneralFormatWithAUnit_IsReadAsShown()
    {
        var declaration = Samples.NanchangDeclaration;
        using var editor = new WorkbookEditor(TestFiles.Export(declaration, "review2-general-unit.xlsx"));
        var (row, col) = editor.Find(declaration.Indicators[0].Target.Text);
        editor.SetNumber(row, col, 12);
        var book = WorkbookStyles.WithNumberFormats(editor.Save(), (Jixiao.Interchange.Excel.CellRef.Of(row, col), "G/通用格式\"个\""));

        Assert.Equal("12个", TestFiles.Import(book).Declaration.Indicators[0].Target.Text);
    }

    // User sees: the year of a Nanchang-layout form left blank when the year line under the title holds 2023 shown as "2023年度" (format 0"年度").
    // Regression of a378b1e in the label reader: TextOf now gives "2023年度", which ReadYear does not take.
    [Fact]
    public void NanchangLayout_YearUnderTheTitleShownWith年度_IsTheYear()
    {
        var declaration = Samples.NanchangDeclaration;
        using var editor = new WorkbookEditor(TestFiles.Export(declaration, "review2-year-format.xlsx"));
        var (row, col) = YearCell(editor, declaration.Year!.Value);
        editor.SetNumber(row, col, 2023);
        var book = WorkbookStyles.WithNumberFormats(editor.Save(), (Jixiao.Interchange.Excel.CellRef.Of(row, col), "0\"年度\""));

        Assert.Equal(2023, TestFiles.Import(book).Declaration.Year);
    }

    // User sees: the label reader reads a cost value 320 shown as "¥320.00" (accounting format) as the text "¥320", no longer the number 320.
    // Regression of a378b1e in the label reader: read 320 before.
    [Fact]
    public void NanchangLayout_ValueInAnAccountingFormat_IsStillANumber()
    {
        var declaration = Samples.NanchangDeclaration;
        using var editor = new WorkbookEditor(TestFiles.Export(declaration, "review2-accounting-value.xlsx"));
        var indicator = declaration.Indicators[0];
        var (row, col) = editor.Find(indicator.Target.Text);
        editor.SetNumber(row, col, 320);
        var book = WorkbookStyles.WithNumberFormats(editor.Save(), (Jixiao.Interchange.Excel.CellRef.Of(row, col), ExcelAccounting));

        var target = TestFiles.Import(book).Declaration.Indicators[0].Target;

        Assert.True(TargetValue.Parse("320", new TargetContext(indicator.Level2)).SameValueAs(target), target.Text);
    }

    // User sees: in a Nanchang-layout workbook a deadline shown as "2023年12月" (format yyyy"年"m"月") imported as "2023年12月1日前"
    // (the label reader does not use ShowsMonthOnly; the text reader reads the same cell as the month).
    // Older: the label reader reads a month-formatted deadline as its first day (a378b1e fixed only the text reader).
    [Theory]
    [InlineData("yyyy\"年\"m\"月\"", "2023年12月")]
    [InlineData("yyyy\"年\"", "2023年")]             // shown as a year: the year
    public void NanchangLayout_DeadlineShownAsAMonth_IsThatMonth(string formatCode, string shown)
    {
        var indicators = Samples.NanchangDeclaration.Indicators;
        var index = indicators.ToList().FindIndex(i => i.Level2 == IndicatorTaxonomy.Timeliness);
        var declaration = Samples.NanchangDeclaration with
        {
            Indicators = [.. indicators.Take(index), indicators[index] with { Target = TargetValue.Parse("按计划完成", new TargetContext(IndicatorTaxonomy.Timeliness)) }, .. indicators.Skip(index + 1)],
        };
        using var editor = new WorkbookEditor(TestFiles.Export(declaration, "review2-month-deadline.xlsx"));
        var (row, col) = editor.Find("按计划完成");
        editor.SetNumber(row, col, 45261);   // 2023-12-01
        var book = WorkbookStyles.WithNumberFormats(editor.Save(), (Jixiao.Interchange.Excel.CellRef.Of(row, col), formatCode));

        var target = TestFiles.Import(book).Declaration.Indicators[index].Target;

        Assert.True(TargetValue.Parse(shown, new TargetContext(IndicatorTaxonomy.Timeliness)).SameValueAs(target), target.Text);
    }

    private static (int Row, int Col) YearCell(WorkbookEditor editor, int year)
    {
        foreach (var text in new[] { $"（{year}年度）", $"({year}年度)", $"（{year} 年度）", $"({year} 年度)" })
        {
            try { return editor.Find(text); }
            catch (InvalidOperationException) { }
        }
        throw new InvalidOperationException("no year cell");
    }

    // ---- 2. dates and periods ---------------------------------------------------------------------------------------

    // User sees: 起始日期 shown in Excel as "2023年1月" (format yyyy"年"m"月") reported "不是日期" and left blank; before a378b1e it was 2023-01-01.
    // Regression of a378b1e: TextOf now gives "2023年1月", which SetDate (TryParseDateOrSerial) refuses.
    [Fact]
    public void OtherLayout_StartDateShownAsAMonth_IsTheFirstDayOfThatMonth()
    {
        var book = Form().Text(7, 1, "起始日期").Number(7, 2, 44927).Save();   // 2023-01-01
        book = WorkbookStyles.WithNumberFormats(book, ("B7", "yyyy\"年\"m\"月\""));

        var result = Read(book);

        Assert.Equal(new DateOnly(2023, 1, 1), result.Declaration.StartDate);
        Assert.DoesNotContain(result.Findings, f => f.Location.StartsWith("startDate", StringComparison.Ordinal));
    }

    // User sees: 结束日期 shown as "2023年12月" reported "不是日期" and left blank.
    // Regression of a378b1e: was 2023-12-01 before (wrong day), now blank with an error.
    [Fact]
    public void OtherLayout_EndDateShownAsAMonth_IsTheLastDayOfThatMonth()
    {
        var book = Form().Text(7, 1, "结束日期").Number(7, 2, 45261).Save();   // 2023-12-01
        book = WorkbookStyles.WithNumberFormats(book, ("B7", "yyyy\"年\"m\"月\""));

        Assert.Equal(new DateOnly(2023, 12, 31), Read(book).Declaration.EndDate);
    }

    // User sees: 项目起止时间 "2023年1月 至 2023年12月" in month-formatted cells imported as the period 2023-01-01 – 2023-01-31 (January only).
    // Regression of a378b1e: unreadable (reported) before, now silently January only: PeriodCells takes only full dates.
    [Fact]
    public void OtherLayout_PeriodOfTwoMonthCells_IsFromTheFirstToTheLastMonth()
    {
        var book = Form().Text(7, 1, "项目起止时间").Number(7, 2, 44927).Text(7, 3, "至").Number(7, 4, 45261).Save();
        book = WorkbookStyles.WithNumberFormats(book, ("B7", "yyyy\"年\"m\"月\""), ("D7", "yyyy\"年\"m\"月\""));

        var d = Read(book).Declaration;

        Assert.Equal((new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), (d.StartDate, d.EndDate));
    }

    // User sees: a text form's 项目起止时间 "2023年1月 | 至 | 2023年12月" (three cells) imported as January 2023 only.
    // Older (same before a378b1e): PeriodCells takes only full dates, so the first cell alone is read as the period.
    [Fact]
    public void TextForm_PeriodOfTwoMonthsInCellsOfTheirOwn_IsTheWholePeriod()
    {
        var text = "2023年项目支出绩效目标表\n项目名称\t农村饮水工程\n项目起止时间\t2023年1月\t至\t2023年12月\n"
            + "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t改造集中供水工程数量\t≥12处\n";

        var d = ReadText(text).Declaration;

        Assert.Equal((new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), (d.StartDate, d.EndDate));
    }

    // User sees: 项目起止时间 typed as two dates into cells formatted as numbers (44927 至 45291) reported unreadable, though 起始日期 44927 reads.
    // Older / left by a378b1e: PeriodCells uses TryParseDate, not TryParseDateOrSerial.
    [Fact]
    public void OtherLayout_PeriodOfTwoSerials_IsThePeriod()
    {
        var book = Form().Text(7, 1, "项目起止时间").Number(7, 2, 44927).Text(7, 3, "至").Number(7, 4, 45291).Save();

        var d = Read(book).Declaration;

        Assert.Equal((new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), (d.StartDate, d.EndDate));
    }

    // ---- 2b. the name column rule ------------------------------------------------------------------------------------

    // User sees: the table's header lost its leading tab (it opened a PDF page) and rows kept theirs: the row
    // "→→服务保障指标→供水保证率→≥95%" imports indicator "服务保障指标" with value "供水保证率"; before a378b1e it read right.
    // Regression of a378b1e (TooManyCells no longer looks at a first cell in or right of the name column).
    [Fact]
    public void TextForm_UnknownLevel2_InARowRightOfAShiftedHeader_IsStillTheLevel()
    {
        var text = "2023年项目支出绩效目标表\n项目名称\t农村饮水工程\n"
            + "一级指标\t二级指标\t三级指标\t指标值\n"
            + "\t产出指标\t数量指标\t改造集中供水工程数量\t≥12处\n"
            + "\t\t服务保障指标\t供水保证率\t≥95%\n";

        var indicators = ReadText(text).Declaration.Indicators;

        Assert.Equal(["改造集中供水工程数量", "供水保证率"], indicators.Select(i => i.Name));
        Assert.Equal(("服务保障指标", "≥95%"), (indicators[1].Level2, indicators[1].Target.Text));
    }

    // ---- 3. multi-line cells -----------------------------------------------------------------------------------------

    // User sees: 保障措施 "实施单位：负责组织实施；" Alt+Enter "主管部门：负责监督检查。" becomes 实施单位 and 主管部门 (主管部门 "负责监督检查。"), the measures lost.
    // Older: before a378b1e 实施单位 took the whole cell; now its first line, and the measures are still lost.
    [Fact]
    public void OtherLayout_MeasuresWhoseLinesStartWithLabels_AreTheMeasures()
    {
        var measures = "实施单位：负责项目的组织实施；\n主管部门：负责项目的监督检查。";
        var book = Form().Row(6, 1, "保障措施", measures).Save();

        var d = Read(book).Declaration;

        Assert.Equal("某县水利局", d.Department);
        Assert.Null(d.ImplementingUnit);
        Assert.Contains("负责项目的监督检查", d.Measures ?? "", StringComparison.Ordinal);
    }

    // User sees: a timeliness value typed "开始时间：2023年1月" Alt+Enter "完成时间：2023年12月" is cut: the value loses its second line.
    // Regression of a378b1e: the cell is split into rows (LabelledLines) and the table ends at 完成时间; the next indicator is lost.
    [Fact]
    public void OtherLayout_IndicatorValueWhoseLinesStartWithLabels_IsOneValue()
    {
        var book = Form()
            .Row(6, 2, "时效指标", "项目实施进度", "开始时间：2023年1月\n完成时间：2023年12月")
            .Row(7, 2, "质量指标", "水质达标率", "≥95%")
            .Save();

        var d = Read(book).Declaration;

        Assert.Equal(["改造集中供水工程数量", "项目实施进度", "水质达标率"], d.Indicators.Select(i => i.Name));
        Assert.Contains("完成时间", d.Indicators[1].Target.Text, StringComparison.Ordinal);
        Assert.Null(d.EndDate);
    }

    // ---- 4. sheet choice ---------------------------------------------------------------------------------------------

    // User sees: the form's name, department and budget dropped and the examples of a reference sheet imported as the indicators.
    // Older (same before a378b1e): the first sheet with indicators wins whatever the other sheet places.
    [Fact]
    public void FormWithoutIndicatorsYet_AndAnIndicatorReferenceSheet_ReadsTheForm()
    {
        var book = new ForeignWorkbook()
            .Sheet("绩效目标表").Row(1, 1, "2024年项目支出绩效目标表").Row(2, 1, "项目名称", "农村饮水工程").Row(3, 1, "主管部门", "某县水利局")
            .Row(4, 1, "项目总预算（万元）", 320.0).Row(5, 1, "年度总体目标", "完成12处集中供水工程改造。")
            .Row(6, 1, "一级指标", "二级指标", "三级指标", "指标值")
            .Sheet("指标参考").Row(1, 1, "常用绩效指标参考").Row(2, 1, "一级指标", "二级指标", "三级指标", "指标值")
            .Row(3, 1, "产出指标", "数量指标", "培训人次", "≥100人次").Row(4, 1, "产出指标", "质量指标", "验收合格率", "100%")
            .Save();

        var d = Read(book).Declaration;

        Assert.Equal(("农村饮水工程", "某县水利局"), (d.ProjectName, d.Department));
    }
}
