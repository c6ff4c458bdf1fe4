using Jixiao.Domain.Checks;
using Jixiao.Domain.Indicators;
using Jixiao.Testing.Builders;
using static Jixiao.Domain.Indicators.IndicatorTaxonomy;

namespace Jixiao.Domain.Tests.Checks;

public class TargetValueChecksTests
{
    private const string Added = "indicators[15].target";

    [Fact]
    public void ValueUnparseable_UnrecognisedValue_Reports()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Quantity, "平台数据库完善", Targets.Unreadable("3,5.6个")));

        var finding = findings.Single("VALUE_UNPARSEABLE");
        Assert.Equal(Added, finding.Location);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void ValueUnparseable_RecognisedPhrase_IsFine()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Benefit, Sustainable, "运行管理机制", Targets.Phrase("长期有效")));

        Assert.Empty(findings.Coded("VALUE_UNPARSEABLE"));
    }

    [Fact]
    public void UnitMissing_BareNumber_Reports()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Quantity, "镇街补助款完成结算项目数", Targets.Quantity("=", 3, "")));

        var finding = findings.Single("UNIT_MISSING");
        Assert.Equal(Added, finding.Location);
        Assert.Null(finding.Fix);
    }

    [Fact]
    public void UnitMissing_BareNumberOnARate_SuggestsPercent()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Quality, "验收合格率", Targets.Quantity("≥", 95, "")));

        Assert.Equal(new Fix("indicators[15]", TargetText: "≥95%"), findings.Single("UNIT_MISSING").Fix);
    }

    [Fact]
    public void UnitMissing_UnitInTheUnitColumn_IsFine()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(
            A.Indicator(Output, Quantity, "镇街补助款完成结算项目数", Targets.Quantity("=", 3, "")) with { Unit = "个" }));

        Assert.Empty(findings.Coded("UNIT_MISSING"));
    }

    [Theory]
    [InlineData(120)]
    [InlineData(-5)]
    public void RateRange_PercentageOutsideZeroToHundred_Warns(int value)
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Quality, "设施设备验收合格率", Targets.Percent(value)));

        Assert.Equal(Added, findings.Single("RATE_RANGE").Location);
    }

    [Fact]
    public void RateRange_AtLeastHundredPercent_SuggestsHundred()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Quality, "设施设备验收合格率", Targets.Quantity("≥", 100, "%")));

        Assert.Equal(new Fix("indicators[15]", TargetText: "=100%"), findings.Single("RATE_RANGE").Fix);
    }

    [Fact]
    public void RateRange_GrowthRateAboveHundred_IsFine()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Benefit, Economic, "数字经济产值增长率", Targets.Quantity("≥", 120, "%")));

        Assert.Empty(findings.Coded("RATE_RANGE"));
    }

    [Fact]
    public void RateRange_RangeWithinBounds_IsFine()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Quality, "设施设备验收合格率", Targets.Range(90, 95, "%", "90%-95%")));

        Assert.Empty(findings.Coded("RATE_RANGE"));
    }

    [Fact]
    public void VagueValue_VaguePhrase_Warns()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Benefit, Social, "全市政务办公效率", Targets.Vague("有效提升")));

        var finding = findings.Single("VAGUE_VALUE");
        Assert.Equal(Added, finding.Location);
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void VagueValue_Grade_IsFine()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Benefit, Social, "全市政务办公效率", Targets.Grade("优良")));

        Assert.Empty(findings.Coded("VAGUE_VALUE"));
    }

    [Fact]
    public void TimelinessFormat_GradeOnATimelinessRow_WarnsWithTheProjectEndAsDeadline()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Timeliness, "结算款支付及时性", Targets.Grade("及时")));

        var finding = findings.Single("TIMELINESS_FORMAT");
        Assert.Equal(Added, finding.Location);
        Assert.Equal(new Fix("indicators[15]", TargetText: "2022年12月31日前"), finding.Fix);
    }

    [Fact]
    public void TimelinessFormat_HundredPercentOnANameNotARate_Warns()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Timeliness, "续建项目完成及时性", Targets.Percent(100)));

        Assert.Single(findings.Coded("TIMELINESS_FORMAT"));
    }

    [Fact]
    public void TimelinessFormat_CompletionRateOnANameEndingInRate_IsFine()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Timeliness, "贫困地区基础设施建设按期完成率", Targets.Quantity(">=", 95, "%")));

        Assert.Empty(findings.Coded("TIMELINESS_FORMAT"));
    }

    [Fact]
    public void TimelinessFormat_PeriodAndDuration_AreFine()
    {
        var findings = Check.Run(A.Declaration()
            .WithIndicator(Output, Timeliness, "项目实施时间", Targets.Period(new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), "2022年1月-12月"))
            .WithIndicator(Output, Timeliness, "故障响应时间", Targets.Quantity("≤", 2, "小时")));

        Assert.Empty(findings.Coded("TIMELINESS_FORMAT"));
    }

    [Fact]
    public void TimelinessFormat_ExcelSerialDate_WarnsWithTheConvertedDate()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Timeliness, "项目完成时间", Targets.ExcelSerial("44,561", 2021, 12, 31)));

        var finding = findings.Single("TIMELINESS_FORMAT");
        Assert.Contains("2021年12月31日前", finding.Message, StringComparison.Ordinal);
        Assert.Equal(new Fix("indicators[15]", TargetText: "2021年12月31日前"), finding.Fix);
    }

    [Theory]
    [InlineData("红谷大厦网络不可控大面积瘫痪次数", "≥", 3, "次", "≤3次")]
    [InlineData("医疗保险信息系统运行中断次数", ">", 1, "次", "<1次")]
    [InlineData("机房安全生产事故发生率", "≥", 1, "%", "≤1%")]
    [InlineData("故障修复时长", "≥", 2, "小时", "≤2小时")]
    public void DirectionMismatch_ReverseIndicatorWithAFloor_SuggestsACeiling(string name, string op, int value, string unit, string fixedTarget)
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Quality, name, Targets.Quantity(op, value, unit)));

        var finding = findings.Single("DIRECTION_MISMATCH");
        Assert.Equal(Added, finding.Location);
        Assert.Equal(fixedTarget, finding.Fix?.TargetText);
    }

    [Fact]
    public void DirectionMismatch_PositiveIndicatorWithACeiling_SuggestsAFloor()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Quality, "“赣政通”南昌分厅系统同时保证在线使用人数", Targets.Quantity("≤", 5000, "人")));

        Assert.Equal("≥5000人", findings.Single("DIRECTION_MISMATCH").Fix?.TargetText);
    }

    [Theory]
    [InlineData("医疗保险信息系统运行中断次数", "≤", 1, "次")]
    [InlineData("故障修复及时率", "≥", 95, "%")]
    [InlineData("事故发生率下降", "≥", 10, "%")]
    [InlineData("成本控制率", "≥", 95, "%")]
    [InlineData("人均访问速度", "≤", 3, "秒")]
    [InlineData("昌通码平台运营服务期", "≥", 12, "个月")]
    [InlineData("全市主要信息化系统设施重复建设率", "=", 0, "%")]
    public void DirectionMismatch_OperatorFitsTheDirection_IsFine(string name, string op, int value, string unit)
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Quality, name, Targets.Quantity(op, value, unit)));

        Assert.Empty(findings.Coded("DIRECTION_MISMATCH"));
    }

    [Fact]
    public void DirectionMismatch_DeclaredDirection_WinsOverTheName()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(
            A.Indicator(Output, Quality, "系统平台故障排查次数", Targets.Quantity("≥", 12, "次")) with { Direction = IndicatorDirection.Positive }));

        Assert.Empty(findings.Coded("DIRECTION_MISMATCH"));
    }

    [Fact]
    public void DirectionMismatch_CostRowWithAFloor_Warns()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, OutputCost, "设备采购单价", Targets.Quantity("≥", 2, "万元/台")));

        Assert.Single(findings.Coded("DIRECTION_MISMATCH"));
    }

    [Theory]
    [InlineData("=", 100, "≥90%")]
    [InlineData("≥", 100, "≥90%")]
    [InlineData("≥", 70, "≥80%")]
    public void SatisfactionRange_HundredOrBelowEighty_SuggestsARealisticTarget(string op, int value, string suggested)
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Satisfaction, ServiceSatisfaction, "群众满意度", Targets.Quantity(op, value, "%")));

        var finding = findings.Single("SATISFACTION_RANGE");
        Assert.Equal(Added, finding.Location);
        Assert.Equal(suggested, finding.Fix?.TargetText);
        Assert.Empty(findings.Coded("RATE_RANGE"));
    }

    [Theory]
    [InlineData(80)]
    [InlineData(95)]
    public void SatisfactionRange_BetweenEightyAndHundred_IsFine(int value)
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Satisfaction, ServiceSatisfaction, "群众满意度", Targets.Quantity("≥", value, "%")));

        Assert.Empty(findings.Coded("SATISFACTION_RANGE"));
    }

    [Fact]
    public void SatisfactionRange_SatisfactionNamedUnderAnotherCategory_IsChecked()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Benefit, Social, "社会公众满意度", Targets.Percent(100)));

        Assert.Single(findings.Coded("SATISFACTION_RANGE"));
    }

    [Fact]
    public void SatisfactionRange_MinimumFromOptions_IsUsed()
    {
        var options = new CheckOptions { SatisfactionMinimumPercent = 95m };

        var findings = Check.Run(A.Declaration(), options);

        Assert.Equal(["indicators[13].target", "indicators[14].target"], findings.Coded("SATISFACTION_RANGE").Select(f => f.Location));
    }
}
