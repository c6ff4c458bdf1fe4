using Jixiao.Domain.Indicators;
using Jixiao.Testing.Builders;
using static Jixiao.Domain.Indicators.IndicatorTaxonomy;

namespace Jixiao.Domain.Tests.Checks;

/// A rate of a harm suffered (受害率, 受灾率, 伤亡率 …) is a reverse indicator: the name's last word says so, often
/// with a per-mille target (/tmp/probe14/03: 森林火灾受害率 "≤0.9‰").
public class HarmRateDirectionTests
{
    [Theory]
    [InlineData("森林火灾受害率")]
    [InlineData("农作物受灾率")]
    [InlineData("草原鼠害成灾率")]
    [InlineData("医院感染率")]
    [InlineData("道路交通事故伤亡率")]
    [InlineData("设备失效率")]
    [InlineData("降低森林火灾受害率")]          // the last word wins over the handling word before it
    [InlineData("森林火灾受害率（‰）")]         // a bracketed unit after it is skipped
    public void ExpectedFrom_NameEndingInAHarmRate_IsReverse(string name) =>
        Assert.Equal(IndicatorDirection.Reverse, IndicatorDirections.ExpectedFrom(name));

    [Theory]
    [InlineData("森林火灾受害率控制成效")]      // not the last word
    [InlineData("灾害预警覆盖率")]
    [InlineData("受灾群众救助率")]
    public void ExpectedFrom_HarmWordNotTheLastWord_StaysPositive(string name) =>
        Assert.Equal(IndicatorDirection.Positive, IndicatorDirections.ExpectedFrom(name));

    [Theory]
    [InlineData("森林火灾受害率", "≤", "‰")]
    [InlineData("农作物受灾率", "<", "%")]
    [InlineData("医院感染率", "≤", "%")]
    public void DirectionMismatch_HarmRateWithACeiling_IsFine(string name, string op, string unit)
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Benefit, Ecological, name, Targets.Quantity(op, 0.9m, unit)));

        Assert.Empty(findings.Coded("DIRECTION_MISMATCH"));
    }

    [Theory]
    [InlineData("森林火灾受害率", "≥", "‰", "≤0.9‰")]
    [InlineData("草原鼠害成灾率", ">", "%", "<0.9%")]
    public void DirectionMismatch_HarmRateWithAFloor_SuggestsACeiling(string name, string op, string unit, string fixedTarget)
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Benefit, Ecological, name, Targets.Quantity(op, 0.9m, unit)));

        Assert.Equal(fixedTarget, findings.Single("DIRECTION_MISMATCH").Fix?.TargetText);
    }

    [Fact]
    public void TimelinessFormat_PerMilleRateOnANameEndingInRate_IsFine()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Timeliness, "补助资金逾期发放率", Targets.Quantity("≤", 5, "‰")));

        Assert.Empty(findings.Coded("TIMELINESS_FORMAT"));
    }
}
