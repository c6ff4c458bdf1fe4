using System.Text.Json;
using Jixiao.Interchange.Json;

namespace Jixiao.Cli.Tests.Commands;

public class ImportCommandTests
{
    [Fact]
    public async Task Import_JsonOption_PrintsTheDeclarationAsDocumentedJson()
    {
        var run = await CliRun.RunAsync("import", CliRun.Seed, "--json");

        Assert.Equal(0, run.ExitCode);
        var root = run.Json();
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal("2022 年市大数据发展专项资金", root.GetProperty("projectName").GetString());
        Assert.Equal(13857.29m, root.GetProperty("budget").GetProperty("total").GetDecimal());
        Assert.Equal(91, root.GetProperty("indicators").GetArrayLength());
        var indicator = root.GetProperty("indicators")[0];
        Assert.Equal(["level1", "level2", "name", "target"], indicator.EnumerateObject().Select(p => p.Name));
        Assert.Equal("100%", indicator.GetProperty("target").GetProperty("text").GetString());
        Assert.Contains("\"department\": \"南昌市政务服务数据管理局\"", run.Stdout);
    }

    [Fact]
    public async Task Import_ItsOwnJson_ReadsBackTheSameDeclaration()
    {
        using var folder = new TempFolder();
        var first = await CliRun.RunAsync("import", CliRun.Seed, "--json");
        var exported = folder.Write("exported.json", first.Stdout);

        var second = await CliRun.RunAsync("import", exported, "--json");

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(DeclarationJson.Deserialize(first.Stdout), DeclarationJson.Deserialize(second.Stdout));
        Assert.Equal(DeclarationJson.ReadFile(CliRun.Seed).Declaration, DeclarationJson.Deserialize(second.Stdout));
        Assert.Equal(first.Stdout, second.Stdout);
    }

    [Fact]
    public async Task Import_WithoutJson_SummarisesProjectDepartmentBudgetAndIndicatorsPerLevel2()
    {
        var declaration = DeclarationJson.ReadFile(CliRun.Seed).Declaration;

        var run = await CliRun.RunAsync("import", CliRun.Seed);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("项目名称：2022 年市大数据发展专项资金", run.Stdout);
        Assert.Contains("编报部门：南昌市政务服务数据管理局", run.Stdout);
        Assert.Contains("13857.29 万元（本年度申请 10000.00 万元 + 结转结余 3857.29 万元）", run.Stdout);
        Assert.Contains($"绩效指标：{declaration.Indicators.Count} 个", run.Stdout);
        var lines = run.Stdout.Split('\n');
        foreach (var group in declaration.Indicators.GroupBy(i => i.Level2))
            Assert.Contains(lines, line => line.Contains(group.Key) && line.TrimEnd().EndsWith($" {group.Count()} │", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_FileWithValueProblems_StillImportsAndPointsToCheck()
    {
        var run = await CliRun.RunAsync("import", CliRun.WithErrors, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(5, run.Json().GetProperty("indicators").GetArrayLength());
        Assert.Contains("jixiao check", run.Stderr);
    }

    [Fact]
    public async Task Import_MissingFile_ExitsTwoNamingTheFile()
    {
        var missing = CliRun.MissingFile;

        var run = await CliRun.RunAsync("import", missing, "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal($"无法读取文件「{missing}」：文件不存在", run.Stderr.Trim());
    }

    [Fact]
    public async Task Import_MalformedJson_ExitsTwoWithClearMessageAndNoStackTrace()
    {
        var run = await CliRun.RunAsync("import", CliRun.Malformed);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"无法读取文件「{CliRun.Malformed}」：不是合法的 JSON（第 4 行附近", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task Import_TextForm_IsReadThroughTheTextReader()
    {
        var run = await CliRun.RunAsync("import", CliRun.SeedText, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(JsonValueKind.Object, run.Json().ValueKind);
    }
}
