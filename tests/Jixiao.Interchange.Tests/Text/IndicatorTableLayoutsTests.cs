using Jixiao.Domain.Checks;
using Jixiao.Domain.Indicators;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Indicator tables whose columns hold other than their headings say: Hubei's 一级指标 column of level-2 names.
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
}
