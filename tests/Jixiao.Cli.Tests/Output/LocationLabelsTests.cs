using Jixiao.Cli.Output;
using Jixiao.Interchange.Json;

namespace Jixiao.Cli.Tests.Output;

public class LocationLabelsTests
{
    private static readonly Domain.Declarations.Declaration Seed = DeclarationJson.ReadFile(CliRun.Seed).Declaration;

    [Theory]
    [InlineData("", "整份申报表")]
    [InlineData("projectName", "项目名称")]
    [InlineData("budget.carryOver", "结转结余总额")]
    [InlineData("indicators[1]", "第2个指标「南昌市第一、第二看守所“铁桶工程”建设1项」")]
    [InlineData("indicators[90].target", "第91个指标「用户满意度」的指标值")]
    [InlineData("fundSources[0].priorYear", "资金来源「合计」的上年度资金")]
    [InlineData("fundSources[0].children[0].children[1].currentYear", "资金来源「本级财政安排」的本年度资金")]
    [InlineData("reviews[3].opinion", "市财政局归口科室审核意见的审核意见")]
    [InlineData("projectTypes[1]", "项目类型第2项")]
    [InlineData("somethingNew[2].x", "somethingNew[2].x")]
    [InlineData("indicators[500].target", "第501个指标的指标值")]
    public void Describe_Location_UsesTheFormsWords(string location, string expected)
    {
        Assert.Equal(expected, LocationLabels.Describe(location, Seed));
    }

    [Fact]
    public void Describe_LongIndicatorName_IsShortened()
    {
        var label = LocationLabels.Describe("indicators[0]", Seed);

        Assert.Equal("第1个指标「开发建设南昌市行政审批局四级体系一站式服务综合…」", label);
    }

    [Theory]
    [InlineData("contactPhone", "表头/基本信息")]
    [InlineData("notes[0]", "表头/基本信息")]
    [InlineData("", "表头/基本信息")]
    [InlineData("budget.total", "预算")]
    [InlineData("fundSources[0].children[1].currentYear", "资金来源")]
    [InlineData("indicators[12].target", "绩效指标")]
    [InlineData("indicators", "绩效指标")]
    [InlineData("reviews[2]", "审核意见")]
    public void Section_Location_IsItsFirstMember(string location, string expected)
    {
        Assert.Equal(expected, FormSections.Of(location).Label());
    }
}
