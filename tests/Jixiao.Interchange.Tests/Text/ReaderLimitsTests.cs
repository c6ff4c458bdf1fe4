using Jixiao.Domain.Indicators;
using Jixiao.Interchange.Text;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// The limits of the reader left by the last round: layouts it read wrong or not at all.
public class ReaderLimitsTests
{
    // A city's 绩效目标评审申报表: 九、项目年度绩效目标 | 一级指标 | 二级指标 | 绩效目标内容 | 定量指标/定性指标描述, the
    // indicator written out in the description cell, name and value in one.
    [Fact]
    public void ReviewFormDescriptionCells_SplitIntoNameAndTarget_UnderTheBlocksLevels()
    {
        var result = Read("limits-review-form-description-cells.txt");
        var form = result.Declaration;

        Assert.Equal(
        [
            ("投入", "时效指标", "完成该项目所需时间", "2025年12月31日前"),
            ("投入", "成本指标", "按计划规模完成该项目所需的投入", "≤2860万元"),
            ("产出指标", "数量指标", "完成道路保洁面积", "120万平方米"),
            ("产出指标", "质量指标", "车辆完好率", "≥95%"),
            ("效益指标", "经济效益指标", "项目实施对经济发展所带来的直接或间接影响情况", "减少道路养护支出"),
            ("效益指标", "社会效益指标", "道路机扫率", "不低于85%"),
            ("效益指标", "服务对象满意度指标", "群众满意度", "达到90%以上"),
        ], form.Indicators.Select(Tree));
        var cleaned = Named(form, "完成道路保洁面积");
        Assert.Equal((120m, "万平方米"), (((QuantityTarget)cleaned.Target).Value, ((QuantityTarget)cleaned.Target).Unit));
        Assert.Equal("项目期内计划产出的产品或提供服务的数量", cleaned.Explanation);
        Assert.Equal(Comparison.AtLeast, ((QuantityTarget)Named(form, "群众满意度").Target).Operator);
        Assert.IsType<DeadlineTarget>(Named(form, "完成该项目所需时间").Target);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL" && f.Line >= 14);
    }

    // The same block without level columns (九、… | 绩效目标内容 | 定量指标 / 定性指标描述): the level names on rows of their
    // own give the level 1; no level 2 is printed, so none is made up.
    [Fact]
    public void ReviewFormDescriptionOnly_TakesLevel1FromItsRows_AndLeavesLevel2Empty()
    {
        var form = Read("limits-review-form-description-only.txt").Declaration;

        Assert.Equal(
        [
            ("产出指标", "", "完成道路保洁面积", "120万平方米"),
            ("产出指标", "", "车辆完好率", "≥95%"),
            ("产出指标", "", "完成该项目所需时间", "2025年12月31日前"),
            ("效益指标", "", "道路机扫率", "不低于85%"),
            ("效益指标", "", "项目实施对生态环境所带来的直接或间接影响情况", "改善城区空气质量"),
            ("效益指标", "", "群众满意度", "达到90%以上"),
        ], form.Indicators.Select(Tree));
    }

    [Theory]
    [InlineData("车辆完好率≥95%", "车辆完好率", "≥95%")]
    [InlineData("完成道路保洁面积120万平方米", "完成道路保洁面积", "120万平方米")]
    [InlineData("群众满意度达到90%以上", "群众满意度", "达到90%以上")]
    [InlineData("保洁覆盖率为100%", "保洁覆盖率", "100%")]
    [InlineData("项目完成时间2025年12月31日前", "项目完成时间", "2025年12月31日前")]
    [InlineData("5G基站覆盖率≥95%", "5G基站覆盖率", "≥95%")]
    public void DescribedIndicator_SplitsAtTheValueThatEndsTheCell(string cell, string name, string value)
    {
        Assert.True(DescribedIndicator.TrySplit(cell, out var n, out var v));
        Assert.Equal((name, value), (n, v));
    }

    [Theory]
    [InlineData("2025年12月31日前")]
    [InlineData("≤2860万元")]
    [InlineData("减少道路养护支出")]
    [InlineData("完成3个站点建设")]
    [InlineData("于2025年6月前")]
    public void DescribedIndicator_CellWithoutANameOfItsOwn_IsNotSplit(string cell) =>
        Assert.False(DescribedIndicator.TrySplit(cell, out _, out _));

