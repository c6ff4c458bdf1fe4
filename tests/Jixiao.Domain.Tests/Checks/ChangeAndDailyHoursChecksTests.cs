using Jixiao.Domain.Indicators;
using Jixiao.Testing.Builders;
using static Jixiao.Domain.Indicators.IndicatorTaxonomy;

namespace Jixiao.Domain.Tests.Checks;

/// The checks that judge a level leave a change ("提高5%", 相对变化) alone, and daily hours ("每日6:00-23:00") are a
/// period, which a timeliness row accepts. The values are parsed from the text as a form writes them.
public class ChangeAndDailyHoursChecksTests
{
    private static TargetValue Parsed(string text) => TargetValue.Parse(text);

    [Fact]
    public void ValueUnparseable_ChangeAndDailyHours_AreRead()
    {
        var findings = Check.Run(A.Declaration()
            .WithIndicator(Benefit, Ecological, "渠系水利用系数", Parsed("提高0.05"))
            .WithIndicator(Benefit, Social, "开放时间", Parsed("每日6:00-23:00"))
            .WithIndicator(Output, Timeliness, "完成时限", Parsed("2021年12月底完成项目规划相关工作。")));

        Assert.Empty(findings.Coded("VALUE_UNPARSEABLE"));
    }

    [Theory]
    [InlineData("渠系水利用系数", "提高0.05", 0)]
    [InlineData("空气质量指数", "≤50", 0)]
    [InlineData("渠系改造数量", "提高5", 1)]
    public void UnitMissing_CoefficientOrIndex_IsFine(string name, string target, int expected)
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Benefit, Ecological, name, Parsed(target)));

        Assert.Equal(expected, findings.Coded("UNIT_MISSING").Count);
    }

    [Theory]
    [InlineData("较上年增长150%", 0)]
    [InlineData("150%", 1)]                                   // the level is out of range: the check still works
    public void RateRange_ChangeAboveHundredPercent_IsFine(string target, int expected)
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Benefit, Economic, "农产品销售额", Parsed(target)));

        Assert.Equal(expected, findings.Coded("RATE_RANGE").Count);
    }

    [Theory]
    [InlineData("提高5%", 0)]
    [InlineData("5%", 1)]
    public void SatisfactionRange_ChangeOfSatisfaction_IsNotTooLow(string target, int expected)
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Satisfaction, ServiceSatisfaction, "群众满意度", Parsed(target)));

        Assert.Equal(expected, findings.Coded("SATISFACTION_RANGE").Count);
    }

    [Theory]
    [InlineData("降低10%以上", 0)]                            // bounds the decrease from below: less cost, as wanted
    [InlineData("10%以上", 1)]
    public void DirectionMismatch_DecreaseOfAtLeastOnAReverseIndicator_IsFine(string target, int expected)
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, OutputCost, "单位运行成本", Parsed(target)));

        Assert.Equal(expected, findings.Coded("DIRECTION_MISMATCH").Count);
    }

    [Theory]
    [InlineData("降低50000万元", 0)]
    [InlineData("50000万元", 1)]
    public void CostExceedsBudget_DecreaseOfCost_IsNoCost(string target, int expected)
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, OutputCost, "项目成本", Parsed(target)));

        Assert.Equal(expected, findings.Coded("COST_EXCEEDS_BUDGET").Count);
    }

    [Fact]
    public void AllHundredPercent_IncreaseByHundredPercent_IsNotHundredPercent()
    {
        var findings = Check.Run(A.Declaration()
            .WithIndicators(
                A.Indicator(Output, Quantity, "系统平台建设", Parsed("增长100%")),
                A.Indicator(Output, Quality, "系统平台建设进度达标率", Parsed("同比提高100%")),
                A.Indicator(Benefit, Social, "系统平台正常运行", Targets.Percent(100)),
                A.Indicator(Benefit, Social, "设施设备投入使用率", Parsed("提高100%")),
                A.Indicator(Satisfaction, ServiceSatisfaction, "用户满意度", Targets.Quantity("≥", 90, "%"))));

        Assert.Empty(findings.Coded("ALL_HUNDRED_PERCENT"));
    }

    [Theory]
    [InlineData("工作日8:30-17:30")]
    [InlineData("每日6:00-23:00")]
    public void TimelinessFormat_DailyHours_IsFine(string hours)
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Timeliness, "窗口服务时间", Parsed(hours)));

        Assert.Empty(findings.Coded("TIMELINESS_FORMAT"));
    }

    [Fact]
    public void TimelinessFormat_Change_StillAsksWhen()
    {
        // A change in a count is not a time; "缩短2天" (a duration) would be.
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Timeliness, "办件数量", Parsed("增加20件")));

        Assert.Single(findings.Coded("TIMELINESS_FORMAT"));
    }
}
