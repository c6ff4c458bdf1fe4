using System.Text.Json;

namespace Jixiao.Cli.Tests.Commands;

public class CheckCommandTests
{
    private static readonly string[] FindingMembers = ["code", "severity", "location", "message", "suggestion", "fix", "line", "cell"];

    [Fact]
    public async Task Check_JsonOption_PrintsArrayOfFindingsWithDocumentedMembers()
    {
        var run = await CliRun.RunAsync("check", CliRun.WithErrors, "--json");

        var findings = run.Json();
        Assert.Equal(JsonValueKind.Array, findings.ValueKind);
        Assert.NotEqual(0, findings.GetArrayLength());
        Assert.All(findings.EnumerateArray(), f => Assert.Equal(FindingMembers, f.EnumerateObject().Select(p => p.Name)));
        Assert.All(findings.EnumerateArray(), f => Assert.Contains(f.GetProperty("severity").GetString(), new[] { "error", "warning", "info" }));
    }

    [Fact]
    public async Task Check_FileWithErrors_ExitsOneAndReportsEachWithItsLine()
    {
        var lines = File.ReadAllLines(CliRun.WithErrors);

        var run = await CliRun.RunAsync("check", CliRun.WithErrors, "--json");

        Assert.Equal(1, run.ExitCode);
        var direction = run.Json().EnumerateArray().Single(f => f.GetProperty("location").GetString() == "indicators[1].direction");
        Assert.Equal("INVALID_JSON_VALUE", direction.GetProperty("code").GetString());
        Assert.Equal("error", direction.GetProperty("severity").GetString());
        Assert.Contains("\"direction\": \"up\"", lines[direction.GetProperty("line").GetInt32() - 1]);
    }

    [Fact]
    public async Task Check_AnyReadableFile_ExitsOneExactlyWhenAFindingIsAnError()
    {
        foreach (var file in new[] { CliRun.Seed, CliRun.WithErrors, CliRun.SeedText })
        {
            var run = await CliRun.RunAsync("check", file, "--json");

            var hasError = run.Json().EnumerateArray().Any(f => f.GetProperty("severity").GetString() == "error");
            Assert.Equal(hasError ? 1 : 0, run.ExitCode);
        }
    }

    [Fact]
    public async Task Check_WithoutJson_GroupsFindingsBySectionInFormOrder()
    {
        var run = await CliRun.RunAsync("check", CliRun.WithErrors);

        Assert.Equal(1, run.ExitCode);
        var header = run.Stdout.IndexOf("  表头/基本信息\n", StringComparison.Ordinal);
        var indicators = run.Stdout.IndexOf("  绩效指标\n", StringComparison.Ordinal);
        var reviews = run.Stdout.IndexOf("  审核意见\n", StringComparison.Ordinal);
        Assert.True(header >= 0 && header < indicators && indicators < reviews, run.Stdout);
        Assert.Contains("✖ 错误 第2个指标「工程建设验收合格率」的指标性质（第36行）", run.Stdout);
        Assert.Contains("指标性质「up」无法识别", run.Stdout);
        Assert.Contains("建议：改为 positive（正向）或 reverse（反向）", run.Stdout);
        Assert.Matches(@"共 \d+ 个错误，\d+ 个警告", run.Stdout);
    }

    [Fact]
    public async Task Check_OutputToAWriter_HasNoColourCodes()
    {
        var run = await CliRun.RunAsync("check", CliRun.WithErrors);

        Assert.DoesNotContain("\u001b[", run.Stdout);
    }

    [Fact]
    public async Task Check_MissingFile_ExitsTwoNamingTheFile()
    {
        var missing = CliRun.MissingFile;

        var run = await CliRun.RunAsync("check", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"无法读取文件「{missing}」：文件不存在", run.Stderr.Trim());
    }

    [Fact]
    public async Task Check_MalformedJson_ExitsTwoWithNoJsonOnStdout()
    {
        var run = await CliRun.RunAsync("check", CliRun.Malformed, "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("malformed.json", run.Stderr);
        Assert.Contains("不是合法的 JSON", run.Stderr);
        Assert.DoesNotContain("Exception", run.Stderr);
    }

    [Fact]
    public async Task Check_MemberOfWrongType_ExitsTwoNamingPathAndLine()
    {
        var run = await CliRun.RunAsync("check", CliRun.WrongType);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"无法读取文件「{CliRun.WrongType}」：indicators[0].target: 应为对象（第 10 行）", run.Stderr.Trim());
    }

    [Fact]
    public async Task Check_TextForm_IsReadAndNamedInTheReport()
    {
        var run = await CliRun.RunAsync("check", CliRun.SeedText);

        Assert.NotEqual(2, run.ExitCode);
        Assert.StartsWith(CliRun.SeedText, run.Stdout);
    }
}
