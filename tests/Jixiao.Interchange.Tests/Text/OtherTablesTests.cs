using Jixiao.Domain.Checks;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;
using Jixiao.Interchange.Text;
using Jixiao.Testing;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Indicator tables of other regions' layouts (samples/test-forms/, after the probe of real forms): each read into
/// the tree, with the findings the misreading caused gone.
public class OtherTablesTests
{
    [Fact]
    public void VerticalSideLabel_OneCharacterPerRow_NeitherHidesTheHeadingNorShiftsTheRows()
    {
        var result = Read("vertical-side-label.txt");
        var form = result.Declaration;

        Assert.Equal(
            [
                ("产出指标", "数量指标", "基础养老金发放人数", "≥41000人"),
                ("产出指标", "数量指标", "代缴困难群体保费人数", "≥3200人"),
                ("产出指标", "质量指标", "养老金按月足额发放率", "100%"),
                ("产出指标", "时效指标", "养老金发放时间", "2024年12月31日前"),
                ("效益指标", "社会效益指标", "城乡居民基本养老保险参保率", "≥95%"),
                ("满意度指标", "服务对象满意度指标", "参保居民满意度", "≥88%"),
            ],
            form.Indicators.Select(Tree));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
        Assert.DoesNotContain(Checked(form), f => f.Code is "REQUIRED_CATEGORY" or "TAXONOMY");
    }

    [Fact]
    public void VerticalSideLabel_WithoutItsFirstCharacter_RowsStillKeepTheirColumns()
    {
        // The heading row lost "绩" (its cell empty); "效", "指", "标" stand before the first rows.
        const string text = "示例县项目支出绩效目标表\n项目名称\t城乡居民养老保险补助\n\t一级指标\t二级指标\t三级指标\t指标值\n"
            + "效\t产出指标\t数量指标\t基础养老金发放人数\t≥41000人\n指\t\t\t代缴困难群体保费人数\t≥3200人\n"
            + "标\t\t成本指标\t人均补助标准\t≥1620元/人·年\n\t效益指标\t社会效益指标\t参保率\t≥95%\n";

        var form = TextFormReader.Read(text, "side-label.txt").Declaration;

        Assert.Equal(
            [
                ("产出指标", "数量指标", "基础养老金发放人数", "≥41000人"),
                ("产出指标", "数量指标", "代缴困难群体保费人数", "≥3200人"),
                ("产出指标", "成本指标", "人均补助标准", "≥1620元/人·年"),
                ("效益指标", "社会效益指标", "参保率", "≥95%"),
            ],
            form.Indicators.Select(Tree));
    }

    [Fact]
    public void FanbenGoalTable_LevelsNamedByGoals_ReadAsIndicators_InputKeptAsPrinted()
    {
        var result = Read("goal-table-fanben.txt");
        var form = result.Declaration;

        Assert.Equal(9, form.Indicators.Count);
        // 投入 has no place in the taxonomy: kept as printed, so the checker says so, rather than the row being lost.
        Assert.Equal(("投入", "时效指标", "2024年5月31日前"), (Named(form, "设备采购合同签订时间").Level1, Named(form, "设备采购合同签订时间").Level2,
            Named(form, "设备采购合同签订时间").Target.Text));
        var cost = Named(form, "单台设备平均采购成本");
        Assert.Equal(("投入", "成本指标", "≤18万元", "计划标准"), (cost.Level1, cost.Level2, cost.Target.Text, cost.ValueBasis));
        Assert.Equal(("投入", "其他资源投入目标"), (Named(form, "配备设备管理人员").Level1, Named(form, "配备设备管理人员").Level2));
        Assert.Equal(("产出指标", "数量指标", "覆盖社区卫生服务中心数", "≥9个"), Tree(Named(form, "覆盖社区卫生服务中心数")));
        var visits = Named(form, "年诊疗人次");
        Assert.Equal(("效益指标", "社会效益指标", "≥180000人次", "历史标准"), (visits.Level1, visits.Level2, visits.Target.Text, visits.ValueBasis));
        Assert.Equal(("可持续影响指标", "≥8年", null), (Named(form, "设备使用年限").Level2, Named(form, "设备使用年限").Target.Text,
            Named(form, "设备使用年限").ValueBasis));
        Assert.Equal("服务对象满意度指标", Named(form, "就诊居民满意度").Level2);

        // The label and its text below the table are no indicator.
        Assert.DoesNotContain(form.Indicators, i => i.Name.StartsWith("单位已有的", StringComparison.Ordinal));
        var findings = Checked(form);
        Assert.DoesNotContain(findings, f => f.Code is "REQUIRED_CATEGORY" or "MISSING_VALUE");
        Assert.Contains(findings, f => f.Code == "TAXONOMY" && f.Location == "indicators[0].level1");
    }

