using Jixiao.Domain.Checks;
using Jixiao.Testing.Builders;
using static Jixiao.Domain.Indicators.IndicatorTaxonomy;

namespace Jixiao.Domain.Tests.Checks;

public class CostChecksTests
{
    [Fact]
    public void CostMonetary_OnlyACostControlRate_WarnsAtTheCostRow()
    {
        var findings = Check.Run(A.Declaration()
            .WithoutIndicators(i => i.Level2 == OutputCost)
            .WithIndicator(Output, OutputCost, "单个项目成本控制有效性", Targets.Percent(100)));

        var finding = findings.Single("COST_MONETARY");
        Assert.Equal("indicators[14].target", finding.Location);
        Assert.Contains("单个项目成本控制有效性", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CostMonetary_OneCostInMoney_IsFine()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, OutputCost, "成本控制率", Targets.Quantity("≥", 95, "%")));

        Assert.Empty(findings.Coded("COST_MONETARY"));
    }

    [Fact]
    public void CostMonetary_CostPerPerson_CountsAsMoney()
    {
        var findings = Check.Run(A.Declaration()
            .WithoutIndicators(i => i.Level2 == OutputCost)
            .WithIndicator(Output, OutputCost, "人均培训成本", Targets.Quantity("≤", 800, "元/人")));

        Assert.Empty(findings.Coded("COST_MONETARY"));
    }

    [Fact]
    public void CostExceedsBudget_CostAboveTheRequest_Reports()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, OutputCost, "项目总成本", Targets.Quantity("≤", 12000, "万元")));

        var finding = findings.Single("COST_EXCEEDS_BUDGET");
        Assert.Equal("indicators[15].target", finding.Location);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("10000.00 万元", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("写成了「万元」", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CostExceedsBudget_CostInYuanConvertedBelowTheRequest_IsFine()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, OutputCost, "项目总成本", Targets.Quantity("≤", 95_000_000, "元")));

        Assert.Empty(findings.Coded("COST_EXCEEDS_BUDGET"));
    }

    [Fact]
    public void CostExceedsBudget_CostInYuanConvertedAboveTheRequest_Reports()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, OutputCost, "项目总成本", Targets.Quantity("≤", 120_000_000, "元")));

        Assert.Contains("12000.00 万元", findings.Single("COST_EXCEEDS_BUDGET").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CostExceedsBudget_WithinRequestPlusCarryOverWhenAllowed_IsFine()
    {
        var options = new CheckOptions { CostLimitIncludesCarryOver = true };

        var findings = Check.Run(A.Declaration().WithIndicator(Output, OutputCost, "项目总成本", Targets.Quantity("≤", 13857.29m, "万元")), options);

        Assert.Empty(findings.Coded("COST_EXCEEDS_BUDGET"));
    }

    [Fact]
    public void CostExceedsBudget_YuanWrittenAsWanYuan_HintsAtTheUnit()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, OutputCost, "设备采购成本", Targets.Quantity("≤", 5_000_000, "万元")));

        Assert.Contains("「元」写成了「万元」", findings.Single("COST_EXCEEDS_BUDGET").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InputAsTarget_TheRequestAsAnOutput_Warns()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Quantity, "专项资金安排", Targets.Quantity("=", 10000, "万元")));

        var finding = findings.Single("INPUT_AS_TARGET");
        Assert.Equal("indicators[15].target", finding.Location);
        Assert.Contains("预算金额", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InputAsTarget_MoneyDisbursedAsAnOutput_Warns()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Quantity, "资金拨付金额", Targets.Quantity("≥", 3000, "万元")));

        Assert.Single(findings.Coded("INPUT_AS_TARGET"));
    }

    [Fact]
    public void InputAsTarget_StaffHeadcount_Warns()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Quantity, "配备专职运维工作人员", Targets.Quantity("≥", 5, "人")));

        Assert.Contains("工作人员", findings.Single("INPUT_AS_TARGET").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Output, Quantity, "培训基层工作人员", "人")]
    [InlineData(Benefit, Economic, "乡村旅游带动增加贫困村收入", "万元")]
    [InlineData(Output, Quantity, "组织架构人员信息采集导入", "万人")]
    public void InputAsTarget_OutputsAndBenefits_AreFine(string level1, string level2, string name, string unit)
    {
        var findings = Check.Run(A.Declaration().WithIndicator(level1, level2, name, Targets.Quantity("≥", 6, unit)));

        Assert.Empty(findings.Coded("INPUT_AS_TARGET"));
    }
}
