using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Interchange.Text;

namespace Jixiao.Interchange.Tests.Excel;

/// Review of dc9f371 (the prose-field rule, the shifted-row test FitsAsTyped, labelled lines by Fields state, custom
/// format affixes, month runs as dates, duration and period cells): text forms above all, then workbooks.
/// Versions compared: 4dc86c9 (session start), a378b1e, 324ca52 (4d7c6f7) and dc9f371.
public sealed class ReaderFourthReviewTests
{
    private static ReadResult Read(byte[] book) => FormFile.Read(book, "x.xlsx");

    private static ReadResult ReadText(string text) => TextFormReader.Read(text, "x.txt");

    private const string Title = "2024年项目支出绩效目标表\n项目名称\t农村饮水工程\n主管部门\t某县水利局\n";

    /// A tab text form: title, name, department, the given rows, then the indicator table.
    private static string TextForm(string rows) =>
        Title + rows + "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t改造工程数量\t≥12处\n";

    /// A form in another region's layout (no 项目预算资金来源构成): read by the text reader.
    private static ForeignWorkbook Form() => new ForeignWorkbook().Sheet("Sheet1")
        .Row(1, 1, "2023年项目支出绩效目标表")
        .Row(2, 1, "项目名称", "农村饮水安全巩固提升工程")
        .Row(3, 1, "主管部门", "某县水利局")
        .Row(4, 1, "一级指标", "二级指标", "三级指标", "指标值")
        .Row(5, 1, "产出指标", "数量指标", "改造集中供水工程数量", "≥12处");

    // ---- 1. the shifted-row test (IndicatorTable.TooManyCells / FitsAsTyped) ------------------------------------------

    // User sees: a qualitative value that TargetLooks does not know ("按时完成", "验收通过", "按标准执行") with a note two
    // columns right of 指标值 imports indicator "按时完成" with value "按合同" (or level 1 "生均成本", level 2 "按标准执行"),
    // the real name reported 无法归入. Regression of dc9f371 (324ca52 and a378b1e read these right): LastInTable, which
    // left out a cell more than one column right of the heading, is gone, and FitsAsTyped only saves value-like values.
    [Theory]
    [InlineData("一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t改造工程数量\t≥12处\n"
        + "\t时效指标\t完工时间\t按时完成\t\t按合同\n", "完工时间", "按时完成")]
    [InlineData("一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t改造工程数量\t≥12处\n"
        + "\t质量指标\t验收情况\t验收通过\t\t备注\n", "验收情况", "验收通过")]
    [InlineData("一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t改造工程数量\t≥12处\n"
        + "效益指标\t社会效益指标\t群众用水条件\t有所改善\n\t\t供水保障水平\t逐年提高\t\t说明\n", "供水保障水平", "逐年提高")]
    [InlineData("绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t改造工程数量\t≥12处\n"
        + "\t\t时效指标\t完工时间\t按时完成\t\t按合同\n", "完工时间", "按时完成")]
    [InlineData("一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t改造工程数量\t≥12处\n"
        + "成本指标\t经济成本指标\t生均资助标准\t2000元/人\n\t\t生均成本\t按标准执行\t\t说明\n", "生均成本", "按标准执行")]
    [InlineData("\t一级指标\t二级指标\t三级指标\t\t指标值\n绩效指标\t产出指标\t数量指标\t改造工程数量\t\t≥12处\n"
        + "\t\t\t系统运维\t\t按时完成\t\t说明\n", "系统运维", "按时完成")]
    public void TextForm_QualitativeValue_WithANoteTwoColumnsRight_KeepsItsName(string table, string name, string value)
    {
        var indicators = ReadText(Title + table).Declaration.Indicators;

        Assert.Equal((name, value), (indicators[^1].Name, indicators[^1].Target.Text));
    }

    // User sees: a note in the column right after 指标值 beside a qualitative value ("按时完成" | "按合同") imports
    // indicator "按时完成" with value "按合同". Regression of 324ca52 (a378b1e read it right), which dc9f371 fixed for
    // value-like values only.
    [Theory]
    [InlineData("一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t改造工程数量\t≥12处\n"
        + "\t时效指标\t完工时间\t按时完成\t按合同\n")]
    [InlineData("绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t改造工程数量\t≥12处\n"
        + "\t\t时效指标\t完工时间\t按时完成\t按合同\n")]
    public void TextForm_QualitativeValue_WithANoteInTheNextColumn_KeepsItsName(string table)
    {
        var indicator = ReadText(Title + table).Declaration.Indicators[^1];

        Assert.Equal(("时效指标", "完工时间", "按时完成"), (indicator.Level2, indicator.Name, indicator.Target.Text));
    }