    [Fact]
    public void FanbenGoalTable_WithoutTheMergedHeadingColumns_PutsTheValueUnderTheValueHeading()
    {
        // The serial (目标1) and the name in cells of their own, and no empty cells for the merged headings.
        const string text = "财政支出项目绩效目标申报表\n项目名称\t校舍维修\n项目年度绩效目标（定量目标）\t评价内容\t绩效内容\t参考标准\t绩效目标值\n"
            + "产出\t数量目标\t目标1\t维修学校数量\t12所\n\t\t目标2\t维修屋面面积\t≥8000平方米\n效益\t社会效益目标\t目标1\t受益学生人数\t≥9000人\n";

        var result = TextFormReader.Read(text, "fanben.txt");

        Assert.Equal(
            [
                ("产出指标", "数量指标", "维修学校数量", "12所"),
                ("产出指标", "数量指标", "维修屋面面积", "≥8000平方米"),
                ("效益指标", "社会效益指标", "受益学生人数", "≥9000人"),
            ],
            result.Declaration.Indicators.Select(Tree));
        Assert.All(result.Declaration.Indicators, i => Assert.Null(i.ValueBasis));
        Assert.Null(result.Declaration.AnnualGoal);
    }

    [Fact]
    public void PriorYearColumns_PlannedLevelIsTheTarget_LastYearInTheRemark_FormulaTheExplanation()
    {
        var result = Read("prior-year-columns.txt");
        var form = result.Declaration;

        Assert.Equal(
            [
                ("产出指标", "数量指标", "污水处理量", "≥3800万吨"),
                ("产出指标", "质量指标", "出水水质达标率", "100%"),
                ("产出指标", "时效指标", "设备故障修复时间", "≤12小时"),
                ("效益指标", "生态效益指标", "化学需氧量削减量", "≥8500吨"),
                ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
            ],
            form.Indicators.Select(Tree));
        var repair = Named(form, "设备故障修复时间");
        Assert.Equal(("上年度实际水平：≤24小时", "报修至修复时长"), (repair.Remark, repair.Explanation));
        Assert.Equal("上年度实际水平：3650万吨", Named(form, "污水处理量").Remark);

        // 项目实施效益 below the table is a field of the form, not a sixth indicator.
        Assert.Contains(result.Findings, f => f.Code == "UNPLACED_CELL" && f.Message.Contains("项目实施效益", StringComparison.Ordinal));
        Assert.DoesNotContain(Checked(form), f => f.Code is "MISSING_VALUE" or "TAXONOMY" or "REQUIRED_CATEGORY");
    }

    [Fact]
    public void DescriptionColumnAfterTheValue_IsTheExplanation_AndTheIndicatorKindIsKept()
    {
        var form = Read("description-column-after-value.txt").Declaration;

        Assert.Equal(5, form.Indicators.Count);
        var villages = Named(form, "覆盖行政村数量");
        Assert.Equal(("≥86个", null), (villages.Target.Text, villages.LongTermTarget));
        Assert.Equal(("反映收运体系覆盖的行政村数", "指标属性：定量指标"), (villages.Explanation, villages.Remark));
        var deadline = Named(form, "收运设施配置完成时间");
        Assert.Equal(new DeadlineTarget(2024, 9, 30), deadline.Target with { Text = "" });
        var cleanliness = Named(form, "村庄环境整洁程度");
        Assert.Equal(("明显改善", "反映村容村貌变化", "指标属性：定性指标"), (cleanliness.Target.Text, cleanliness.Explanation, cleanliness.Remark));
        Assert.All(form.Indicators, i => Assert.Null(i.LongTermTarget));
        Assert.DoesNotContain(Checked(form), f => f.Code is "MISSING_VALUE" or "VALUE_UNPARSEABLE");
    }

