using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Interchange.Text;

namespace Jixiao.Interchange.Tests.Excel;

/// Review of 324ca52 (custom format affixes, month start/end dates, periods in cells, the prose-field rule, the
/// shifted-row test, labelled lines, the choice of sheet): text forms above all, and workbooks as budget units fill them.
public sealed class ReaderFixesThirdReviewTests
{
    private static ReadResult Read(byte[] book) => FormFile.Read(book, "x.xlsx");

    private static ReadResult ReadText(string text) => TextFormReader.Read(text, "x.txt");

    /// A tab text form: title, name, department, the given rows, then the indicator table.
    private static string TextForm(string rows) =>
        "2024年项目支出绩效目标表\n项目名称\t农村饮水工程\n主管部门\t某县水利局\n" + rows
        + "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t改造工程数量\t≥12处\n";

    /// A form in another region's layout (no 项目预算资金来源构成): read by the text reader.
    private static ForeignWorkbook Form(string sheet = "Sheet1") => new ForeignWorkbook().Sheet(sheet)
        .Row(1, 1, "2023年项目支出绩效目标表")
        .Row(2, 1, "项目名称", "农村饮水安全巩固提升工程")
        .Row(3, 1, "主管部门", "某县水利局")
        .Row(4, 1, "一级指标", "二级指标", "三级指标", "指标值")
        .Row(5, 1, "产出指标", "数量指标", "改造集中供水工程数量", "≥12处");

    // ---- 1. the prose-field rule (FormScanner: IsProse, RowItem.Cell) ----------------------------------------------

    // User sees: a bare prose label (项目概况, 年度目标, 总体目标) followed by a cell that is a field of its own
    // ("实施单位：某县供水中心") imports that cell as the prose ("年度目标：实施单位：某县供水中心"); the field is left blank.
    // Regression of 324ca52 (read right before): the prose label takes any next cell that starts with a label and holds a value.
    [Theory]
    [InlineData("年度目标\t实施单位：某县供水中心\n", "implementingUnit", "某县供水中心")]
    [InlineData("项目概况\t项目负责人：张三\t联系电话：13800138000\n", "projectLead", "张三")]
    [InlineData("总体目标\t年度目标：完成12处集中供水工程改造\n", "annualGoal", "完成12处集中供水工程改造")]
    [InlineData("项目概况\t项目名称：农村饮水工程\n", "overview", null)]
    public void TextForm_BareProseLabel_BeforeACellThatIsAFieldOfItsOwn_LeavesTheFieldItsValue(string row, string field, string? expected)
    {
        var d = ReadText(TextForm(row)).Declaration;

        Assert.Equal(expected, Field(d, field));
    }

    // User sees: the common group label 绩效目标 (an AnnualGoal label) beside "中期目标：三年完成36处" and, below,
    // "年度目标：完成12处": 年度绩效目标 becomes "中期目标：三年完成36处", 项目总目标 is blank and 完成12处 lands in 其他栏目.
    // Regression of 324ca52 (read 三年完成36处 / 完成12处 before).
    [Fact]
    public void TextForm_GroupLabel绩效目标_BesideMidTermAndAnnualGoals_ReadsBothGoals()
    {
        var d = ReadText(TextForm("绩效目标\t中期目标：三年完成36处\n\t年度目标：完成12处\n")).Declaration;

        Assert.Equal(("三年完成36处", "完成12处"), (d.OverallGoal, d.AnnualGoal));
    }

    // User sees: the same in a workbook in another layout (A6 绩效目标, B6 中期目标：…, B7 年度目标：…): 年度绩效目标
    // "中期目标：三年完成36处", no overall goal. Regression of 324ca52.
    [Fact]
    public void OtherLayout_GroupLabel绩效目标_BesideMidTermAndAnnualGoals_ReadsBothGoals()
    {
        var book = Form().Row(6, 1, "绩效目标", "中期目标：三年完成36处").Row(7, 2, "年度目标：完成12处").Save();

        var d = Read(book).Declaration;

        Assert.Equal(("三年完成36处", "完成12处"), (d.OverallGoal, d.AnnualGoal));
    }

