using Jixiao.Domain.Checks;
using Jixiao.Domain.Indicators;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Indicator tables whose columns hold other than their headings say: Hubei's 一级指标 column of level-2 names, 辽宁's
/// 指标类型 column of level names in space-separated text.
public class IndicatorTableLayoutsTests
{
    /// 宜昌's 一级指标 | 二级指标 | 绩效标准 | 当年预期实现值: the 一级指标 column prints 数量指标 … 成本指标, then 效益指标 and
    /// 满意度指标; the 二级指标 column holds the names. 满意度指标 there is the satisfaction level 1 with its one level 2.
    [Theory]
    [InlineData("hubei-level2-names-in-level1-column-tabs.txt")]
    [InlineData("hubei-level2-names-in-level1-column-pipes.txt")]
    [InlineData("hubei-level2-names-in-level1-column-cells.txt")]
    public void Level1ColumnHoldingLevel2Names_SatisfactionRowsTakeTheirOneLevel2(string file)
    {
        var form = Read(file).Declaration;

        Assert.Equal(
            [
                ("产出指标", "数量指标", "配备专职保安学校数", "42所"),
                ("产出指标", "数量指标", "专职保安人数", "168人"),
                ("产出指标", "质量指标", "保安持证上岗率", "100%"),
                ("产出指标", "时效指标", "保安服务合同签订时间", "2024年3月底前"),
                ("产出指标", "成本指标", "每所学校年均保安经费", "≤12万元"),
                ("效益指标", "", "校园安全事故发生数", "0起"),
                ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
                ("满意度指标", "服务对象满意度指标", "学校教职工满意度", "≥90%"),
            ],
            form.Indicators.Select(Tree));
        Assert.Equal("反映家长评价", Named(form, "学生家长满意度").ValueBasis);
    }

    /// The benefit row names no kind of benefit (社会效益, 经济效益 …): that one is reported, the satisfaction rows are not.
    [Theory]
    [InlineData("hubei-level2-names-in-level1-column-tabs.txt")]
    [InlineData("hubei-level2-names-in-level1-column-pipes.txt")]
    public void Level1ColumnHoldingLevel2Names_OnlyTheBenefitRowLacksALevel2(string file)
    {
        var form = Read(file).Declaration;

        var taxonomy = Checked(form).Where(f => f.Code == "TAXONOMY").Select(f => f.Location);
        Assert.Equal(["indicators[5].level2"], taxonomy);
    }

    /// 绩效指标 指标类型 指标名称 指标值 in space-separated text: 指标类型 is no heading we know, and its cells (产出数量,
    /// 社会效益, 满意度) are the levels, as in the tab, pipe and cell layouts of the same form.
    [Fact]
    public void IndicatorTypeColumnOfLevels_SpaceSeparated_IsTheLevelColumn()
    {
        var result = Read("liaoning-indicator-type-levels-spaces.txt");
        var form = result.Declaration;

        Assert.Equal(
            [
                ("产出指标", "数量指标", "服务企业次数", "≥3000次"),
                ("产出指标", "质量指标", "服务事项办结率", "≥95%"),
                ("产出指标", "时效指标", "服务响应时间", "≤2个工作日"),
                ("产出指标", "成本指标", "单次服务成本", "≤0.1万元"),
                ("效益指标", "经济效益指标", "带动企业融资额", "≥5000万元"),
                ("效益指标", "社会效益指标", "企业融资对接成功率", "≥30%"),
                ("满意度指标", "服务对象满意度指标", "服务企业满意度", "≥90%"),
            ],
            form.Indicators.Select(Tree));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
        Assert.DoesNotContain(Checked(form), f => f.Severity == Severity.Error && f.Code != "REQUIRED_FIELD");
    }
}