    // User sees: under a heading that lost its leading tab, "→→服务保障指标→24小时供水保证率→≥95%" imports indicator
    // "服务保障指标" (level 数量指标) with value "24小时供水保证率": a name that starts with a digit reads as a value.
    // Regression of dc9f371 (324ca52 read it right): FitsAsTyped takes the name under 指标值 for a value.
    [Theory]
    [InlineData("24小时供水保证率")]
    [InlineData("12345热线办结率")]
    public void TextForm_UnknownLevel2_RightOfAShiftedHeader_BeforeANameStartingWithADigit_IsTheLevel(string name)
    {
        var text = "2023年项目支出绩效目标表\n项目名称\t农村饮水工程\n"
            + "一级指标\t二级指标\t三级指标\t指标值\n"
            + "\t产出指标\t数量指标\t改造集中供水工程数量\t≥12处\n"
            + $"\t\t服务保障指标\t{name}\t≥95%\n";

        var indicator = ReadText(text).Declaration.Indicators[^1];

        Assert.Equal(("服务保障指标", name, "≥95%"), (indicator.Level2, indicator.Name, indicator.Target.Text));
    }

    // User sees: a timeliness indicator named 完成时间 (a label of 结束日期) in a row that leaves the level cells empty ends
    // the indicator table: "完成时间 2024年12月31日前" lands in 其他栏目 and every indicator below it (质量指标 …) is lost.
    // Older (same at 4dc86c9): StartsWithFormLabel spares only period labels.
    [Fact]
    public void TextForm_IndicatorNamedLikeADateLabel_InARowWithoutLevels_DoesNotEndTheTable()
    {
        var text = Title + "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t改造工程数量\t≥12处\n"
            + "\t时效指标\t开工时间\t2024年3月前\n\t\t完成时间\t2024年12月31日前\n\t质量指标\t验收合格率\t100%\n";

        var indicators = ReadText(text).Declaration.Indicators;

        Assert.Equal(["改造工程数量", "开工时间", "完成时间", "验收合格率"], indicators.Select(i => i.Name));
    }

    // ---- 2. the prose-field rule (FormScanner.HasLaterLabel) ----------------------------------------------------------

    // User sees: 保障措施 | "实施单位：负责组织实施，主管部门：负责监督检查。" imports 实施单位 "负责组织实施，主管部门：负责监督检查。"
    // and no measures. Regression of dc9f371 (324ca52 read the measures): only a label after ；or 。 counts as a later
    // label, not one after a comma.
    [Fact]
    public void TextForm_MeasuresWhoseLabelledSentencesAreJoinedByAComma_AreTheMeasures()
    {
        var d = ReadText(TextForm("保障措施\t实施单位：负责组织实施，主管部门：负责监督检查。\n")).Declaration;

        Assert.Equal(("实施单位：负责组织实施，主管部门：负责监督检查。", null), (d.Measures, d.ImplementingUnit));
    }

    // User sees: the same in a workbook (A7 保障措施, B7 "实施单位：负责组织实施，" Alt+Enter "主管部门：负责监督检查。"):
    // 实施单位 "负责组织实施，主管部门：负责监督检查。", no measures. Regression of dc9f371 (324ca52 read the measures).
    [Fact]
    public void OtherLayout_MeasuresWhoseLabelledSentencesAreJoinedByAComma_AreTheMeasures()
    {
        var book = Form().Row(7, 1, "保障措施", "实施单位：负责组织实施，\n主管部门：负责监督检查。").Save();

        var d = Read(book).Declaration;

        Assert.Null(d.ImplementingUnit);
        Assert.StartsWith("实施单位：负责组织实施", d.Measures);
    }

    // ---- 3. dates and periods ---------------------------------------------------------------------------------------

