using Jixiao.Cli.Commands;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Declarations;

namespace Jixiao.Cli.Tests.Commands;

public class FileCheckTests
{
    private static FileCheck With(params Finding[] findings) => new("form.json", new Declaration(), findings, null);

    [Fact]
    public void ExitCode_NoFindings_IsZero() => Assert.Equal(0, With().ExitCode);

    [Fact]
    public void ExitCode_WarningsAndInfoOnly_IsZero() =>
        Assert.Equal(0, With(Finding.Warning("ALL_HUNDRED_PERCENT", "indicators", "…"), new Finding("NOTE", Severity.Info, "", "…")).ExitCode);

    [Fact]
    public void ExitCode_AnError_IsOne() =>
        Assert.Equal(1, With(Finding.Warning("VAGUE_VALUE", "indicators[2].target", "…"), Finding.Error("BUDGET_SUM", "budget.total", "…")).ExitCode);

    [Fact]
    public void ExitCode_Unreadable_IsTwo() =>
        Assert.Equal(2, new FileCheck("form.json", null, [], "无法读取文件「form.json」：文件不存在").ExitCode);

    [Fact]
    public void Run_FolderWithoutForms_IsUnreadableWithItsReason()
    {
        var check = FileCheck.Run(new InputFile("empty", "文件夹「empty」中没有可读取的申报表"));

        Assert.Equal(2, check.ExitCode);
        Assert.Equal("文件夹「empty」中没有可读取的申报表", check.Problem);
    }

    [Fact]
    public void Run_ReadableFile_AttachesTheSourceLineToEachFinding()
    {
        var check = FileCheck.Run(new InputFile(CliRun.WithErrors));

        Assert.NotEmpty(check.Findings);
        Assert.All(check.Findings.Where(f => f.Code == "INVALID_JSON_VALUE"), f => Assert.NotNull(f.Line));
    }
}
