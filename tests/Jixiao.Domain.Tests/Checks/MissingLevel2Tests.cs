using Jixiao.Domain.Checks;
using Jixiao.Domain.Indicators;
using Jixiao.Testing.Builders;
using static Jixiao.Domain.Indicators.IndicatorTaxonomy;

namespace Jixiao.Domain.Tests.Checks;

/// TAXONOMY for a blank level 2: once for a table that names none, per row where the table names others.
public class MissingLevel2Tests
{
    private static Indicator Row(string level1, string level2, string name, TargetValue target) =>
        new() { Level1 = level1, Level2 = level2, Name = name, Target = target };

    [Fact]
    public void TableWithoutLevel2s_GetsOneTaxonomyFinding_AndNoOutputCoverage()
    {
        var findings = Check.Run(A.Declaration().WithIndicators(
            Row(Output, "", "管护水库数量", Targets.Quantity("≥", 18, "座")),
            Row(Output, "", "巡查完成时间", TargetValue.Parse("2025年12月20日前")),
            Row(Benefit, "", "水库安全度汛率", Targets.Quantity("=", 100, "%")),
            Row(Satisfaction, ServiceSatisfaction, "周边群众满意度", Targets.Quantity("≥", 90, "%"))));

        var taxonomy = findings.Single("TAXONOMY");
        Assert.Equal("indicators", taxonomy.Location);
        Assert.Contains("3条指标", taxonomy.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(findings.Coded("CATEGORY_COVERAGE"), f => f.Message.StartsWith("产出指标缺少", StringComparison.Ordinal));
    }

    [Fact]
    public void TableThatNamesLevel2s_ReportsEachRowWithout()
    {
        var findings = Check.Run(A.Declaration().WithIndicators(
            Row(Output, Quantity, "管护水库数量", Targets.Quantity("≥", 18, "座")),
            Row(Output, "", "巡查完成时间", TargetValue.Parse("2025年12月20日前")),
            Row(Benefit, "", "水库安全度汛率", Targets.Quantity("=", 100, "%")),
            Row(Satisfaction, ServiceSatisfaction, "周边群众满意度", Targets.Quantity("≥", 90, "%"))));

        Assert.Equal(["indicators[1].level2", "indicators[2].level2"], findings.Coded("TAXONOMY").Select(f => f.Location));
    }
}
