namespace Jixiao.Cli.Tests;

public class CommandLineTests
{
    [Fact]
    public async Task Help_Root_ListsCommandsAndExitCodesInChinese()
    {
        var run = await CliRun.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("check", run.Stdout);
        Assert.Contains("import", run.Stdout);
        Assert.Contains("退出码：0 成功；1 有错误级问题（seed-demo：数据库已有用户；audit verify：审计链断开）；2 文件无法读取或识别", run.Stdout);
    }

    [Fact]
    public async Task Help_Check_DocumentsTheJsonShapeForSeveralFiles()
    {
        var run = await CliRun.RunAsync("check", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[{file, error, findings}]", run.Stdout);
        Assert.Contains("--json", run.Stdout);
    }

    [Fact]
    public async Task NoCommand_ShowsHelpAndExitsTwo()
    {
        var run = await CliRun.RunAsync();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("check", run.Stdout);
    }

    [Theory]
    [InlineData("frob")]
    [InlineData("check")]
    [InlineData("import")]
    public async Task UsageError_ExitsTwoWithHintOnStderr(string command)
    {
        var run = await CliRun.RunAsync(command);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--help」查看用法", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task MistypedOption_IsReportedAsOptionNotAsMissingFile()
    {
        var run = await CliRun.RunAsync("check", CliRun.Seed, "--jsn");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("未知的选项「--jsn」", run.Stderr);
        Assert.DoesNotContain("文件不存在", run.Stderr);
    }
}
