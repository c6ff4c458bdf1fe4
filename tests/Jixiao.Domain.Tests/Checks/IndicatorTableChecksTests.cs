using Jixiao.Domain.Checks;
using Jixiao.Domain.Indicators;
using Jixiao.Testing.Builders;
using static Jixiao.Domain.Indicators.IndicatorTaxonomy;

namespace Jixiao.Domain.Tests.Checks;

public class IndicatorTableChecksTests
{
    [Fact]
    public void Taxonomy_UnknownLevel1_ReportsLevel1WithTheCanonicalName()
    {
        var findings = Check.Run(A.Declaration().WithIndicator("产出", Quantity, "平台建设", Targets.Quantity("=", 1, "个")));

        var finding = findings.Single("TAXONOMY");
        Assert.Equal("indicators[15].level1", finding.Location);
        Assert.Contains("「产出指标」", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Taxonomy_Level2UnderTheWrongLevel1_ReportsLevel2AndWhereItBelongs()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Benefit, Quality, "平台验收合格率", Targets.Quantity("≥", 95, "%")));

        var finding = findings.Single("TAXONOMY");
        Assert.Equal("indicators[15].level2", finding.Location);
        Assert.Contains("「产出指标」", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Taxonomy_BlankLevels_ReportsBoth()
    {
        var findings = Check.Run(A.Declaration().WithIndicator("", "", "平台建设", Targets.Quantity("=", 1, "个")));

        Assert.Equal(["indicators[15].level1", "indicators[15].level2"], findings.Coded("TAXONOMY").Select(f => f.Location));
    }

    [Fact]
    public void Taxonomy_CostUnderOutputIn88Schema_IsFine()
    {
        var findings = Check.Run(A.Declaration());

        Assert.Empty(findings.Coded("TAXONOMY"));
    }

    [Fact]
    public void Taxonomy_CostUnderOutputWhileAnotherRowUses101Schema_Reports()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Cost, EconomicCost, "人均培训成本", Targets.Quantity("≤", 800, "元/人")));

        var finding = findings.Single("TAXONOMY");
        Assert.Equal("indicators[9].level2", finding.Location);
        Assert.Contains("101号", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Taxonomy_CostLevel1WithCostLevel2_SuggestsThe101Level2s()
    {
        var findings = Check.Run(A.Declaration()
            .WithoutIndicators(i => i.Level2 == OutputCost)
            .WithIndicator(Cost, OutputCost, "单个系统平台平均建设成本", Targets.Quantity("≤", 500, "万元")));

        var finding = findings.Single("TAXONOMY");
        Assert.Equal("indicators[14].level2", finding.Location);
        Assert.Contains("经济成本指标、社会成本指标、生态环境成本指标", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Taxonomy_101SchemaUsedThroughout_IsFine()
    {
        var findings = Check.Run(A.Declaration()
            .WithoutIndicators(i => i.Level2 == OutputCost)
            .WithIndicator(Cost, EconomicCost, "单个系统平台平均建设成本", Targets.Quantity("≤", 500, "万元")));

        Assert.Empty(findings);
    }

    [Fact]
    public void MissingValue_NoTarget_ReportsTheTarget()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Timeliness, "续建项目完成及时性", Targets.Missing));

        var finding = findings.Single("MISSING_VALUE");
        Assert.Equal("indicators[15].target", finding.Location);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void MissingValue_OnlyALongTermValue_SaysTheAnnualOneIsMissing()
    {
        var indicator = A.Indicator(Output, Quantity, "累计建成高标准农田面积", Targets.Missing) with { LongTermTarget = TargetParser.Parse("≥3.5万亩") };
        var findings = Check.Run(A.Declaration().WithIndicator(indicator));

        var finding = findings.Single("MISSING_VALUE");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("只有长期指标值「≥3.5万亩」，没有年度指标值", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingValue_NoRowHasAnAnnualValue_ReportsTheTableOnce()
    {
        // A form that prints only its 中长期绩效指标 (慈溪's disclosure): one thing to do, not a finding per row.
        var findings = Check.Run(A.Declaration().WithIndicators(
            A.Indicator(Output, Quantity, "每千人托位", Targets.Missing) with { LongTermTarget = TargetParser.Parse("4.5个") },
            A.Indicator(Output, Quality, "补助发放准确率", Targets.Missing) with { LongTermTarget = TargetParser.Parse("100%") },
            A.Indicator(Satisfaction, ServiceSatisfaction, "社会公众满意度", Targets.Missing) with { LongTermTarget = TargetParser.Parse("≥90%") }));

        var finding = findings.Single("MISSING_VALUE");
        Assert.Equal(("indicators", Severity.Error), (finding.Location, finding.Severity));
        Assert.Contains("3条指标只有长期指标值，没有年度指标值", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingValue_SomeRowsHaveAnAnnualValue_ReportsEachLongTermOnlyRow()
    {
        var findings = Check.Run(A.Declaration().WithIndicators(
            A.Indicator(Output, Quantity, "每千人托位", Targets.Quantity("≥", 4, "个")) with { LongTermTarget = TargetParser.Parse("4.5个") },
            A.Indicator(Output, Quality, "补助发放准确率", Targets.Missing) with { LongTermTarget = TargetParser.Parse("100%") },
            A.Indicator(Satisfaction, ServiceSatisfaction, "社会公众满意度", Targets.Missing) with { LongTermTarget = TargetParser.Parse("≥90%") }));

        Assert.Equal(["indicators[1].target", "indicators[2].target"], findings.Coded("MISSING_VALUE").Select(f => f.Location));
    }

    [Fact]
    public void MissingValue_NoName_ReportsTheNameByPosition()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Quality, " ", Targets.Quantity("≥", 95, "%")));

        var finding = findings.Single("MISSING_VALUE");
        Assert.Equal("indicators[15].name", finding.Location);
        Assert.Contains("第16条指标", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingValue_NameAndTargetGiven_IsFine()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Timeliness, "续建项目完成及时性", Targets.Deadline(2022, 12, 31)));

        Assert.Empty(findings.Coded("MISSING_VALUE"));
    }

    [Fact]
    public void DuplicateIndicator_SameNameTwice_ReportsTheSecond()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Benefit, Social, "用户 满意度", Targets.Quantity("≥", 90, "%")));

        var finding = findings.Single("DUPLICATE_INDICATOR");
        Assert.Equal("indicators[15].name", finding.Location);
        Assert.Contains("第15条", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("用户\u2009满意度")]   // a thin space, as pasted from a web page into the editor
    [InlineData("用户\u3000满意度")]
    [InlineData("用户满意度")]
    public void DuplicateIndicator_SameNameWithOtherWhitespace_Reports(string name)
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Benefit, Social, name, Targets.Quantity("≥", 90, "%")));

        Assert.Equal("indicators[15].name", findings.Single("DUPLICATE_INDICATOR").Location);
    }

    [Fact]
    public void DuplicateIndicator_DistinctNames_IsFine()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Satisfaction, ServiceSatisfaction, "群众满意度", Targets.Quantity("≥", 90, "%")));

        Assert.Empty(findings.Coded("DUPLICATE_INDICATOR"));
    }

    [Fact]
    public void RequiredCategory_NoBenefitIndicator_Reports()
    {
        var findings = Check.Run(A.Declaration().WithoutIndicators(i => i.Level1 == Benefit));

        var finding = findings.Single("REQUIRED_CATEGORY");
        Assert.Equal("indicators", finding.Location);
        Assert.Contains("效益指标", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiredCategory_EmptyTable_ReportsOutputAndBenefit()
    {
        var findings = Check.Run(A.Declaration().Without("indicators"));

        Assert.Equal(2, findings.Coded("REQUIRED_CATEGORY").Count);
        Assert.Empty(findings.Coded("CATEGORY_COVERAGE"));
    }

    [Fact]
    public void RequiredCategory_OutputAndBenefitPresent_IsFine()
    {
        var findings = Check.Run(A.Declaration());

        Assert.Empty(findings.Coded("REQUIRED_CATEGORY"));
    }

    [Fact]
    public void CategoryCoverage_OutputsWithoutQualityAndTimeliness_NamesBoth()
    {
        var findings = Check.Run(A.Declaration().WithoutIndicators(i => i.Level2 is Quality or Timeliness));

        var finding = findings.Single("CATEGORY_COVERAGE");
        Assert.Contains("质量指标、时效指标", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CategoryCoverage_NoSatisfactionIndicator_Warns()
    {
        var findings = Check.Run(A.Declaration().WithoutIndicators(i => i.Level1 == Satisfaction));

        Assert.Contains("满意度", findings.Single("CATEGORY_COVERAGE").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CategoryCoverage_CostAsLevel1Under101_CoversCost()
    {
        var findings = Check.Run(A.Declaration()
            .WithoutIndicators(i => i.Level2 == OutputCost)
            .WithIndicator(Cost, SocialCost, "项目实施对周边群众出行的影响", Targets.Grade("低")));

        Assert.Empty(findings.Coded("CATEGORY_COVERAGE"));
    }

    [Fact]
    public void AllHundredPercent_MostValuesHundredPercent_Warns()
    {
        var findings = Check.Run(A.Declaration()
            .WithIndicators(
                A.Indicator(Output, Quantity, "系统平台建设", Targets.Percent(100)),
                A.Indicator(Output, Quality, "系统平台建设进度达标率", Targets.Percent(100)),
                A.Indicator(Output, Timeliness, "资金拨付及时性", Targets.Deadline(2022, 12, 31)),
                A.Indicator(Output, OutputCost, "单个系统平台平均建设成本", Targets.Quantity("≤", 500, "万元")),
                A.Indicator(Benefit, Social, "系统平台正常运行", Targets.Percent(100)),
                A.Indicator(Benefit, Social, "设施设备投入使用率", Targets.Percent(100)),
                A.Indicator(Satisfaction, ServiceSatisfaction, "用户满意度", Targets.Quantity("≥", 90, "%"))));

        var finding = findings.Single("ALL_HUNDRED_PERCENT");
        Assert.Equal("indicators", finding.Location);
        Assert.Contains("6 个定量指标值中有 4 个", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllHundredPercent_FewerThanTheMinimumCount_IsFine()
    {
        var findings = Check.Run(A.Declaration()
            .WithIndicators(
                A.Indicator(Output, Quality, "系统平台建设进度达标率", Targets.Percent(100)),
                A.Indicator(Benefit, Social, "系统平台正常运行", Targets.Percent(100))));

        Assert.Empty(findings.Coded("ALL_HUNDRED_PERCENT"));
    }

    [Fact]
    public void AllHundredPercent_ShareBelowTheThreshold_IsFine()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Benefit, Social, "系统平台正常运行", Targets.Percent(100)));

        Assert.Empty(findings.Coded("ALL_HUNDRED_PERCENT"));
    }

    [Fact]
    public void AllHundredPercent_ThresholdsFromOptions_AreUsed()
    {
        var options = new CheckOptions { AllHundredPercentShare = 0.05m, AllHundredPercentMinimumCount = 1 };

        var findings = Check.Run(A.Declaration().WithIndicator(Benefit, Social, "系统平台正常运行", Targets.Percent(100)), options);

        Assert.Single(findings.Coded("ALL_HUNDRED_PERCENT"));
    }
}
