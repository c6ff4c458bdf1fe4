using Jixiao.Domain.Checks;
using Jixiao.Domain.Indicators;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Indicator tables whose columns hold other than their headings say: Hubei's 一级指标 column of level-2 names, 辽宁's
/// 指标类型 column of level names in space-separated text; and space-separated rows with columns beside the value (山东).
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

    /// 三级指标 指标解释 指标值 评（扣）分标准 分值 in space-separated text: a token for every column, read in order, not the
    /// whole row as the name and the weight as the value.
    [Fact]
    public void SpaceSeparatedRow_TokenForEveryColumn_FillsTheColumnsInOrder()
    {
        var result = Read("shandong-columns-beside-value-spaces.txt");
        var form = result.Declaration;

        Assert.Equal(7, form.Indicators.Count);
        var first = Named(form, "建设农业科技示范基地数量");
        Assert.Equal(("产出指标", "数量指标", "建设农业科技示范基地数量", "≥60个"), Tree(first));
        Assert.Equal(("按验收基地数统计", "每少1个扣0.5分", 20m), (first.Explanation, first.ScoringRule, first.Weight));
        var rate = Named(form, "资金拨付及时率");
        Assert.Equal(("100%", "30日内拨付占比", 10m), (rate.Target.Text, rate.Explanation, rate.Weight));
        Assert.Equal(("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%"), Tree(form.Indicators[^1]));
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
        Assert.DoesNotContain(Checked(form), f => f.Severity == Severity.Error && f.Code != "REQUIRED_FIELD");
    }

    /// 三级指标 分值 指标值 指标值说明 with the last cell empty on most rows: the tokens fill the columns from the name on,
    /// as the number before the value is in the 分值 column and the value reads as one.
    [Fact]
    public void SpaceSeparatedRow_LastCellsEmpty_FillsTheColumnsFromTheName()
    {
        var form = Read("shandong-weight-before-value-spaces.txt").Declaration;

        Assert.Equal(
            [
                ("堤防维修养护长度", "≥210公里", 15m),
                ("闸站维护座数", "36座", 15m),
                ("工程设施完好率", "≥95%", 10m),
                ("养护任务完成时间", "2024年11月底前", 10m),
                ("每公里堤防养护成本", "≤8万元", 10m),
                ("沿河防洪保护人口", "≥120万人", 15m),
                ("工程设计使用年限", "≥30年", 15m),
                ("沿河群众满意度", "≥90%", 10m),
            ],
            form.Indicators.Select(i => (i.Name, i.Target.Text, i.Weight!.Value)));
        Assert.Equal("按养护合同里程计", Named(form, "堤防维修养护长度").Explanation);
    }
}