    // 购买主体, 项目单位 in the name column, right of empty level columns and beside a value, name indicators; the
    // 编制单位 row in the first column after the table is the form's field.
    [Theory]
    [InlineData("limits-labels-as-indicator-names.txt")]
    [InlineData("limits-labels-as-indicator-names-cells.txt")]
    public void FieldLabelInTheNameColumn_NamesAnIndicator_AndTheTableGoesOn(string file)
    {
        var form = Read(file).Declaration;

        Assert.Equal(("产出指标", "数量指标", "项目单位", "≥3个"), Tree(Named(form, "项目单位")));
        Assert.Equal("服务对象满意度", form.Indicators[^1].Name);
        Assert.Null(Other(form, "项目单位"));
        Assert.Equal("示例区民政局养老服务科", Other(form, "编制单位"));
    }

    [Fact]
    public void FieldLabelsInTheNameColumn_EveryIndicatorAfterThemIsRead()
    {
        var form = Read("limits-labels-as-indicator-names.txt").Declaration;

        Assert.Equal(["服务老年人数", "购买主体", "项目单位", "服务合格率", "老年人生活质量改善", "项目单位满意度", "服务对象满意度"],
            form.Indicators.Select(i => i.Name));
        Assert.Equal(("产出指标", "数量指标", "购买主体", "1家"), Tree(Named(form, "购买主体")));
        Assert.Null(Other(form, "购买主体"));
    }

    // A table that prints no level 2 (names in the 二级指标 column, or no such column): the one level 2 满意度指标 allows
    // is its, the others stay empty, and the checker asks for them once.
    [Fact]
    public void NamesInLevel2Column_SatisfactionRowTakesItsOnlyLevel2_OthersStayEmpty()
    {
        var form = Read("names-in-level2-column.txt").Declaration;

        Assert.Equal("服务对象满意度指标", Named(form, "周边群众满意度").Level2);
        Assert.Equal("", Named(form, "管护水库数量").Level2);
        Assert.Equal("", Named(form, "水库安全度汛率").Level2);
    }

    [Fact]
    public void TableWithoutLevel2s_IsReportedOnce_NotOnEveryRow()
    {
        var findings = Checked(Read("limits-review-form-description-only.txt").Declaration);

        var taxonomy = Assert.Single(findings, f => f.Code == "TAXONOMY");
        Assert.Equal("indicators", taxonomy.Location);
        Assert.DoesNotContain(findings, f => f.Code == "CATEGORY_COVERAGE" && f.Message.StartsWith("产出指标缺少", StringComparison.Ordinal));
    }

    // 指标值 | 计量单位 | 分值 | 备注, a tab row whose empty unit cell the extraction dropped: the weight stood under
    // 计量单位 and the remark under 分值.
    [Fact]
    public void CollapsedUnitCell_BareNumberUnderTheUnit_IsTheWeight()
    {
        var result = Read("limits-collapsed-unit-cells.txt");
        var form = result.Declaration;

        var deadline = Named(form, "培训完成时间");
        Assert.Equal((null, 10m, "未按期完成不得分"), (deadline.Unit, deadline.Weight, deadline.Remark));
        Assert.Equal((null, 20m), (Named(form, "基层治理能力提升").Unit, Named(form, "基层治理能力提升").Weight));
        Assert.Equal((null, 10m, "问卷调查"), (Named(form, "参训学员满意度").Unit, Named(form, "参训学员满意度").Weight, Named(form, "参训学员满意度").Remark));
        // Rows that keep their unit are read as before.
        Assert.Equal(("元/人", 5m), (Named(form, "人均培训成本").Unit, Named(form, "人均培训成本").Weight));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
    }

    // ≥1200 | 人次: a number written after its sign takes the unit column's unit, as a bare number does.
    [Fact]
    public void SignedNumberWithAUnitColumn_TakesTheUnit()
    {
        var form = Read("limits-collapsed-unit-cells.txt").Declaration;

        var trained = Assert.IsType<QuantityTarget>(Named(form, "培训基层干部人次").Target);
        Assert.Equal((Comparison.AtLeast, 1200m, "人次"), (trained.Operator, trained.Value, trained.Unit));
        Assert.Equal("%", Assert.IsType<QuantityTarget>(Named(form, "培训考核合格率").Target).Unit);
        Assert.DoesNotContain(Checked(form), f => f.Code == "COST_MONETARY");
    }

    // Hunan's progress plan one cell per line, with item 2's blank 开始时间 dropped: item 3's name arrived where item 2's
    // 完成时间 was expected.
    [Fact]
    public void ProgressPlanCells_DroppedDateCell_KeepsTheItemsAligned()
    {
        var form = Read("limits-hunan-plan-dropped-date.txt").Declaration;

        Assert.Equal(["1.选址与设计：2025年2月至2025年3月", "2.广场施工：2025年10月", "3.验收移交：2025年11月至2025年12月"],
            Others(form, "项目实施进度计划"));
        Assert.Equal(9, form.Indicators.Count);
    }
}