    // ---- 2. the shifted-row test (IndicatorTable.TooManyCells / LastInTable) -------------------------------------------

    // User sees: a note typed in the column right after 指标值 ("含入户管网") turns the row into indicator "≥35公里" of
    // level 2 "新建管网长度" with value "含入户管网" (TAXONOMY error), or drops the name (水质达标率 未读入).
    // Regression of 324ca52: a378b1e read these right (4dc86c9 did not); LastInTable keeps a cell one column right of the
    // heading. Unlike the shifted-header case (WorkbookFixesReviewTests), the cell under 指标值 here is a value and the
    // extra cell is not.
    [Theory]
    [InlineData("一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t改造工程数量\t≥12处\n"
        + "\t\t新建管网长度\t≥35公里\t含入户管网\n\t质量指标\t水质达标率\t≥95%\t按国标\n")]
    [InlineData("绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t改造工程数量\t≥12处\n"
        + "\t\t\t新建管网长度\t≥35公里\t含入户管网\n\t\t质量指标\t水质达标率\t≥95%\t按国标\n")]
    public void TextForm_NoteInTheColumnRightOfTheValue_DoesNotTurnTheNameIntoALevel(string table)
    {
        var indicators = ReadText("2024年项目支出绩效目标表\n项目名称\t农村饮水工程\n" + table).Declaration.Indicators;

        Assert.Equal(["改造工程数量", "新建管网长度", "水质达标率"], indicators.Select(i => i.Name));
        Assert.Equal(["≥12处", "≥35公里", "≥95%"], indicators.Select(i => i.Target.Text));
    }

    // User sees: in a workbook, a note in E6 right of the value D6 imports indicator "≥95%" with value "已核实".
    // Regression of 324ca52 (a378b1e and 4dc86c9 read it right; the first review's test has the note in H6 only).
    [Fact]
    public void OtherLayout_NoteInTheColumnRightOfTheValue_DoesNotShiftTheRowsNameAndValue()
    {
        var book = Form().Row(6, 2, "质量指标", "水质达标率", "≥95%", "已核实").Save();

        var indicator = Read(book).Declaration.Indicators[1];

        Assert.Equal(("质量指标", "水质达标率", "≥95%"), (indicator.Level2, indicator.Name, indicator.Target.Text));
    }

    // ---- 3. labelled lines (SheetRows.HoldsItsValue) ------------------------------------------------------------------

    // User sees: 项目负责人 | 张三 | "联系人：李四" Alt+Enter "联系电话：13800138000" imports 联系人 "李四联系电话：13800138000"
    // and no phone. Regression of 324ca52 (a378b1e split the cell): a cell after a value ("张三") is no longer split.
    [Fact]
    public void OtherLayout_FieldsTypedOneUnderTheOther_AfterAValueCell_AreFieldsOfTheirOwn()
    {
        var book = Form().Row(6, 1, "项目负责人", "张三", "联系人：李四\n联系电话：13800138000").Save();

        var d = Read(book).Declaration;

        Assert.Equal(("张三", "李四", "13800138000"), (d.ProjectLead, d.ContactPerson, d.ContactPhone));
    }

    // ---- 4. custom number formats (CellFormats.Affixes) ---------------------------------------------------------------

