using Jixiao.Domain.Budget;
using Jixiao.Domain.Indicators;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Layouts of western regions' forms (青海, 海南) that a probe of published forms found: rows run together one by one,
/// and one cell per line with operator, unit, weight and direction columns around the value.
public class WestLayoutsTests
{
    [Fact]
    public void GluedLines_EachRowRunTogether_ReadsFieldsFundsAndEveryIndicator()
    {
        // A PDF table extracted line by line with no separators: "主管部门…实施单位…", "其中：财政拨款480.00",
        // "质量指标工程验收合格率100%" (青海).
        var result = Read("west-glued-lines.txt");
        var form = result.Declaration;

        Assert.Equal("村级卫生室标准化建设", form.ProjectName);
        Assert.Equal("青海省卫生健康委员会", form.Department);
        Assert.Equal("青海省基层卫生服务指导中心", form.ImplementingUnit);
        Assert.Equal(new WanYuan(480m), form.Budget.Total);
        var total = Assert.Single(form.FundSources);
        Assert.Equal(["财政拨款", "其他资金"], total.Children.Select(c => c.Name));
        Assert.Equal(new WanYuan(480m), total.Children[0].CurrentYear);
        Assert.Equal(
            [
                ("产出指标", "数量指标", "新建村级卫生室数量", "≥12个"),
                ("产出指标", "质量指标", "工程验收合格率", "100%"),
                // 完成时间 inside the row is part of the indicator's name, not the project's end date.
                ("产出指标", "时效指标", "项目完成时间", "2023年11月30日前"),
                ("产出指标", "成本指标", "单个卫生室建设补助", "≤40万元/个"),
                // The worded value run into the name is split off (stop 13; it was left in the name before).
                ("效益指标", "社会效益指标", "农牧区群众就医可及性", "明显改善"),
                ("满意度指标", "服务对象满意度指标", "农牧民群众满意度", "≥90%"),
            ],
            form.Indicators.Select(Tree));
        Assert.Null(form.EndDate);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNPLACED_CELL");
    }

    [Fact]
    public void OneCellPerLine_UnitWeightDirectionAfterValue_KeepsEachCellInItsColumn()
    {
        // 一级指标* … 绩效指标性质* | 绩效指标值* | 绩效度量单位 | 权重* | 指标方向性* (海南), one cell per line: the unit
        // after the value is the unit, not the next indicator's name.
        var result = Read("west-cells-unit-weight-direction.txt");
        var form = result.Declaration;

        Assert.Equal(
            [
                ("产出指标", "数量指标", "全年实现会展业综合收入", "≥280亿元"),
                ("产出指标", "数量指标", "奖励会展项目数量", "≥7个"),
                ("产出指标", "质量指标", "奖励资金兑现准确率", "=100%"),
                ("产出指标", "时效指标", "奖励资金拨付时间", "≤30日"),
                ("效益指标", "社会效益指标", "品牌会展项目影响力", "逐步提升"),
                ("满意度指标", "服务对象满意度指标", "参展企业满意度", "≥90%"),
            ],
            form.Indicators.Select(Tree));
        var income = Named(form, "全年实现会展业综合收入");
        Assert.Equal(("亿元", "≥", 30m, IndicatorDirection.Positive), (income.Unit, income.Operator, income.Weight, income.Direction));
        Assert.Equal(IndicatorDirection.Reverse, Named(form, "奖励资金拨付时间").Direction);
        Assert.Equal("10%", Other(form, "预算执行率权重"));
        Assert.Equal("65239479", form.ContactPhone);
    }
}