    // User sees: 结束日期 "2024年底" is reported unreadable and kept in 其他栏目; the project has no end date.
    // Older (same at 4dc86c9).
    [Fact]
    public void TextForm_EndDateAsTheEndOfAYear_IsTheLastDayOfTheYear()
    {
        var d = ReadText(TextForm("起始日期\t2024年1月\t结束日期\t2024年底\n")).Declaration;

        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), (d.StartDate, d.EndDate));
    }

    // User sees: 项目期限 | 12个月 | 2024年1月1日 | 2024年12月31日 keeps "12个月" in 其他栏目 and reports both dates 无法归入;
    // no start or end date. Older (same at 4dc86c9): dc9f371 reads a duration before a period cell, not before two dates.
    [Fact]
    public void TextForm_StartAndEndCellsAfterADurationCell_AreThePeriod()
    {
        var d = ReadText(TextForm("项目期限\t12个月\t2024年1月1日\t2024年12月31日\n")).Declaration;

        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), (d.StartDate, d.EndDate));
    }

    // User sees: 项目起止时间 | 2024年 | 至 | 2026年, the years date cells formatted yyyy"年", imports the end date 2026-01-01
    // (the text form "2024年至2026年" gives 2026-12-31); 结束日期 shown "2025年" is 2025-01-01. Older than dc9f371 (same at
    // a378b1e and 324ca52): a date shown as a year is taken for its first day, as a month was before.
    [Fact]
    public void OtherLayout_PeriodCellsShownAsYears_EndOnTheLastDayOfTheYear()
    {
        var book = WorkbookStyles.WithNumberFormats(Form().Text(7, 1, "项目起止时间").Number(7, 2, 45292).Text(7, 3, "至").Number(7, 4, 46023).Save(),
            ("B7", "yyyy\"年\""), ("D7", "yyyy\"年\""));

        var d = Read(book).Declaration;

        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31)), (d.StartDate, d.EndDate));
    }

    [Fact]
    public void OtherLayout_EndDateShownAsAYear_IsTheLastDayOfTheYear()
    {
        var book = WorkbookStyles.WithNumberFormats(Form().Text(7, 1, "结束日期").Number(7, 2, 45658).Save(), ("B7", "yyyy\"年\""));

        Assert.Equal(new DateOnly(2025, 12, 31), Read(book).Declaration.EndDate);
    }

    // ---- 4. workbook indicator rows ---------------------------------------------------------------------------------

    // User sees: B6 时效指标, C6 完工时间, D6 按时完成 and a note in E6 or F6 ("按合同") imports indicator "按时完成" with
    // value "按合同". F6: regression of dc9f371 (324ca52 and 4dc86c9 read it right); E6: regression of 324ca52 (a378b1e
    // and 4dc86c9 read it right), which dc9f371 fixed for value-like values only.
    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void OtherLayout_QualitativeValue_WithANoteRightOfIt_KeepsItsName(int noteColumn)
    {
        var book = Form().Row(6, 2, "时效指标", "完工时间", "按时完成").Text(6, noteColumn, "按合同").Save();

        var indicator = Read(book).Declaration.Indicators[^1];

        Assert.Equal(("时效指标", "完工时间", "按时完成"), (indicator.Level2, indicator.Name, indicator.Target.Text));
    }

    // User sees: C7 完成时间 | D7 2023年12月31日前 (levels left blank below 时效指标) ends the indicator table: 完成时间 lands in
    // 其他栏目 and 水质达标率 below it is lost. Regression of this session (4dc86c9's label reader read all three; the text
    // reader reads such workbooks since f157f61).
    [Fact]
    public void OtherLayout_IndicatorNamedLikeADateLabel_InARowWithoutLevels_DoesNotEndTheTable()
    {
        var book = Form().Row(6, 2, "时效指标", "开工时间", "2023年3月前").Row(7, 3, "完成时间", "2023年12月31日前")
            .Row(8, 2, "质量指标", "水质达标率", "≥95%").Save();

        var indicators = Read(book).Declaration.Indicators;

        Assert.Equal(["改造集中供水工程数量", "开工时间", "完成时间", "水质达标率"], indicators.Select(i => i.Name));
    }

    // ---- 5. custom number formats (CellFormats.Affixes) -------------------------------------------------------------

    // User sees: a per-head or per-year cost shown "25.00万元/人", "2000元/人", "≤2,000元/人/年" imported as "25", "2000",
    // "≤2000": the unit is gone. Regression of 324ca52 (a378b1e read them as shown); dc9f371 restored 元 and 万元 only.
    [Theory]
    [InlineData("0.00\"万元/人\"", 25, "25万元/人")]
    [InlineData("0\"元/人\"", 2000, "2000元/人")]
    [InlineData("\"≤\"#,##0\"元/人/年\"", 2000, "≤2000元/人/年")]
    public void OtherLayout_ValueWithAPerUnitMoneyFormat_KeepsTheUnit(string formatCode, double number, string expected)
    {
        var book = WorkbookStyles.WithNumberFormats(Form().Row(6, 2, "成本指标", "人均补助标准").Number(6, 4, number).Save(), ("D6", formatCode));

        Assert.Equal(expected, Read(book).Declaration.Indicators[1].Target.Text);
    }

    // User sees: "约12人" and "不低于95%" (formats "约"0"人", "不低于"0"%") imported as "12人" and "95%": an approximate or
    // minimum target becomes an exact one. Regression of 324ca52 (a378b1e read them as shown), not fixed by dc9f371.
    [Theory]
    [InlineData("数量指标", "\"约\"0\"人\"", 12, "约12人")]
    [InlineData("质量指标", "\"不低于\"0\"%\"", 95, "不低于95%")]
    public void OtherLayout_ValueWithAWordedComparisonInItsFormat_KeepsIt(string level2, string formatCode, double number, string expected)
    {
        var book = WorkbookStyles.WithNumberFormats(Form().Row(6, 2, level2, "某指标").Number(6, 4, number).Save(), ("D6", formatCode));

        Assert.Equal(expected, Read(book).Declaration.Indicators[1].Target.Text);
    }

    // ---- 6. labelled lines (SheetRows Fields state) -------------------------------------------------------------------

    // User sees: 项目负责人 | 张三 | 13900000000 | "联系人：李四" Alt+Enter "联系电话：13800138000" imports 联系人
    // "李四联系电话：13800138000" and no phone. Regression of 324ca52 (a378b1e split the cell), not fixed by dc9f371: the
    // lead's phone after his name makes the row "Other".
    [Fact]
    public void OtherLayout_LabelledLines_AfterALeadAndHisPhone_AreFieldsOfTheirOwn()
    {
        var book = Form().Row(6, 1, "项目负责人", "张三", "13900000000", "联系人：李四\n联系电话：13800138000").Save();

        var d = Read(book).Declaration;

        Assert.Equal(("张三", "李四", "13800138000"), (d.ProjectLead, d.ContactPerson, d.ContactPhone));
    }
}