    // User sees: a cost or time value shown by Excel as "≤25.00万元", "500元", "≤30天" imported as "≤25", "500", "≤30": the
    // unit is gone (the checker then flags a value without unit). Regression of 324ca52 (a378b1e read them as shown):
    // a money or time unit is dropped from indicator values too, not only from amounts and years.
    [Theory]
    [InlineData("成本指标", "\"≤\"0.00\"万元\"", 25, "≤25万元")]
    [InlineData("成本指标", "#,##0\"元\"", 500, "500元")]
    [InlineData("时效指标", "\"≤\"0\"天\"", 30, "≤30天")]
    public void OtherLayout_ValueWithAMoneyOrTimeUnitInItsFormat_KeepsTheUnit(string level2, string formatCode, double number, string expected)
    {
        var book = WorkbookStyles.WithNumberFormats(Form().Row(6, 2, level2, "某指标").Number(6, 4, number).Save(), ("D6", formatCode));

        Assert.Equal(expected, Read(book).Declaration.Indicators[1].Target.Text);
    }

    // User sees: 95 shown as "95.0%" / "≥95%" by a quoted or escaped percent sign (0.0"%", "≥"0"%", 0\%) imported as "95" /
    // "≥95": the percent is lost. Regression of 324ca52 (a378b1e read "95%"): Affixes refuses the unit "%", and IsPercent
    // ignores a quoted %, so nobody adds it.
    [Theory]
    [InlineData("0.0\"%\"", "95%")]
    [InlineData("\"≥\"0\"%\"", "≥95%")]
    [InlineData("0\\%", "95%")]
    public void OtherLayout_ValueWithAQuotedPercentSign_IsAPercentage(string formatCode, string expected)
    {
        var book = WorkbookStyles.WithNumberFormats(Form().Row(6, 2, "质量指标", "水质达标率").Number(6, 4, 95).Save(), ("D6", formatCode));

        Assert.Equal(expected, Read(book).Declaration.Indicators[1].Target.Text);
    }

    // User sees: a format with Excel's usual trailing padding "_ " ("≥"0_ , 0"个"_ , "≥"0%_ ) loses its comparison and
    // unit: "95", "95", "95%" instead of "≥95", "95个", "≥95%". Regression of 324ca52 (a378b1e read them as shown):
    // Affixes gives up on any '_'.
    [Theory]
    [InlineData("\"≥\"0_ ", 95, "≥95")]
    [InlineData("0\"个\"_ ", 95, "95个")]
    [InlineData("\"≥\"0%_ ", 0.95, "≥95%")]
    public void OtherLayout_ValueWhoseFormatEndsInPadding_KeepsItsComparisonAndUnit(string formatCode, double number, string expected)
    {
        var book = WorkbookStyles.WithNumberFormats(Form().Row(6, 2, "质量指标", "水质达标率").Number(6, 4, number).Save(), ("D6", formatCode));

        Assert.Equal(expected, Read(book).Declaration.Indicators[1].Target.Text);
    }

    // ---- 5. dates and periods (older) ----------------------------------------------------------------------------------

    // User sees: 结束日期 "2023年1-12月" (the project runs January to December) imported as 2023年1月12日.
    // Older (same at 4dc86c9): TryParseDate reads "2023年1-12月" as year, month, day.
    [Fact]
    public void TextForm_EndDateAsARangeOfMonths_IsNotTheTwelfthOfJanuary()
    {
        var d = ReadText(TextForm("起始日期\t2023年1月\t结束日期\t2023年1-12月\n")).Declaration;

        Assert.Equal(new DateOnly(2023, 12, 31), d.EndDate);
    }

    // User sees: 项目期限 | 3年 | 2024年1月至2026年12月 keeps "3年" in 其他栏目 and reports the period "无法归入"; no dates.
    // Older (same at 4dc86c9 and a378b1e): the duration cell takes the label, the period after it is left over.
    [Fact]
    public void TextForm_PeriodAfterADurationCell_IsThePeriod()
    {
        var d = ReadText(TextForm("项目期限\t3年\t2024年1月至2026年12月\n")).Declaration;

        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31)), (d.StartDate, d.EndDate));
    }

    private static string? Field(Jixiao.Domain.Declarations.Declaration d, string field) => field switch
    {
        "implementingUnit" => d.ImplementingUnit,
        "projectLead" => d.ProjectLead,
        "annualGoal" => d.AnnualGoal,
        "overview" => d.Overview,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}
