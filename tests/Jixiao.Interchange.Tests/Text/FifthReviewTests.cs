using Jixiao.Interchange.Text;

namespace Jixiao.Interchange.Tests.Text;

/// Review of a10e8ce on text forms (IndicatorTable.TooManyCells / LastInTable, FormScanner.NamesAnIndicator,
/// HasLaterLabel with commas, DeclarationDraft.SetDate through FormValues.TryParsePeriod). Readings compared: 4dc86c9
/// (session start), 43f8e48 (a10e8ce's parent) and a10e8ce, over the samples and about 3,200 forms generated from them.
public sealed class FifthReviewTests
{
    private static ReadResult ReadText(string text) => TextFormReader.Read(text, "x.txt");

    private const string Title = "示例县项目支出绩效目标表\n项目名称\t农村饮水安全巩固提升工程\n主管部门\t某县水利局\n";

    // ---- 1. a heading that lost its leading tab (TooManyCells: "ends in a value there") ---------------------------

    // User sees: under a heading one column left of its rows, a split level 2 ("可持续影" / "响指标") whose second row's
    // value is a plain word ("健全") imports indicator "响指标" with value "管护机制健全" under level 2 "可持续影", and the
    // value is reported 无法归入. 4dc86c9 and 43f8e48 read 可持续影响指标 / 管护机制健全 = 健全: a10e8ce takes a row in the
    // name column for shifted only when its last cell reads as a value, and 健全 does not.
    [Fact]
    public void ShiftedHeading_SplitLevelWithPlainWordValue_JoinsTheLevel()
    {
        var text = "示例市项目绩效目标申报表\n（2022年度）\n项目名称\t湿地公园管护\n主管部门\t示例市林业局\n"
            + "一级指标\t二级指标\t三级指标\t指标值\n"
            + "\t产出指标\t数量指标\t管护湿地面积\t≥1200亩\n"
            + "\t效益指标\t生态效益指标\t湿地植被覆盖率\t≥85%\n"
            + "\t\t可持续影\t湿地生态系统稳定\t长期\n"
            + "\t\t响指标\t管护机制健全\t健全\n"
            + "\t满意度指标\t服务对象满意度指标\t游客满意度\t≥90%\n";

        var indicators = ReadText(text).Declaration.Indicators;

        var last = indicators[3];
        Assert.Equal(("可持续影响指标", "管护机制健全", "健全"), (last.Level2, last.Name, last.Target.Text));
    }

    // User sees: under a heading one column left of its rows, an unknown level 2 ("服务保障指标") beside an indicator
    // whose value is a plain word ("健全", "不断完善", "得到保障", "基本实现") imports indicator "服务保障指标" with value
    // "供水管理制度健全性", the value reported 无法归入. 4dc86c9 and 43f8e48 read it right.
    [Theory]
    [InlineData("健全")]
    [InlineData("不断完善")]
    [InlineData("基本实现")]
    public void ShiftedHeading_UnknownLevelWithPlainWordValue_IsALevel(string value)
    {
        var text = Title + "一级指标\t二级指标\t三级指标\t指标值\n"
            + "\t产出指标\t数量指标\t改造集中供水工程数量\t≥12处\n"
            + $"\t\t服务保障指标\t供水管理制度健全性\t{value}\n"
            + "\t满意度指标\t服务对象满意度指标\t受益群众满意度\t≥90%\n";

        var indicator = ReadText(text).Declaration.Indicators[1];

        Assert.Equal(("服务保障指标", "供水管理制度健全性", value), (indicator.Level2, indicator.Name, indicator.Target.Text));
    }

    // ---- 2. a note right after 指标值 that reads as a value (LastInTable keeps the column after the heading) -------

    // User sees: a note in the column right after 指标值 that starts with a digit or ends in % ("2023年为93%",
    // "1.数据来源：供水台账", "100%") imports indicator "≥95%" with value "2023年为93%"; with a level 2 in the row, the real
    // name is reported 无法归入, without one it becomes level 2. 43f8e48 read both right (FitsAsTyped: the cell under 指标值
    // is a value); a10e8ce asks the note instead. 4dc86c9 read them as a10e8ce does (no note rule at all then).
    [Theory]
    [InlineData("2023年为93%")]
    [InlineData("1.数据来源：供水台账")]
    [InlineData("100%")]
    public void ValueLikeNoteRightOfTheValue_KeepsTheName(string note)
    {
        var text = Title + "一级指标\t二级指标\t三级指标\t指标值\n"
            + "产出指标\t数量指标\t改造集中供水工程数量\t≥12处\n"
            + $"\t质量指标\t水质达标率\t≥95%\t{note}\n"
            + $"\t\t管网漏损率\t≤10%\t{note}\n";

        var indicators = ReadText(text).Declaration.Indicators;

        Assert.Equal(("质量指标", "水质达标率", "≥95%"), (indicators[1].Level2, indicators[1].Name, indicators[1].Target.Text));
        Assert.Equal(("质量指标", "管网漏损率", "≤10%"), (indicators[2].Level2, indicators[2].Name, indicators[2].Target.Text));
    }

