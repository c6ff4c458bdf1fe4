using Jixiao.Testing.Builders;
using static Jixiao.Domain.Indicators.IndicatorTaxonomy;

namespace Jixiao.Domain.Tests.Checks;

public class PlaceholderChecksTests
{
    [Theory]
    [InlineData("XX市政务服务数据管理局", "XX")]
    [InlineData("xx局", "xx")]
    [InlineData("××局", "××")]
    [InlineData("南昌市……局", "……")]
    [InlineData("南昌市**局", "**")]
    public void Placeholder_LeftoverInAHeaderField_ReportsTheField(string department, string leftover)
    {
        var findings = Check.Run(A.Declaration().With(d => d with { Department = department }));

        var finding = findings.Single("PLACEHOLDER");
        Assert.Equal("department", finding.Location);
        Assert.Contains($"「{leftover}」", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Placeholder_LeftoverInAnIndicatorName_ReportsTheName()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Quantity, "贫困地区旅游景点开发数量( ≥**个 )", Targets.Quantity(">=", 4, "个")));

        Assert.Equal("indicators[15].name", findings.Single("PLACEHOLDER").Location);
    }

    [Fact]
    public void Placeholder_LeftoverInATargetValue_ReportsTheTargetNotAsUnreadable()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Quantity, "贫困地区旅游景点开发数量", Targets.Unreadable("≥**个")));

        Assert.Equal("indicators[15].target", findings.Single("PLACEHOLDER").Location);
        Assert.Empty(findings.Coded("VALUE_UNPARSEABLE"));
    }

    [Theory]
    [InlineData("*贫困地区旅游基础设施建设质量达标率")]
    [InlineData("Linux服务器运维")]
    [InlineData("Exxon 系统对接")]
    public void Placeholder_SingleStarOrLettersInAWord_IsFine(string name)
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Quality, name, Targets.Quantity("≥", 98, "%")));

        Assert.Empty(findings.Coded("PLACEHOLDER"));
    }
}
