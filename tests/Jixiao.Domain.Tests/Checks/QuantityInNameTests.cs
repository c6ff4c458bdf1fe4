using Jixiao.Domain.Checks;
using Jixiao.Domain.Indicators;
using Jixiao.Testing.Builders;
using static Jixiao.Domain.Indicators.IndicatorTaxonomy;

namespace Jixiao.Domain.Tests.Checks;

public class QuantityInNameTests
{
    [Theory]
    // the two rewrites the issue asks for
    [InlineData("南昌市疫情防控大数据管理平台建设1个", "南昌市疫情防控大数据管理平台建设", "=1个")]
    [InlineData("“赣政通”南昌分厅系统人均访问速度达标率≤3秒", "“赣政通”南昌分厅系统人均访问速度达标率", "≤3秒")]
    // the seed's other spellings: operators, magnitudes, stray spaces, units of time
    [InlineData("南昌市数据共享和开放一体化平台形成政务数据资源目录清单≥2个", "南昌市数据共享和开放一体化平台形成政务数据资源目录清单", "≥2个")]
    [InlineData("“赣政通”南昌分厅市县区、开发区各部门组织架构梳理≥1500个", "“赣政通”南昌分厅市县区、开发区各部门组织架构梳理", "≥1500个")]
    [InlineData("“赣政通”南昌分厅市县区、开发区各部门组织架构人员信息采集导入≥4万人", "“赣政通”南昌分厅市县区、开发区各部门组织架构人员信息采集导入", "≥4万人")]
    [InlineData("南昌全市政府网站适老化及无障碍改造市直部门网站改造、升级及认证服务 39 套", "南昌全市政府网站适老化及无障碍改造市直部门网站改造、升级及认证服务", "=39套")]
    [InlineData("市委市政府指挥中心项目建设 1 个", "市委市政府指挥中心项目建设", "=1个")]
    [InlineData("“昌通码”平台运营管理 12 个月", "“昌通码”平台运营管理", "=12个月")]
    [InlineData("医疗保险信息系统运维周月报制定>=8 份", "医疗保险信息系统运维周月报制定", "≥8份")]
    [InlineData("开展“2021 至 2022 年市大数据发展专项资金项目绩效评价” 1 次", "开展“2021至2022年市大数据发展专项资金项目绩效评价”", "=1次")]
    [InlineData("“赣政通”南昌分厅系统同时保证在线使用人数≤5000 人", "“赣政通”南昌分厅系统同时保证在线使用人数", "≤5000人")]
    [InlineData("“赣政通”南昌分厅系统故障修复效率达标≤2小时", "“赣政通”南昌分厅系统故障修复效率达标", "≤2小时")]
    [InlineData("红谷大厦网络政务外网互联网出口非不可抗拒因素瘫痪 次数≤3次", "红谷大厦网络政务外网互联网出口非不可抗拒因素瘫痪次数", "≤3次")]
    [InlineData("开发建设南昌市行政审批局四级体系一站式服务综合业务系统平台（一期）1个", "开发建设南昌市行政审批局四级体系一站式服务综合业务系统平台（一期）", "=1个")]
    // other regions' spellings
    [InlineData("贫困地区旅游景点开发数量(≥20个)", "贫困地区旅游景点开发数量", "≥20个")]
    [InlineData("组织架构梳理不少于1,500个", "组织架构梳理", "≥1500个")]
    [InlineData("信息系统等保测评覆盖率达到95%", "信息系统等保测评覆盖率", "≥95%")]
    [InlineData("≥1500个组织架构梳理", "组织架构梳理", "≥1500个")]
    public void QuantityInName_HundredPercentValue_MovesTheQuantityIntoTheValue(string name, string newName, string newTarget)
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Quantity, name, Targets.Percent(100)));

        var finding = findings.Single("QUANTITY_IN_NAME");
        Assert.Equal("indicators[15].name", finding.Location);
        Assert.Equal(new Fix("indicators[15]", newName, newTarget), finding.Fix);
        Assert.Contains($"「{newName}」", finding.Suggestion, StringComparison.Ordinal);
        Assert.Contains($"「{newTarget}」", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void QuantityInName_HugeNumberWithSeparators_IsRewrittenWithoutExhaustingTheStack()
    {
        // a hostile file: a run of "1," of a million characters (it overflowed a stack buffer once, killing the process)
        var digits = string.Concat(Enumerable.Repeat("1,", 500_000)) + "1";

        var findings = Check.Run(A.Declaration().WithIndicator(Output, Quantity, "平台建设" + digits + "个", Targets.Percent(100)));

        Assert.Equal("=" + new string('1', 500_001) + "个", findings.Single("QUANTITY_IN_NAME").Fix!.TargetText);
    }

    [Fact]
    public void QuantityInName_AtLeastHundredPercent_AlsoMovesIt()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Quantity, "平台建设1个", Targets.Quantity("≥", 100, "%")));

        Assert.Equal(new Fix("indicators[15]", "平台建设", "=1个"), findings.Single("QUANTITY_IN_NAME").Fix);
        Assert.Empty(findings.Coded("RATE_RANGE"));
    }

    [Theory]
    [InlineData("红谷大厦政务网网络运行维护 35 家单位网络稳定")]
    [InlineData("提供24小时在线服务")]
    [InlineData("开展“2021 至 2022 年市大数据发展专项资金项目绩效评价”")]
    [InlineData("南昌市第1个智慧社区建设")]
    [InlineData("第2个")]
    [InlineData("系统平台建设进度达标率")]
    public void QuantityInName_NoQuantityAtTheEndOrAfterAComparison_IsFine(string name)
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Quantity, name, Targets.Percent(100)));

        Assert.Empty(findings.Coded("QUANTITY_IN_NAME"));
    }

    [Fact]
    public void QuantityInName_ValueAlreadyAQuantity_IsFine()
    {
        var findings = Check.Run(A.Declaration().WithIndicator(Output, Quantity, "贫困地区旅游景点开发数量≥4个", Targets.Quantity(">=", 4, "个")));

        Assert.Empty(findings.Coded("QUANTITY_IN_NAME"));
    }

    [Fact]
    public void QuantityInName_SeedAsPrinted_RewritesEveryTrailingQuantity()
    {
        var declaration = A.SeedAsPrinted().Build();

        var fixes = DeclarationChecker.Run(declaration).Coded("QUANTITY_IN_NAME").Select(f => f.Fix!).ToList();

        Assert.Equal(44, fixes.Count);
        Assert.All(fixes, fix => Assert.DoesNotMatch(@"\d", fix.Name!.Replace("2021至2022年", "", StringComparison.Ordinal)));
        Assert.All(fixes, fix => Assert.Matches(@"^[=≥≤]\d+(万人|个月|[个项套份次人秒]|小时)$", fix.TargetText!));
        Assert.DoesNotContain(fixes, fix => fix.Location is "indicators[23]" or "indicators[24]");
    }
}
