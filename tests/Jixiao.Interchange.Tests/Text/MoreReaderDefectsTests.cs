using Jixiao.Domain.Checks;
using Jixiao.Domain.Indicators;
using Jixiao.Interchange.Json;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Defects found by probing real layouts: a 指标类型 column that holds the levels written as one (产出数量, 社会效益,
/// 满意度) with no 一级/二级 column (辽宁's 省本级 form), and value cells that repeat the indicator's name before the value.
public class MoreReaderDefectsTests
{
    [Theory]
    [InlineData("more-indicator-type-levels-tabs.txt")]
    [InlineData("more-indicator-type-levels-pipes.txt")]
    [InlineData("more-indicator-type-levels-cells.txt")]
    public void IndicatorTypeColumn_HoldingLevelNames_IsTheLevelColumn(string file)
    {
        var result = Read(file);
        var form = result.Declaration;

        Assert.Equal(("产出指标", "数量指标", "服务企业次数", "≥3000次"), Tree(Named(form, "服务企业次数")));
        Assert.Equal(("产出指标", "质量指标", "服务事项办结率", "≥95%"), Tree(Named(form, "服务事项办结率")));
        Assert.Equal(("效益指标", "社会效益指标", "企业融资对接成功率", "≥30%"), Tree(Named(form, "企业融资对接成功率")));
        Assert.Equal(("满意度指标", "服务对象满意度指标", "服务企业满意度", "≥90%"), Tree(Named(form, "服务企业满意度")));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
        Assert.DoesNotContain(Checked(form), f => f.Severity == Severity.Error && f.Code != "REQUIRED_FIELD");
    }

    [Fact]
    public void IndicatorTypeColumn_LevelPairInOneCell_TakesBothLevels_AndTheNextLevel2ItsOwn()
    {
        var form = Read("more-indicator-type-levels-tabs.txt").Declaration;

        Assert.Equal(7, form.Indicators.Count);
        Assert.Equal(("产出指标", "成本指标", "单次服务成本", "≤0.1万元"), Tree(Named(form, "单次服务成本")));
        // 效益-经济效益: level 1 and level 2 printed in one cell, a dash between them.
        Assert.Equal(("效益指标", "经济效益指标", "带动企业融资额", "≥5000万元"), Tree(Named(form, "带动企业融资额")));
        Assert.Equal("效益指标", Named(form, "企业融资对接成功率").Level1);
    }

    [Theory]
    [InlineData("names-in-level2-column.txt", "预算执行率", "预算执行率达到95%以上", 95)]
    [InlineData("length-hints-pipes.txt", "预算执行率", "预算执行率达到95%以上", 95)]
    [InlineData("more-name-before-value-tabs.txt", "项目验收合格率", "项目验收合格率为100%", 100)]
    public void ValueThatRepeatsTheName_IsTheValueAfterIt_AndKeepsTheCell(string file, string name, string cell, int percent)
    {
        var form = Read(file).Declaration;

        var target = Named(form, name).Target;
        Assert.Equal(cell, target.Text);
        var quantity = Assert.IsType<QuantityTarget>(target);
        Assert.Equal(((decimal)percent, "%"), (quantity.Value, quantity.Unit));
        Assert.DoesNotContain(Checked(form), f => f.Code == "VALUE_UNPARSEABLE");
    }

    [Fact]
    public void ValueThatRepeatsTheName_ReadsTheSame_AfterAJsonRoundTrip()
    {
        var form = Read("more-name-before-value-tabs.txt").Declaration;

        var again = DeclarationJson.Deserialize(DeclarationJson.Serialize(form));

        Assert.Equal(form.Indicators.Select(i => i.Target), again.Indicators.Select(i => i.Target));
        Assert.Equal(("群众满意度达到90%以上", Comparison.AtLeast, 90m),
            Named(again, "群众满意度") is { Target: QuantityTarget q } ? (q.Text, q.Operator, q.Value) : default);
        Assert.IsType<DeadlineTarget>(Named(again, "项目完成时间").Target);
    }
}
