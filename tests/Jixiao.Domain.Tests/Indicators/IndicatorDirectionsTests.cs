using Jixiao.Domain.Indicators;

namespace Jixiao.Domain.Tests.Indicators;

/// Direction (指标性质 正向/反向): what an indicator's name calls for, what its target states, and when they clash.
public class IndicatorDirectionsTests
{
    [Theory]
    // samples/nanchang-2022-big-data-fund.txt
    [InlineData("医疗保险信息系统运行中断次数≤1次")]
    [InlineData("红谷大厦网络不可控大面积瘫痪≤3次")]
    [InlineData("红谷大厦网络政务外网机房出现安全生产事故≤3次")]
    [InlineData("全市主要信息化系统设施重复建设率")]
    [InlineData("“赣政通”南昌分厅系统人均访问速度达标率≤3秒")]   // the quantity at the end says it outright
    [InlineData("“赣政通”南昌分厅系统故障修复效率达标≤2小时")]
    // the domain's words and their kin
    [InlineData("系统故障次数")]
    [InlineData("单位建设成本")]
    [InlineData("业务办理平均时长")]
    [InlineData("审批用时")]
    [InlineData("群众投诉次数")]
    [InlineData("数据差错率")]
    [InlineData("补助款结算误差率")]                             // samples/variants/01 (±3%以内)
    [InlineData("资金拨付延误天数")]
    public void ExpectedFrom_NameAboutFailureCostOrTime_IsReverse(string name) =>
        Assert.Equal(IndicatorDirection.Reverse, IndicatorDirections.ExpectedFrom(name));

    [Theory]
    [InlineData("系统平台建设进度达标率")]
    [InlineData("用户满意度")]
    [InlineData("“赣政通”南昌分厅市县区、开发区各部门组织架构梳理≥1500个")]
    [InlineData("系统故障修复率")]              // handling a failure is positive
    [InlineData("投诉办结率")]
    [InlineData("水电气消耗下降率")]            // samples/variants/06: reducing a consumption is positive
    [InlineData("成本控制率")]
    [InlineData("单个项目成本控制有效性")]      // the Nanchang cost row
    [InlineData("5岁以下儿童健康管理率")]       // 以下 in a name is no operator
    public void ExpectedFrom_NameAboutOutputOrHandlingFailure_IsPositive(string name) =>
        Assert.Equal(IndicatorDirection.Positive, IndicatorDirections.ExpectedFrom(name));

    [Fact]
    public void ExpectedFrom_CostRow_IsReverseUnlessTheNameSaysOtherwise()
    {
        Assert.Equal(IndicatorDirection.Reverse, IndicatorDirections.ExpectedFrom("流转土地补助标准", IndicatorTaxonomy.OutputCost));
        Assert.Equal(IndicatorDirection.Reverse, IndicatorDirections.ExpectedFrom("景观建设单价", IndicatorTaxonomy.EconomicCost));
        Assert.Equal(IndicatorDirection.Positive, IndicatorDirections.ExpectedFrom("成本节约率", IndicatorTaxonomy.OutputCost));
        Assert.Equal(IndicatorDirection.Positive, IndicatorDirections.ExpectedFrom("流转土地补助标准", IndicatorTaxonomy.Quantity));
    }

    [Theory]
    [InlineData("≥90%", IndicatorDirection.Positive)]
    [InlineData(">92%", IndicatorDirection.Positive)]
    [InlineData("95%以上", IndicatorDirection.Positive)]
    [InlineData("不少于1500个", IndicatorDirection.Positive)]
    [InlineData("≤3秒", IndicatorDirection.Reverse)]
    [InlineData("<1%", IndicatorDirection.Reverse)]
    [InlineData("3个工作日内", IndicatorDirection.Reverse)]
    [InlineData("±3%以内", IndicatorDirection.Reverse)]
    public void Of_TargetWithOperator_StatesItsDirection(string text, IndicatorDirection direction) =>
        Assert.Equal(direction, IndicatorDirections.Of(TargetParser.Parse(text)));

    [Theory]
    [InlineData("100%")]              // "=" is no evidence: "=0次" suits 安全事故
    [InlineData("=0次")]
    [InlineData("90%-95%")]
    [InlineData("2022年12月31日前")]
    [InlineData("2023.07-2024.01")]
    [InlineData("优")]
    [InlineData("")]
    public void Of_TargetWithoutInequality_StatesNoDirection(string text) =>
        Assert.Null(IndicatorDirections.Of(TargetParser.Parse(text)));

    [Theory]
    [InlineData("系统故障次数", "≥3次", true)]          // a reverse indicator with ≥
    [InlineData("用户满意度", "≤90%", true)]             // a positive one with ≤
    [InlineData("系统故障次数", "≤3次", false)]
    [InlineData("用户满意度", "≥90%", false)]
    [InlineData("安全生产事故次数", "=0次", false)]
    [InlineData("重复建设率", "0%", false)]               // samples/nanchang: "=" never clashes
    public void Contradicts_NameAndTarget_FlagsOnlyOpposingInequalities(string name, string target, bool clash) =>
        Assert.Equal(clash, IndicatorDirections.Contradicts(name, TargetParser.Parse(target)));
}