    // ---- 3. rows below the table whose label falls in the name column (NamesAnIndicator) ----------------------------

    // User sees: the signature rows under a table whose heading starts with an empty cell ("\t\t\t填报人\t张三\t联系电话\t
    // 1380…", "\t\t\t填报日期\t2024年1月5日") import indicators "填报人" = 张三 and "填报日期" = 2024年1月5日 under 服务对象满意度指标;
    // the contact, the phone and the filing date are lost. 4dc86c9 and 43f8e48 read the fields. A label that never names
    // an indicator (填报人, 联系电话, 填报日期) ends the table wherever it stands.
    [Fact]
    public void SignatureRowsInTheNameColumn_AreFieldsNotIndicators()
    {
        var text = Title + "\t一级指标\t二级指标\t三级指标\t指标值\n"
            + "\t产出指标\t数量指标\t改造集中供水工程数量\t≥12处\n"
            + "\t满意度指标\t服务对象满意度指标\t受益群众满意度\t≥90%\n"
            + "\t\t\t填报人\t张三\t联系电话\t13800000000\n"
            + "\t\t\t填报日期\t2024年1月5日\n";

        var declaration = ReadText(text).Declaration;

        Assert.Equal(2, declaration.Indicators.Count);
        Assert.Equal(("张三", "13800000000", new DateOnly(2024, 1, 5)),
            (declaration.ContactPerson, declaration.ContactPhone, declaration.FiledOn));
    }

    // ---- 4. a prose label before a cell of comma-joined fields (HasLaterLabel with ，) -------------------------------

    // User sees: 年度目标 left empty, the next cell "联系人：张三，联系电话：13800000000" (or "编报部门：某县水利局，联系人：张三")
    // becomes the annual goal, and the contact person (or the department) is lost. 4dc86c9 and 43f8e48 kept the field
    // (its value running on to the comma). Fields joined by commas are not labelled sentences of a goal.
    [Theory]
    [InlineData("年度目标\t\t联系人：张三，联系电话：13800000000\n")]
    [InlineData("年度目标\t联系人：张三，联系电话：13800000000\n")]
    public void EmptyProseLabel_BeforeCommaJoinedContactFields_KeepsTheContact(string row)
    {
        var declaration = ReadText(Title + row + "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t改造集中供水工程数量\t≥12处\n").Declaration;

        Assert.Null(declaration.AnnualGoal);
        Assert.StartsWith("张三", declaration.ContactPerson);
    }

    [Fact]
    public void EmptyProseLabel_BeforeCommaJoinedDepartment_KeepsTheDepartment()
    {
        var text = "示例县项目支出绩效目标表\n项目名称\t农村饮水安全巩固提升工程\n年度目标\t编报部门：某县水利局，联系人：张三\n"
            + "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t改造集中供水工程数量\t≥12处\n";

        var declaration = ReadText(text).Declaration;

        Assert.Null(declaration.AnnualGoal);
        Assert.StartsWith("某县水利局", declaration.Department);
    }

    // ---- 5. a start date at a year's end (SetDate through TryParsePeriod) --------------------------------------------

    // User sees: 起始日期 "2023年底" (or "2023年末") imports start date 2023-01-01, a year early, silently. 4dc86c9 and
    // 43f8e48 reported it 无法识别 and kept it in 其他栏目. TryParsePeriod takes "2023年底" for the whole year 2023, whose
    // first day is no reading of "the end of 2023".
    [Theory]
    [InlineData("2023年底")]
    [InlineData("2023年末")]
    public void StartDateAtAYearsEnd_IsNotTheFirstOfJanuary(string start)
    {
        var text = Title + $"起始日期\t{start}\t结束日期\t2024年12月31日\n"
            + "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t改造集中供水工程数量\t≥12处\n";

        var startDate = ReadText(text).Declaration.StartDate;

        Assert.True(startDate is null || startDate == new DateOnly(2023, 12, 31), $"起始日期 {start} read as {startDate}");
    }
}