    [Fact]
    public void UnitAndProjectInOneColumn_WithTheProjectsGoal_TheRowsKeepTheirColumns()
    {
        // 单位名称、项目名称: the unit's name on a row of its own, then each project's name beside its goal and indicators.
        const string text = "示例县2024年部门预算项目支出绩效目标表\n"
            + "单位名称、项目名称\t项目年度绩效目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t指标属性\t指标内容\n"
            + "示例县水务局\n"
            + "农村供水工程维护\t维护农村供水工程120处。\t产出指标\t数量指标\t维护供水工程数量\t≥\t120\t处\t定量指标\t反映维护的工程数\n"
            + "\t\t\t效益指标\t社会效益指标\t农村自来水普及率\t≥\t90\t%\t定量指标\t反映供水覆盖\n";

        var form = TextFormReader.Read(text, "units-and-projects.txt").Declaration;

        Assert.Equal(("农村供水工程维护", "维护农村供水工程120处。"), (form.ProjectName, form.AnnualGoal));
        Assert.Equal(
            [("产出指标", "数量指标", "维护供水工程数量", "≥120处"), ("效益指标", "社会效益指标", "农村自来水普及率", "≥90%")],
            form.Indicators.Select(Tree));
        Assert.Equal(("反映供水覆盖", "指标属性：定量指标"), (form.Indicators[1].Explanation, form.Indicators[1].Remark));
    }

    [Fact]
    public void OperatorColumnBeforeADate_GivesTheDeadline()
    {
        var form = Read("operator-column-before-date.txt").Declaration;

        var done = Named(form, "设备配置完成时间");
        Assert.Equal(("≤2024年9月30日", "≤"), (done.Target.Text, done.Operator));
        Assert.Equal(new DeadlineTarget(2024, 9, 30), done.Target with { Text = "" });
        Assert.Equal(new DeadlineTarget(2024, 6, 1), Named(form, "资金拨付时间").Target with { Text = "" });
        Assert.DoesNotContain(Checked(form), f => f.Code == "VALUE_UNPARSEABLE");
    }

    [Fact]
    public void LongTermThenAnnualTable_PlaceholderLevel2_IsSkipped_AndTheFieldBelowEndsTheTable()
    {
        var result = Read("long-term-placeholder-level2.txt");
        var form = result.Declaration;

        var satisfaction = Named(form, "受益农户满意度");
        Assert.Equal(("满意度指标", "服务对象满意度指标", "≥90%", "≥92%"),
            (satisfaction.Level1, satisfaction.Level2, satisfaction.Target.Text, satisfaction.LongTermTarget?.Text));
        Assert.Null(satisfaction.Remark);
        Assert.DoesNotContain(form.Indicators, i => i.Name is "具体指标" or "其他说明的问题");
        Assert.Equal(7, form.Indicators.Count);
        // Long-term-only rows keep their long-term value; no annual value is invented for them.
        var channels = Named(form, "累计维修渠道长度");
        Assert.Equal(("产出指标", "数量指标", "≥130公里"), (channels.Level1, channels.Level2, channels.LongTermTarget?.Text));
        Assert.IsType<MissingTarget>(channels.Target);

        // The field below the table is a field of the form, kept under its label (it was said unplaced before the label
        // was known).
        Assert.Equal("项目资金中30万元由受益村组投工投劳折算。", Other(form, "其他说明的问题"));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
        Assert.Equal(("刘晓梅", "陈国平"), (form.ContactPerson, form.DepartmentHead));
        Assert.DoesNotContain(Checked(form), f => f.Code is "TAXONOMY" or "VALUE_UNPARSEABLE");
    }
}
