using Jixiao.Cli.Commands;
using Jixiao.Cli.Output;
using Jixiao.Domain.Checks;
using Jixiao.Interchange.Json;

namespace Jixiao.Cli.Tests.Output;

public class FindingReportTests
{
    private static string Write(FileCheck check)
    {
        using var stdout = new StringWriter();
        FindingReport.Write(CliOutput.For(stdout, TextWriter.Null).Console, check);
        return stdout.ToString();
    }

    [Fact]
    public void Write_FindingsInMixedOrder_AreGroupedBySectionInFormOrder()
    {
        var declaration = DeclarationJson.ReadFile(CliRun.Seed).Declaration;
        var check = new FileCheck("form.json", declaration,
        [
            Finding.Warning("VAGUE_VALUE", "reviews[0].opinion", "审核意见含糊"),
            Finding.Error("MISSING_VALUE", "indicators[59].target", "指标值未填写") with { Line = 107, Suggestion = "填写完成期限，如 2022年12月31日前" },
            Finding.Error("FUND_SOURCE_SUM", "fundSources[0].children[0].currentYear", "下级之和与上级不符") with { Cell = "Sheet1!D23" },
            Finding.Error("BUDGET_SUM", "budget.total", "项目总预算不等于本年度申请与结转结余之和"),
            Finding.Error("REQUIRED_FIELD", "contactPhone", "联系电话未填写"),
        ], null);

        var text = Write(check);

        var order = new[] { "  表头/基本信息\n", "  预算\n", "  资金来源\n", "  绩效指标\n", "  审核意见\n" }
            .Select(header => text.IndexOf(header, StringComparison.Ordinal)).ToList();
        Assert.All(order, position => Assert.True(position >= 0, text));
        Assert.Equal(order.Order(), order);
        Assert.Contains("✖ 错误 第60个指标「续建项目完成及时性」的指标值（第107行）  MISSING_VALUE", text);
        Assert.Contains("      指标值未填写\n      建议：填写完成期限，如 2022年12月31日前", text);
        Assert.Contains("资金来源「财政拨款」的本年度资金（Sheet1!D23）", text);
        Assert.Contains("⚠ 警告 主管部门审核意见的审核意见", text);
        Assert.Contains("项目总预算", text);
        Assert.Contains("共 4 个错误，1 个警告。", text);
    }

    [Fact]
    public void Write_NoFindings_SaysSo()
    {
        var text = Write(new FileCheck("form.json", null, [], null));

        Assert.Equal("form.json\n  未发现问题。\n\n", text.Replace("\r", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_MarkupCharactersInMessages_ArePrintedAsIs()
    {
        var text = Write(new FileCheck("[draft].json", null, [Finding.Error("PLACEHOLDER", "projectName", "项目名称是模板占位符 [XX]")], null));

        Assert.Contains("[draft].json", text);
        Assert.Contains("项目名称是模板占位符 [XX]", text);
    }
}
